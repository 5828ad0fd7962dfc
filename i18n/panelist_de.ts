<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard…</source>
        <translation>&amp;Tastatur…</translation>
    </message>
    <message>
        <source>&amp;About Panelist</source>
        <translation>Ü&amp;ber Panelist</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Panelist %1

Expert elicitation surveys: experts answer offline, coordinators merge and export, presenters show live charts.

Built with Qt %2 (running on Qt %3).

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Panelist %1

Umfragen zur Experteneinschätzung: Experten antworten offline, Studienkoordinatoren führen die Antworten zusammen und exportieren sie, Präsentationen zeigen Live-Diagramme.

Erstellt mit Qt %2 (läuft unter Qt %3).

Freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>About Panelist</source>
        <translation>Über Panelist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a key and what it does</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>older revision</source>
        <translation>ältere Revision</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>entschieden</translation>
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
        <translation>Panelist kann die Studie nicht öffnen
%1</translation>
    </message>
    <message>
        <source>Panelist cannot present the study
%1</source>
        <translation>Panelist kann die Studie nicht präsentieren
%1</translation>
    </message>
    <message>
        <source>Present a study</source>
        <translation>Studie präsentieren</translation>
    </message>
    <message>
        <source>Panelist studies (*.panelist-study);;All files (*)</source>
        <translation>Panelist-Studien (*.panelist-study);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>Expert&apos;s &amp;survey</source>
        <translation>&amp;Expertenumfrage</translation>
    </message>
    <message>
        <source>&amp;Coordinator window on this study</source>
        <translation>&amp;Koordinationsfenster zu dieser Studie</translation>
    </message>
    <message>
        <source>&amp;Coordinator window</source>
        <translation>&amp;Koordinationsfenster</translation>
    </message>
    <message>
        <source>&amp;Present this study</source>
        <translation>Diese Studie &amp;präsentieren</translation>
    </message>
    <message>
        <source>&amp;Present a study…</source>
        <translation>Studie &amp;präsentieren…</translation>
    </message>
</context>
<context>
    <name>PageWidgets</name>
    <message>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <source>%1–%2 rate the current row</source>
        <translation>%1–%2 bewerten die aktuelle Zeile</translation>
    </message>
    <message>
        <source>digits rate the current row where the scale has that value</source>
        <translation>Ziffern bewerten die aktuelle Zeile, sofern die Skala diesen Wert hat</translation>
    </message>
    <message>
        <source>D = don&apos;t know</source>
        <translation>D = weiß nicht</translation>
    </message>
    <message>
        <source>D or 0 = don&apos;t know</source>
        <translation>D oder 0 = weiß nicht</translation>
    </message>
    <message>
        <source>Delete clears</source>
        <translation>Entf löscht</translation>
    </message>
    <message>
        <source>%1–%2: rate the current row of the rating grid</source>
        <translation>%1–%2: aktuelle Zeile des Bewertungsrasters bewerten</translation>
    </message>
    <message>
        <source>Digits: rate the current row of the rating grid with the point of that value</source>
        <translation>Ziffern: aktuelle Zeile des Bewertungsrasters mit dem Skalenpunkt dieses Werts bewerten</translation>
    </message>
    <message>
        <source>D: don&apos;t know, in the rating grid</source>
        <translation>D: „Weiß nicht“ im Bewertungsraster</translation>
    </message>
    <message>
        <source>D or 0: don&apos;t know, in the rating grid</source>
        <translation>D oder 0: „Weiß nicht“ im Bewertungsraster</translation>
    </message>
    <message>
        <source>Delete or Backspace: clear the current row of the rating grid</source>
        <translation>Entf oder Rücktaste: aktuelle Zeile des Bewertungsrasters leeren</translation>
    </message>
    <message>
        <source>each of the risks below</source>
        <translation>jedes der unten genannten Risiken</translation>
    </message>
    <message>
        <source>Choose one answer per row.</source>
        <translation>Wählen Sie eine Antwort pro Zeile.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: the picture could not be written</source>
        <translation>%1: Das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: the drawing could not be written</source>
        <translation>%1: Die Zeichnung konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: the document could not be written</source>
        <translation>%1: Das Dokument konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: unknown picture format &quot;%2&quot;; use .png, .svg or .pdf</source>
        <translation>%1: Unbekanntes Bildformat „%2“; verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>%1: nothing was written</source>
        <translation>%1: Es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <source>…and %1 more (see Show Details).</source>
        <translation>…und %1 weitere (siehe „Details einblenden“).</translation>
    </message>
    <message>
        <source>Submit with unanswered items?</source>
        <translation>Mit unbeantworteten Fragen absenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not answered:</source>
        <translation>
            <numerusform>%n Frage ist nicht beantwortet:</numerusform>
            <numerusform>%n Fragen sind nicht beantwortet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered items stay empty in the submitted file; nothing is filled in for you. You can answer them later and submit again.</source>
        <translation>Unbeantwortete Fragen bleiben in der abgesendeten Datei leer; nichts wird für Sie ausgefüllt. Sie können sie später beantworten und erneut absenden.</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Trotzdem absenden</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Response submitted</source>
        <translation>Antwort abgesendet</translation>
    </message>
    <message>
        <source>Your response was submitted as revision %1 to
%2</source>
        <translation>Ihre Antwort wurde als Revision %1 abgesendet:
%2</translation>
    </message>
    <message>
        <source>Send this file to the study coordinator, as the study&apos;s instructions say.</source>
        <translation>Senden Sie diese Datei an den Studienkoordinator, wie in den Hinweisen der Studie beschrieben.</translation>
    </message>
    <message>
        <source>Coordinator: %1, %2</source>
        <translation>Studienkoordinator: %1, %2</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Abgabefrist: %1</translation>
    </message>
    <message>
        <source>The file is sealed: only the coordinator&apos;s key %1 opens it. If you are unsure the survey came from the coordinator, compare this fingerprint with theirs.</source>
        <translation>Die Datei ist versiegelt: Nur der Schlüssel %1 des Studienkoordinators öffnet sie. Falls Sie nicht sicher sind, ob die Umfrage vom Studienkoordinator stammt, vergleichen Sie diesen Fingerabdruck mit dem des Studienkoordinators.</translation>
    </message>
    <message>
        <source>It is signed by your Panelist (key %1), so nobody else can send a newer revision in your name.</source>
        <translation>Sie ist von Ihrem Panelist signiert (Schlüssel %1), sodass niemand sonst in Ihrem Namen eine neuere Revision senden kann.</translation>
    </message>
    <message>
        <source>You can keep working here; submitting again creates revision %1.</source>
        <translation>Sie können hier weiterarbeiten; erneutes Absenden erzeugt Revision %1.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht abgesendet</translation>
    </message>
    <message>
        <source>Your response could not be written to
