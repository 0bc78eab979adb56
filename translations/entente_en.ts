<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Entente::ActorDictionariesDialog</name>
    <message numerus="yes">
        <source>%1 (%n actor(s))</source>
        <translation>
            <numerusform>%1 (%n actor)</numerusform>
            <numerusform>%1 (%n actors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::AutosaveBanner</name>
    <message numerus="yes">
        <source>Autosave failed for %1: %2. Unsaved changes would be lost in a crash; Entente tries again every %n second(s). Save the article to keep them.</source>
        <translation>
            <numerusform>Autosave failed for %1: %2. Unsaved changes would be lost in a crash; Entente tries again every %n second. Save the article to keep them.</numerusform>
            <numerusform>Autosave failed for %1: %2. Unsaved changes would be lost in a crash; Entente tries again every %n seconds. Save the article to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Briefing</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue status change(s)</source>
        <translation>
            <numerusform>%n issue status change</numerusform>
            <numerusform>%n issue status changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::BriefingCommand</name>
    <message numerus="yes">
        <source>Wrote %1: %n meeting(s), %2 status changes</source>
        <translation>
            <numerusform>Wrote %1: %n meeting, %2 status changes</numerusform>
            <numerusform>Wrote %1: %n meetings, %2 status changes</numerusform>
        </translation>
    </message>
</context>
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
    <name>Entente::CalendarYear</name>
    <message numerus="yes">
        <source>%1: %n meeting(s). Click to open the month.</source>
        <translation>
            <numerusform>%1: %n meeting. Click to open the month.</numerusform>
            <numerusform>%1: %n meetings. Click to open the month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <comment>year view title: the months shown, the meetings in them</comment>
        <translation>
            <numerusform>%1: %n meeting</numerusform>
            <numerusform>%1: %n meetings</numerusform>
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
    <name>Entente::DuplicateModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Duplicates</name>
    <message numerus="yes">
        <source>%n participant(s) in common (%1)</source>
        <translation>
            <numerusform>%n participant in common (%1)</numerusform>
            <numerusform>%n participants in common (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dates %1 and %2, %n day(s) apart</source>
        <translation>
            <numerusform>dates %1 and %2, %n day apart</numerusform>
            <numerusform>dates %1 and %2, %n days apart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::DuplicatesPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1 · %2 %&lt;/b&gt;&lt;br&gt;Merge &lt;b&gt;%3&lt;/b&gt; (%4) into &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;%7&lt;br&gt;&lt;i&gt;%n article(s): %8&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1 · %2 %&lt;/b&gt;&lt;br&gt;Merge &lt;b&gt;%3&lt;/b&gt; (%4) into &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;%7&lt;br&gt;&lt;i&gt;%n article: %8&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;%1 · %2 %&lt;/b&gt;&lt;br&gt;Merge &lt;b&gt;%3&lt;/b&gt; (%4) into &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;%7&lt;br&gt;&lt;i&gt;%n articles: %8&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s), most likely first.</source>
        <translation>
            <numerusform>%n likely duplicate, most likely first.</numerusform>
            <numerusform>%n likely duplicates, most likely first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::BratExport</name>
    <message numerus="yes">
        <source>the article has no words to attach its %n record(s) to in brat; they are left out</source>
        <translation>
            <numerusform>the article has no words to attach its %n record to in brat; they are left out</numerusform>
            <numerusform>the article has no words to attach its %n records to in brat; they are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::DataExport</name>
    <message numerus="yes">
        <source>%n meeting(s), %1 actors, %2 issues and %3 status changes as CSV</source>
        <translation>
            <numerusform>%n meeting, %1 actors, %2 issues and %3 status changes as CSV</numerusform>
            <numerusform>%n meetings, %1 actors, %2 issues and %3 status changes as CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the network of %n meeting(s)</source>
        <translation>
            <numerusform>the network of %n meeting</numerusform>
            <numerusform>the network of %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) as calendar events</source>
        <translation>
            <numerusform>%n meeting as calendar events</numerusform>
            <numerusform>%n meetings as calendar events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event record(s)</source>
        <translation>
            <numerusform>%n event record</numerusform>
            <numerusform>%n event records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) as brat standoff</source>
        <translation>
            <numerusform>%n article as brat standoff</numerusform>
            <numerusform>%n articles as brat standoff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::FindAllPanel</name>
    <message numerus="yes">
        <source>“%1” is not in any of the %n open article(s).</source>
        <translation>
            <numerusform>“%1” is not in any of the %n open article.</numerusform>
            <numerusform>“%1” is not in any of the %n open articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n article</numerusform>
            <numerusform>in %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::ImportCommand</name>
    <message numerus="yes">
        <source>%1 of %n brat document(s), %2 marks</source>
        <translation>
            <numerusform>%1 of %n brat document, %2 marks</numerusform>
            <numerusform>%1 of %n brat documents, %2 marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n CSV row(s)</source>
        <translation>
            <numerusform>%1 of %n CSV row</numerusform>
            <numerusform>%1 of %n CSV rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %n file(s) in %2</source>
        <translation>
            <numerusform>Imported %1 into %n file in %2</numerusform>
            <numerusform>Imported %1 into %n files in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::ImportDialog</name>
    <message numerus="yes">
        <source>%1 of %n brat document(s) with %2 marks</source>
        <translation>
            <numerusform>%1 of %n brat document with %2 marks</numerusform>
            <numerusform>%1 of %n brat documents with %2 marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n CSV row(s)</source>
        <translation>
            <numerusform>%1 of %n CSV row</numerusform>
            <numerusform>%1 of %n CSV rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %n file(s) in %2.</source>
        <translation>
            <numerusform>Imported %1 into %n file in %2.</numerusform>
            <numerusform>Imported %1 into %n files in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the rows or annotations they name were skipped.</source>
        <translation>
            <numerusform>%n problem: the rows or annotations they name were skipped.</numerusform>
            <numerusform>%n problems: the rows or annotations they name were skipped.</numerusform>
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
        <source>Stopped: %n article(s) opened</source>
        <translation>
            <numerusform>Stopped: %n article opened</numerusform>
            <numerusform>Stopped: %n articles opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) opened</source>
        <translation>
            <numerusform>%n article opened</numerusform>
            <numerusform>%n articles opened</numerusform>
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
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>meetings of a bar not named in its tool tip</comment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::NetworkLegend</name>
    <message numerus="yes">
        <source>+%n more side(s)</source>
        <translation>
            <numerusform>+%n more side</numerusform>
            <numerusform>+%n more sides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::NetworkPanel</name>
    <message numerus="yes">
        <source>%1 of %n actor(s)</source>
        <translation>
            <numerusform>%1 of %n actor</numerusform>
            <numerusform>%1 of %n actors</numerusform>
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
    <message numerus="yes">
        <source>Ego view of %1: %n actor(s) met. Esc or E shows the whole network</source>
        <translation>
            <numerusform>Ego view of %1: %n actor met. Esc or E shows the whole network</numerusform>
            <numerusform>Ego view of %1: %n actors met. Esc or E shows the whole network</numerusform>
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
    <message numerus="yes">
        <source>Cancelled after %n article(s). </source>
        <translation>
            <numerusform>Cancelled after %n article. </numerusform>
            <numerusform>Cancelled after %n articles. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to review in all articles, by kind and confidence.</source>
        <translation>
            <numerusform>%n suggestion to review in all articles, by kind and confidence.</numerusform>
            <numerusform>%n suggestions to review in all articles, by kind and confidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a date: their relative dates were left out.</source>
        <translation>
            <numerusform>%n article without a date: their relative dates were left out.</numerusform>
            <numerusform>%n articles without a date: their relative dates were left out.</numerusform>
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
<context>
    <name>Entente::TimeScale</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <comment>steps of a time axis</comment>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::TimelineView</name>
    <message numerus="yes">
        <source>%n meeting(s), %1</source>
        <comment>merged marks of the timeline: count, dates</comment>
        <translation>
            <numerusform>%n meeting, %1</numerusform>
            <numerusform>%n meetings, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>meetings of a merged mark not named</comment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>