<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard…</source>
        <translation>&amp;Clavier…</translation>
    </message>
    <message>
        <source>&amp;About Panelist</source>
        <translation>À &amp;propos de Panelist</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Panelist %1

Expert elicitation surveys: experts answer offline, coordinators merge and export, presenters show live charts.

Built with Qt %2 (running on Qt %3).

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Panelist %1

Enquêtes d&apos;élicitation d&apos;experts&#xa0;: les experts répondent hors ligne, les coordinateurs fusionnent et exportent, les présentateurs affichent des graphiques en direct.

Compilé avec Qt %2 (exécuté avec Qt %3).

Logiciel libre distribué sous la licence publique générale GNU (GNU General Public License), version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>About Panelist</source>
        <translation>À propos de Panelist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a key and what it does</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>older revision</source>
        <translation>révision antérieure</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
</context>
<context>
    <name>OtherWindows</name>
    <message>
        <source>Panelist</source>
        <translation>Panelist</translation>
    </message>
    <message>
        <source>Panelist cannot open the study
%1</source>
        <translation>Panelist ne peut pas ouvrir l&apos;étude
%1</translation>
    </message>
    <message>
        <source>Panelist cannot present the study
%1</source>
        <translation>Panelist ne peut pas présenter l&apos;étude
%1</translation>
    </message>
    <message>
        <source>Present a study</source>
        <translation>Présenter une étude</translation>
    </message>
    <message>
        <source>Panelist studies (*.panelist-study);;All files (*)</source>
        <translation>Études Panelist (*.panelist-study);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fenê&amp;tre</translation>
    </message>
    <message>
        <source>Expert&apos;s &amp;survey</source>
        <translation>&amp;Enquête de l&apos;expert</translation>
    </message>
    <message>
        <source>&amp;Coordinator window on this study</source>
        <translation>Fenêtre de &amp;coordination pour cette étude</translation>
    </message>
    <message>
        <source>&amp;Coordinator window</source>
        <translation>Fenêtre de &amp;coordination</translation>
    </message>
    <message>
        <source>&amp;Present this study</source>
        <translation>&amp;Présenter cette étude</translation>
    </message>
    <message>
        <source>&amp;Present a study…</source>
        <translation>&amp;Présenter une étude…</translation>
    </message>
