<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Entente::CalendarAgendaPainter</name>
    <message numerus="yes">
        <source>Meetings shown (%n)</source>
        <comment>heading of the exported agenda</comment>
        <translation>
            <numerusform>Meetings shown (%n)</numerusform>
            <numerusform>Meetings shown (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>meetings left out of the exported agenda</comment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::CalendarText</name>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>meetings of a day that do not fit in its cell</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::CommandLine</name>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n file could not be opened.</numerusform>
            <numerusform>%n files could not be opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested annotations for %n article(s)</source>
        <translation>
            <numerusform>Suggested annotations for %n article</numerusform>
            <numerusform>Suggested annotations for %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::MeetingsChart</name>
    <message numerus="yes">
        <source>%1, %2: %n meeting(s)</source>
        <comment>status, month or week: count</comment>
        <translation>
            <numerusform>%1, %2: %n meeting</numerusform>
            <numerusform>%1, %2: %n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::NetworkView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n meeting(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n meeting</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %n meeting(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;: %n meeting</numerusform>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;: %n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::RecoveryPrompt</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::SuggestionPanel</name>
    <message numerus="yes">
        <source>%n suggestion(s) to review. </source>
        <translation>
            <numerusform>%n suggestion to review. </numerusform>
            <numerusform>%n suggestions to review. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::SuggestionReview</name>
    <message numerus="yes">
        <source>Accepted %n suggestion(s)</source>
        <translation>
            <numerusform>Accepted %n suggestion</numerusform>
            <numerusform>Accepted %n suggestions</numerusform>
        </translation>
    </message>
</context>
</TS>