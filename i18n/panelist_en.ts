<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SubmitFlow</name>
    <message numerus="yes">
        <source>%n item(s) are not answered:</source>
        <translation>
            <numerusform>%n item is not answered:</numerusform>
            <numerusform>%n items are not answered:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panelist::AreaPage</name>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>%n expert</numerusform>
            <numerusform>%n experts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered the combination question</source>
        <translation>
            <numerusform>%n answered the combination question</numerusform>
            <numerusform>%n answered the combination question</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panelist::CoordinatorWindow</name>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>%n file rejected</numerusform>
            <numerusform>%n files rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned</source>
        <translation>
            <numerusform>%n unsigned</numerusform>
            <numerusform>%n unsigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n respondent(s) to %1</source>
        <translation>
            <numerusform>Exported %n respondent to %1</numerusform>
            <numerusform>Exported %n respondents to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panelist::OverviewPage</name>
    <message numerus="yes">
        <source>expert(s)</source>
        <comment>the caption under the number of experts</comment>
        <translation>
            <numerusform>expert</numerusform>
            <numerusform>experts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panelist::PresenterWindow</name>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>%n expert</numerusform>
            <numerusform>%n experts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panelist::ReviewPage</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s)</source>
        <translation>
            <numerusform>%n combination</numerusform>
            <numerusform>%n combinations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panelist::SurveyOutlineModel</name>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation>
            <numerusform>%n group chosen</numerusform>
            <numerusform>%n groups chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not answered</source>
        <translation>
            <numerusform>%n item not answered</numerusform>
            <numerusform>%n items not answered</numerusform>
        </translation>
    </message>
</context>
</TS>
