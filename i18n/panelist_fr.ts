<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist %1

Expert elicitation surveys: experts answer offline, coordinators merge and export, presenters show live charts.

Built with Qt %2 (running on Qt %3).

Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Panelist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherWindows</name>
    <message>
        <source>Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist cannot open the study
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist cannot present the study
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present a study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist studies (*.panelist-study);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert&apos;s &amp;survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinator window on this study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinator window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present this study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present a study…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageWidgets</name>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 rate the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits rate the current row where the scale has that value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D = don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D or 0 = don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2: rate the current row of the rating grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits: rate the current row of the rating grid with the point of that value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D: don&apos;t know, in the rating grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D or 0: don&apos;t know, in the rating grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete or Backspace: clear the current row of the rating grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of the risks below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one answer per row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: the picture could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the drawing could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown picture format &quot;%2&quot;; use .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <source>…and %1 more (see Show Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit with unanswered items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not answered:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered items stay empty in the submitted file; nothing is filled in for you. You can answer them later and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response was submitted as revision %1 to
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this file to the study coordinator, as the study&apos;s instructions say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is sealed: only the coordinator&apos;s key %1 opens it. If you are unsure the survey came from the coordinator, compare this fingerprint with theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed by your Panelist (key %1), so nobody else can send a newer revision in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep working here; submitting again creates revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response could not be written to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your answers are still safe in the working file. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist cannot open the response file
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist cannot preview
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist cannot open the survey file
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a sealed response, for the study coordinator: merge it in the coordinator&apos;s window (panelist --coordinator, File &gt; Import files…) with the coordinator key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see an instrument as experts will, use panelist --preview FILE; to send it to experts, make a survey file (panelist-cli survey make).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist cannot open
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist shows your surveys instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist cannot open the study
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::AgreementModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::AreaPage</name>
    <message>
        <source>Agreement with each measure (share of n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % agreement threshold (tick on each bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked by more than %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DK: &quot;%1&quot;, not in n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the combination question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::CoSelectionHeatMap</name>
    <message>
        <source>Co-selection heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to %1 picked both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey: how many picked the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: picked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2: picked together by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::CombinationModel</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::CombinationPage</name>
    <message>
        <source>Measures to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the current measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: arrow keys move, Space ticks or unticks, PgUp/PgDn = previous/next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred combination %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred combination — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which combination of measures would you prefer? Choose up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures to choose from for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have chosen the maximum of %1. To choose a different measure, untick one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::ConflictsModel</name>
    <message>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::ConflictsTab</name>
    <message>
        <source>&amp;Use this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version counts for the respondent; the choice is recorded in the import log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts. A conflict is two files with the same respondent and revision but different answers; you decide which one counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every conflict is decided. You can still pick another version; each choice is recorded in the import log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to decide: %1. Each respondent below sent different answers under one revision number. Select the version that counts and press &quot;Use this version&quot;; both stay in the study.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::CoordinatorWindow</name>
    <message>
        <source>Choose the study&apos;s instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments (*.json *.xlsx *.ods);;Instrument JSON (*.json);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the survey file for the experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist survey files (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the coordinator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the coordinator key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist keys (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist studies (*.panelist-study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist studies (*.panelist-study);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import response files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response files (*.panelist-response);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more lines (see Show Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the survey file for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey file cannot be made:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey file written: %1. Send it to the experts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey file written: %1, sealed to key %2. Send it to the experts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the key %1; this study&apos;s responses are sealed to the key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 open: sealed response files can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New e&amp;xample study (Uuk et al. 2024)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make survey file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your coordinator key, so sealed response files can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (.&amp;xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per &amp;answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per &amp;respondent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON (interchange)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SPSS (.sav)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator&apos;s window can be used with the keyboard alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab: next and previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab: next control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys: move in a table; Alt+U in the Conflicts tab: use the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Panelist coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a study with File ▸ New study…, or open one with File ▸ Open study…
Then import response files or drop them onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No study open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>key %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed to key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import log (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument %1 cannot be used:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study &quot;%1&quot; is created. Make the survey file you send the experts now? File ▸ Make survey file… makes one at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 respondents to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and its codebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::ImportLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::KeyCreateDialog</name>
    <message>
        <source>New coordinator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts&apos; responses are sealed to this key: only this key file, with its passphrase, opens them. Losing either loses every response sealed to it, so save the printable backup offered next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters; a few words are best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the coordinator key as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist keys (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator key %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing this file or its passphrase loses every response sealed to it: nobody can open them again. Save the printable backup now, print it, keep the paper somewhere safe and offline, and delete the backup file.

Tell the experts the fingerprint %1: their Panelist shows it before they submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the key&apos;s backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::MainWindow</name>
    <message>
        <source>Panelist responses (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist survey files (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed Panelist responses (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit response as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open response file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open survey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your surveys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;survey file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open response file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;example study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview cannot be submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: choose Revise to change and submit it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the example study?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty response to the example study (Uuk et al. 2024)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current answers stay saved in
%1
and are listed under File &gt; Your surveys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start new response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a new response file at
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist cannot open
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Panelist study: a coordinator&apos;s database of merged responses, not a response to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens in the coordinator&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in the coordinator&apos;s window: panelist --study FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the working file Panelist keeps your answers in; the submitted copy needs a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist can be used with the keyboard alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down or Ctrl+Enter: next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up or Ctrl+Shift+Enter: previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R: review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S: submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab: next control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Tab: previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys: move in the rating grid and in lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: choose the current cell of the rating grid, or tick or untick a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: choose the current cell of the rating grid, or open the chosen item of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O: open a survey file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O: open a response file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N: start the example study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q: quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1: this help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::MeasurePage</name>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are the risk areas and technical feasibility; columns are the answer options. Press 1 to 5 to rate the current row, D or 0 for don&apos;t know, Delete to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: %1, arrow keys move, PgUp/PgDn = previous/next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on this measure (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: reasons, conditions, doubts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::OutlineDelegate</name>
    <message>
        <source>%1 chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::OverviewPage</name>
    <message>
        <source>Waiting for the first figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement above %1 % in every risk area and picked by more than %2 % in every combination question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked in the preferred combinations (share of those who answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expert(s)</source>
        <comment>the caption under the number of experts</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All expertise groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold: picked by more than %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::PresenterWindow</name>
    <message>
        <source>%1 — presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All expertise groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard is driven with the keyboard; every key is also in the menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc: leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::ProfilePage</name>
    <message>
        <source>Your expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for taking part. Your answers are saved on this computer as you go; you can close Panelist at any time and continue later. When you are done, submit one response file and send it to the study coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which areas describe your expertise? Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave these empty to answer anonymously; the coordinator then sees only a random respondent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::RatingTableModel</name>
    <message>
        <source>Technical feasibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key D or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rating row %1 for this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no answer in column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be rated %2: the scale goes from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;Don&apos;t know&quot; answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::ResponseListModel</name>
    <message>
        <source>cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ratings answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::ResponsesTab</name>
    <message>
        <source>Filter by respondent, name, affiliation, expertise or file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::ResponsesTableModel</name>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::ReviewPage</name>
    <message>
        <source>&amp;Submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may leave items unanswered, for example outside your expertise: they stay empty in the submitted file and are never filled in for you. Submitting writes one response file where you choose; you can keep working and submit again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is sealed so that only the coordinator can read it, with the key whose fingerprint is %1. The coordinator can tell you theirs to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on an item to go where it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>your expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is answered. Check your answers if you like, then submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet: %1. Select an item to go where it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::SelectionChart</name>
    <message>
        <source>Selection threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::SelectionModel</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::StartPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;survey file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;example study (Uuk et al. 2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surveys you are answering on this computer. Choose one and press Continue, or open the survey file a study coordinator sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per survey: study, progress, last saved, submitted. Press Enter to open the chosen one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no surveys on this computer yet.

A study coordinator who invites you sends you a survey file, a file whose name ends in .panelist-survey. Open it with the button below, or double-click it. Panelist then keeps your answers as you give them, and you submit one response file when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the chosen survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a survey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the example study, Uuk et al. 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen survey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::SurveyBanner</name>
    <message>
        <source>Preview — answers are not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the survey as experts will see it. Submit is off; what you enter is removed when you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, submitted %2. Panelist never changes this file; Revise continues in your own working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of your working files: Panelist never changes it; Revise continues in a working copy of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted response — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not your working copy — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise: continue in your own working copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::SurveyFileDialog</name>
    <message>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal responses to my coordinator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey file for the experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey file holds the instrument and what you enter here. Experts open it with Panelist and see your name, contact and instructions when they submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your key file, with its passphrase, can open the experts&apos; responses; each expert&apos;s Panelist also signs what it sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .panelist-key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make survey file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses come back as plain response files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your key file, or make a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint %1. Tell the experts: their Panelist shows it before they submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your coordinator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist keys (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::SurveyOutlineModel</name>
    <message>
        <source>Your expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen, up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chosen, up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::SurveySession</name>
    <message>
        <source>%1: not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the survey embedded in this response file is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the embedded survey does not match its recorded fingerprint; the file may have been altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the survey details in this response file are damaged:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: choose Revise to change the answers in your own working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a point of the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is %1 characters long; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown expertise group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown combination item %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 measures can be chosen; remove one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: technical feasibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred combination — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::SurveyStatus</name>
    <message>
        <source>Preview: answers are not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: this file is never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are saved as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment is written to disk a moment after you stop typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ratings answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expertise given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expertise not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A combination counts as answered with at least one measure chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All answers saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panelist::SurveyView</name>
    <message>
        <source>‹ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each page with its completion state; arrow keys browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
