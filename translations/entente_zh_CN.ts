<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Entente::ActorModel</name>
    <message>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::AnalysisDocks</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings per Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this view as a PNG, SVG or PDF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar, network or chart shown last as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ArticleSet</name>
    <message>
        <source>%1: no .entente or .txt files in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::CalendarAgenda</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of the weeks shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::CalendarAgendaPainter</name>
    <message numerus="yes">
        <source>Meetings shown (%n)</source>
        <comment>heading of the exported agenda</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings in these weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>meetings left out of the exported agenda</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::CalendarGeometry</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::CalendarGrid</name>
    <message>
        <source>Meeting calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::CalendarText</name>
    <message>
        <source>, </source>
        <comment>separator of participant names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>label of a meeting whose date is approximate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a month-only meeting: its month, then its label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>meetings of a day that do not fit in its cell</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::CalendarView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Selected Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the month of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QDate format of the calendar&apos;s month picker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the month of the meeting selected in any view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::CommandLine</name>
    <message>
        <source>entente: no article files given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Corpus</name>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is defined differently in %3; keeping that definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ExportCommand</name>
    <message>
        <source>usage: entente export FILE|FOLDER... --view calendar|network|issues|meetings --format png|svg|pdf --output PATH [--month YYYY-MM] [--width N] [--scale N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from the output&apos;s suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar&apos;s month, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in logical pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixels per logical pixel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one article file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output PATH is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be png, svg or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width must be a positive whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a number between 0 and 8, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month must be YYYY-MM, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month applies to the calendar view only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entente export: no readable article files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entente %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (vector, text stays text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width of the picture in logical pixels; the height follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per logical pixel: 2 gives a sharp picture on high-DPI screens and slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match (F3 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Format</name>
    <message>
        <source>no mark has the anchor &apos;#%1&apos; named as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mark refers to an unknown %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file (a NUL byte at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; Entente opens files up to %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark is not closed: &apos;}&apos; expected before the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark needs kind=value, for example {actor=blinken}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mark kind &apos;%1&apos; (expected actor, meeting, issue or date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad anchor &apos;#%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark has no value after &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use 2023-07-13, 2023-W28, 2023-07 or ~2023-07-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record needs &apos;type id: fields&apos;, for example &apos;actor blinken: Antony Blinken&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos; (expected article, actor, meeting, issue or status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 record needs one id before &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article fields are key=value, for example date=2023-07-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown actor kind &apos;%1&apos; (expected person, organisation or state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many fields: an actor has name; kind; side, then key=value fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor &apos;%1&apos; has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or range (use 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or start..end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many fields: a meeting has participants; date, then key=value fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meeting status &apos;%1&apos; (expected planned, held, cancelled or failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; has no participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many fields: an issue has a title, then key=value fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status of an unknown issue &apos;%1&apos; (define &apos;issue %1: title&apos; before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown issue status &apos;%1&apos; (expected open, in-dialogue, stalled, escalating or resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many fields: a status has date; status, then key=value fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status needs a date and a status, for example &apos;status hacking: 2023-07-11; escalating&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::IssueModel</name>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::IssueStatusChart</name>
    <message>
        <source>Status of open issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>QDateTimeAxis label format: 3 Jul 2023</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tool tip: date: status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quoted evidence words</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Labels</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1</source>
        <comment>a week, named by its Monday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QDate format of a month: July 2023</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>around %1</source>
        <comment>an approximate date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>days of one month: 16–19 July 2023</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MainWindow</name>
    <message>
        <source>Articles (*.entente *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article with File ▸ Open (Ctrl+O), or a whole folder (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only: you can read and select, but not change it. Use File ▸ Save As to keep an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected issue&apos;s status over time; click a row to see its evidence in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the open articles; double-click one to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one or more article files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open every article file in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Plain Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article&apos;s words without any markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Who met whom, when and where, and which issues stay open: a relationship tracker for analysts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — Entente</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MeetingModel</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MeetingsChart</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>QDate format of a week&apos;s Monday: 3 Jul 2023</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>QDate format of a month axis label: Jul 2023</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n meeting(s)</source>
        <comment>status, month or week: count</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate format of a week&apos;s Monday without the year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>QDate format of a month without the year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::NetworkLegend</name>
    <message>
        <source>No side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width: meetings together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node size: meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::NetworkPanel</name>
    <message>
        <source>Meetings from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only meetings that overlap these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only meetings with actors of these sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole network (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the layout place the nodes you moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::NetworkView</name>
    <message>
        <source>Actor network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not defined as an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;• %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::RecordPanel</name>
    <message>
        <source>Show only the rows that contain this text (names, aliases, places, ids)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::StatusHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ViewExporter</name>
    <message>
        <source>%1: the view has nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels is too large; the limit is %4 pixels a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Entente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Entente: a relationship tracker for analysts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files or folders to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the files; print file:line:column: error: ... and exit 1 on errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the corpus (actors, meetings, issues) as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the articles&apos; words without markup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (for example de or zh_CN) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entente: use one of --check, --dump or --plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entente: name at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