%1</source>
        <translation>Ihre Antwort konnte nicht gespeichert werden unter
%1</translation>
    </message>
    <message>
        <source>%1

Your answers are still safe in the working file. Choose another folder and try again.</source>
        <translation>%1

Ihre Antworten sind in der Arbeitsdatei weiterhin sicher. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
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
        <translation>Panelist kann die Antwortdatei nicht öffnen
%1</translation>
    </message>
    <message>
        <source>Panelist cannot preview
%1</source>
        <translation>Panelist kann keine Vorschau anzeigen
%1</translation>
    </message>
    <message>
        <source>Panelist cannot open the survey file
%1</source>
        <translation>Panelist kann die Umfragedatei nicht öffnen
%1</translation>
    </message>
    <message>
        <source>This is a sealed response, for the study coordinator: merge it in the coordinator&apos;s window (panelist --coordinator, File &gt; Import files…) with the coordinator key.</source>
        <translation>Dies ist eine versiegelte Antwort für den Studienkoordinator: Führen Sie sie im Koordinationsfenster (panelist --coordinator, Datei &gt; Dateien importieren…) mit dem Koordinatorschlüssel zusammen.</translation>
    </message>
    <message>
        <source>To see an instrument as experts will, use panelist --preview FILE; to send it to experts, make a survey file (panelist-cli survey make).</source>
        <translation>Um ein Instrument so zu sehen, wie Experten es sehen werden, verwenden Sie panelist --preview DATEI; um es an Experten zu senden, erstellen Sie eine Umfragedatei (panelist-cli survey make).</translation>
    </message>
    <message>
        <source>Panelist cannot open
%1</source>
        <translation>Panelist kann diese Datei nicht öffnen
%1</translation>
    </message>
    <message>
        <source>Panelist shows your surveys instead.</source>
        <translation>Panelist zeigt stattdessen Ihre Umfragen an.</translation>
    </message>
    <message>
        <source>Panelist cannot open the study
%1</source>
        <translation>Panelist kann die Studie nicht öffnen
%1</translation>
    </message>
</context>
<context>
    <name>panelist::AgreementModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Above %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>panelist::AreaPage</name>
    <message>
        <source>Agreement with each measure (share of n)</source>
        <translation>Zustimmung zu jeder Maßnahme (Anteil an n)</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Picked together</source>
        <translation>Gemeinsam gewählt</translation>
    </message>
    <message>
        <source>%1 % agreement threshold (tick on each bar)</source>
        <translation>Zustimmungsschwelle %1 % (Strich an jedem Balken)</translation>
    </message>
    <message>
        <source>picked by more than %1 %</source>
        <translation>von mehr als %1 % gewählt</translation>
    </message>
    <message>
        <source>DK: &quot;%1&quot;, not in n</source>
        <translation>„Weiß nicht“ („%1“): nicht in n</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>%n Experte</numerusform>
            <numerusform>%n Experten</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α %1</source>
        <translation>Krippendorffs α %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answered the combination question</source>
        <translation>
            <numerusform>%n hat die Kombinationsfrage beantwortet</numerusform>
            <numerusform>%n haben die Kombinationsfrage beantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panelist::CoSelectionHeatMap</name>
    <message>
        <source>Co-selection heat map</source>
        <translation>Heatmap der gemeinsamen Auswahl</translation>
    </message>
    <message>
        <source>0 to %1 picked both</source>
        <translation>0 bis %1 haben beide gewählt</translation>
    </message>
    <message>
        <source>Grey: how many picked the measure</source>
        <translation>Grau: wie viele die Maßnahme gewählt haben</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1: picked by %2</source>
        <translation>%1: gewählt von %2</translation>
    </message>
    <message>
        <source>%1 and %2: picked together by %3</source>
        <translation>%1 und %2: gemeinsam gewählt von %3</translation>
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
        <translation>%1, gewählt</translation>
    </message>
    <message>
        <source>%1, not chosen</source>
        <translation>%1, nicht gewählt</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%1 von %2 gewählt</translation>
    </message>
</context>
<context>
    <name>panelist::CombinationPage</name>
    <message>
        <source>Measures to choose from</source>
        <translation>Auswählbare Maßnahmen</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current measure.</source>
        <translation>Die Leertaste setzt oder entfernt das Häkchen der aktuellen Maßnahme.</translation>
    </message>
    <message>
        <source>Keys: arrow keys move, Space ticks or unticks, PgUp/PgDn = previous/next page.</source>
        <translation>Tasten: Pfeiltasten bewegen, Leertaste setzt oder entfernt Häkchen, Bild↑/Bild↓ = vorherige/nächste Seite.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Preferred combination %1 of %2</source>
        <translation>Bevorzugte Kombination %1 von %2</translation>
    </message>
    <message>
        <source>Preferred combination</source>
        <translation>Bevorzugte Kombination</translation>
    </message>
    <message>
        <source>Preferred combination — %1</source>
        <translation>Bevorzugte Kombination — %1</translation>
    </message>
    <message>
        <source>Which combination of measures would you prefer? Choose up to %1.</source>
        <translation>Welche Kombination von Maßnahmen würden Sie bevorzugen? Wählen Sie bis zu %1.</translation>
    </message>
    <message>
        <source>these risks</source>
        <translation>diese Risiken</translation>
    </message>
    <message>
        <source>Measures to choose from for %1</source>
        <translation>Auswählbare Maßnahmen für %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>You have chosen the maximum of %1. To choose a different measure, untick one first.</source>
        <translation>Sie haben das Maximum von %1 gewählt. Um eine andere Maßnahme zu wählen, entfernen Sie zuerst ein Häkchen.</translation>
    </message>
</context>
<context>
    <name>panelist::ConflictsModel</name>
    <message>
        <source>undecided</source>
        <translation>unentschieden</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>zählt</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Candidate file</source>
        <translation>Kandidatendatei</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