</context>
<context>
    <name>PageWidgets</name>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1–%2 rate the current row</source>
        <translation>%1–%2 évaluent la ligne courante</translation>
    </message>
    <message>
        <source>digits rate the current row where the scale has that value</source>
        <translation>les chiffres évaluent la ligne courante là où l&apos;échelle a cette valeur</translation>
    </message>
    <message>
        <source>D = don&apos;t know</source>
        <translation>D = ne sait pas</translation>
    </message>
    <message>
        <source>D or 0 = don&apos;t know</source>
        <translation>D ou 0 = ne sait pas</translation>
    </message>
    <message>
        <source>Delete clears</source>
        <translation>Suppr efface</translation>
    </message>
    <message>
        <source>%1–%2: rate the current row of the rating grid</source>
        <translation>%1–%2&#xa0;: évaluer la ligne courante de la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Digits: rate the current row of the rating grid with the point of that value</source>
        <translation>Chiffres&#xa0;: évaluer la ligne courante de la grille d&apos;évaluation avec le point de l&apos;échelle de cette valeur</translation>
    </message>
    <message>
        <source>D: don&apos;t know, in the rating grid</source>
        <translation>D&#xa0;: ne sait pas, dans la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>D or 0: don&apos;t know, in the rating grid</source>
        <translation>D ou 0&#xa0;: ne sait pas, dans la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Delete or Backspace: clear the current row of the rating grid</source>
        <translation>Suppr ou Retour arrière&#xa0;: effacer la ligne courante de la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>each of the risks below</source>
        <translation>chacun des risques ci-dessous</translation>
    </message>
    <message>
        <source>Choose one answer per row.</source>
        <translation>Choisissez une réponse par ligne.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: the picture could not be written</source>
        <translation>%1&#xa0;: l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>%1: the drawing could not be written</source>
        <translation>%1&#xa0;: le dessin n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>%1: the document could not be written</source>
        <translation>%1&#xa0;: le document n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>%1: unknown picture format &quot;%2&quot;; use .png, .svg or .pdf</source>
        <translation>%1&#xa0;: format d&apos;image «&#xa0;%2&#xa0;» inconnu&#xa0;; utilisez .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>%1: nothing was written</source>
        <translation>%1&#xa0;: rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <source>…and %1 more (see Show Details).</source>
        <translation>…et %1 de plus (voir «&#xa0;Montrer les détails&#xa0;»).</translation>
    </message>
    <message>
        <source>Submit with unanswered items?</source>
        <translation>Envoyer avec des éléments sans réponse&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not answered:</source>
        <translation>
            <numerusform>%n élément est sans réponse&#xa0;:</numerusform>
            <numerusform>%n éléments sont sans réponse&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered items stay empty in the submitted file; nothing is filled in for you. You can answer them later and submit again.</source>
        <translation>Les éléments sans réponse restent vides dans le fichier envoyé&#xa0;; rien n&apos;est rempli à votre place. Vous pourrez y répondre plus tard et envoyer à nouveau.</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Response submitted</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>Your response was submitted as revision %1 to
%2</source>
        <translation>Votre réponse a été envoyée en tant que révision %1 dans
%2</translation>
    </message>
    <message>
        <source>Send this file to the study coordinator, as the study&apos;s instructions say.</source>
        <translation>Transmettez ce fichier au coordinateur de l&apos;étude, comme l&apos;indiquent les instructions de l&apos;étude.</translation>
    </message>
    <message>
        <source>Coordinator: %1, %2</source>
        <translation>Coordinateur&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Date limite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is sealed: only the coordinator&apos;s key %1 opens it. If you are unsure the survey came from the coordinator, compare this fingerprint with theirs.</source>
        <translation>Le fichier est scellé&#xa0;: seule la clé du coordinateur %1 permet de l&apos;ouvrir. Si vous n&apos;êtes pas sûr que l&apos;enquête provienne bien du coordinateur, comparez cette empreinte avec la sienne.</translation>
    </message>
    <message>
        <source>It is signed by your Panelist (key %1), so nobody else can send a newer revision in your name.</source>
        <translation>Il est signé par votre Panelist (clé %1)&#xa0;: personne d&apos;autre ne peut envoyer une révision plus récente en votre nom.</translation>
    </message>
    <message>
        <source>You can keep working here; submitting again creates revision %1.</source>
        <translation>Vous pouvez continuer à travailler ici&#xa0;; un nouvel envoi créera la révision %1.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Your response could not be written to
%1</source>
        <translation>Votre réponse n&apos;a pas pu être écrite dans
%1</translation>
    </message>
    <message>
        <source>%1

Your answers are still safe in the working file. Choose another folder and try again.</source>
        <translation>%1

Vos réponses restent en sécurité dans le fichier de travail. Choisissez un autre dossier et réessayez.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Panelist</source>
        <translation>Panelist</translation>
    </message>
    <message>
        <source>Panelist cannot open the response file
%1</source>
        <translation>Panelist ne peut pas ouvrir le fichier de réponse
%1</translation>
    </message>
    <message>
        <source>Panelist cannot preview
%1</source>
        <translation>Panelist ne peut pas afficher l&apos;aperçu de
%1</translation>
    </message>
    <message>
        <source>Panelist cannot open the survey file
%1</source>
        <translation>Panelist ne peut pas ouvrir le fichier d&apos;enquête
%1</translation>
    </message>
    <message>
        <source>This is a sealed response, for the study coordinator: merge it in the coordinator&apos;s window (panelist --coordinator, File &gt; Import files…) with the coordinator key.</source>
        <translation>Ceci est une réponse scellée, destinée au coordinateur de l&apos;étude&#xa0;: fusionnez-la dans la fenêtre de coordination (panelist --coordinator, Fichier &gt; Importer des fichiers…) avec la clé du coordinateur.</translation>
    </message>
    <message>
        <source>To see an instrument as experts will, use panelist --preview FILE; to send it to experts, make a survey file (panelist-cli survey make).</source>
        <translation>Pour voir un instrument tel que les experts le verront, utilisez panelist --preview FICHIER&#xa0;; pour l&apos;envoyer aux experts, créez un fichier d&apos;enquête (panelist-cli survey make).</translation>
    </message>
    <message>
        <source>Panelist cannot open
%1</source>
        <translation>Panelist ne peut pas ouvrir
%1</translation>
    </message>
    <message>
        <source>Panelist shows your surveys instead.</source>
        <translation>Panelist affiche vos enquêtes à la place.</translation>
    </message>
    <message>
        <source>Panelist cannot open the study
%1</source>
        <translation>Panelist ne peut pas ouvrir l&apos;étude
%1</translation>
    </message>
</context>
<context>
    <name>panelist::AgreementModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>Above %1</source>
        <translation>Au-dessus de %1</translation>
    </message>
</context>
<context>
    <name>panelist::AreaPage</name>
    <message>
        <source>Agreement with each measure (share of n)</source>
        <translation>Accord avec chaque mesure (part de n)</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Choisies</translation>
    </message>
    <message>
        <source>Picked together</source>
        <translation>Choisies ensemble</translation>
    </message>
    <message>
        <source>%1 % agreement threshold (tick on each bar)</source>
        <translation>seuil d&apos;accord de %1&#xa0;% (trait sur chaque barre)</translation>
    </message>
    <message>
        <source>picked by more than %1 %</source>
        <translation>choisie par plus de %1&#xa0;%</translation>
    </message>
    <message>
        <source>DK: &quot;%1&quot;, not in n</source>
        <translation>NSP&#xa0;: «&#xa0;%1&#xa0;», hors n</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>%n expert</numerusform>
            <numerusform>%n experts</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α %1</source>
        <translation>α de Krippendorff %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answered the combination question</source>
        <translation>
            <numerusform>%n a répondu à la question de combinaison</numerusform>
            <numerusform>%n ont répondu à la question de combinaison</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panelist::CoSelectionHeatMap</name>
    <message>
        <source>Co-selection heat map</source>
        <translation>Carte de chaleur des choix conjoints</translation>
    </message>
    <message>
        <source>0 to %1 picked both</source>
        <translation>0 à %1 ont choisi les deux</translation>
    </message>
    <message>
        <source>Grey: how many picked the measure</source>
        <translation>Gris&#xa0;: nombre de choix de la mesure</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1: picked by %2</source>
        <translation>%1&#xa0;: choisie par %2</translation>
    </message>
    <message>
        <source>%1 and %2: picked together by %3</source>
        <translation>%1 et %2&#xa0;: choisies ensemble par %3</translation>
    </message>
</context>
<context>
    <name>panelist::CombinationModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, choisie</translation>
    </message>
    <message>
        <source>%1, not chosen</source>
        <translation>%1, non choisie</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%1 choix sur %2</translation>
    </message>
</context>
<context>
    <name>panelist::CombinationPage</name>
    <message>
        <source>Measures to choose from</source>
        <translation>Mesures au choix</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current measure.</source>
        <translation>Espace coche ou décoche la mesure courante.</translation>
    </message>
    <message>
        <source>Keys: arrow keys move, Space ticks or unticks, PgUp/PgDn = previous/next page.</source>
        <translation>Touches&#xa0;: les flèches déplacent, Espace coche ou décoche, Page préc/Page suiv = page précédente/suivante.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preferred combination %1 of %2</source>
        <translation>Combinaison préférée %1 sur %2</translation>
    </message>
    <message>
        <source>Preferred combination</source>
        <translation>Combinaison préférée</translation>
    </message>
    <message>
        <source>Preferred combination — %1</source>
        <translation>Combinaison préférée — %1</translation>
    </message>
    <message>
        <source>Which combination of measures would you prefer? Choose up to %1.</source>
        <translation>Quelle combinaison de mesures préféreriez-vous&#xa0;? Choisissez-en jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>these risks</source>
        <translation>ces risques</translation>
    </message>
    <message>
        <source>Measures to choose from for %1</source>
        <translation>Mesures au choix pour %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>You have chosen the maximum of %1. To choose a different measure, untick one first.</source>
        <translation>Vous avez atteint le maximum de %1. Pour choisir une autre mesure, décochez-en d&apos;abord une.</translation>
    </message>
</context>
<context>
    <name>panelist::ConflictsModel</name>
    <message>
        <source>undecided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>non retenu</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Candidate file</source>
        <translation>Fichier candidat</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
</context>
<context>
    <name>panelist::ConflictsTab</name>
    <message>
        <source>&amp;Use this version</source>
        <translation>&amp;Utiliser cette version</translation>
    </message>
    <message>
        <source>This version counts for the respondent; the choice is recorded in the import log.</source>
        <translation>Cette version compte pour le répondant&#xa0;; le choix est consigné dans le journal d&apos;import.</translation>
    </message>
    <message>
        <source>No conflicts. A conflict is two files with the same respondent and revision but different answers; you decide which one counts.</source>
        <translation>Aucun conflit. Il y a conflit quand deux fichiers ont le même répondant et la même révision mais des réponses différentes&#xa0;; vous décidez lequel compte.</translation>
    </message>
    <message>
        <source>Every conflict is decided. You can still pick another version; each choice is recorded in the import log.</source>
        <translation>Tous les conflits sont tranchés. Vous pouvez encore choisir une autre version&#xa0;; chaque choix est consigné dans le journal d&apos;import.</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1. Each respondent below sent different answers under one revision number. Select the version that counts and press &quot;Use this version&quot;; both stay in the study.</source>
        <translation>Conflits à trancher&#xa0;: %1. Chaque répondant ci-dessous a envoyé des réponses différentes sous un même numéro de révision. Sélectionnez la version qui compte et appuyez sur «&#xa0;Utiliser cette version&#xa0;»&#xa0;; les deux restent dans l&apos;étude.</translation>
    </message>
</context>
<context>
    <name>panelist::CoordinatorWindow</name>
    <message>
        <source>Choose the study&apos;s instrument</source>
        <translation>Choisir l&apos;instrument de l&apos;étude</translation>
    </message>
    <message>
        <source>Instruments (*.json *.xlsx *.ods);;Instrument JSON (*.json);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Instruments (*.json *.xlsx *.ods);;Instrument JSON (*.json);;Classeurs (*.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the survey file for the experts</source>
        <translation>Enregistrer le fichier d&apos;enquête pour les experts</translation>
    </message>
    <message>
        <source>Panelist survey files (*.%1)</source>
        <translation>Fichiers d&apos;enquête Panelist (*.%1)</translation>
    </message>
    <message>
        <source>Open the coordinator key</source>
        <translation>Ouvrir la clé du coordinateur</translation>
    </message>
    <message>
        <source>Open the coordinator key %1</source>
        <translation>Ouvrir la clé du coordinateur %1</translation>
    </message>
    <message>
        <source>Panelist keys (*%1)</source>
        <translation>Clés Panelist (*%1)</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Nouvelle étude</translation>
    </message>
    <message>
        <source>Panelist studies (*.panelist-study)</source>
        <translation>Études Panelist (*.panelist-study)</translation>
    </message>
    <message>
        <source>Open study</source>
        <translation>Ouvrir une étude</translation>
    </message>
    <message>
        <source>Panelist studies (*.panelist-study);;All files (*)</source>
        <translation>Études Panelist (*.panelist-study);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import response files</source>
        <translation>Importer des fichiers de réponse</translation>
    </message>
    <message>
        <source>Response files (*.panelist-response);;All files (*)</source>
        <translation>Fichiers de réponse (*.panelist-response);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Watch inbox folder</source>
        <translation>Dossier de réception à surveiller</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>…and %1 more lines (see Show Details).</source>
        <translation>…et %1 lignes de plus (voir «&#xa0;Montrer les détails&#xa0;»).</translation>
    </message>
    <message>
        <source>Make the survey file for &quot;%1&quot;.</source>
        <translation>Créer le fichier d&apos;enquête pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation>Fichier d&apos;enquête</translation>
    </message>
    <message>
        <source>The survey file cannot be made:
%1</source>
        <translation>Le fichier d&apos;enquête ne peut pas être créé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Survey file written: %1. Send it to the experts.</source>
        <translation>Fichier d&apos;enquête écrit&#xa0;: %1. Envoyez-le aux experts.</translation>
    </message>
    <message>
        <source>Survey file written: %1, sealed to key %2. Send it to the experts.</source>
        <translation>Fichier d&apos;enquête écrit&#xa0;: %1, scellé pour la clé %2. Envoyez-le aux experts.</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation>Clé du coordinateur</translation>
    </message>
    <message>
        <source>That is the key %1; this study&apos;s responses are sealed to the key %2.</source>
        <translation>C&apos;est la clé %1&#xa0;; les réponses de cette étude sont scellées pour la clé %2.</translation>
    </message>
    <message>
        <source>Key %1 open: sealed response files can be imported.</source>
        <translation>Clé %1 ouverte&#xa0;: les fichiers de réponse scellés peuvent être importés.</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v sur %m fichiers</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New study…</source>
        <translation>&amp;Nouvelle étude…</translation>
    </message>
    <message>
        <source>New e&amp;xample study (Uuk et al. 2024)…</source>
        <translation>Nouvelle étude d&apos;e&amp;xemple (Uuk et al. 2024)…</translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation>&amp;Ouvrir une étude…</translation>
    </message>
    <message>
        <source>&amp;Make survey file…</source>
        <translation>&amp;Créer le fichier d&apos;enquête…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Watch inbox…</source>
        <translation>&amp;Surveiller un dossier de réception…</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Arrêter la surveillance</translation>
    </message>
    <message>
        <source>Coordinator &amp;key…</source>
        <translation>C&amp;lé du coordinateur…</translation>
    </message>
    <message>
        <source>Open your coordinator key, so sealed response files can be imported</source>
        <translation>Ouvrir votre clé de coordinateur, pour pouvoir importer les fichiers de réponse scellés</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Spreadsheet (.&amp;xlsx)…</source>
        <translation>Classeur (.&amp;xlsx)…</translation>
    </message>
    <message>
        <source>CSV, one row per &amp;answer…</source>
        <translation>CSV, une ligne par &amp;réponse…</translation>
    </message>
    <message>
        <source>CSV, one row per &amp;respondent…</source>
        <translation>CSV, une ligne par ré&amp;pondant…</translation>
    </message>
    <message>
        <source>&amp;JSON (interchange)…</source>
        <translation>&amp;JSON (échange)…</translation>
    </message>
    <message>
        <source>&amp;SPSS (.sav)…</source>
        <translation>&amp;SPSS (.sav)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The coordinator&apos;s window can be used with the keyboard alone.</source>
        <translation>La fenêtre de coordination s&apos;utilise entièrement au clavier.</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab: next and previous tab</source>
        <translation>Ctrl+Tab, Ctrl+Maj+Tab&#xa0;: onglet suivant et précédent</translation>
    </message>
    <message>
        <source>Tab: next control</source>
        <translation>Tab&#xa0;: champ suivant</translation>
    </message>
    <message>
        <source>Arrow keys: move in a table; Alt+U in the Conflicts tab: use the selected version</source>
        <translation>Flèches&#xa0;: se déplacer dans un tableau&#xa0;; Alt+U dans l&apos;onglet Conflits&#xa0;: utiliser la version sélectionnée</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Panelist</translation>
    </message>
    <message>
        <source>%1 — Panelist coordinator</source>
        <translation>%1 — coordination Panelist</translation>
    </message>
    <message>
        <source>Create a study with File ▸ New study…, or open one with File ▸ Open study…
Then import response files or drop them onto this window.</source>
        <translation>Créez une étude avec Fichier ▸ Nouvelle étude…, ou ouvrez-en une avec Fichier ▸ Ouvrir une étude…
Importez ensuite des fichiers de réponse ou déposez-les sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Panelist coordinator</source>
        <translation>Coordination Panelist</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Journal d&apos;import</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>No study open</source>
        <translation>Aucune étude ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n répondant</numerusform>
            <numerusform>%n répondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>%n fichier refusé</numerusform>
            <numerusform>%n fichiers refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflit à trancher</numerusform>
            <numerusform>%n conflits à trancher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned</source>
        <translation>
            <numerusform>%n réponse non signée</numerusform>
            <numerusform>%n réponses non signées</numerusform>
        </translation>
    </message>
    <message>
        <source>key %1 open</source>
        <translation>clé %1 ouverte</translation>
    </message>
    <message>
        <source>sealed to key %1</source>
        <translation>scellées pour la clé %1</translation>
    </message>
    <message>
        <source>watching %1</source>
        <translation>surveillance de %1</translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation>Réponses (%1)</translation>
    </message>
    <message>
        <source>Import log (%1)</source>
        <translation>Journal d&apos;import (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>The instrument %1 cannot be used:
%2</source>
        <translation>L&apos;instrument %1 ne peut pas être utilisé&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The study &quot;%1&quot; is created. Make the survey file you send the experts now? File ▸ Make survey file… makes one at any time.</source>
        <translation>L&apos;étude «&#xa0;%1&#xa0;» est créée. Créer maintenant le fichier d&apos;enquête à envoyer aux experts&#xa0;? Fichier ▸ Créer le fichier d&apos;enquête… en crée un à tout moment.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Last import: %1</source>
        <translation>Dernier import&#xa0;: %1</translation>
    </message>
    <message>
        <source> and its codebook</source>
        <translation> et son dictionnaire des variables</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n respondent(s) to %1</source>
        <translation>
            <numerusform>%n répondant exporté vers %1</numerusform>
            <numerusform>%n répondants exportés vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panelist::ImportLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>panelist::KeyCreateDialog</name>
    <message>
        <source>New coordinator key</source>
        <translation>Nouvelle clé de coordinateur</translation>
    </message>
    <message>
        <source>Experts&apos; responses are sealed to this key: only this key file, with its passphrase, opens them. Losing either loses every response sealed to it, so save the printable backup offered next.</source>
        <translation>Les réponses des experts sont scellées pour cette clé&#xa0;: seul ce fichier de clé, avec sa phrase secrète, permet de les ouvrir. Perdre l&apos;un ou l&apos;autre, c&apos;est perdre toutes les réponses scellées pour cette clé&#xa0;: enregistrez donc la sauvegarde imprimable proposée ensuite.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>at least %1 characters; a few words are best</source>
        <translation>au moins %1 caractères&#xa0;; quelques mots, c&apos;est l&apos;idéal</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>Créer la c&amp;lé</translation>
    </message>
    <message>
        <source>Save the coordinator key as</source>
        <translation>Enregistrer la clé du coordinateur sous</translation>
    </message>
    <message>
        <source>Panelist keys (*%1)</source>
        <translation>Clés Panelist (*%1)</translation>
    </message>
    <message>
        <source>Choose where to keep the key file.</source>
        <translation>Choisissez où conserver le fichier de clé.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Clé créée</translation>
    </message>
    <message>
        <source>The coordinator key %1 is in %2.</source>
        <translation>La clé du coordinateur %1 se trouve dans %2.</translation>
    </message>
    <message>
        <source>Losing this file or its passphrase loses every response sealed to it: nobody can open them again. Save the printable backup now, print it, keep the paper somewhere safe and offline, and delete the backup file.

Tell the experts the fingerprint %1: their Panelist shows it before they submit.</source>
        <translation>Perdre ce fichier ou sa phrase secrète, c&apos;est perdre toutes les réponses scellées pour cette clé&#xa0;: personne ne pourra plus les ouvrir. Enregistrez maintenant la sauvegarde imprimable, imprimez-la, rangez le papier en lieu sûr, hors ligne, puis supprimez le fichier de sauvegarde.

Communiquez aux experts l&apos;empreinte %1&#xa0;: leur Panelist l&apos;affiche avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Save &amp;backup…</source>
        <translation>Enregistrer la &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Save the key&apos;s backup</source>
        <translation>Enregistrer la sauvegarde de la clé</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation>Clé du coordinateur</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>panelist::MainWindow</name>
    <message>
        <source>Panelist responses (*.%1);;All files (*)</source>
        <translation>Réponses Panelist (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Panelist survey files (*.%1);;All files (*)</source>
        <translation>Fichiers d&apos;enquête Panelist (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sealed Panelist responses (*.%1);;All files (*)</source>
        <translation>Réponses Panelist scellées (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Submit response as</source>
        <translation>Envoyer la réponse sous</translation>
    </message>
    <message>
        <source>Open response file</source>
        <translation>Ouvrir un fichier de réponse</translation>
    </message>
    <message>
        <source>Open survey file</source>
        <translation>Ouvrir un fichier d&apos;enquête</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Your surveys…</source>
        <translation>Vos &amp;enquêtes…</translation>
    </message>
    <message>
        <source>Open a &amp;survey file…</source>
        <translation>Ouvrir un &amp;fichier d&apos;enquête…</translation>
    </message>
    <message>
        <source>&amp;Open response file…</source>
        <translation>&amp;Ouvrir un fichier de réponse…</translation>
    </message>
    <message>
        <source>Start the &amp;example study…</source>
        <translation>Commencer l&apos;étude d&apos;e&amp;xemple…</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>En&amp;voyer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Review and submit</source>
        <translation>&amp;Vérifier et envoyer</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Aperçu — %1</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>A preview cannot be submitted</source>
        <translation>Un aperçu ne peut pas être envoyé</translation>
    </message>
    <message>
        <source>Read only: choose Revise to change and submit it again</source>
        <translation>Lecture seule&#xa0;: choisissez Réviser pour modifier la réponse et l&apos;envoyer à nouveau</translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation>Vos enquêtes</translation>
    </message>
    <message>
        <source>Start the example study?</source>
        <translation>Commencer l&apos;étude d&apos;exemple&#xa0;?</translation>
    </message>
    <message>
        <source>Start a new, empty response to the example study (Uuk et al. 2024)?</source>
        <translation>Commencer une nouvelle réponse, vierge, à l&apos;étude d&apos;exemple (Uuk et al. 2024)&#xa0;?</translation>
    </message>
    <message>
        <source>Your current answers stay saved in
%1
and are listed under File &gt; Your surveys.</source>
        <translation>Vos réponses actuelles restent enregistrées dans
%1
et figurent sous Fichier &gt; Vos enquêtes.</translation>
    </message>
    <message>
        <source>Start new response</source>
        <translation>Commencer une nouvelle réponse</translation>
    </message>
    <message>
        <source>New response</source>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <source>Could not create a new response file at
%1

%2</source>
        <translation>Impossible de créer un nouveau fichier de réponse dans
%1

%2</translation>
    </message>
    <message>
        <source>Panelist cannot open
%1</source>
        <translation>Panelist ne peut pas ouvrir
%1</translation>
    </message>
    <message>
        <source>%1 — Panelist</source>
        <translation>%1 — Panelist</translation>
    </message>
    <message>
        <source>%1 is a Panelist study: a coordinator&apos;s database of merged responses, not a response to answer.</source>
        <translation>%1 est une étude Panelist&#xa0;: la base de données d&apos;un coordinateur, qui réunit les réponses fusionnées, et non une réponse à remplir.</translation>
    </message>
    <message>
        <source>It opens in the coordinator&apos;s window.</source>
        <translation>Elle s&apos;ouvre dans la fenêtre de coordination.</translation>
    </message>
    <message>
        <source>Open it in the coordinator&apos;s window: panelist --study FILE.</source>
        <translation>Ouvrez-la dans la fenêtre de coordination&#xa0;: panelist --study FICHIER.</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Réviser</translation>
    </message>
    <message>
        <source>This is the working file Panelist keeps your answers in; the submitted copy needs a different name.</source>
        <translation>C&apos;est le fichier de travail dans lequel Panelist conserve vos réponses&#xa0;; la copie envoyée doit porter un autre nom.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Panelist can be used with the keyboard alone.</source>
        <translation>Panelist s&apos;utilise entièrement au clavier.</translation>
    </message>
    <message>
        <source>Page Down or Ctrl+Enter: next page</source>
        <translation>Page suiv ou Ctrl+Entrée&#xa0;: page suivante</translation>
    </message>
    <message>
        <source>Page Up or Ctrl+Shift+Enter: previous page</source>
        <translation>Page préc ou Ctrl+Maj+Entrée&#xa0;: page précédente</translation>
    </message>
    <message>
        <source>Ctrl+R: review and submit</source>
        <translation>Ctrl+R&#xa0;: vérifier et envoyer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S: submit…</source>
        <translation>Ctrl+Maj+S&#xa0;: envoyer…</translation>
    </message>
    <message>
        <source>Tab: next control</source>
        <translation>Tab&#xa0;: champ suivant</translation>
    </message>
    <message>
        <source>Shift+Tab: previous control</source>
        <translation>Maj+Tab&#xa0;: champ précédent</translation>
    </message>
    <message>
        <source>Arrow keys: move in the rating grid and in lists</source>
        <translation>Flèches&#xa0;: se déplacer dans la grille d&apos;évaluation et dans les listes</translation>
    </message>
    <message>
        <source>Space: choose the current cell of the rating grid, or tick or untick a measure</source>
        <translation>Espace&#xa0;: choisir la case courante de la grille d&apos;évaluation, ou cocher ou décocher une mesure</translation>
    </message>
    <message>
        <source>Enter: choose the current cell of the rating grid, or open the chosen item of a list</source>
        <translation>Entrée&#xa0;: choisir la case courante de la grille d&apos;évaluation, ou ouvrir l&apos;élément choisi d&apos;une liste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O: open a survey file…</source>
        <translation>Ctrl+Maj+O&#xa0;: ouvrir un fichier d&apos;enquête…</translation>
    </message>
    <message>
        <source>Ctrl+O: open a response file…</source>
        <translation>Ctrl+O&#xa0;: ouvrir un fichier de réponse…</translation>
    </message>
    <message>
        <source>Ctrl+N: start the example study…</source>
        <translation>Ctrl+N&#xa0;: commencer l&apos;étude d&apos;exemple…</translation>
    </message>
    <message>
        <source>Ctrl+Q: quit</source>
        <translation>Ctrl+Q&#xa0;: quitter</translation>
    </message>
    <message>
        <source>F1: this help</source>
        <translation>F1&#xa0;: cette aide</translation>
    </message>
</context>
<context>
    <name>panelist::MeasurePage</name>
    <message>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Keys: %1, arrow keys move, PgUp/PgDn = previous/next page.</source>
        <translation>Touches&#xa0;: %1, les flèches déplacent, Page préc/Page suiv = page précédente/suivante.</translation>
    </message>
    <message>
        <source>Comments on this measure (optional)</source>
        <translation>Commentaires sur cette mesure (facultatif)</translation>
    </message>
    <message>
        <source>Comment on this measure</source>
        <translation>Commentaire sur cette mesure</translation>
    </message>
    <message>
        <source>Optional: reasons, conditions, doubts…</source>
        <translation>Facultatif&#xa0;: raisons, conditions, doutes…</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>Measure %1 of %2</source>
        <translation>Mesure %1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This comment is not saved: %1</source>
        <translation>Ce commentaire n&apos;est pas enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows are the risk areas and technical feasibility; columns are the answer options. Keys: %1.</source>
        <translation>Les lignes sont les domaines de risque et la faisabilité technique ; les colonnes sont les options de réponse. Touches&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>panelist::OutlineDelegate</name>
    <message>
        <source>%1 chosen</source>
        <translation>%1 choix</translation>
    </message>
</context>
<context>
    <name>panelist::OverviewPage</name>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>En attente des premiers chiffres…</translation>
    </message>
    <message>
        <source>Stand out</source>
        <translation>Se démarquent</translation>
    </message>
    <message>
        <source>Agreement above %1 % in every risk area and picked by more than %2 % in every combination question.</source>
        <translation>Accord supérieur à %1&#xa0;% dans chaque domaine de risque et choisie par plus de %2&#xa0;% dans chaque question de combinaison.</translation>
    </message>
    <message>
        <source>Picked in the preferred combinations (share of those who answered)</source>
        <translation>Choisies dans les combinaisons préférées (part des répondants à la question)</translation>
    </message>
    <message numerus="yes">
        <source>expert(s)</source>
        <comment>the caption under the number of experts</comment>
        <translation>
            <numerusform>expert</numerusform>
            <numerusform>experts</numerusform>
        </translation>
    </message>
    <message>
        <source>Last update %1</source>
        <translation>Dernière mise à jour à %1</translation>
    </message>
    <message>
        <source>All expertise groups</source>
        <translation>Tous les groupes d&apos;expertise</translation>
    </message>
    <message>
        <source>Expertise group: %1</source>
        <translation>Groupe d&apos;expertise&#xa0;: %1</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <source>threshold: picked by more than %1 %</source>
        <translation>seuil&#xa0;: choisie par plus de %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>panelist::PresenterWindow</name>
    <message>
        <source>%1 — presenter</source>
        <translation>%1 — présentation</translation>
    </message>
    <message>
        <source>1  Overview</source>
        <translation>1  Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Expertise group</source>
        <translation>Groupe d&apos;expertise</translation>
    </message>
    <message>
        <source>All expertise groups</source>
        <translation>Tous les groupes d&apos;expertise</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Auto-&amp;cycle</source>
        <translation>&amp;Défilement automatique</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>&amp;Grands caractères</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>The dashboard is driven with the keyboard; every key is also in the menus.</source>
        <translation>Le tableau de bord se pilote au clavier&#xa0;; chaque touche figure aussi dans les menus.</translation>
    </message>
    <message>
        <source>Esc: leave full screen</source>
        <translation>Échap&#xa0;: quitter le plein écran</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Surveillance de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>%n expert</numerusform>
            <numerusform>%n experts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation>%1 · mis à jour à %2</translation>
    </message>
    <message>
        <source>Expertise group: %1</source>
        <translation>Groupe d&apos;expertise&#xa0;: %1</translation>
    </message>
    <message>
        <source>figures of %1</source>
        <translation>chiffres du %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>panelist::ProfilePage</name>
    <message>
        <source>Your expertise</source>
        <translation>Votre expertise</translation>
    </message>
    <message>
        <source>Thank you for taking part. Your answers are saved on this computer as you go; you can close Panelist at any time and continue later. When you are done, submit one response file and send it to the study coordinator.</source>
        <translation>Merci de votre participation. Vos réponses sont enregistrées sur cet ordinateur au fur et à mesure&#xa0;; vous pouvez fermer Panelist à tout moment et reprendre plus tard. Lorsque vous avez terminé, envoyez un fichier de réponse et transmettez-le au coordinateur de l&apos;étude.</translation>
    </message>
    <message>
        <source>Which areas describe your expertise? Choose all that apply.</source>
        <translation>Quels domaines décrivent votre expertise&#xa0;? Choisissez tous ceux qui s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Expertise: %1</source>
        <translation>Expertise&#xa0;: %1</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>À propos de vous (facultatif)</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Affiliation (optional)</source>
        <translation>Affiliation (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliation&#xa0;:</translation>
    </message>
    <message>
        <source>Leave these empty to answer anonymously; the coordinator then sees only a random respondent id.</source>
        <translation>Laissez ces champs vides pour répondre anonymement&#xa0;; le coordinateur ne verra alors qu&apos;un identifiant de répondant aléatoire.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language of the survey</source>
        <translation>Langue de l’enquête</translation>
    </message>
    <message>
        <source>Survey &amp;language:</source>
        <translation>&amp;Langue de l’enquête&#xa0;:</translation>
    </message>
    <message>
        <source>The questions and answer options are shown in this language; your answers count the same in every language.</source>
        <translation>Les questions et les options de réponse s’affichent dans cette langue&#xa0;; vos réponses comptent de la même façon dans toutes les langues.</translation>
    </message>
</context>
<context>
    <name>panelist::RatingTableModel</name>
    <message>
        <source>Technical feasibility</source>
        <translation>Faisabilité technique</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>%1: %2, selected</source>
        <translation>%1&#xa0;: %2, sélectionné</translation>
    </message>
    <message>
        <source>%1: %2, not selected</source>
        <translation>%1&#xa0;: %2, non sélectionné</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (key D or 0)</source>
        <translation>%1 (touche D ou 0)</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (touche %2)</translation>
    </message>
    <message>
        <source>There is no rating row %1 for this measure.</source>
        <translation>Il n&apos;y a pas de ligne d&apos;évaluation %1 pour cette mesure.</translation>
    </message>
    <message>
        <source>%1 has no answer in column %2.</source>
        <translation>%1 n&apos;a pas de réponse dans la colonne %2.</translation>
    </message>
    <message>
        <source>%1 cannot be rated %2: the scale goes from %3 to %4.</source>
        <translation>%1 ne peut pas recevoir l&apos;évaluation %2&#xa0;: l&apos;échelle va de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 has no &quot;Don&apos;t know&quot; answer.</source>
        <translation>%1 n&apos;a pas de réponse «&#xa0;Ne sait pas&#xa0;».</translation>
    </message>
</context>
<context>
    <name>panelist::ResponseListModel</name>
    <message>
        <source>cannot be opened</source>
        <translation>impossible à ouvrir</translation>
    </message>
    <message>
        <source>%1 of %2 ratings answered</source>
        <translation>%1 évaluations sur %2 renseignées</translation>
    </message>
    <message>
        <source>Submitted %1 (revision %2)</source>
        <translation>Envoyée le %1 (révision %2)</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoi</translation>
    </message>
</context>
<context>
    <name>panelist::ResponsesTab</name>
    <message>
        <source>Filter by respondent, name, affiliation, expertise or file</source>
        <translation>Filtrer par répondant, nom, affiliation, expertise ou fichier</translation>
    </message>
</context>
<context>
    <name>panelist::ResponsesTableModel</name>
    <message>
        <source>unsigned</source>
        <translation>non signée</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>panelist::ReviewPage</name>
    <message>
        <source>&amp;Submit…</source>
        <translation>En&amp;voyer…</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Vérifier et envoyer</translation>
    </message>
    <message>
        <source>You may leave items unanswered, for example outside your expertise: they stay empty in the submitted file and are never filled in for you. Submitting writes one response file where you choose; you can keep working and submit again later.</source>
        <translation>Vous pouvez laisser des éléments sans réponse, par exemple hors de votre domaine d&apos;expertise&#xa0;: ils restent vides dans le fichier envoyé et ne sont jamais remplis à votre place. L&apos;envoi écrit un fichier de réponse à l&apos;emplacement de votre choix&#xa0;; vous pouvez continuer à travailler et envoyer à nouveau plus tard.</translation>
    </message>
    <message>
        <source>The file is sealed so that only the coordinator can read it, with the key whose fingerprint is %1. The coordinator can tell you theirs to compare.</source>
        <translation>Le fichier est scellé pour que seul le coordinateur puisse le lire, avec la clé dont l&apos;empreinte est %1. Le coordinateur peut vous communiquer la sienne pour comparer.</translation>
    </message>
    <message>
        <source>Unanswered items</source>
        <translation>Éléments sans réponse</translation>
    </message>
    <message>
        <source>Press Enter on an item to go where it is answered.</source>
        <translation>Appuyez sur Entrée sur un élément pour aller à l&apos;endroit où y répondre.</translation>
    </message>
    <message>
        <source>Submit your response</source>
        <translation>Envoyer votre réponse</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s)</source>
        <translation>
            <numerusform>%n combinaison</numerusform>
            <numerusform>%n combinaisons</numerusform>
        </translation>
    </message>
    <message>
        <source>your expertise</source>
        <translation>votre expertise</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Everything is answered. Check your answers if you like, then submit.</source>
        <translation>Vous avez répondu à tout. Vérifiez vos réponses si vous le souhaitez, puis envoyez.</translation>
    </message>
    <message>
        <source>Not answered yet: %1. Select an item to go where it is answered.</source>
        <translation>Sans réponse pour l&apos;instant&#xa0;: %1. Sélectionnez un élément pour aller à l&apos;endroit où y répondre.</translation>
    </message>
</context>
<context>
    <name>panelist::SelectionChart</name>
    <message>
        <source>Selection threshold</source>
        <translation>Seuil de choix</translation>
    </message>
</context>
<context>
    <name>panelist::SelectionModel</name>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>panelist::StartPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Open a &amp;survey file…</source>
        <translation>Ouvrir un fichier d&apos;en&amp;quête…</translation>
    </message>
    <message>
        <source>Start the &amp;example study (Uuk et al. 2024)</source>
        <translation>Commencer l&apos;étude d&apos;e&amp;xemple (Uuk et al. 2024)</translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation>Vos enquêtes</translation>
    </message>
    <message>
        <source>The surveys you are answering on this computer. Choose one and press Continue, or open the survey file a study coordinator sent you.</source>
        <translation>Les enquêtes auxquelles vous répondez sur cet ordinateur. Choisissez-en une et appuyez sur Continuer, ou ouvrez le fichier d&apos;enquête qu&apos;un coordinateur d&apos;étude vous a envoyé.</translation>
    </message>
    <message>
        <source>One row per survey: study, progress, last saved, submitted. Press Enter to open the chosen one.</source>
        <translation>Une ligne par enquête&#xa0;: étude, progression, dernier enregistrement, envoi. Appuyez sur Entrée pour ouvrir l&apos;enquête choisie.</translation>
    </message>
    <message>
        <source>You have no surveys on this computer yet.

A study coordinator who invites you sends you a survey file, a file whose name ends in .panelist-survey. Open it with the button below, or double-click it. Panelist then keeps your answers as you give them, and you submit one response file when you are done.</source>
        <translation>Vous n&apos;avez encore aucune enquête sur cet ordinateur.

Le coordinateur d&apos;une étude à laquelle vous êtes invité vous envoie un fichier d&apos;enquête, dont le nom se termine par .panelist-survey. Ouvrez-le avec le bouton ci-dessous, ou double-cliquez dessus. Panelist conserve ensuite vos réponses au fur et à mesure, et vous envoyez un fichier de réponse lorsque vous avez terminé.</translation>
    </message>
    <message>
        <source>Continue the chosen survey</source>
        <translation>Continuer l&apos;enquête choisie</translation>
    </message>
    <message>
        <source>Open a survey file</source>
        <translation>Ouvrir un fichier d&apos;enquête</translation>
    </message>
    <message>
        <source>Start the example study, Uuk et al. 2024</source>
        <translation>Commencer l&apos;étude d&apos;exemple, Uuk et al. 2024</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the chosen survey</source>
        <translation>Ouvrir l&apos;enquête choisie</translation>
    </message>
</context>
<context>
    <name>panelist::SurveyBanner</name>
    <message>
        <source>Preview — answers are not kept</source>
        <translation>Aperçu — les réponses ne sont pas conservées</translation>
    </message>
    <message>
        <source>This is the survey as experts will see it. Submit is off; what you enter is removed when you close this window.</source>
        <translation>Voici l&apos;enquête telle que les experts la verront. L&apos;envoi est désactivé&#xa0;; ce que vous saisissez est effacé à la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <source>Revision %1, submitted %2. Panelist never changes this file; Revise continues in your own working copy.</source>
        <translation>Révision %1, envoyée le %2. Panelist ne modifie jamais ce fichier&#xa0;; Réviser continue dans votre propre copie de travail.</translation>
    </message>
    <message>
        <source>Not one of your working files: Panelist never changes it; Revise continues in a working copy of your own.</source>
        <translation>Ce n&apos;est pas l&apos;un de vos fichiers de travail&#xa0;: Panelist ne le modifie jamais&#xa0;; Réviser continue dans une copie de travail à vous.</translation>
    </message>
    <message>
        <source>Submitted response — read only</source>
        <translation>Réponse envoyée — lecture seule</translation>
    </message>
    <message>
        <source>Not your working copy — read only</source>
        <translation>Pas votre copie de travail — lecture seule</translation>
    </message>
    <message>
        <source>&amp;Revise</source>
        <translation>&amp;Réviser</translation>
    </message>
    <message>
        <source>Revise: continue in your own working copy</source>
        <translation>Réviser&#xa0;: continuer dans votre propre copie de travail</translation>
    </message>
</context>
<context>
    <name>panelist::SurveyFileDialog</name>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Date limite</translation>
    </message>
    <message>
        <source>&amp;Seal responses to my coordinator key</source>
        <translation>&amp;Sceller les réponses pour ma clé de coordinateur</translation>
    </message>
    <message>
        <source>Survey file for the experts</source>
        <translation>Fichier d&apos;enquête pour les experts</translation>
    </message>
    <message>
        <source>The survey file holds the instrument and what you enter here. Experts open it with Panelist and see your name, contact and instructions when they submit.</source>
        <translation>Le fichier d&apos;enquête contient l&apos;instrument et ce que vous saisissez ici. Les experts l&apos;ouvrent avec Panelist et voient votre nom, votre contact et vos instructions au moment de l&apos;envoi.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>e.g. an e-mail address</source>
        <translation>par ex. une adresse e-mail</translation>
    </message>
    <message>
        <source>Return instructions</source>
        <translation>Instructions de retour</translation>
    </message>
    <message>
        <source>Set a deadline</source>
        <translation>Fixer une date limite</translation>
    </message>
    <message>
        <source>Deadline date</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Return instructions:</source>
        <translation>&amp;Instructions de retour&#xa0;:</translation>
    </message>
    <message>
        <source>Only your key file, with its passphrase, can open the experts&apos; responses; each expert&apos;s Panelist also signs what it sends.</source>
        <translation>Seul votre fichier de clé, avec sa phrase secrète, peut ouvrir les réponses des experts&#xa0;; le Panelist de chaque expert signe en outre ce qu&apos;il envoie.</translation>
    </message>
    <message>
        <source>Coordinator key file</source>
        <translation>Fichier de clé du coordinateur</translation>
    </message>
    <message>
        <source>a .panelist-key file</source>
        <translation>un fichier .panelist-key</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>New &amp;key…</source>
        <translation>Nouvelle c&amp;lé…</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Make survey file…</source>
        <translation>C&amp;réer le fichier d&apos;enquête…</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Responses come back as plain response files.</source>
        <translation>Les réponses reviendront sous forme de fichiers de réponse ordinaires, non scellés.</translation>
    </message>
    <message>
        <source>Choose your key file, or make a new key.</source>
        <translation>Choisissez votre fichier de clé, ou créez une nouvelle clé.</translation>
    </message>
    <message>
        <source>Fingerprint %1. Tell the experts: their Panelist shows it before they submit.</source>
        <translation>Empreinte %1. Communiquez-la aux experts&#xa0;: leur Panelist l&apos;affiche avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Choose your coordinator key</source>
        <translation>Choisir votre clé de coordinateur</translation>
    </message>
    <message>
        <source>Panelist keys (*%1)</source>
        <translation>Clés Panelist (*%1)</translation>
    </message>
</context>
<context>
    <name>panelist::SurveyOutlineModel</name>
    <message>
        <source>Your expertise</source>
        <translation>Votre expertise</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseignée</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation>
            <numerusform>%n groupe choisi</numerusform>
            <numerusform>%n groupes choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 sur %2 évalués</translation>
    </message>
    <message>
        <source>Preferred combination</source>
        <translation>Combinaison préférée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>none chosen, up to %1</source>
        <translation>aucun choix (max. %1)</translation>
    </message>
    <message>
        <source>%1 chosen, up to %2</source>
        <translation>%1 choix (max. %2)</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Vérifier et envoyer</translation>
    </message>
    <message>
        <source>everything answered</source>
        <translation>tout est répondu</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not answered</source>
        <translation>
            <numerusform>%n élément sans réponse</numerusform>
            <numerusform>%n éléments sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>panelist::SurveySession</name>
    <message>
        <source>%1: not created: %2</source>
        <translation>%1&#xa0;: non créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the survey embedded in this response file is not valid: %2</source>
        <translation>%1&#xa0;: l&apos;enquête intégrée à ce fichier de réponse n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the embedded survey does not match its recorded fingerprint; the file may have been altered</source>
        <translation>%1&#xa0;: l&apos;enquête intégrée ne correspond pas à l&apos;empreinte enregistrée&#xa0;; le fichier a peut-être été modifié</translation>
    </message>
    <message>
        <source>%1: the survey details in this response file are damaged:
%2</source>
        <translation>%1&#xa0;: les détails de l&apos;enquête dans ce fichier de réponse sont endommagés&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Read only: choose Revise to change the answers in your own working copy.</source>
        <translation>Lecture seule&#xa0;: choisissez Réviser pour modifier les réponses dans votre propre copie de travail.</translation>
    </message>
    <message>
        <source>Unknown item %1/%2</source>
        <translation>Élément inconnu %1/%2</translation>
    </message>
    <message>
        <source>%1 is not a point of the scale</source>
        <translation>%1 n&apos;est pas un point de l&apos;échelle</translation>
    </message>
    <message>
        <source>Unknown measure %1</source>
        <translation>Mesure inconnue %1</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; at most %2 are kept</source>
        <translation>Le commentaire fait %1 caractères&#xa0;; au plus %2 sont conservés</translation>
    </message>
    <message>
        <source>Unknown expertise group %1</source>
        <translation>Groupe d&apos;expertise inconnu %1</translation>
    </message>
    <message>
        <source>Unknown combination item %1/%2</source>
        <translation>Élément de combinaison inconnu %1/%2</translation>
    </message>
    <message>
        <source>At most %1 measures can be chosen; remove one first</source>
        <translation>Au plus %1 mesures peuvent être choisies&#xa0;; retirez-en d&apos;abord une</translation>
    </message>
    <message>
        <source>Your expertise</source>
        <translation>Votre expertise</translation>
    </message>
    <message>
        <source>%1 — %2: effectiveness</source>
        <translation>%1 — %2&#xa0;: efficacité</translation>
    </message>
    <message>
        <source>%1: technical feasibility</source>
        <translation>%1&#xa0;: faisabilité technique</translation>
    </message>
    <message>
        <source>Preferred combination</source>
        <translation>Combinaison préférée</translation>
    </message>
    <message>
        <source>Preferred combination — %1</source>
        <translation>Combinaison préférée — %1</translation>
    </message>
    <message>
        <source>This survey is not available in &quot;%1&quot; (it is in %2)</source>
        <translation>Cette enquête n’existe pas en «&#xa0;%1&#xa0;» (elle existe en %2)</translation>
    </message>
</context>
<context>
    <name>panelist::SurveyStatus</name>
    <message>
        <source>Preview: answers are not kept</source>
        <translation>Aperçu&#xa0;: les réponses ne sont pas conservées</translation>
    </message>
    <message>
        <source>Read only: this file is never changed</source>
        <translation>Lecture seule&#xa0;: ce fichier n&apos;est jamais modifié</translation>
    </message>
    <message>
        <source>Answers are saved as you go</source>
        <translation>Les réponses sont enregistrées au fur et à mesure</translation>
    </message>
    <message>
        <source>Saving comment…</source>
        <translation>Enregistrement du commentaire…</translation>
    </message>
    <message>
        <source>Your comment is written to disk a moment after you stop typing.</source>
        <translation>Votre commentaire est écrit sur le disque un instant après la fin de votre saisie.</translation>
    </message>
    <message>
        <source>%1 of %2 ratings answered</source>
        <translation>%1 évaluations sur %2 renseignées</translation>
    </message>
    <message>
        <source>%1 of %2 combinations</source>
        <translation>%1 combinaisons sur %2</translation>
    </message>
    <message>
        <source>expertise given</source>
        <translation>expertise renseignée</translation>
    </message>
    <message>
        <source>expertise not given</source>
        <translation>expertise non renseignée</translation>
    </message>
    <message>
        <source>A combination counts as answered with at least one measure chosen.</source>
        <translation>Une combinaison compte comme répondue dès qu&apos;au moins une mesure est choisie.</translation>
    </message>
    <message>
        <source>All answers saved %1</source>
        <translation>Toutes les réponses enregistrées à %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>panelist::SurveyView</name>
    <message>
        <source>‹ &amp;Previous</source>
        <translation>‹ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation>&amp;Suivant ›</translation>
    </message>
    <message>
        <source>Survey pages</source>
        <translation>Pages de l&apos;enquête</translation>
    </message>
    <message>
        <source>Each page with its completion state; arrow keys browse.</source>
        <translation>Chaque page avec son état d&apos;avancement&#xa0;; les flèches permettent de parcourir.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Page précédente (Page préc)</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>Page suivante (Page suiv)</translation>
    </message>
</context>
</TS>