</context>
<context>
    <name>panelist::ConflictsTab</name>
    <message>
        <source>&amp;Use this version</source>
        <translation>Diese Version n&amp;utzen</translation>
    </message>
    <message>
        <source>This version counts for the respondent; the choice is recorded in the import log.</source>
        <translation>Diese Version zählt für den Teilnehmer; die Auswahl wird im Importprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>No conflicts. A conflict is two files with the same respondent and revision but different answers; you decide which one counts.</source>
        <translation>Keine Konflikte. Ein Konflikt liegt vor, wenn zwei Dateien denselben Teilnehmer und dieselbe Revision, aber unterschiedliche Antworten haben; Sie entscheiden, welche zählt.</translation>
    </message>
    <message>
        <source>Every conflict is decided. You can still pick another version; each choice is recorded in the import log.</source>
        <translation>Alle Konflikte sind entschieden. Sie können weiterhin eine andere Version wählen; jede Auswahl wird im Importprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1. Each respondent below sent different answers under one revision number. Select the version that counts and press &quot;Use this version&quot;; both stay in the study.</source>
        <translation>Zu entscheidende Konflikte: %1. Jeder der unten aufgeführten Teilnehmer hat unter derselben Revisionsnummer unterschiedliche Antworten gesendet. Wählen Sie die Version, die zählen soll, und klicken Sie auf „Diese Version nutzen“; beide bleiben in der Studie.</translation>
    </message>
</context>
<context>
    <name>panelist::CoordinatorWindow</name>
    <message>
        <source>Choose the study&apos;s instrument</source>
        <translation>Instrument der Studie wählen</translation>
    </message>
    <message>
        <source>Instruments (*.json *.xlsx *.ods);;Instrument JSON (*.json);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Instrumente (*.json *.xlsx *.ods);;Instrument-JSON (*.json);;Arbeitsmappen (*.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the survey file for the experts</source>
        <translation>Umfragedatei für die Experten speichern</translation>
    </message>
    <message>
        <source>Panelist survey files (*.%1)</source>
        <translation>Panelist-Umfragedateien (*.%1)</translation>
    </message>
    <message>
        <source>Open the coordinator key</source>
        <translation>Koordinatorschlüssel öffnen</translation>
    </message>
    <message>
        <source>Open the coordinator key %1</source>
        <translation>Koordinatorschlüssel %1 öffnen</translation>
    </message>
    <message>
        <source>Panelist keys (*%1)</source>
        <translation>Panelist-Schlüssel (*%1)</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Neue Studie</translation>
    </message>
    <message>
        <source>Panelist studies (*.panelist-study)</source>
        <translation>Panelist-Studien (*.panelist-study)</translation>
    </message>
    <message>
        <source>Open study</source>
        <translation>Studie öffnen</translation>
    </message>
    <message>
        <source>Panelist studies (*.panelist-study);;All files (*)</source>
        <translation>Panelist-Studien (*.panelist-study);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import response files</source>
        <translation>Antwortdateien importieren</translation>
    </message>
    <message>
        <source>Response files (*.panelist-response);;All files (*)</source>
        <translation>Antwortdateien (*.panelist-response);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Watch inbox folder</source>
        <translation>Eingangsordner überwachen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>…and %1 more lines (see Show Details).</source>
        <translation>…und %1 weitere Zeilen (siehe „Details einblenden“).</translation>
    </message>
    <message>
        <source>Make the survey file for &quot;%1&quot;.</source>
        <translation>Umfragedatei für „%1“ erstellen.</translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation>Umfragedatei</translation>
    </message>
    <message>
        <source>The survey file cannot be made:
%1</source>
        <translation>Die Umfragedatei kann nicht erstellt werden:
%1</translation>
    </message>
    <message>
        <source>Survey file written: %1. Send it to the experts.</source>
        <translation>Umfragedatei geschrieben: %1. Senden Sie sie an die Experten.</translation>
    </message>
    <message>
        <source>Survey file written: %1, sealed to key %2. Send it to the experts.</source>
        <translation>Umfragedatei geschrieben: %1, versiegelt für Schlüssel %2. Senden Sie sie an die Experten.</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation>Koordinatorschlüssel</translation>
    </message>
    <message>
        <source>That is the key %1; this study&apos;s responses are sealed to the key %2.</source>
        <translation>Das ist der Schlüssel %1; die Antworten dieser Studie sind für den Schlüssel %2 versiegelt.</translation>
    </message>
    <message>
        <source>Key %1 open: sealed response files can be imported.</source>
        <translation>Schlüssel %1 geöffnet: Versiegelte Antwortdateien können importiert werden.</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New study…</source>
        <translation>&amp;Neue Studie…</translation>
    </message>
    <message>
        <source>New e&amp;xample study (Uuk et al. 2024)…</source>
        <translation>Neue B&amp;eispielstudie (Uuk et al. 2024)…</translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation>&amp;Studie öffnen…</translation>
    </message>
    <message>
        <source>&amp;Make survey file…</source>
        <translation>&amp;Umfragedatei erstellen…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Watch inbox…</source>
        <translation>Eingangsordner &amp;überwachen…</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>Überwachung &amp;anhalten</translation>
    </message>
    <message>
        <source>Coordinator &amp;key…</source>
        <translation>&amp;Koordinatorschlüssel…</translation>
    </message>
    <message>
        <source>Open your coordinator key, so sealed response files can be imported</source>
        <translation>Öffnen Sie Ihren Koordinatorschlüssel, damit versiegelte Antwortdateien importiert werden können</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Spreadsheet (.&amp;xlsx)…</source>
        <translation>Tabelle (.&amp;xlsx)…</translation>
    </message>
    <message>
        <source>CSV, one row per &amp;answer…</source>
        <translation>CSV, eine Zeile pro &amp;Antwort…</translation>
    </message>
    <message>
        <source>CSV, one row per &amp;respondent…</source>
        <translation>CSV, eine Zeile pro &amp;Teilnehmer…</translation>
    </message>
    <message>
        <source>&amp;JSON (interchange)…</source>
        <translation>&amp;JSON (Austauschformat)…</translation>
    </message>
    <message>
        <source>&amp;SPSS (.sav)…</source>
        <translation>&amp;SPSS (.sav)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The coordinator&apos;s window can be used with the keyboard alone.</source>
        <translation>Das Koordinationsfenster lässt sich vollständig mit der Tastatur bedienen.</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab: next and previous tab</source>
        <translation>Strg+Tab, Strg+Umschalt+Tab: nächster und vorheriger Reiter</translation>
    </message>
    <message>
        <source>Tab: next control</source>
        <translation>Tab: nächstes Bedienelement</translation>
    </message>
    <message>
        <source>Arrow keys: move in a table; Alt+U in the Conflicts tab: use the selected version</source>
        <translation>Pfeiltasten: in einer Tabelle bewegen; Alt+U im Reiter Konflikte: ausgewählte Version nutzen</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Panelist</translation>
    </message>
    <message>
        <source>%1 — Panelist coordinator</source>
        <translation>%1 — Panelist-Koordination</translation>
    </message>
    <message>
        <source>Create a study with File ▸ New study…, or open one with File ▸ Open study…
Then import response files or drop them onto this window.</source>
        <translation>Erstellen Sie eine Studie mit Datei ▸ Neue Studie… oder öffnen Sie eine mit Datei ▸ Studie öffnen…
Importieren Sie dann Antwortdateien oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Panelist coordinator</source>
        <translation>Panelist-Koordination</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>No study open</source>
        <translation>Keine Studie geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>%n Datei abgelehnt</numerusform>
            <numerusform>%n Dateien abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n offener Konflikt</numerusform>
            <numerusform>%n offene Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned</source>
        <translation>
            <numerusform>%n unsigniert</numerusform>
            <numerusform>%n unsigniert</numerusform>
        </translation>
    </message>
    <message>
        <source>key %1 open</source>
        <translation>Schlüssel %1 geöffnet</translation>
    </message>
    <message>
        <source>sealed to key %1</source>
        <translation>versiegelt für Schlüssel %1</translation>
    </message>
    <message>
        <source>watching %1</source>
        <translation>%1 wird überwacht</translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation>Antworten (%1)</translation>
    </message>
    <message>
        <source>Import log (%1)</source>
        <translation>Importprotokoll (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>The instrument %1 cannot be used:
%2</source>
        <translation>Das Instrument %1 kann nicht verwendet werden:
%2</translation>
    </message>
    <message>
        <source>The study &quot;%1&quot; is created. Make the survey file you send the experts now? File ▸ Make survey file… makes one at any time.</source>
        <translation>Die Studie „%1“ ist erstellt. Jetzt die Umfragedatei für die Experten erstellen? Mit Datei ▸ Umfragedatei erstellen… können Sie jederzeit eine erstellen.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Last import: %1</source>
        <translation>Letzter Import: %1</translation>
    </message>
    <message>
        <source> and its codebook</source>
        <translation> und das zugehörige Codebuch</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n respondent(s) to %1</source>
        <translation>
            <numerusform>%n Teilnehmer nach %1 exportiert</numerusform>
            <numerusform>%n Teilnehmer nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panelist::ImportLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>panelist::KeyCreateDialog</name>
    <message>
        <source>New coordinator key</source>
        <translation>Neuer Koordinatorschlüssel</translation>
    </message>
    <message>
        <source>Experts&apos; responses are sealed to this key: only this key file, with its passphrase, opens them. Losing either loses every response sealed to it, so save the printable backup offered next.</source>
        <translation>Die Antworten der Experten werden für diesen Schlüssel versiegelt: Nur diese Schlüsseldatei mit ihrer Passphrase öffnet sie. Geht eines von beiden verloren, sind alle dafür versiegelten Antworten verloren; speichern Sie daher die anschließend angebotene druckbare Sicherung.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>at least %1 characters; a few words are best</source>
        <translation>mindestens %1 Zeichen; am besten einige Wörter</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Save the coordinator key as</source>
        <translation>Koordinatorschlüssel speichern unter</translation>
    </message>
    <message>
        <source>Panelist keys (*%1)</source>
        <translation>Panelist-Schlüssel (*%1)</translation>
    </message>
    <message>
        <source>Choose where to keep the key file.</source>
        <translation>Wählen Sie, wo die Schlüsseldatei aufbewahrt werden soll.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <source>The coordinator key %1 is in %2.</source>
        <translation>Der Koordinatorschlüssel %1 liegt in %2.</translation>
    </message>
    <message>
        <source>Losing this file or its passphrase loses every response sealed to it: nobody can open them again. Save the printable backup now, print it, keep the paper somewhere safe and offline, and delete the backup file.

Tell the experts the fingerprint %1: their Panelist shows it before they submit.</source>
        <translation>Geht diese Datei oder ihre Passphrase verloren, sind alle dafür versiegelten Antworten verloren: Niemand kann sie je wieder öffnen. Speichern Sie jetzt die druckbare Sicherung, drucken Sie sie aus, bewahren Sie das Papier sicher und offline auf und löschen Sie die Sicherungsdatei.

Teilen Sie den Experten den Fingerabdruck %1 mit: Ihr Panelist zeigt ihn vor dem Absenden an.</translation>
    </message>
    <message>
        <source>Save &amp;backup…</source>
        <translation>Sicherung &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the key&apos;s backup</source>
        <translation>Sicherung des Schlüssels speichern</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation>Koordinatorschlüssel</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
</context>
<context>
    <name>panelist::MainWindow</name>
    <message>
        <source>Panelist responses (*.%1);;All files (*)</source>
        <translation>Panelist-Antworten (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Panelist survey files (*.%1);;All files (*)</source>
        <translation>Panelist-Umfragedateien (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sealed Panelist responses (*.%1);;All files (*)</source>
        <translation>Versiegelte Panelist-Antworten (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Submit response as</source>
        <translation>Antwort absenden als</translation>
    </message>
    <message>
        <source>Open response file</source>
        <translation>Antwortdatei öffnen</translation>
    </message>
    <message>
        <source>Open survey file</source>
        <translation>Umfragedatei öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Your surveys…</source>
        <translation>&amp;Ihre Umfragen…</translation>
    </message>
    <message>
        <source>Open a &amp;survey file…</source>
        <translation>&amp;Umfragedatei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Open response file…</source>
        <translation>&amp;Antwortdatei öffnen…</translation>
    </message>
    <message>
        <source>Start the &amp;example study…</source>
        <translation>B&amp;eispielstudie starten…</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>Ab&amp;senden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Review and submit</source>
        <translation>&amp;Prüfen und absenden</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Vorschau — %1</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>A preview cannot be submitted</source>
        <translation>Eine Vorschau kann nicht abgesendet werden</translation>
    </message>
    <message>
        <source>Read only: choose Revise to change and submit it again</source>
        <translation>Schreibgeschützt: Wählen Sie „Überarbeiten“, um Änderungen vorzunehmen und erneut abzusenden</translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation>Ihre Umfragen</translation>
    </message>
    <message>
        <source>Start the example study?</source>
        <translation>Beispielstudie starten?</translation>
    </message>
    <message>
        <source>Start a new, empty response to the example study (Uuk et al. 2024)?</source>
        <translation>Eine neue, leere Antwort für die Beispielstudie (Uuk et al. 2024) beginnen?</translation>
    </message>
    <message>
        <source>Your current answers stay saved in
%1
and are listed under File &gt; Your surveys.</source>
        <translation>Ihre aktuellen Antworten bleiben gespeichert in
%1
und sind unter Datei &gt; Ihre Umfragen aufgeführt.</translation>
    </message>
    <message>
        <source>Start new response</source>
        <translation>Neue Antwort beginnen</translation>
    </message>
    <message>
        <source>New response</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <source>Could not create a new response file at
%1

%2</source>
        <translation>Die neue Antwortdatei konnte nicht erstellt werden unter
%1

%2</translation>
    </message>
    <message>
        <source>Panelist cannot open
%1</source>
        <translation>Panelist kann diese Datei nicht öffnen
%1</translation>
    </message>
    <message>
        <source>%1 — Panelist</source>
        <translation>%1 — Panelist</translation>
    </message>
    <message>
        <source>%1 is a Panelist study: a coordinator&apos;s database of merged responses, not a response to answer.</source>
        <translation>%1 ist eine Panelist-Studie: die Datenbank des Studienkoordinators mit zusammengeführten Antworten, keine auszufüllende Antwort.</translation>
    </message>
    <message>
        <source>It opens in the coordinator&apos;s window.</source>
        <translation>Sie wird im Koordinationsfenster geöffnet.</translation>
    </message>
    <message>
        <source>Open it in the coordinator&apos;s window: panelist --study FILE.</source>
        <translation>Öffnen Sie sie im Koordinationsfenster: panelist --study DATEI.</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>This is the working file Panelist keeps your answers in; the submitted copy needs a different name.</source>
        <translation>Dies ist die Arbeitsdatei, in der Panelist Ihre Antworten speichert; die abgesendete Kopie braucht einen anderen Namen.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Panelist can be used with the keyboard alone.</source>
        <translation>Panelist lässt sich vollständig mit der Tastatur bedienen.</translation>
    </message>
    <message>
        <source>Page Down or Ctrl+Enter: next page</source>
        <translation>Bild ab oder Strg+Enter: nächste Seite</translation>
    </message>
    <message>
        <source>Page Up or Ctrl+Shift+Enter: previous page</source>
        <translation>Bild auf oder Strg+Umschalt+Enter: vorherige Seite</translation>
    </message>
    <message>
        <source>Ctrl+R: review and submit</source>
        <translation>Strg+R: prüfen und absenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S: submit…</source>
        <translation>Strg+Umschalt+S: absenden…</translation>
    </message>
    <message>
        <source>Tab: next control</source>
        <translation>Tab: nächstes Bedienelement</translation>
    </message>
    <message>
        <source>Shift+Tab: previous control</source>
        <translation>Umschalt+Tab: vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>Arrow keys: move in the rating grid and in lists</source>
        <translation>Pfeiltasten: im Bewertungsraster und in Listen bewegen</translation>
    </message>
    <message>
        <source>Space: choose the current cell of the rating grid, or tick or untick a measure</source>
        <translation>Leertaste: aktuelle Zelle des Bewertungsrasters wählen oder Häkchen einer Maßnahme setzen bzw. entfernen</translation>
    </message>
    <message>
        <source>Enter: choose the current cell of the rating grid, or open the chosen item of a list</source>
        <translation>Enter: aktuelle Zelle des Bewertungsrasters wählen oder gewählten Eintrag einer Liste öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O: open a survey file…</source>
        <translation>Strg+Umschalt+O: Umfragedatei öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O: open a response file…</source>
        <translation>Strg+O: Antwortdatei öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+N: start the example study…</source>
        <translation>Strg+N: Beispielstudie starten…</translation>
    </message>
    <message>
        <source>Ctrl+Q: quit</source>
        <translation>Strg+Q: beenden</translation>
    </message>
    <message>
        <source>F1: this help</source>
        <translation>F1: diese Hilfe</translation>
    </message>
</context>
<context>
    <name>panelist::MeasurePage</name>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Keys: %1, arrow keys move, PgUp/PgDn = previous/next page.</source>
        <translation>Tasten: %1, Pfeiltasten bewegen, Bild↑/Bild↓ = vorherige/nächste Seite.</translation>
    </message>
    <message>
        <source>Comments on this measure (optional)</source>
        <translation>Kommentare zu dieser Maßnahme (optional)</translation>
    </message>
    <message>
        <source>Comment on this measure</source>
        <translation>Kommentar zu dieser Maßnahme</translation>
    </message>
    <message>
        <source>Optional: reasons, conditions, doubts…</source>
        <translation>Optional: Gründe, Bedingungen, Zweifel…</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Measure %1 of %2</source>
        <translation>Maßnahme %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This comment is not saved: %1</source>
        <translation>Dieser Kommentar ist nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Rows are the risk areas and technical feasibility; columns are the answer options. Keys: %1.</source>
        <translation>Zeilen sind die Risikobereiche und die technische Umsetzbarkeit; Spalten sind die Antwortmöglichkeiten. Tasten: %1.</translation>
    </message>
</context>
<context>
    <name>panelist::OutlineDelegate</name>
    <message>
        <source>%1 chosen</source>
        <translation>%1 gewählt</translation>
    </message>
</context>
<context>
    <name>panelist::OverviewPage</name>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Warten auf die ersten Zahlen…</translation>
    </message>
    <message>
        <source>Stand out</source>
        <translation>Herausragend</translation>
    </message>
    <message>
        <source>Agreement above %1 % in every risk area and picked by more than %2 % in every combination question.</source>
        <translation>Zustimmung über %1 % in jedem Risikobereich und von mehr als %2 % in jeder Kombinationsfrage gewählt.</translation>
    </message>
    <message>
        <source>Picked in the preferred combinations (share of those who answered)</source>
        <translation>In den bevorzugten Kombinationen gewählt (Anteil derer, die geantwortet haben)</translation>
    </message>
    <message numerus="yes">
        <source>expert(s)</source>
        <comment>the caption under the number of experts</comment>
        <translation>
            <numerusform>Experte</numerusform>
            <numerusform>Experten</numerusform>
        </translation>
    </message>
    <message>
        <source>Last update %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
    <message>
        <source>All expertise groups</source>
        <translation>Alle Expertisegruppen</translation>
    </message>
    <message>
        <source>Expertise group: %1</source>
        <translation>Expertisegruppe: %1</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>threshold: picked by more than %1 %</source>
        <translation>Schwelle: von mehr als %1 % gewählt</translation>
    </message>
</context>
<context>
    <name>panelist::PresenterWindow</name>
    <message>
        <source>%1 — presenter</source>
        <translation>%1 — Präsentation</translation>
    </message>
    <message>
        <source>1  Overview</source>
        <translation>1  Übersicht</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Expertise group</source>
        <translation>Expertisegruppe</translation>
    </message>
    <message>
        <source>All expertise groups</source>
        <translation>Alle Expertisegruppen</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Gr&amp;uppe:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Auto-&amp;cycle</source>
        <translation>&amp;Automatisch wechseln</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>&amp;Große Schrift</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>The dashboard is driven with the keyboard; every key is also in the menus.</source>
        <translation>Die Präsentation wird mit der Tastatur gesteuert; jede Taste findet sich auch in den Menüs.</translation>
    </message>
    <message>
        <source>Esc: leave full screen</source>
        <translation>Esc: Vollbild verlassen</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>%1 wird überwacht</translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>%n Experte</numerusform>
            <numerusform>%n Experten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation>%1 · aktualisiert um %2</translation>
    </message>
    <message>
        <source>Expertise group: %1</source>
        <translation>Expertisegruppe: %1</translation>
    </message>
    <message>
        <source>figures of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>panelist::ProfilePage</name>
    <message>
        <source>Your expertise</source>
        <translation>Ihre Expertise</translation>
    </message>
    <message>
        <source>Thank you for taking part. Your answers are saved on this computer as you go; you can close Panelist at any time and continue later. When you are done, submit one response file and send it to the study coordinator.</source>
        <translation>Vielen Dank für Ihre Teilnahme. Ihre Antworten werden laufend auf diesem Computer gespeichert; Sie können Panelist jederzeit schließen und später fortfahren. Wenn Sie fertig sind, senden Sie eine Antwortdatei ab und schicken Sie sie an den Studienkoordinator.</translation>
    </message>
    <message>
        <source>Which areas describe your expertise? Choose all that apply.</source>
        <translation>Welche Bereiche beschreiben Ihre Expertise? Wählen Sie alle zutreffenden aus.</translation>
    </message>
    <message>
        <source>Expertise: %1</source>
        <translation>Expertise: %1</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Über Sie (optional)</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Affiliation (optional)</source>
        <translation>Institution (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>Leave these empty to answer anonymously; the coordinator then sees only a random respondent id.</source>
        <translation>Lassen Sie diese Felder leer, um anonym zu antworten; der Studienkoordinator sieht dann nur eine zufällige Teilnehmer-ID.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Language of the survey</source>
        <translation>Sprache der Umfrage</translation>
    </message>
    <message>
        <source>Survey &amp;language:</source>
        <translation>&amp;Sprache der Umfrage:</translation>
    </message>
    <message>
        <source>The questions and answer options are shown in this language; your answers count the same in every language.</source>
        <translation>Fragen und Antwortmöglichkeiten werden in dieser Sprache angezeigt; Ihre Antworten zählen in jeder Sprache gleich.</translation>
    </message>
</context>
<context>
    <name>panelist::RatingTableModel</name>
    <message>
        <source>Technical feasibility</source>
        <translation>Technische Umsetzbarkeit</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>%1: %2, selected</source>
        <translation>%1: %2, ausgewählt</translation>
    </message>
    <message>
        <source>%1: %2, not selected</source>
        <translation>%1: %2, nicht ausgewählt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (key D or 0)</source>
        <translation>%1 (Taste D oder 0)</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (Taste %2)</translation>
    </message>
    <message>
        <source>There is no rating row %1 for this measure.</source>
        <translation>Für diese Maßnahme gibt es keine Bewertungszeile %1.</translation>
    </message>
    <message>
        <source>%1 has no answer in column %2.</source>
        <translation>%1 hat keine Antwort in Spalte %2.</translation>
    </message>
    <message>
        <source>%1 cannot be rated %2: the scale goes from %3 to %4.</source>
        <translation>%1 kann nicht mit %2 bewertet werden: Die Skala reicht von %3 bis %4.</translation>
    </message>
    <message>
        <source>%1 has no &quot;Don&apos;t know&quot; answer.</source>
        <translation>%1 hat keine Antwort „Weiß nicht“.</translation>
    </message>
</context>
<context>
    <name>panelist::ResponseListModel</name>
    <message>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 of %2 ratings answered</source>
        <translation>%1 von %2 Bewertungen beantwortet</translation>
    </message>
    <message>
        <source>Submitted %1 (revision %2)</source>
        <translation>Abgesendet am %1 (Revision %2)</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht abgesendet</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgesendet</translation>
    </message>
</context>
<context>
    <name>panelist::ResponsesTab</name>
    <message>
        <source>Filter by respondent, name, affiliation, expertise or file</source>
        <translation>Nach Teilnehmer, Name, Institution, Expertise oder Datei filtern</translation>
    </message>
</context>
<context>
    <name>panelist::ResponsesTableModel</name>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgesendet</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>panelist::ReviewPage</name>
    <message>
        <source>&amp;Submit…</source>
        <translation>Ab&amp;senden…</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Prüfen und absenden</translation>
    </message>
    <message>
        <source>You may leave items unanswered, for example outside your expertise: they stay empty in the submitted file and are never filled in for you. Submitting writes one response file where you choose; you can keep working and submit again later.</source>
        <translation>Sie können Fragen unbeantwortet lassen, etwa außerhalb Ihrer Expertise: Sie bleiben in der abgesendeten Datei leer und werden nie für Sie ausgefüllt. Beim Absenden wird eine Antwortdatei an einem Ort Ihrer Wahl geschrieben; Sie können weiterarbeiten und später erneut absenden.</translation>
    </message>
    <message>
        <source>The file is sealed so that only the coordinator can read it, with the key whose fingerprint is %1. The coordinator can tell you theirs to compare.</source>
        <translation>Die Datei wird so versiegelt, dass nur der Studienkoordinator sie lesen kann, und zwar mit dem Schlüssel mit dem Fingerabdruck %1. Der Studienkoordinator kann Ihnen seinen Fingerabdruck zum Vergleich nennen.</translation>
    </message>
    <message>
        <source>Unanswered items</source>
        <translation>Unbeantwortete Fragen</translation>
    </message>
    <message>
        <source>Press Enter on an item to go where it is answered.</source>
        <translation>Drücken Sie bei einer Frage Enter, um dorthin zu gelangen, wo sie beantwortet wird.</translation>
    </message>
    <message>
        <source>Submit your response</source>
        <translation>Antwort absenden</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s)</source>
        <translation>
            <numerusform>%n Kombination</numerusform>
            <numerusform>%n Kombinationen</numerusform>
        </translation>
    </message>
    <message>
        <source>your expertise</source>
        <translation>Ihre Expertise</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Everything is answered. Check your answers if you like, then submit.</source>
        <translation>Alles ist beantwortet. Prüfen Sie Ihre Antworten, wenn Sie möchten, und senden Sie dann ab.</translation>
    </message>
    <message>
        <source>Not answered yet: %1. Select an item to go where it is answered.</source>
        <translation>Noch nicht beantwortet: %1. Wählen Sie eine Frage, um dorthin zu gelangen, wo sie beantwortet wird.</translation>
    </message>
</context>
<context>
    <name>panelist::SelectionChart</name>
    <message>
        <source>Selection threshold</source>
        <translation>Auswahlschwelle</translation>
    </message>
</context>
<context>
    <name>panelist::SelectionModel</name>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>panelist::StartPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>Fort&amp;setzen</translation>
    </message>
    <message>
        <source>Open a &amp;survey file…</source>
        <translation>&amp;Umfragedatei öffnen…</translation>
    </message>
    <message>
        <source>Start the &amp;example study (Uuk et al. 2024)</source>
        <translation>B&amp;eispielstudie starten (Uuk et al. 2024)</translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation>Ihre Umfragen</translation>
    </message>
    <message>
        <source>The surveys you are answering on this computer. Choose one and press Continue, or open the survey file a study coordinator sent you.</source>
        <translation>Die Umfragen, die Sie auf diesem Computer beantworten. Wählen Sie eine aus und klicken Sie auf „Fortsetzen“, oder öffnen Sie die Umfragedatei, die Ihnen ein Studienkoordinator geschickt hat.</translation>
    </message>
    <message>
        <source>One row per survey: study, progress, last saved, submitted. Press Enter to open the chosen one.</source>
        <translation>Eine Zeile pro Umfrage: Studie, Fortschritt, zuletzt gespeichert, abgesendet. Drücken Sie Enter, um die gewählte Umfrage zu öffnen.</translation>
    </message>
    <message>
        <source>You have no surveys on this computer yet.

A study coordinator who invites you sends you a survey file, a file whose name ends in .panelist-survey. Open it with the button below, or double-click it. Panelist then keeps your answers as you give them, and you submit one response file when you are done.</source>
        <translation>Sie haben noch keine Umfragen auf diesem Computer.

Ein Studienkoordinator, der Sie einlädt, schickt Ihnen eine Umfragedatei, deren Name auf .panelist-survey endet. Öffnen Sie sie mit der Schaltfläche unten oder per Doppelklick. Panelist speichert dann Ihre Antworten laufend, und Sie senden eine Antwortdatei ab, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Continue the chosen survey</source>
        <translation>Gewählte Umfrage fortsetzen</translation>
    </message>
    <message>
        <source>Open a survey file</source>
        <translation>Umfragedatei öffnen</translation>
    </message>
    <message>
        <source>Start the example study, Uuk et al. 2024</source>
        <translation>Beispielstudie starten, Uuk et al. 2024</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open the chosen survey</source>
        <translation>Gewählte Umfrage öffnen</translation>
    </message>
</context>
<context>
    <name>panelist::SurveyBanner</name>
    <message>
        <source>Preview — answers are not kept</source>
        <translation>Vorschau — Antworten werden nicht gespeichert</translation>
    </message>
    <message>
        <source>This is the survey as experts will see it. Submit is off; what you enter is removed when you close this window.</source>
        <translation>So sehen Experten die Umfrage. Absenden ist deaktiviert; Ihre Eingaben werden beim Schließen dieses Fensters verworfen.</translation>
    </message>
    <message>
        <source>Revision %1, submitted %2. Panelist never changes this file; Revise continues in your own working copy.</source>
        <translation>Revision %1, abgesendet am %2. Panelist ändert diese Datei nie; mit „Überarbeiten“ arbeiten Sie in Ihrer eigenen Arbeitskopie weiter.</translation>
    </message>
    <message>
        <source>Not one of your working files: Panelist never changes it; Revise continues in a working copy of your own.</source>
        <translation>Keine Ihrer Arbeitsdateien: Panelist ändert sie nie; mit „Überarbeiten“ arbeiten Sie in einer eigenen Arbeitskopie weiter.</translation>
    </message>
    <message>
        <source>Submitted response — read only</source>
        <translation>Abgesendete Antwort — schreibgeschützt</translation>
    </message>
    <message>
        <source>Not your working copy — read only</source>
        <translation>Nicht Ihre Arbeitskopie — schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Revise</source>
        <translation>&amp;Überarbeiten</translation>
    </message>
    <message>
        <source>Revise: continue in your own working copy</source>
        <translation>Überarbeiten: in Ihrer eigenen Arbeitskopie weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>panelist::SurveyFileDialog</name>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Abgabefrist</translation>
    </message>
    <message>
        <source>&amp;Seal responses to my coordinator key</source>
        <translation>Antworten mit meinem Koordinatorschlüssel &amp;versiegeln</translation>
    </message>
    <message>
        <source>Survey file for the experts</source>
        <translation>Umfragedatei für die Experten</translation>
    </message>
    <message>
        <source>The survey file holds the instrument and what you enter here. Experts open it with Panelist and see your name, contact and instructions when they submit.</source>
        <translation>Die Umfragedatei enthält das Instrument und Ihre Angaben hier. Experten öffnen sie mit Panelist und sehen beim Absenden Ihren Namen, Ihre Kontaktangabe und Ihre Hinweise.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>e.g. an e-mail address</source>
        <translation>z. B. eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Return instructions</source>
        <translation>Rücksendehinweise</translation>
    </message>
    <message>
        <source>Set a deadline</source>
        <translation>Abgabefrist festlegen</translation>
    </message>
    <message>
        <source>Deadline date</source>
        <translation>Datum der Abgabefrist</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Return instructions:</source>
        <translation>&amp;Rücksendehinweise:</translation>
    </message>
    <message>
        <source>Only your key file, with its passphrase, can open the experts&apos; responses; each expert&apos;s Panelist also signs what it sends.</source>
        <translation>Nur Ihre Schlüsseldatei mit ihrer Passphrase kann die Antworten der Experten öffnen; das Panelist jedes Experten signiert zudem, was es sendet.</translation>
    </message>
    <message>
        <source>Coordinator key file</source>
        <translation>Datei des Koordinatorschlüssels</translation>
    </message>
    <message>
        <source>a .panelist-key file</source>
        <translation>eine .panelist-key-Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>New &amp;key…</source>
        <translation>Neuer &amp;Schlüssel…</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Make survey file…</source>
        <translation>Umfragedatei &amp;erstellen…</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
    <message>
        <source>Responses come back as plain response files.</source>
        <translation>Antworten kommen als unversiegelte Antwortdateien zurück.</translation>
    </message>
    <message>
        <source>Choose your key file, or make a new key.</source>
        <translation>Wählen Sie Ihre Schlüsseldatei oder erstellen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Fingerprint %1. Tell the experts: their Panelist shows it before they submit.</source>
        <translation>Fingerabdruck %1. Teilen Sie ihn den Experten mit: Ihr Panelist zeigt ihn vor dem Absenden an.</translation>
    </message>
    <message>
        <source>Choose your coordinator key</source>
        <translation>Koordinatorschlüssel wählen</translation>
    </message>
    <message>
        <source>Panelist keys (*%1)</source>
        <translation>Panelist-Schlüssel (*%1)</translation>
    </message>
</context>
<context>
    <name>panelist::SurveyOutlineModel</name>
    <message>
        <source>Your expertise</source>
        <translation>Ihre Expertise</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation>
            <numerusform>%n Gruppe gewählt</numerusform>
            <numerusform>%n Gruppen gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source>Preferred combination</source>
        <translation>Bevorzugte Kombination</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>none chosen, up to %1</source>
        <translation>keine gewählt, bis zu %1</translation>
    </message>
    <message>
        <source>%1 chosen, up to %2</source>
        <translation>%1 gewählt, bis zu %2</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Prüfen und absenden</translation>
    </message>
    <message>
        <source>everything answered</source>
        <translation>alles beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not answered</source>
        <translation>
            <numerusform>%n Frage nicht beantwortet</numerusform>
            <numerusform>%n Fragen nicht beantwortet</numerusform>
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
        <translation>%1: nicht erstellt: %2</translation>
    </message>
    <message>
        <source>%1: the survey embedded in this response file is not valid: %2</source>
        <translation>%1: Die in diese Antwortdatei eingebettete Umfrage ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1: the embedded survey does not match its recorded fingerprint; the file may have been altered</source>
        <translation>%1: Die eingebettete Umfrage stimmt nicht mit ihrem gespeicherten Fingerabdruck überein; die Datei wurde möglicherweise verändert</translation>
    </message>
    <message>
        <source>%1: the survey details in this response file are damaged:
%2</source>
        <translation>%1: Die Umfrageangaben in dieser Antwortdatei sind beschädigt:
%2</translation>
    </message>
    <message>
        <source>Read only: choose Revise to change the answers in your own working copy.</source>
        <translation>Schreibgeschützt: Wählen Sie „Überarbeiten“, um die Antworten in Ihrer eigenen Arbeitskopie zu ändern.</translation>
    </message>
    <message>
        <source>Unknown item %1/%2</source>
        <translation>Unbekannte Frage %1/%2</translation>
    </message>
    <message>
        <source>%1 is not a point of the scale</source>
        <translation>%1 ist kein Punkt der Skala</translation>
    </message>
    <message>
        <source>Unknown measure %1</source>
        <translation>Unbekannte Maßnahme %1</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; at most %2 are kept</source>
        <translation>Der Kommentar ist %1 Zeichen lang; höchstens %2 werden gespeichert</translation>
    </message>
    <message>
        <source>Unknown expertise group %1</source>
        <translation>Unbekannte Expertisegruppe %1</translation>
    </message>
    <message>
        <source>Unknown combination item %1/%2</source>
        <translation>Unbekanntes Kombinationselement %1/%2</translation>
    </message>
    <message>
        <source>At most %1 measures can be chosen; remove one first</source>
        <translation>Es können höchstens %1 Maßnahmen gewählt werden; entfernen Sie zuerst eine</translation>
    </message>
    <message>
        <source>Your expertise</source>
        <translation>Ihre Expertise</translation>
    </message>
    <message>
        <source>%1 — %2: effectiveness</source>
        <translation>%1 — %2: Wirksamkeit</translation>
    </message>
    <message>
        <source>%1: technical feasibility</source>
        <translation>%1: technische Umsetzbarkeit</translation>
    </message>
    <message>
        <source>Preferred combination</source>
        <translation>Bevorzugte Kombination</translation>
    </message>
    <message>
        <source>Preferred combination — %1</source>
        <translation>Bevorzugte Kombination — %1</translation>
    </message>
    <message>
        <source>This survey is not available in &quot;%1&quot; (it is in %2)</source>
        <translation>Diese Umfrage gibt es nicht auf „%1“ (sie gibt es auf %2)</translation>
    </message>
</context>
<context>
    <name>panelist::SurveyStatus</name>
    <message>
        <source>Preview: answers are not kept</source>
        <translation>Vorschau: Antworten werden nicht gespeichert</translation>
    </message>
    <message>
        <source>Read only: this file is never changed</source>
        <translation>Schreibgeschützt: Diese Datei wird nie geändert</translation>
    </message>
    <message>
        <source>Answers are saved as you go</source>
        <translation>Antworten werden laufend gespeichert</translation>
    </message>
    <message>
        <source>Saving comment…</source>
        <translation>Kommentar wird gespeichert…</translation>
    </message>
    <message>
        <source>Your comment is written to disk a moment after you stop typing.</source>
        <translation>Ihr Kommentar wird kurz nach dem Tippen auf dem Datenträger gespeichert.</translation>
    </message>
    <message>
        <source>%1 of %2 ratings answered</source>
        <translation>%1 von %2 Bewertungen beantwortet</translation>
    </message>
    <message>
        <source>%1 of %2 combinations</source>
        <translation>%1 von %2 Kombinationen</translation>
    </message>
    <message>
        <source>expertise given</source>
        <translation>Expertise angegeben</translation>
    </message>
    <message>
        <source>expertise not given</source>
        <translation>Expertise nicht angegeben</translation>
    </message>
    <message>
        <source>A combination counts as answered with at least one measure chosen.</source>
        <translation>Eine Kombination gilt als beantwortet, wenn mindestens eine Maßnahme gewählt ist.</translation>
    </message>
    <message>
        <source>All answers saved %1</source>
        <translation>Alle Antworten um %1 gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>panelist::SurveyView</name>
    <message>
        <source>‹ &amp;Previous</source>
        <translation>‹ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation>&amp;Weiter ›</translation>
    </message>
    <message>
        <source>Survey pages</source>
        <translation>Umfrageseiten</translation>
    </message>
    <message>
        <source>Each page with its completion state; arrow keys browse.</source>
        <translation>Jede Seite mit ihrem Bearbeitungsstand; mit den Pfeiltasten blättern.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Vorherige Seite (Bild↑)</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>Nächste Seite (Bild↓)</translation>
    </message>
</context>
</TS>
