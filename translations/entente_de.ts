<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Entente::ActorDictionariesDialog</name>
    <message>
        <source>Actor Dictionaries</source>
        <translation>Akteurswörterbücher</translation>
    </message>
    <message>
        <source>Actor dictionaries in the PETRARCH/Phoenix format (a name in capitals with “_” between words, “+” lines for other names, CAMEO codes such as [USAGOV 090120-170120]). Their actors are suggested with the side and role their codes give on each article’s date.</source>
        <translation>Akteurswörterbücher im PETRARCH/Phoenix-Format (ein Name in Großbuchstaben mit „_“ zwischen den Wörtern, „+“-Zeilen für weitere Namen, CAMEO-Codes wie [USAGOV 090120-170120]). Ihre Akteure werden mit der Seite und Rolle vorgeschlagen, die ihre Codes zum Datum des jeweiligen Artikels angeben.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add Actor Dictionaries</source>
        <translation>Akteurswörterbücher hinzufügen</translation>
    </message>
    <message>
        <source>Actor dictionaries (*.txt *.actors *.dict);;All files (*)</source>
        <translation>Akteurswörterbücher (*.txt *.actors *.dict);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Learned lexicon</source>
        <translation>Gelerntes Lexikon</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation>&amp;Alles vergessen…</translation>
    </message>
    <message>
        <source>Open the lexicon in a text editor: every line is one thing learned, delete it to forget it</source>
        <translation>Das Lexikon in einem Texteditor öffnen: jede Zeile ist etwas Gelerntes; zum Vergessen die Zeile löschen</translation>
    </message>
    <message>
        <source>Forget Everything</source>
        <translation>Alles vergessen</translation>
    </message>
    <message>
        <source>Forget every actor, phrasing and rejection learned in this folder?</source>
        <translation>Alle in diesem Ordner gelernten Akteure, Formulierungen und Ablehnungen vergessen?</translation>
    </message>
    <message>
        <source>Could not write the lexicon: %1</source>
        <translation>Das Lexikon konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Actor &amp;Dictionaries…</source>
        <translation>Akteurs&amp;wörterbücher…</translation>
    </message>
    <message>
        <source>Choose the actor dictionaries the suggestions use, and see what they learned</source>
        <translation>Die Akteurswörterbücher für die Vorschläge auswählen und ansehen, was gelernt wurde</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n actor(s))</source>
        <translation>
            <numerusform>%1 (%n Akteur)</numerusform>
            <numerusform>%1 (%n Akteure)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (could not be read)</source>
        <translation>%1 (konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Open articles to learn from: the lexicon is kept in their folder.</source>
        <translation>Artikel öffnen, aus denen gelernt werden soll: das Lexikon wird in ihrem Ordner abgelegt.</translation>
    </message>
    <message>
        <source>%1
%2 actor(s), %3 meeting phrasing(s) learned.</source>
        <translation>%1
%2 Akteur(e), %3 Formulierung(en) für Treffen gelernt.</translation>
    </message>
</context>
<context>
    <name>Entente::ActorForm</name>
    <message>
        <source>The id that marks and meetings use; renaming it renames them too</source>
        <translation>Die ID, die Markierungen und Treffen verwenden; beim Umbenennen werden sie mit umbenannt</translation>
    </message>
    <message>
        <source>The name lists and views show</source>
        <translation>Der Name, den Listen und Ansichten anzeigen</translation>
    </message>
    <message>
        <source>A person, an organisation or a state</source>
        <translation>Eine Person, eine Organisation oder ein Staat</translation>
    </message>
    <message>
        <source>The state or side the actor belongs to, for example USA</source>
        <translation>Der Staat oder die Seite, zu der der Akteur gehört, zum Beispiel USA</translation>
    </message>
    <message>
        <source>The actor&apos;s office or function, for example Secretary of State</source>
        <translation>Amt oder Funktion des Akteurs, zum Beispiel Secretary of State</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Other names the article uses for the actor, separated by commas</source>
        <translation>Weitere Namen, die der Artikel für den Akteur verwendet, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>A&amp;liasse:</translation>
    </message>
    <message>
        <source>%1 (side from title)</source>
        <translation>%1 (Seite aus dem Titel)</translation>
    </message>
</context>
<context>
    <name>Entente::ActorModel</name>
    <message>
        <source>Also known as: %1</source>
        <translation>Auch bekannt als: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>Seite: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
</context>
<context>
    <name>Entente::AnalysisDocks</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Issue Status</source>
        <translation>Themenstatus</translation>
    </message>
    <message>
        <source>Export View…</source>
        <translation>Ansicht exportieren…</translation>
    </message>
    <message>
        <source>Save this view as a PNG, SVG or PDF picture</source>
        <translation>Diese Ansicht als PNG-, SVG- oder PDF-Bild speichern</translation>
    </message>
    <message>
        <source>Export &amp;View…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the calendar, network or chart shown last as a picture</source>
        <translation>Die zuletzt angezeigte Ansicht (Kalender, Netzwerk oder Diagramm) als Bild speichern</translation>
    </message>
    <message>
        <source>Export Vie&amp;w As</source>
        <translation>Ansicht exportieren &amp;als</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
</context>
<context>
    <name>Entente::AnnotatedEditor</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Entente::ArticleSet</name>
    <message>
        <source>%1: no .entente or .txt files in this folder</source>
        <translation>%1: keine .entente- oder .txt-Dateien in diesem Ordner</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Kein Artikel ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Entente::ArticleViews</name>
    <message>
        <source>Show &amp;Markup</source>
        <translation>&amp;Auszeichnungen anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Show the article as annotated text, with its marks and records written out</source>
        <translation>Den Artikel als ausgezeichneten Text anzeigen, mit ausgeschriebenen Markierungen und Einträgen</translation>
    </message>
</context>
<context>
    <name>Entente::AutoSaver</name>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>could not create the recovery folder %1</source>
        <translation>der Wiederherstellungsordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not start a recovery session in %1 (is the folder writable?)</source>
        <translation>in %1 konnte keine Wiederherstellungssitzung gestartet werden (ist der Ordner beschreibbar?)</translation>
    </message>
</context>
<context>
    <name>Entente::AutosaveBanner</name>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Write the recovery copies now</source>
        <translation>Die Wiederherstellungskopien jetzt schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Autosave failed for %1: %2. Unsaved changes would be lost in a crash; Entente tries again every %n second(s). Save the article to keep them.</source>
        <translation>
            <numerusform>Automatisches Speichern für %1 fehlgeschlagen: %2. Ungespeicherte Änderungen gingen bei einem Absturz verloren; Entente versucht es im Abstand von %n Sekunde erneut. Speichern Sie den Artikel, um sie zu behalten.</numerusform>
            <numerusform>Automatisches Speichern für %1 fehlgeschlagen: %2. Ungespeicherte Änderungen gingen bei einem Absturz verloren; Entente versucht es im Abstand von %n Sekunden erneut. Speichern Sie den Artikel, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery folder: %1</source>
        <translation>Wiederherstellungsordner: %1</translation>
    </message>
</context>
<context>
    <name>Entente::Briefing</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>%1: a briefing is written as .pdf or .html</source>
        <translation>%1: ein Briefing wird als .pdf oder .html geschrieben</translation>
    </message>
    <message>
        <source>Calendar, %1</source>
        <translation>Kalender, %1</translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation>Treffen pro Monat</translation>
    </message>
    <message>
        <source>Who met whom</source>
        <translation>Wer traf wen</translation>
    </message>
    <message>
        <source>Issue status</source>
        <translation>Themenstatus</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>(no sentence of the article is marked for it)</source>
        <translation>(kein Satz des Artikels ist dafür markiert)</translation>
    </message>
    <message>
        <source>no dated records</source>
        <translation>keine datierten Einträge</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue status change(s)</source>
        <translation>
            <numerusform>%n Änderung des Themenstatus</numerusform>
            <numerusform>%n Änderungen des Themenstatus</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings with a participant of: %1</source>
        <translation>Treffen mit Teilnehmern der Seiten: %1</translation>
    </message>
    <message>
        <source>Meeting statuses: %1</source>
        <translation>Status der Treffen: %1</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Prepared with Entente on %1. Every meeting and status change below cites the sentence it rests on.</source>
        <translation>Erstellt mit Entente am %1. Jedes Treffen und jede Statusänderung unten nennt den Satz, auf dem sie beruht.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>No meetings in this period.</source>
        <translation>Keine Treffen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Sources of the meetings</source>
        <translation>Quellen der Treffen</translation>
    </message>
    <message>
        <source>Sources of the issue status changes</source>
        <translation>Quellen der Statusänderungen von Themen</translation>
    </message>
    <message>
        <source>No status changes in this period.</source>
        <translation>Keine Statusänderungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1: the briefing was stopped before it was written</source>
        <translation>%1: Das Briefing wurde angehalten, bevor es geschrieben war</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Ohne Datum</translation>
    </message>
</context>
<context>
    <name>Entente::BriefingCommand</name>
    <message>
        <source>usage: entente briefing FILE|FOLDER... --from DATE --to DATE --output briefing.pdf|briefing.html [--title TEXT] [--sides A,B] [--statuses S,T]</source>
        <translation>Aufruf: entente briefing FILE|FOLDER... --from DATE --to DATE --output briefing.pdf|briefing.html [--title TEXT] [--sides A,B] [--statuses S,T]</translation>
    </message>
    <message>
        <source>briefing.pdf or briefing.html.</source>
        <translation>briefing.pdf oder briefing.html.</translation>
    </message>
    <message>
        <source>The title on the first page.</source>
        <translation>Der Titel auf der ersten Seite.</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>Sprache.</translation>
    </message>
    <message>
        <source>name at least one article file or folder</source>
        <translation>mindestens eine Artikeldatei oder einen Ordner angeben</translation>
    </message>
    <message>
        <source>--output must name a .pdf or .html file</source>
        <translation>--output muss eine .pdf- oder .html-Datei angeben</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>--from und --to sind erforderlich</translation>
    </message>
    <message>
        <source>entente briefing: no readable article files</source>
        <translation>entente briefing: keine lesbaren Artikeldateien</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n meeting(s), %2 status changes</source>
        <translation>
            <numerusform>%1 geschrieben: %n Treffen, %2 Statusänderungen</numerusform>
            <numerusform>%1 geschrieben: %n Treffen, %2 Statusänderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Only the meetings the network&apos;s side and status filters show</source>
        <translation>Nur die Treffen, die die Seiten- und Statusfilter des Netzwerks anzeigen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;als:</translation>
    </message>
    <message>
        <source>A PDF, or one HTML file with everything in it (.html).</source>
        <translation>Ein PDF oder eine einzige HTML-Datei, die alles enthält (.html).</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save Briefing</source>
        <translation>Briefing speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page, self-contained (*.html)</source>
        <translation>PDF-Dokument (*.pdf);;Webseite, eigenständig (*.html)</translation>
    </message>
    <message>
        <source>Could not write the briefing</source>
        <translation>Das Briefing konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>Briefi&amp;ng…</translation>
    </message>
    <message>
        <source>A PDF or HTML briefing of a period: meetings, calendar, network, issues and sources</source>
        <translation>Ein PDF- oder HTML-Briefing zu einem Zeitraum: Treffen, Kalender, Netzwerk, Themen und Quellen</translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation>Briefing wird geschrieben…</translation>
    </message>
    <message>
        <source>Preparing the briefing…</source>
        <translation>Briefing wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarAgenda</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Meetings of the weeks shown</source>
        <translation>Treffen der angezeigten Wochen</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarAgendaPainter</name>
    <message numerus="yes">
        <source>Meetings shown (%n)</source>
        <comment>heading of the exported agenda</comment>
        <translation>
            <numerusform>Angezeigte Treffen (%n)</numerusform>
            <numerusform>Angezeigte Treffen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings in these weeks.</source>
        <translation>Keine Treffen in diesen Wochen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>meetings left out of the exported agenda</comment>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::CalendarGeometry</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarGrid</name>
    <message>
        <source>Meeting calendar</source>
        <translation>Kalender der Treffen</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarText</name>
    <message>
        <source>, </source>
        <comment>separator of participant names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>label of a meeting whose date is approximate</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a month-only meeting: its month, then its label</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>meetings of a day that do not fit in its cell</comment>
        <translation>
            <numerusform>+%n weiteres</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>meetings of a day that do not fit in a narrow cell</comment>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to Selected Meeting</source>
        <translation>Zum ausgewählten Treffen</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Show the month of today</source>
        <translation>Den aktuellen Monat anzeigen</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QDate format of the calendar&apos;s month picker</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Jump to a month</source>
        <translation>Zu einem Monat springen</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>Angezeigter Monat</translation>
    </message>
    <message>
        <source>Show the month of the meeting selected in any view</source>
        <translation>Den Monat des in einer beliebigen Ansicht ausgewählten Treffens anzeigen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>The nearest earlier month with meetings (Shift+Page Up)</source>
        <translation>Der nächste frühere Monat mit Treffen (Umschalt+Bild auf)</translation>
    </message>
    <message>
        <source>The nearest later month with meetings (Shift+Page Down)</source>
        <translation>Der nächste spätere Monat mit Treffen (Umschalt+Bild ab)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>One month with its meetings (M)</source>
        <translation>Ein Monat mit seinen Treffen (M)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Twelve months, shaded by meetings a day (Y)</source>
        <translation>Zwölf Monate, schattiert nach Treffen pro Tag (Y)</translation>
    </message>
    <message>
        <source>Previous year (Page Up)</source>
        <translation>Vorheriges Jahr (Bild auf)</translation>
    </message>
    <message>
        <source>Next year (Page Down)</source>
        <translation>Nächstes Jahr (Bild ab)</translation>
    </message>
    <message>
        <source>Calendar, year view</source>
        <translation>Kalender, Jahresansicht</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarYear</name>
    <message>
        <source>Meetings of the year</source>
        <translation>Treffen des Jahres</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s). Click to open the month.</source>
        <translation>
            <numerusform>%1: %n Treffen. Klicken, um den Monat zu öffnen.</numerusform>
            <numerusform>%1: %n Treffen. Klicken, um den Monat zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>the first and last month of the year view</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <comment>year view title: the months shown, the meetings in them</comment>
        <translation>
            <numerusform>%1: %n Treffen</numerusform>
            <numerusform>%1: %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a month of the year view and its number of meetings</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Meetings a day:</source>
        <translation>Treffen pro Tag:</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>Meetings known only to the week or month count for their months.</source>
        <translation>Treffen, die nur auf die Woche oder den Monat genau bekannt sind, zählen für ihren Monat.</translation>
    </message>
</context>
<context>
    <name>Entente::CommandHelpers</name>
    <message>
        <source>Only meetings and status changes from this day (YYYY-MM-DD, or a week or month).</source>
        <translation>Nur Treffen und Statusänderungen ab diesem Tag (YYYY-MM-DD oder eine Woche oder ein Monat).</translation>
    </message>
    <message>
        <source>Only meetings and status changes up to this day.</source>
        <translation>Nur Treffen und Statusänderungen bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>Only meetings with a participant of these sides (comma-separated).</source>
        <translation>Nur Treffen mit einem Teilnehmer dieser Seiten (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only meetings of these statuses: planned, held, cancelled, failed.</source>
        <translation>Nur Treffen mit diesem Status: planned, held, cancelled, failed.</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2023-07-13, 2023-W28 or 2023-07, not &apos;%2&apos;</source>
        <translation>--%1 muss ein Datum wie 2023-07-13, 2023-W28 oder 2023-07 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <source>--statuses: unknown meeting status &apos;%1&apos; (planned, held, cancelled or failed)</source>
        <translation>--statuses: unbekannter Status des Treffens „%1“ (planned, held, cancelled oder failed)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Entente::CommandLine</name>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: error: a folder with no articles (no .entente or .txt files in it)</source>
        <translation>%1: Fehler: ein Ordner ohne Artikel (keine .entente- oder .txt-Dateien darin)</translation>
    </message>
    <message>
        <source>%1: warning: skipped: %2</source>
        <translation>%1: Warnung: übersprungen: %2</translation>
    </message>
    <message>
        <source>entente: cannot write the corpus: %1</source>
        <translation>entente: der Korpus kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>entente: cannot write the plain text: %1</source>
        <translation>entente: der reine Text kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Entente::Corpus</name>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is defined differently in %3; keeping that definition</source>
        <translation>%1 „%2“ ist in %3 anders definiert; die dortige Definition wird beibehalten</translation>
    </message>
    <message>
        <source>reports of meeting &apos;%1&apos; disagree on its date: %2 here, %3 in %4</source>
        <translation>Berichte über das Treffen „%1“ widersprechen sich beim Datum: hier %2, in %4 %3</translation>
    </message>
    <message>
        <source>reports of meeting &apos;%1&apos; disagree on its place: %2 here, %3 in %4</source>
        <translation>Berichte über das Treffen „%1“ widersprechen sich beim Ort: hier %2, in %4 %3</translation>
    </message>
</context>
<context>
    <name>Entente::CorpusEditor</name>
    <message>
        <source>open read-only</source>
        <translation>schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>%1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Nothing changed: every article that uses the id is left alone: %1.</source>
        <translation>Nichts geändert: jeder Artikel, der die ID verwendet, bleibt unverändert: %1.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3).</source>
        <translation>%1 in %2 (%3).</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikeln</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 Markierung</translation>
    </message>
    <message>
        <source>%1 marks</source>
        <translation>%1 Markierungen</translation>
    </message>
    <message>
        <source>Left alone: %1.</source>
        <translation>Unverändert: %1.</translation>
    </message>
    <message>
        <source>“%1” is not undone: %2 changed since; undo the changes made there after it first.</source>
        <translation>„%1“ wird nicht rückgängig gemacht: %2 wurde seitdem geändert; machen Sie zuerst die danach dort vorgenommenen Änderungen rückgängig.</translation>
    </message>
    <message>
        <source>“%1” is not redone: %2 changed since it was undone.</source>
        <translation>„%1“ wird nicht wiederhergestellt: %2 wurde geändert, seit es rückgängig gemacht wurde.</translation>
    </message>
    <message>
        <source>Undone in %1: %2.</source>
        <translation>Rückgängig gemacht in %1: %2.</translation>
    </message>
    <message>
        <source>Redone in %1: %2.</source>
        <translation>Wiederhergestellt in %1: %2.</translation>
    </message>
</context>
<context>
    <name>Entente::CorpusEdits</name>
    <message>
        <source>there is no %1 &apos;%2&apos;</source>
        <translation>%1 „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this change would alter the article&apos;s words or break the file</source>
        <translation>diese Änderung würde den Wortlaut des Artikels verändern oder die Datei beschädigen</translation>
    </message>
    <message>
        <source>dates have no ids</source>
        <translation>Datumsangaben haben keine IDs</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>ungültige ID „%1“: verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;</translation>
    </message>
    <message>
        <source>the %1 id &apos;%2&apos; is already used</source>
        <translation>die %1-ID „%2“ wird bereits verwendet</translation>
    </message>
    <message>
        <source>only actors and meetings can be merged</source>
        <translation>nur Akteure und Treffen können zusammengeführt werden</translation>
    </message>
    <message>
        <source>a record cannot be merged into itself</source>
        <translation>ein Eintrag kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>dates have no records</source>
        <translation>Datumsangaben haben keine Einträge</translation>
    </message>
</context>
<context>
    <name>Entente::CorpusStep</name>
    <message>
        <source>%1 changed while the change was prepared; try again.</source>
        <translation>%1 wurde geändert, während die Änderung vorbereitet wurde; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Entente::DataExportCommand</name>
    <message>
        <source>usage: entente export FILE|FOLDER... --format csv|gexf|graphml|ics|brat|plover --output PATH [--from DATE] [--to DATE] [--sides A,B] [--statuses S,T] [--table NAME]</source>
        <translation>Aufruf: entente export FILE|FOLDER... --format csv|gexf|graphml|ics|brat|plover --output PATH [--from DATE] [--to DATE] [--sides A,B] [--statuses S,T] [--table NAME]</translation>
    </message>
    <message>
        <source>csv, gexf, graphml, ics, brat or plover.</source>
        <translation>csv, gexf, graphml, ics, brat oder plover.</translation>
    </message>
    <message>
        <source>The file, or the folder for CSV tables and brat.</source>
        <translation>Die Datei oder, für CSV-Tabellen und brat, der Ordner.</translation>
    </message>
    <message>
        <source>CSV into one file: actors, meetings, participants, issues or statuses.</source>
        <translation>CSV in eine einzige Datei: actors, meetings, participants, issues oder statuses.</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>Sprache.</translation>
    </message>
    <message>
        <source>name at least one article file or folder</source>
        <translation>mindestens eine Artikeldatei oder einen Ordner angeben</translation>
    </message>
    <message>
        <source>--output PATH is required</source>
        <translation>--output PFAD ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be csv, gexf, graphml, ics, brat or plover</source>
        <translation>--format muss csv, gexf, graphml, ics, brat oder plover sein</translation>
    </message>
    <message>
        <source>entente export: no readable article files</source>
        <translation>entente export: keine lesbaren Artikeldateien</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>%1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>%1 changed while it was exported; export again</source>
        <translation>%1 hat sich während des Exports geändert; bitte erneut exportieren</translation>
    </message>
</context>
<context>
    <name>Entente::DataExportDialog</name>
    <message>
        <source>Only &amp;from</source>
        <translation>Nur &amp;von</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>All tables, one file each, in a folder</source>
        <translation>Alle Tabellen, je eine Datei, in einem Ordner</translation>
    </message>
    <message>
        <source>sides %1</source>
        <translation>Seiten %1</translation>
    </message>
    <message>
        <source>statuses %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Only the meetings the network shows (%1)</source>
        <translation>Nur die Treffen, die das Netzwerk anzeigt (%1)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tabellen:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Treffen:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>A folder: files already in it with the same names are replaced.</source>
        <translation>Ein Ordner: darin vorhandene Dateien mit denselben Namen werden ersetzt.</translation>
    </message>
    <message>
        <source>One file, replaced if it exists.</source>
        <translation>Eine Datei; sie wird ersetzt, falls sie existiert.</translation>
    </message>
    <message>
        <source>Export Data to a Folder</source>
        <translation>Daten in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Export wird vorbereitet…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>&amp;Daten exportieren…</translation>
    </message>
    <message>
        <source>Save actors, meetings and issues for spreadsheets, Gephi, calendars, brat or event data</source>
        <translation>Akteure, Treffen und Themen für Tabellenkalkulationen, Gephi, Kalender, brat oder Ereignisdaten speichern</translation>
    </message>
</context>
<context>
    <name>Entente::DateLineEdit</name>
    <message>
        <source>2023-07-12, 20230712, today, yesterday…</source>
        <translation>2023-07-12, 20230712, heute, gestern…</translation>
    </message>
    <message>
        <source>Type a day as you like: 2023-07-12, 20230712, %1, today, yesterday or 3 days ago</source>
        <translation>Einen Tag beliebig eingeben: 2023-07-12, 20230712, %1, heute, gestern oder „3 days ago“</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Pick the day in a calendar</source>
        <translation>Den Tag in einem Kalender auswählen</translation>
    </message>
    <message>
        <source>Not a day yet: write 2023-07-12, 20230712, today or yesterday</source>
        <translation>Noch kein Tag: 2023-07-12, 20230712, heute oder gestern schreiben</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
</context>
<context>
    <name>Entente::DateResolution</name>
    <message>
        <source>Read as %1 against the article&apos;s date, %2 (%3). Enter confirms; type to correct.</source>
        <translation>Gelesen als %1, bezogen auf das Datum des Artikels, %2 (%3). Enter bestätigt; zum Korrigieren einfach tippen.</translation>
    </message>
    <message>
        <source>Read as %1 (%2). Enter confirms; type to correct.</source>
        <translation>Gelesen als %1 (%2). Enter bestätigt; zum Korrigieren einfach tippen.</translation>
    </message>
    <message>
        <source>Written as a date: %1</source>
        <translation>Als Datum geschrieben: %1</translation>
    </message>
    <message>
        <source>The article has no date to resolve “%1” against: type the date.</source>
        <translation>Der Artikel hat kein Datum, auf das sich „%1“ beziehen ließe: Datum eingeben.</translation>
    </message>
    <message>
        <source>“%1” names no date Entente can resolve: the article&apos;s date (%2) is offered; correct it.</source>
        <translation>„%1“ nennt kein Datum, das Entente auflösen kann: das Datum des Artikels (%2) wird vorgeschlagen; bitte korrigieren.</translation>
    </message>
</context>
<context>
    <name>Entente::DiskChangeBanner</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <source>Show the file as it is on disk now; Undo brings your text back</source>
        <translation>Die Datei so anzeigen, wie sie jetzt auf dem Datenträger ist; Rückgängig holt Ihren Text zurück</translation>
    </message>
    <message>
        <source>Keep your text; saving will overwrite the file</source>
        <translation>Ihren Text behalten; beim Speichern wird die Datei überschrieben</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program. Reload shows the file and puts your unsaved changes in the undo history; Keep My Version lets Save overwrite the file.</source>
        <translation>%1 wurde auf dem Datenträger von einem anderen Programm geändert. „Neu laden“ zeigt die Datei und legt Ihre ungespeicherten Änderungen im Rückgängig-Verlauf ab; mit „Meine Version behalten“ überschreibt „Speichern“ die Datei.</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program.</source>
        <translation>%1 wurde auf dem Datenträger von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk. Save writes it again.</source>
        <translation>%1 wurde auf dem Datenträger gelöscht oder verschoben. „Speichern“ schreibt die Datei erneut.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed on disk since you opened it.</source>
        <translation>%1 wurde seit dem Öffnen auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Saving replaces the other program&apos;s changes with your version.</source>
        <translation>Beim Speichern ersetzt Ihre Version die Änderungen des anderen Programms.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
</context>
<context>
    <name>Entente::DiskWatcher</name>
    <message>
        <source>No article is open.</source>
        <translation>Kein Artikel ist geöffnet.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1:%2:%3: error: %4</source>
        <translation>%1:%2:%3: Fehler: %4</translation>
    </message>
</context>
<context>
    <name>Entente::DocumentEdits</name>
    <message>
        <source>the document has changed since it was read; try again</source>
        <translation>das Dokument hat sich seit dem Einlesen geändert; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>ungültige ID „%1“: nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or start..end)</source>
        <translation>„%1“ ist kein Datum (2023-07-13, 2023-W28, 2023-07, ~2023-07-13 oder Beginn..Ende verwenden)</translation>
    </message>
    <message>
        <source>the dates &apos;%1&apos; end before they start</source>
        <translation>der Zeitraum „%1“ endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>select some words to mark</source>
        <translation>Wörter zum Markieren auswählen</translation>
    </message>
    <message>
        <source>marks belong in the article, not in the records section</source>
        <translation>Markierungen gehören in den Artikel, nicht in den Eintragsteil</translation>
    </message>
    <message>
        <source>a mark lies on one line: the words cross a line break</source>
        <translation>eine Markierung steht in einer einzigen Zeile: die Wörter gehen über einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the words of a mark cannot contain &apos;[&apos; or &apos;]&apos;</source>
        <translation>die Wörter einer Markierung dürfen weder &apos;[&apos; noch &apos;]&apos; enthalten</translation>
    </message>
    <message>
        <source>there is no issue &apos;%1&apos;</source>
        <translation>es gibt kein Thema „%1“</translation>
    </message>
    <message>
        <source>a record lies on one line: remove the line breaks</source>
        <translation>ein Eintrag steht in einer einzigen Zeile: Zeilenumbrüche entfernen</translation>
    </message>
    <message>
        <source>no mark has the anchor &apos;#%1&apos;</source>
        <translation>keine Markierung hat den Anker „#%1“</translation>
    </message>
    <message>
        <source>the words overlap a mark: marks do not nest</source>
        <translation>die Wörter überschneiden sich mit einer Markierung: Markierungen lassen sich nicht verschachteln</translation>
    </message>
    <message>
        <source>bad anchor &apos;#%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>ungültiger Anker „#%1“: nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden</translation>
    </message>
    <message>
        <source>another mark already has the anchor &apos;#%1&apos;</source>
        <translation>eine andere Markierung hat bereits den Anker „#%1“</translation>
    </message>
    <message>
        <source>there is no such mark</source>
        <translation>diese Markierung gibt es nicht</translation>
    </message>
    <message>
        <source>status lines are added, changed and removed one status change at a time</source>
        <translation>Statuszeilen werden einzeln hinzugefügt, geändert und entfernt, eine Statusänderung nach der anderen</translation>
    </message>
    <message>
        <source>not an article, actor, meeting or issue record: &apos;%1&apos;</source>
        <translation>kein article-, actor-, meeting- oder issue-Eintrag: „%1“</translation>
    </message>
    <message>
        <source>issue &apos;%1&apos; has no such status change</source>
        <translation>Thema „%1“ hat keine solche Statusänderung</translation>
    </message>
    <message>
        <source>dates have no records</source>
        <translation>zu Datumsmarkierungen gibt es keine Einträge</translation>
    </message>
    <message>
        <source>there is no %1 &apos;%2&apos;</source>
        <translation>kein %1-Eintrag „%2“ vorhanden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the only participant of meeting &apos;%2&apos;: remove the meeting first</source>
        <translation>„%1“ ist der einzige Teilnehmer des Treffens „%2“: zuerst das Treffen entfernen</translation>
    </message>
    <message>
        <source>dates have no ids</source>
        <translation>Datumsmarkierungen haben keine IDs</translation>
    </message>
    <message>
        <source>the %1 id &apos;%2&apos; is already used</source>
        <translation>die %1-ID „%2“ ist bereits vergeben</translation>
    </message>
    <message>
        <source>there is no actor &apos;%1&apos;</source>
        <translation>es gibt keinen Akteur „%1“</translation>
    </message>
    <message>
        <source>an actor cannot be merged into itself</source>
        <translation>ein Akteur kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>this change would alter the article&apos;s words or break the file</source>
        <translation>diese Änderung würde die Wörter des Artikels verändern oder die Datei beschädigen</translation>
    </message>
</context>
<context>
    <name>Entente::DuplicateModel</name>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: merge %2 (%3) into %4 (%5)</source>
        <translation>%1: %2 (%3) mit %4 (%5) zusammenführen</translation>
    </message>
    <message>
        <source>Merge → Keep</source>
        <translation>Zusammenführen → Behalten</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Entente::DuplicateRejections</name>
    <message>
        <source>%1: cannot read the rejected duplicates: %2</source>
        <translation>%1: die abgelehnten Duplikate können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: not a rejected pair (kind, then two ids): kept as it is</source>
        <translation>%1:%2: kein abgelehntes Paar (Art, dann zwei IDs): bleibt unverändert</translation>
    </message>
    <message>
        <source>%1: cannot write the rejected duplicates: %2</source>
        <translation>%1: die abgelehnten Duplikate können nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Entente::DuplicateSearch</name>
    <message>
        <source>No articles are open: there is no folder to remember the answer in.</source>
        <translation>Es sind keine Artikel geöffnet: es gibt keinen Ordner, in dem die Antwort gespeichert werden kann.</translation>
    </message>
</context>
<context>
    <name>Entente::Duplicates</name>
    <message>
        <source>the id %1</source>
        <translation>die ID %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Both are named %1</source>
        <translation>Beide heißen %1</translation>
    </message>
    <message>
        <source>%1 and %2 are the same name once case, accents, punctuation and titles are set aside</source>
        <translation>%1 und %2 sind derselbe Name, wenn man Groß-/Kleinschreibung, Akzente, Satzzeichen und Titel außer Acht lässt</translation>
    </message>
    <message>
        <source>%1 and %2 are the same name: “%3” and “%4” are forms of one name</source>
        <translation>%1 und %2 sind derselbe Name: „%3“ und „%4“ sind Formen desselben Namens</translation>
    </message>
    <message>
        <source>%1 and %2 have the same name parts in another order</source>
        <translation>%1 und %2 haben dieselben Namensteile in anderer Reihenfolge</translation>
    </message>
    <message>
        <source>%1 has every part of %2 and more</source>
        <translation>%1 enthält jeden Teil von %2 und noch mehr</translation>
    </message>
    <message>
        <source>%1 and %2 have the same family name, and the initials fit</source>
        <translation>%1 und %2 haben denselben Familiennamen, und die Initialen passen</translation>
    </message>
    <message>
        <source>%1 is the initials of %2</source>
        <translation>%1 sind die Initialen von %2</translation>
    </message>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 ist Teil von %2</translation>
    </message>
    <message>
        <source>%1 is the family name of %2</source>
        <translation>%1 ist der Familienname von %2</translation>
    </message>
    <message>
        <source>%1 is the first part of %2</source>
        <translation>%1 ist der erste Teil von %2</translation>
    </message>
    <message>
        <source>%1; both %2</source>
        <translation>%1; beide: %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) in common (%1)</source>
        <translation>
            <numerusform>%n gemeinsamer Teilnehmer (%1)</numerusform>
            <numerusform>%n gemeinsame Teilnehmer (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>dates %1 and %2</source>
        <translation>Daten %1 und %2</translation>
    </message>
    <message>
        <source>the same date, %1</source>
        <translation>dasselbe Datum, %1</translation>
    </message>
    <message>
        <source>dates %1 and %2 overlap</source>
        <translation>die Daten %1 und %2 überschneiden sich</translation>
    </message>
    <message numerus="yes">
        <source>dates %1 and %2, %n day(s) apart</source>
        <translation>
            <numerusform>Daten %1 und %2, %n Tag auseinander</numerusform>
            <numerusform>Daten %1 und %2, %n Tage auseinander</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>one %1, the other %2</source>
        <translation>eines %1, das andere %2</translation>
    </message>
</context>
<context>
    <name>Entente::DuplicatesCommand</name>
    <message>
        <source>usage: entente duplicates FILE|FOLDER... [--min-score 0.5] [--reject KIND:ID,ID]</source>
        <translation>Aufruf: entente duplicates FILE|FOLDER... [--min-score 0.5] [--reject KIND:ID,ID]</translation>
    </message>
    <message>
        <source>Propose only pairs scoring at least this, from 0 to 1 (default 0.5).</source>
        <translation>Nur Paare mit mindestens dieser Bewertung vorschlagen, von 0 bis 1 (Standard: 0.5).</translation>
    </message>
    <message>
        <source>Remember that two records are different (actor:ID,ID or meeting:ID,ID), then print what is left.</source>
        <translation>Festhalten, dass zwei Einträge verschieden sind (actor:ID,ID oder meeting:ID,ID), dann den Rest ausgeben.</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>Sprache.</translation>
    </message>
    <message>
        <source>--min-score must be a number from 0 to 1, not &apos;%1&apos;</source>
        <translation>--min-score muss eine Zahl von 0 bis 1 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--reject takes KIND:ID,ID with KIND actor or meeting, not &apos;%1&apos;</source>
        <translation>--reject erwartet KIND:ID,ID mit KIND actor oder meeting, nicht „%1“</translation>
    </message>
    <message>
        <source>name at least one file or folder</source>
        <translation>mindestens eine Datei oder einen Ordner angeben</translation>
    </message>
    <message>
        <source>no article files in %1</source>
        <translation>keine Artikeldateien in %1</translation>
    </message>
</context>
<context>
    <name>Entente::DuplicatesPanel</name>
    <message>
        <source>Enter merges the selected proposal, Delete marks the two as different (remembered), Space or Right skips to the next</source>
        <translation>Enter führt den ausgewählten Vorschlag zusammen, Delete markiert die beiden als verschieden (wird gespeichert), Leertaste oder Pfeil rechts springt zum nächsten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the two records into the one to keep (Enter)</source>
        <translation>Die beiden Einträge in dem zu behaltenden zusammenführen (Enter)</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>They are not the same: never propose them again for this folder (Delete)</source>
        <translation>Sie sind nicht identisch: für diesen Ordner nie wieder vorschlagen (Delete)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Decide later; go to the next proposal (Space)</source>
        <translation>Später entscheiden; zum nächsten Vorschlag gehen (Leertaste)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 · %2 %&lt;/b&gt;&lt;br&gt;Merge &lt;b&gt;%3&lt;/b&gt; (%4) into &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;%7&lt;br&gt;&lt;i&gt;%n article(s): %8&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1 · %2 %&lt;/b&gt;&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; (%4) mit &lt;b&gt;%5&lt;/b&gt; (%6) zusammenführen&lt;br&gt;%7&lt;br&gt;&lt;i&gt;%n Artikel: %8&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;%1 · %2 %&lt;/b&gt;&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; (%4) mit &lt;b&gt;%5&lt;/b&gt; (%6) zusammenführen&lt;br&gt;%7&lt;br&gt;&lt;i&gt;%n Artikel: %8&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Open articles to look for actors and meetings that are one under several names.</source>
        <translation>Artikel öffnen, um nach Akteuren und Treffen zu suchen, die unter mehreren Namen vorkommen.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Duplikate werden gesucht…</translation>
    </message>
    <message>
        <source>No likely duplicates in the open articles.</source>
        <translation>Keine wahrscheinlichen Duplikate in den geöffneten Artikeln.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s), most likely first.</source>
        <translation>
            <numerusform>%n wahrscheinliches Duplikat, das wahrscheinlichste zuerst.</numerusform>
            <numerusform>%n wahrscheinliche Duplikate, die wahrscheinlichsten zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::Brat</name>
    <message>
        <source>%1; the line is skipped</source>
        <translation>%1; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>expected &apos;T1&lt;tab&gt;Type start end&lt;tab&gt;text&apos;</source>
        <translation>erwartet: &apos;T1&lt;tab&gt;Type start end&lt;tab&gt;text&apos;</translation>
    </message>
    <message>
        <source>expected &apos;E1&lt;tab&gt;Type:T1 Role:T2 ...&apos;</source>
        <translation>erwartet: &apos;E1&lt;tab&gt;Type:T1 Role:T2 ...&apos;</translation>
    </message>
    <message>
        <source>expected &apos;R1&lt;tab&gt;Type Arg1:T1 Arg2:T2&apos;</source>
        <translation>erwartet: &apos;R1&lt;tab&gt;Type Arg1:T1 Arg2:T2&apos;</translation>
    </message>
    <message>
        <source>expected &apos;A1&lt;tab&gt;Name target [value]&apos;</source>
        <translation>erwartet: &apos;A1&lt;tab&gt;Name target [value]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;N1&lt;tab&gt;Reference T1 Database:key&lt;tab&gt;text&apos;</source>
        <translation>erwartet: &apos;N1&lt;tab&gt;Reference T1 Database:key&lt;tab&gt;text&apos;</translation>
    </message>
    <message>
        <source>expected &apos;#1&lt;tab&gt;AnnotatorNotes T1&lt;tab&gt;text&apos;</source>
        <translation>erwartet: &apos;#1&lt;tab&gt;AnnotatorNotes T1&lt;tab&gt;text&apos;</translation>
    </message>
    <message>
        <source>expected &apos;*&lt;tab&gt;Equiv T1 T2 ...&apos;</source>
        <translation>erwartet: &apos;*&lt;tab&gt;Equiv T1 T2 ...&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a brat annotation id (T, E, R, A, M, N, # or *)</source>
        <translation>„%1“ ist keine brat-Annotations-ID (T, E, R, A, M, N, # oder *)</translation>
    </message>
    <message>
        <source>the text at %1&apos;s offsets is not &apos;%2&apos;; the annotation is skipped</source>
        <translation>der Text an den Offsets von %1 ist nicht „%2“; die Annotation wird übersprungen</translation>
    </message>
    <message>
        <source>the type &apos;%1&apos; is not in the type mapping; its annotations are skipped</source>
        <translation>der Typ „%1“ steht nicht in der Typzuordnung; seine Annotationen werden übersprungen</translation>
    </message>
    <message>
        <source>discontinuous annotations cannot be marks</source>
        <translation>nicht zusammenhängende Annotationen können keine Markierungen sein</translation>
    </message>
    <message>
        <source>the annotation covers no words</source>
        <translation>die Annotation umfasst keine Wörter</translation>
    </message>
    <message>
        <source>a mark lies on one line</source>
        <translation>eine Markierung steht in einer einzigen Zeile</translation>
    </message>
    <message>
        <source>a mark&apos;s words contain no &apos;[&apos; or &apos;]&apos;</source>
        <translation>die Wörter einer Markierung enthalten weder &apos;[&apos; noch &apos;]&apos;</translation>
    </message>
    <message>
        <source>it overlaps %1, and marks do not overlap</source>
        <translation>sie überschneidet sich mit %1, und Markierungen dürfen sich nicht überschneiden</translation>
    </message>
    <message>
        <source>%1 is skipped: %2</source>
        <translation>%1 wird übersprungen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>ungültige ID „%1“: nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden</translation>
    </message>
    <message>
        <source>%1 is skipped: the date &apos;%2&apos; has no value (give it an N line &apos;Date:2023-07-13&apos;)</source>
        <translation>%1 wird übersprungen: das Datum „%2“ hat keinen Wert (mit einer N-Zeile &apos;Date:2023-07-13&apos; angeben)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the text contains Entente markup of its own (&apos;[words]{kind=…}&apos; or the records line); not imported</source>
        <translation>der Text enthält bereits eigene Entente-Auszeichnungen (&apos;[words]{kind=…}&apos; oder die Eintragszeile); nicht importiert</translation>
    </message>
    <message>
        <source>not imported: the result does not read back: %1</source>
        <translation>nicht importiert: das Ergebnis lässt sich nicht wieder einlesen: %1</translation>
    </message>
    <message>
        <source>%1 is skipped: a meeting needs an event with participants</source>
        <translation>%1 wird übersprungen: ein Treffen braucht ein Ereignis mit Teilnehmern</translation>
    </message>
    <message>
        <source>the meeting has no participants among its arguments</source>
        <translation>das Treffen hat unter seinen Argumenten keine Teilnehmer</translation>
    </message>
    <message>
        <source>the meeting has no date (give it a Date argument or a date on its line)</source>
        <translation>das Treffen hat kein Datum (ein Date-Argument oder ein Datum in seiner Zeile angeben)</translation>
    </message>
    <message>
        <source>unknown meeting status &apos;%1&apos;</source>
        <translation>unbekannter Status des Treffens „%1“</translation>
    </message>
    <message>
        <source>the relation %1 (%2) does not join a meeting and an issue; it is not imported</source>
        <translation>die Relation %1 (%2) verbindet kein Treffen mit einem Thema; sie wird nicht importiert</translation>
    </message>
    <message>
        <source>the status &apos;%1&apos; of %2 is not imported</source>
        <translation>der Status „%1“ von %2 wird nicht importiert</translation>
    </message>
    <message>
        <source>the status of %1 needs a date on its line; it is not imported</source>
        <translation>der Status von %1 braucht ein Datum in seiner Zeile; er wird nicht importiert</translation>
    </message>
    <message>
        <source>expected &apos;brat type = %1&apos;</source>
        <translation>erwartet: &apos;brat type = %1&apos;</translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::BratExport</name>
    <message numerus="yes">
        <source>the article has no words to attach its %n record(s) to in brat; they are left out</source>
        <translation>
            <numerusform>der Artikel hat keine Wörter, an die sich sein %n Eintrag in brat anhängen ließe; er wird ausgelassen</numerusform>
            <numerusform>der Artikel hat keine Wörter, an die sich seine %n Einträge in brat anhängen ließen; sie werden ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::BratImport</name>
    <message>
        <source>no %1 beside it; not imported</source>
        <translation>kein %1 daneben; nicht importiert</translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::Csv</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation>das hier geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::CsvImport</name>
    <message>
        <source>%1; the row is skipped</source>
        <translation>%1; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>the %1 column is empty</source>
        <translation>die Spalte %1 ist leer</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>ungültige ID „%1“: nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos; in %2</source>
        <translation>ungültige ID „%1“ in %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use 2023-07-13, 2023-W28, 2023-07 or ~2023-07-13)</source>
        <translation>„%1“ ist kein Datum (2023-07-13, 2023-W28, 2023-07 oder ~2023-07-13 verwenden)</translation>
    </message>
    <message>
        <source>not an actors, meetings, issues or statuses table (see the header); the file is skipped</source>
        <translation>keine actors-, meetings-, issues- oder statuses-Tabelle (siehe Kopfzeile); die Datei wird übersprungen</translation>
    </message>
    <message>
        <source>the header has no &apos;%1&apos; column; the file is skipped</source>
        <translation>die Kopfzeile hat keine Spalte „%1“; die Datei wird übersprungen</translation>
    </message>
    <message>
        <source>the actor has no name</source>
        <translation>der Akteur hat keinen Namen</translation>
    </message>
    <message>
        <source>unknown actor kind &apos;%1&apos; (expected person, organisation or state)</source>
        <translation>unbekannte Akteursart „%1“ (erwartet: person, organisation oder state)</translation>
    </message>
    <message>
        <source>actor &apos;%1&apos; is already defined on line %2</source>
        <translation>Akteur „%1“ ist bereits in Zeile %2 definiert</translation>
    </message>
    <message>
        <source>the meeting has no participants</source>
        <translation>das Treffen hat keine Teilnehmer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date range</source>
        <translation>„%1“ ist kein Zeitraum</translation>
    </message>
    <message>
        <source>the meeting ends before it starts</source>
        <translation>das Treffen endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>unknown meeting status &apos;%1&apos; (expected planned, held, cancelled or failed)</source>
        <translation>unbekannter Status des Treffens „%1“ (erwartet: planned, held, cancelled oder failed)</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; is already defined on line %2</source>
        <translation>Treffen „%1“ ist bereits in Zeile %2 definiert</translation>
    </message>
    <message>
        <source>the issue has no title</source>
        <translation>das Thema hat keinen Titel</translation>
    </message>
    <message>
        <source>unknown issue status &apos;%1&apos; (expected open, in-dialogue, stalled, escalating or resolved)</source>
        <translation>unbekannter Themenstatus „%1“ (erwartet: open, in-dialogue, stalled, escalating oder resolved)</translation>
    </message>
    <message>
        <source>bad anchor &apos;%1&apos;</source>
        <translation>ungültiger Anker „%1“</translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::DataExport</name>
    <message>
        <source>CSV tables (spreadsheets, R, pandas)</source>
        <translation>CSV-Tabellen (Tabellenkalkulationen, R, pandas)</translation>
    </message>
    <message>
        <source>GEXF 1.3 network with a timeline (Gephi)</source>
        <translation>GEXF-1.3-Netzwerk mit Zeitleiste (Gephi)</translation>
    </message>
    <message>
        <source>GraphML network (igraph, NetworkX, yEd, Cytoscape)</source>
        <translation>GraphML-Netzwerk (igraph, NetworkX, yEd, Cytoscape)</translation>
    </message>
    <message>
        <source>iCalendar meetings (any calendar)</source>
        <translation>iCalendar-Treffen (jeder Kalender)</translation>
    </message>
    <message>
        <source>brat standoff annotations (brat, INCEpTION)</source>
        <translation>brat-Standoff-Annotationen (brat, INCEpTION)</translation>
    </message>
    <message>
        <source>PLOVER event records (JSON)</source>
        <translation>PLOVER-Ereigniseinträge (JSON)</translation>
    </message>
    <message>
        <source>%1: name the table to write (actors, meetings, participants, issues or statuses), or give a folder for all of them</source>
        <translation>%1: die zu schreibende Tabelle angeben (actors, meetings, participants, issues oder statuses) oder einen Ordner für alle</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 actors, %2 issues and %3 status changes as CSV</source>
        <translation>
            <numerusform>%n Treffen, %1 Akteure, %2 Themen und %3 Statusänderungen als CSV</numerusform>
            <numerusform>%n Treffen, %1 Akteure, %2 Themen und %3 Statusänderungen als CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the network of %n meeting(s)</source>
        <translation>
            <numerusform>das Netzwerk von %n Treffen</numerusform>
            <numerusform>das Netzwerk von %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Entente meetings</source>
        <translation>Entente-Treffen</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; has no date and is left out</source>
        <translation>Treffen „%1“ hat kein Datum und wird ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) as calendar events</source>
        <translation>
            <numerusform>%n Treffen als Kalenderereignis</numerusform>
            <numerusform>%n Treffen als Kalenderereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; was cancelled or failed: not an event record</source>
        <translation>Treffen „%1“ wurde abgesagt oder ist gescheitert: kein Ereigniseintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n event record(s)</source>
        <translation>
            <numerusform>%n Ereigniseintrag</numerusform>
            <numerusform>%n Ereigniseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) as brat standoff</source>
        <translation>
            <numerusform>%n Artikel als brat-Standoff</numerusform>
            <numerusform>%n Artikel als brat-Standoff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::IcsExport</name>
    <message>
        <source>week %1 of %2, day not known</source>
        <translation>Woche %1 des Jahres %2, Tag unbekannt</translation>
    </message>
    <message>
        <source>%1, day not known</source>
        <translation>%1, Tag unbekannt</translation>
    </message>
    <message>
        <source>approximate date</source>
        <translation>ungefähres Datum</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Teilnehmer: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Source (%1, line %2): %3</source>
        <translation>Quelle (%1, Zeile %2): %3</translation>
    </message>
    <message>
        <source>quarter %1 of %2, day not known</source>
        <translation>%1. Quartal %2, Tag unbekannt</translation>
    </message>
    <message>
        <source>a season of %1, day not known</source>
        <translation>eine Jahreszeit des Jahres %1, Tag unbekannt</translation>
    </message>
    <message>
        <source>the %1s, day not known</source>
        <translation>die %1er Jahre, Tag unbekannt</translation>
    </message>
    <message>
        <source>century %1, day not known</source>
        <translation>%1. Jahrhundert, Tag unbekannt</translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::OutputFiles</name>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written</source>
        <translation>%1 existiert bereits; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Entente::ExportCaption</name>
    <message>
        <source>no filters</source>
        <translation>keine Filter</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between filters</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>export caption: view · date range · filters</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Actor network</source>
        <translation>Akteursnetzwerk</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>sides: %1</source>
        <translation>Seiten: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>meetings: %1</source>
        <translation>Treffen: %1</translation>
    </message>
    <message>
        <source>actors without meetings hidden</source>
        <translation>Akteure ohne Treffen ausgeblendet</translation>
    </message>
    <message>
        <source>ego view of %1</source>
        <translation>Ego-Ansicht von %1</translation>
    </message>
</context>
<context>
    <name>Entente::ExportCommand</name>
    <message>
        <source>The view to export.</source>
        <translation>Die zu exportierende Ansicht.</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from the output&apos;s suffix).</source>
        <translation>png, svg oder pdf (Standard: nach der Endung der Ausgabedatei).</translation>
    </message>
    <message>
        <source>The image file to write.</source>
        <translation>Die zu schreibende Bilddatei.</translation>
    </message>
    <message>
        <source>The calendar&apos;s month, YYYY-MM.</source>
        <translation>Der Monat des Kalenders, YYYY-MM.</translation>
    </message>
    <message>
        <source>Width in logical pixels.</source>
        <translation>Breite in logischen Pixeln.</translation>
    </message>
    <message>
        <source>PNG pixels per logical pixel.</source>
        <translation>PNG-Pixel pro logischem Pixel.</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>Sprache.</translation>
    </message>
    <message>
        <source>name at least one article file or folder</source>
        <translation>mindestens eine Artikeldatei oder einen Ordner angeben</translation>
    </message>
    <message>
        <source>--view must be one of: %1</source>
        <translation>--view muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>--output PATH is required</source>
        <translation>--output PFAD ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be png, svg or pdf</source>
        <translation>--format muss png, svg oder pdf sein</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM, not &apos;%1&apos;</source>
        <translation>--month muss die Form YYYY-MM haben, nicht „%1“</translation>
    </message>
    <message>
        <source>--month applies to the calendar view only</source>
        <translation>--month gilt nur für die Kalenderansicht</translation>
    </message>
    <message>
        <source>entente export: no readable article files</source>
        <translation>entente export: keine lesbaren Artikeldateien</translation>
    </message>
    <message>
        <source>Entente %1</source>
        <translation>Entente %1</translation>
    </message>
    <message>
        <source>usage: entente export FILE|FOLDER... --view calendar|network|issues|meetings|timeline --format png|svg|pdf --output PATH [--month YYYY-MM] [--from DATE] [--to DATE] [--width N] [--scale N]</source>
        <translation>Aufruf: entente export FILE|FOLDER... --view calendar|network|issues|meetings|timeline --format png|svg|pdf --output PATH [--month YYYY-MM] [--from DATE] [--to DATE] [--width N] [--scale N]</translation>
    </message>
    <message>
        <source>the calendar shows at most %1 months; the timeline and the meetings chart show any span</source>
        <translation>der Kalender zeigt höchstens %1 Monate; Zeitleiste und Treffendiagramm zeigen jeden beliebigen Zeitraum</translation>
    </message>
    <message>
        <source>--from and --to do not apply to the %1 view</source>
        <translation>--from und --to gelten nicht für die Ansicht %1</translation>
    </message>
    <message>
        <source>First day shown: YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY (calendar: its month; timeline and charts: that day; network: meetings from then).</source>
        <translation>Erster angezeigter Tag: YYYY-MM-DD, YYYY-MM, YYYY-Www oder YYYY (Kalender: sein Monat; Zeitleiste und Diagramme: dieser Tag; Netzwerk: Treffen ab diesem Tag).</translation>
    </message>
    <message>
        <source>Last day shown, in the same forms (a month or year means its last day).</source>
        <translation>Letzter angezeigter Tag, in denselben Formen (ein Monat oder Jahr steht für seinen letzten Tag).</translation>
    </message>
    <message>
        <source>--width must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--width muss eine ganze Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>--scale must be a number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--scale muss eine Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>--from must be a date such as 2023-07-13, 2023-07, 2023-W28 or 2023, not &apos;%1&apos;</source>
        <translation>--from muss ein Datum wie 2023-07-13, 2023-07, 2023-W28 oder 2023 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--to must be a date such as 2023-07-13, 2023-07, 2023-W28 or 2023, not &apos;%1&apos;</source>
        <translation>--to muss ein Datum wie 2023-07-13, 2023-07, 2023-W28 oder 2023 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) liegt vor --from (%2)</translation>
    </message>
    <message>
        <source>give either --month or --from/--to</source>
        <translation>entweder --month oder --from/--to angeben</translation>
    </message>
    <message>
        <source>%1: error: a folder with no articles (no .entente or .txt files in it)</source>
        <translation>%1: Fehler: ein Ordner ohne Artikel (keine .entente- oder .txt-Dateien darin)</translation>
    </message>
    <message>
        <source>%1: warning: skipped: %2</source>
        <translation>%1: Warnung: übersprungen: %2</translation>
    </message>
    <message>
        <source>entente export: %1: %2</source>
        <translation>entente export: %1: %2</translation>
    </message>
</context>
<context>
    <name>Entente::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing (vector, text stays text)</source>
        <translation>SVG-Zeichnung (Vektor, Text bleibt Text)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The width of the picture in logical pixels; the height follows</source>
        <translation>Breite des Bildes in logischen Pixeln; die Höhe ergibt sich daraus</translation>
    </message>
    <message>
        <source>Pixels per logical pixel: 2 gives a sharp picture on high-DPI screens and slides</source>
        <translation>Pixel pro logischem Pixel: 2 ergibt ein scharfes Bild auf hochauflösenden Bildschirmen und Folien</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Bildunterschrift:</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
</context>
<context>
    <name>Entente::FindAllPanel</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find in all articles</source>
        <translation>In allen Artikeln suchen</translation>
    </message>
    <message>
        <source>Words to find in every open article (the words, not the markup); Enter searches at once</source>
        <translation>Wörter, die in jedem geöffneten Artikel gesucht werden (die Wörter, nicht die Auszeichnung); Enter sucht sofort</translation>
    </message>
    <message>
        <source>Enter or a click shows the words in their article</source>
        <translation>Enter oder ein Klick zeigt die Wörter in ihrem Artikel</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Type words to find them in every open article.</source>
        <translation>Wörter eingeben, um sie in jedem geöffneten Artikel zu finden.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not in any of the %n open article(s).</source>
        <translation>
            <numerusform>„%1“ kommt in dem %n geöffneten Artikel nicht vor.</numerusform>
            <numerusform>„%1“ kommt in keinem der %n geöffneten Artikel vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n Artikel</numerusform>
            <numerusform>in %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %L1 are listed</source>
        <translation>nur die ersten %L1 werden aufgeführt</translation>
    </message>
</context>
<context>
    <name>Entente::FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Find the next match (F3 or Enter)</source>
        <translation>Nächsten Treffer suchen (F3 oder Eingabe)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Entente::FindResultModel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>Entente::Format</name>
    <message>
        <source>no mark has the anchor &apos;#%1&apos; named as evidence</source>
        <translation>keine Markierung hat den als Beleg genannten Anker „#%1“</translation>
    </message>
    <message>
        <source>this is not a text file (a NUL byte at byte %1)</source>
        <translation>dies ist keine Textdatei (NUL-Byte an Byte %1)</translation>
    </message>
    <message>
        <source>this file is not valid UTF-8 text</source>
        <translation>diese Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>mark is not closed: &apos;}&apos; expected before the end of the line</source>
        <translation>Markierung ist nicht geschlossen: &apos;}&apos; vor dem Zeilenende erwartet</translation>
    </message>
    <message>
        <source>mark needs kind=value, for example {actor=blinken}</source>
        <translation>Markierung benötigt kind=value, zum Beispiel {actor=blinken}</translation>
    </message>
    <message>
        <source>unknown mark kind &apos;%1&apos; (expected actor, meeting, issue or date)</source>
        <translation>unbekannte Markierungsart „%1“ (erwartet: actor, meeting, issue oder date)</translation>
    </message>
    <message>
        <source>bad anchor &apos;#%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>ungültiger Anker „#%1“: nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden</translation>
    </message>
    <message>
        <source>mark has no value after &apos;=&apos;</source>
        <translation>Markierung hat keinen Wert nach &apos;=&apos;</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>ungültige ID „%1“: nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden</translation>
    </message>
    <message>
        <source>a record needs &apos;type id: fields&apos;, for example &apos;actor blinken: Antony Blinken&apos;</source>
        <translation>ein Eintrag braucht die Form &apos;type id: fields&apos;, zum Beispiel &apos;actor blinken: Antony Blinken&apos;</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos; (expected article, actor, meeting, issue or status)</source>
        <translation>unbekannter Eintragstyp „%1“ (erwartet: article, actor, meeting, issue oder status)</translation>
    </message>
    <message>
        <source>the %1 record needs one id before &apos;:&apos;</source>
        <translation>ein %1-Eintrag braucht eine ID vor &apos;:&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD verwenden)</translation>
    </message>
    <message>
        <source>article fields are key=value, for example date=2023-07-12</source>
        <translation>Felder des article-Eintrags haben die Form key=value, zum Beispiel date=2023-07-12</translation>
    </message>
    <message>
        <source>actor &apos;%1&apos; is defined twice</source>
        <translation>Akteur „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>unknown actor kind &apos;%1&apos; (expected person, organisation or state)</source>
        <translation>unbekannte Akteursart „%1“ (erwartet: person, organisation oder state)</translation>
    </message>
    <message>
        <source>too many fields: an actor has name; kind; side, then key=value fields</source>
        <translation>zu viele Felder: ein Akteur hat Name; Art; Seite, danach key=value-Felder</translation>
    </message>
    <message>
        <source>actor &apos;%1&apos; has no name</source>
        <translation>Akteur „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; is defined twice</source>
        <translation>Treffen „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or range (use 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or start..end)</source>
        <translation>„%1“ ist weder ein Datum noch ein Zeitraum (2023-07-13, 2023-W28, 2023-07, ~2023-07-13 oder Beginn..Ende verwenden)</translation>
    </message>
    <message>
        <source>the meeting ends before it starts</source>
        <translation>das Treffen endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>too many fields: a meeting has participants; date, then key=value fields</source>
        <translation>zu viele Felder: ein Treffen hat Teilnehmer; Datum, danach key=value-Felder</translation>
    </message>
    <message>
        <source>unknown meeting status &apos;%1&apos; (expected planned, held, cancelled or failed)</source>
        <translation>unbekannter Status des Treffens „%1“ (erwartet: planned, held, cancelled oder failed)</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; has no participants</source>
        <translation>Treffen „%1“ hat keine Teilnehmer</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; has no date</source>
        <translation>Treffen „%1“ hat kein Datum</translation>
    </message>
    <message>
        <source>issue &apos;%1&apos; is defined twice</source>
        <translation>Thema „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>too many fields: an issue has a title, then key=value fields</source>
        <translation>zu viele Felder: ein Thema hat einen Titel, danach key=value-Felder</translation>
    </message>
    <message>
        <source>status of an unknown issue &apos;%1&apos; (define &apos;issue %1: title&apos; before it)</source>
        <translation>Status eines unbekannten Themas „%1“ (zuvor &apos;issue %1: Titel&apos; definieren)</translation>
    </message>
    <message>
        <source>unknown issue status &apos;%1&apos; (expected open, in-dialogue, stalled, escalating or resolved)</source>
        <translation>unbekannter Themenstatus „%1“ (erwartet: open, in-dialogue, stalled, escalating oder resolved)</translation>
    </message>
    <message>
        <source>too many fields: a status has date; status, then key=value fields</source>
        <translation>zu viele Felder: ein Status hat Datum; Status, danach key=value-Felder</translation>
    </message>
    <message>
        <source>a status needs a date and a status, for example &apos;status hacking: 2023-07-11; escalating&apos;</source>
        <translation>ein Status braucht ein Datum und einen Status, zum Beispiel &apos;status hacking: 2023-07-11; escalating&apos;</translation>
    </message>
    <message>
        <source>this looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a byte-order mark)</source>
        <translation>dies sieht nach UTF-16-Text ohne Byte-Order-Mark aus; als UTF-8 speichern (oder als UTF-16 mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>this is not a text file (a NUL character at byte %1)</source>
        <translation>dies ist keine Textdatei (NUL-Zeichen an Byte %1)</translation>
    </message>
    <message>
        <source>this file is not valid %1 text</source>
        <translation>diese Datei ist kein gültiger %1-Text</translation>
    </message>
    <message>
        <source>the file ends in the middle of a character</source>
        <translation>die Datei endet mitten in einem Zeichen</translation>
    </message>
    <message>
        <source>cannot read this folder</source>
        <translation>dieser Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read this file (no permission)</source>
        <translation>diese Datei kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use 2023-07-13, 2023-W28, 2023-07, 2023-Q3, 2023-SU, 2023 or ~2023-07-13)</source>
        <translation>„%1“ ist kein Datum (2023-07-13, 2023-W28, 2023-07, 2023-Q3, 2023-SU, 2023 oder ~2023-07-13 verwenden)</translation>
    </message>
    <message>
        <source>the mark refers to an unknown actor &apos;%1&apos;</source>
        <translation>die Markierung verweist auf einen unbekannten Akteur „%1“</translation>
    </message>
    <message>
        <source>the meeting names an unknown actor &apos;%1&apos;</source>
        <translation>das Treffen nennt einen unbekannten Akteur „%1“</translation>
    </message>
    <message>
        <source>the mark refers to an unknown meeting &apos;%1&apos;</source>
        <translation>die Markierung verweist auf ein unbekanntes Treffen „%1“</translation>
    </message>
    <message>
        <source>the mark refers to an unknown issue &apos;%1&apos;</source>
        <translation>die Markierung verweist auf ein unbekanntes Thema „%1“</translation>
    </message>
    <message>
        <source>the meeting names an unknown issue &apos;%1&apos;</source>
        <translation>das Treffen nennt ein unbekanntes Thema „%1“</translation>
    </message>
</context>
<context>
    <name>Entente::FuzzyDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>How precise the article is about this date</source>
        <translation>Wie genau der Artikel dieses Datum angibt</translation>
    </message>
    <message>
        <source>The day; for a week, month, quarter, season, year, decade or century any day of it</source>
        <translation>Der Tag; bei einer Woche, einem Monat, Quartal, einer Jahreszeit, einem Jahr, Jahrzehnt oder Jahrhundert ein beliebiger Tag darin</translation>
    </message>
</context>
<context>
    <name>Entente::IdListEdit</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Entente::ImportCommand</name>
    <message>
        <source>usage: entente import FILE|FOLDER... --output FOLDER [--format brat|csv] [--types MAPPING]  |  entente import --print-types</source>
        <translation>Aufruf: entente import FILE|FOLDER... --output FOLDER [--format brat|csv] [--types MAPPING]  |  entente import --print-types</translation>
    </message>
    <message>
        <source>The folder to write the Entente files to.</source>
        <translation>Der Ordner, in den die Entente-Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>brat or csv (default: from the files).</source>
        <translation>brat oder csv (Standard: nach den Dateien).</translation>
    </message>
    <message>
        <source>A brat type mapping (&apos;Type = actor:person&apos; lines).</source>
        <translation>Eine brat-Typzuordnung (Zeilen der Form &apos;Type = actor:person&apos;).</translation>
    </message>
    <message>
        <source>Print the default brat type mapping.</source>
        <translation>Die Standard-Typzuordnung für brat ausgeben.</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>Sprache.</translation>
    </message>
    <message>
        <source>name the files or folders to import</source>
        <translation>die zu importierenden Dateien oder Ordner angeben</translation>
    </message>
    <message>
        <source>--output FOLDER is required</source>
        <translation>--output ORDNER ist erforderlich</translation>
    </message>
    <message>
        <source>say --format brat or --format csv</source>
        <translation>--format brat oder --format csv angeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n brat document(s), %2 marks</source>
        <translation>
            <numerusform>%1 von %n brat-Dokument, %2 Markierungen</numerusform>
            <numerusform>%1 von %n brat-Dokumenten, %2 Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n CSV row(s)</source>
        <translation>
            <numerusform>%1 von %n CSV-Zeile</numerusform>
            <numerusform>%1 von %n CSV-Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>entente import: nothing to write</source>
        <translation>entente import: nichts zu schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %n file(s) in %2</source>
        <translation>
            <numerusform>%1 in %n Datei in %2 importiert</numerusform>
            <numerusform>%1 in %n Dateien in %2 importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::ImportDialog</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Make Entente files of brat annotations or CSV tables</source>
        <translation>Entente-Dateien aus brat-Annotationen oder CSV-Tabellen erstellen</translation>
    </message>
    <message>
        <source>Actor: person</source>
        <translation>Akteur: Person</translation>
    </message>
    <message>
        <source>Actor: organisation</source>
        <translation>Akteur: Organisation</translation>
    </message>
    <message>
        <source>Actor: state</source>
        <translation>Akteur: Staat</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>brat type</source>
        <translation>brat-Typ</translation>
    </message>
    <message>
        <source>Entente kind</source>
        <translation>Entente-Art</translation>
    </message>
    <message>
        <source>&amp;Add Type</source>
        <translation>Typ &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
    <message>
        <source>brat entity and event types</source>
        <translation>brat-Entitäts- und Ereignistypen</translation>
    </message>
    <message>
        <source>How the types of other projects&apos; annotations become Entente marks. Types not listed are skipped and reported.</source>
        <translation>Wie die Annotationstypen anderer Projekte zu Entente-Markierungen werden. Nicht aufgeführte Typen werden übersprungen und gemeldet.</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Importieren:</translation>
    </message>
    <message>
        <source>Write Entente files &amp;to:</source>
        <translation>Entente-Dateien schreiben &amp;nach:</translation>
    </message>
    <message>
        <source>Write Entente Files To</source>
        <translation>Zielordner für Entente-Dateien</translation>
    </message>
    <message>
        <source>Add brat .ann files (with their .txt), CSV tables, or folders of them.</source>
        <translation>brat-.ann-Dateien (mit ihren .txt-Dateien), CSV-Tabellen oder Ordner damit hinzufügen.</translation>
    </message>
    <message>
        <source>Import either brat annotations or CSV tables, not both at once.</source>
        <translation>Entweder brat-Annotationen oder CSV-Tabellen importieren, nicht beides auf einmal.</translation>
    </message>
    <message>
        <source>brat standoff annotations</source>
        <translation>brat-Standoff-Annotationen</translation>
    </message>
    <message>
        <source>CSV tables (actors, meetings, issues, statuses)</source>
        <translation>CSV-Tabellen (Akteure, Treffen, Themen, Status)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>brat annotations and CSV tables (*.ann *.csv);;All files (*)</source>
        <translation>brat-Annotationen und CSV-Tabellen (*.ann *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Einen Ordner importieren</translation>
    </message>
    <message>
        <source>Choose brat annotations or CSV tables to import, and a folder to write to.</source>
        <translation>brat-Annotationen oder CSV-Tabellen zum Importieren und einen Zielordner auswählen.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n brat document(s) with %2 marks</source>
        <translation>
            <numerusform>%1 von %n brat-Dokument mit %2 Markierungen</numerusform>
            <numerusform>%1 von %n brat-Dokumenten mit %2 Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n CSV row(s)</source>
        <translation>
            <numerusform>%1 von %n CSV-Zeile</numerusform>
            <numerusform>%1 von %n CSV-Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation>Es konnte nichts importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %n file(s) in %2.</source>
        <translation>
            <numerusform>%1 in %n Datei in %2 importiert.</numerusform>
            <numerusform>%1 in %n Dateien in %2 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the rows or annotations they name were skipped.</source>
        <translation>
            <numerusform>%n Problem: die betroffenen Zeilen oder Annotationen wurden übersprungen.</numerusform>
            <numerusform>%n Probleme: die betroffenen Zeilen oder Annotationen wurden übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::IssueForm</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The id that marks and meetings use; renaming it renames them too</source>
        <translation>Die ID, die Markierungen und Treffen verwenden; beim Umbenennen werden sie mit umbenannt</translation>
    </message>
    <message>
        <source>What lists and charts show for the issue</source>
        <translation>Was Listen und Diagramme für das Thema anzeigen</translation>
    </message>
    <message>
        <source>The issue&apos;s status changes in date order</source>
        <translation>Die Statusänderungen des Themas in zeitlicher Reihenfolge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Add a status change</source>
        <translation>Eine Statusänderung hinzufügen</translation>
    </message>
    <message>
        <source>Change the selected status change</source>
        <translation>Die ausgewählte Statusänderung bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected status change</source>
        <translation>Die ausgewählte Statusänderung entfernen</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
</context>
<context>
    <name>Entente::IssueModel</name>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>Entente::IssueStatusChart</name>
    <message>
        <source>Status of open issues</source>
        <translation>Status offener Themen</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Statusänderungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tool tip: date: status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quoted evidence words</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Approximate date</source>
        <translation>Ungefähres Datum</translation>
    </message>
    <message>
        <source>Known to the week, month or coarser</source>
        <translation>Auf die Woche, den Monat oder gröber bekannt</translation>
    </message>
    <message>
        <source>Issue status chart</source>
        <translation>Themenstatus-Diagramm</translation>
    </message>
    <message>
        <source>the first %1 of %2 issues</source>
        <translation>die ersten %1 von %2 Themen</translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation>ausgewählt: %1</translation>
    </message>
</context>
<context>
    <name>Entente::Labels</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In dialogue</source>
        <translation>Im Dialog</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Festgefahren</translation>
    </message>
    <message>
        <source>Escalating</source>
        <translation>Eskalierend</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Ungefähr</translation>
    </message>
    <message>
        <source>week of %1</source>
        <comment>a week, named by its Monday</comment>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QDate format of a month: July 2023</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>around %1</source>
        <comment>an approximate date</comment>
        <translation>um den %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>days of one month: 16–19 July 2023</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Jahreszeit</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Jahrzehnt</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Jahrhundert</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter of a year: Q3 2023</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>spring %1</source>
        <comment>a season</comment>
        <translation>Frühjahr %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <comment>a season</comment>
        <translation>Sommer %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <comment>a season</comment>
        <translation>Herbst %1</translation>
    </message>
    <message>
        <source>winter %1–%2</source>
        <comment>a season: December to February</comment>
        <translation>Winter %1–%2</translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>a decade: the 1990s</comment>
        <translation>die %1er</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a century, as its years: 1900–1999</comment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>Entente::MainWindow</name>
    <message>
        <source>Articles (*.entente *.txt);;All files (*)</source>
        <translation>Artikel (*.entente *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open an article with File ▸ Open (Ctrl+O), or a whole folder (Ctrl+Shift+O).</source>
        <translation>Einen Artikel mit Datei ▸ Öffnen (Strg+O) öffnen oder einen ganzen Ordner (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>This file is read-only: you can read and select, but not change it. Use File ▸ Save As to keep an editable copy.</source>
        <translation>Diese Datei ist schreibgeschützt: Sie kann gelesen und markiert, aber nicht geändert werden. Mit Datei ▸ Speichern unter lässt sich eine bearbeitbare Kopie anlegen.</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Akteure filtern</translation>
    </message>
    <message>
        <source>Filter meetings</source>
        <translation>Treffen filtern</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>Themen filtern</translation>
    </message>
    <message>
        <source>The selected issue&apos;s status over time; click a row to see its evidence in the text</source>
        <translation>Status des ausgewählten Themas im Zeitverlauf; eine Zeile anklicken, um den Beleg im Text zu sehen</translation>
    </message>
    <message>
        <source>Problems found in the open articles; double-click one to go to it</source>
        <translation>In den geöffneten Artikeln gefundene Probleme; zum Springen doppelklicken</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open one or more article files</source>
        <translation>Eine oder mehrere Artikeldateien öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open every article file in a folder and its subfolders</source>
        <translation>Alle Artikeldateien in einem Ordner und seinen Unterordnern öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the shown article</source>
        <translation>Den angezeigten Artikel speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Export &amp;Plain Text…</source>
        <translation>Als &amp;reinen Text exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the article&apos;s words without any markup</source>
        <translation>Den Text des Artikels ohne Auszeichnungen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>&amp;Über Entente</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>Über Entente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Who met whom, when and where, and which issues stay open: a relationship tracker for analysts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Wer traf wen, wann und wo, und welche Themen bleiben offen: ein Werkzeug zur Beziehungsanalyse für Analysten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening articles…</source>
        <translation>Artikel werden geöffnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Some files could not be opened</source>
        <translation>Einige Dateien konnten nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n Datei konnte nicht geöffnet werden.</numerusform>
            <numerusform>%n Dateien konnten nicht geöffnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Open Folder of Articles</source>
        <translation>Ordner mit Artikeln öffnen</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation>Artikel speichern unter</translation>
    </message>
    <message>
        <source>Export Plain Text</source>
        <translation>Als reinen Text exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n Akteur</numerusform>
            <numerusform>%n Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>%1%2 — Entente</source>
        <translation>%1%2 — Entente</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Suggest on &amp;Opening Raw Articles</source>
        <translation>Beim Öffnen &amp;unmarkierter Artikel vorschlagen</translation>
    </message>
    <message>
        <source>Run the pre-tagger when an article without any marks is shown</source>
        <translation>Die automatische Vormarkierung ausführen, wenn ein Artikel ohne Markierungen angezeigt wird</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>Im &amp;Inspektor anzeigen</translation>
    </message>
    <message>
        <source>Show the selected actor, meeting or issue in the inspector</source>
        <translation>Den ausgewählten Akteur, das ausgewählte Treffen oder Thema im Inspektor anzeigen</translation>
    </message>
    <message>
        <source>&amp;Rename Id…</source>
        <translation>ID &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Select an actor, meeting or issue first.</source>
        <translation>Zuerst einen Akteur, ein Treffen oder ein Thema auswählen.</translation>
    </message>
    <message>
        <source>Rename Id</source>
        <translation>ID umbenennen</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <source>&amp;Merge Actor Into…</source>
        <translation>Akteur &amp;zusammenführen mit…</translation>
    </message>
    <message>
        <source>Select the actor to merge first.</source>
        <translation>Zuerst den zusammenzuführenden Akteur auswählen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge Actor</source>
        <translation>Akteur zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into (its aliases, marks and meetings move there):</source>
        <translation>„%1“ zusammenführen mit (Aliasse, Markierungen und Treffen gehen dorthin über):</translation>
    </message>
    <message>
        <source>Two records for the same actor: keep one, with the other&apos;s aliases, marks and meetings</source>
        <translation>Zwei Einträge für denselben Akteur: einen behalten, mit den Aliassen, Markierungen und Treffen des anderen</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Delete the selected record and its marks; the article&apos;s words stay</source>
        <translation>Den ausgewählten Eintrag und seine Markierungen löschen; der Text des Artikels bleibt erhalten</translation>
    </message>
    <message>
        <source>Stop opening; the articles read so far stay open</source>
        <translation>Öffnen anhalten; die bisher gelesenen Artikel bleiben geöffnet</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Opening articles… %L1 of %L2</source>
        <translation>Artikel werden geöffnet… %L1 von %L2</translation>
    </message>
    <message>
        <source>Listing the folder…</source>
        <translation>Ordnerinhalt wird ermittelt…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n article(s) opened</source>
        <translation>
            <numerusform>Angehalten: %n Artikel geöffnet</numerusform>
            <numerusform>Angehalten: %n Artikel geöffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) opened</source>
        <translation>
            <numerusform>%n Artikel geöffnet</numerusform>
            <numerusform>%n Artikel geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>removed from disk</source>
        <translation>vom Datenträger entfernt</translation>
    </message>
    <message>
        <source>changed on disk</source>
        <translation>auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>Artikel &amp;schließen</translation>
    </message>
    <message>
        <source>Close the shown article (asks first when it has unsaved changes)</source>
        <translation>Den angezeigten Artikel schließen (fragt vorher nach, wenn er ungespeicherte Änderungen hat)</translation>
    </message>
    <message>
        <source>Find in &amp;All Articles…</source>
        <translation>In &amp;allen Artikeln suchen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find words in every open article and list where they are</source>
        <translation>Wörter in jedem geöffneten Artikel suchen und auflisten, wo sie vorkommen</translation>
    </message>
    <message>
        <source>New id for “%1” (letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;); marks and meetings follow in every open article:</source>
        <translation>Neue ID für „%1“ (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;); Markierungen und Treffen folgen in jedem geöffneten Artikel:</translation>
    </message>
    <message>
        <source>Find in All Articles</source>
        <translation>In allen Artikeln suchen</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1 ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>Show the article of the next tab</source>
        <translation>Den Artikel des nächsten Tabs anzeigen</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>Show the article of the previous tab</source>
        <translation>Den Artikel des vorherigen Tabs anzeigen</translation>
    </message>
    <message>
        <source>&amp;User Manual</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>An analyst&apos;s day with Entente, step by step</source>
        <translation>Ein Analystentag mit Entente, Schritt für Schritt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, with a filter</source>
        <translation>Alle Tastenkürzel des Fensters, mit einem Filter</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing it?</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 articles have changes that are not saved. Save them all?</source>
        <translation>%1 Artikel haben ungespeicherte Änderungen. Alle speichern?</translation>
    </message>
</context>
<context>
    <name>Entente::MeetingForm</name>
    <message>
        <source>On one &amp;day</source>
        <translation>An einem Ta&amp;g</translation>
    </message>
    <message>
        <source>The id that marks use; renaming it renames them too</source>
        <translation>Die ID, die Markierungen verwenden; beim Umbenennen werden sie mit umbenannt</translation>
    </message>
    <message>
        <source>What lists and the calendar show for the meeting</source>
        <translation>Was Listen und der Kalender für das Treffen anzeigen</translation>
    </message>
    <message>
        <source>The actors who meet</source>
        <translation>Die Akteure, die sich treffen</translation>
    </message>
    <message>
        <source>Type an actor&apos;s name, alias or id, then Add</source>
        <translation>Name, Alias oder ID eines Akteurs eingeben, dann „Hinzufügen“</translation>
    </message>
    <message>
        <source>Add the chosen actor as a participant</source>
        <translation>Den gewählten Akteur als Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected participants</source>
        <translation>Die ausgewählten Teilnehmer entfernen</translation>
    </message>
    <message>
        <source>The meeting ends on the day it starts</source>
        <translation>Das Treffen endet am Tag seines Beginns</translation>
    </message>
    <message>
        <source>Where the meeting takes place</source>
        <translation>Wo das Treffen stattfindet</translation>
    </message>
    <message>
        <source>Whether the meeting is planned, held, cancelled or failed</source>
        <translation>Ob das Treffen geplant, stattgefunden, abgesagt oder gescheitert ist</translation>
    </message>
    <message>
        <source>What sort of meeting: talks, visit, call, summit or another word</source>
        <translation>Art des Treffens: Gespräche, Besuch, Telefonat, Gipfel oder ein anderes Wort</translation>
    </message>
    <message>
        <source>The issues discussed at the meeting</source>
        <translation>Die beim Treffen besprochenen Themen</translation>
    </message>
    <message>
        <source>Type an issue&apos;s title or id, then Add</source>
        <translation>Titel oder ID eines Themas eingeben, dann „Hinzufügen“</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>Teil&amp;nehmer:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Iss&amp;ues:</source>
        <translation>T&amp;hemen:</translation>
    </message>
</context>
<context>
    <name>Entente::MeetingModel</name>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>Entente::MeetingsChart</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>QDate format of a week&apos;s Monday: 3 Jul 2023</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>QDate format of a month axis label: Jul 2023</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation>Treffen pro Woche</translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation>Treffen pro Monat</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Woche (ab Montag)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n meeting(s)</source>
        <comment>status, month or week: count</comment>
        <translation>
            <numerusform>%1, %2: %n Treffen</numerusform>
            <numerusform>%1, %2: %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Jahrzehnt</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Jahrhundert</translation>
    </message>
    <message>
        <source>Meetings per quarter</source>
        <translation>Treffen pro Quartal</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Treffen pro Jahr</translation>
    </message>
    <message>
        <source>Meetings per decade</source>
        <translation>Treffen pro Jahrzehnt</translation>
    </message>
    <message>
        <source>Meetings per century</source>
        <translation>Treffen pro Jahrhundert</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter and its year: Q3 2023</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>the years of a decade or a century: 2020–2029</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>meetings starting in the range only</source>
        <translation>nur Treffen, die im Zeitraum beginnen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>meetings of a bar not named in its tool tip</comment>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Entente::NetworkLegend</name>
    <message>
        <source>No side</source>
        <translation>Ohne Seite</translation>
    </message>
    <message>
        <source>Line width: meetings together</source>
        <translation>Linienstärke: gemeinsame Treffen</translation>
    </message>
    <message>
        <source>Node size: meetings</source>
        <translation>Knotengröße: Treffen</translation>
    </message>
    <message>
        <source>Dashed: side from title</source>
        <translation>Gestrichelt: Seite aus dem Titel</translation>
    </message>
    <message>
        <source>Width: meetings together</source>
        <translation>Breite: gemeinsame Treffen</translation>
    </message>
    <message>
        <source>Size: meetings</source>
        <translation>Größe: Treffen</translation>
    </message>
    <message numerus="yes">
        <source>+%n more side(s)</source>
        <translation>
            <numerusform>+%n weitere Seite</numerusform>
            <numerusform>+%n weitere Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::NetworkPanel</name>
    <message>
        <source>Meetings from</source>
        <translation>Treffen vom</translation>
    </message>
    <message>
        <source>Network filters</source>
        <translation>Netzwerkfilter</translation>
    </message>
    <message>
        <source>Show only meetings that overlap these dates</source>
        <translation>Nur Treffen anzeigen, die sich mit diesem Zeitraum überschneiden</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Show only meetings with actors of these sides</source>
        <translation>Nur Treffen mit Akteuren dieser Seiten anzeigen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole network (F)</source>
        <translation>Das ganze Netzwerk anzeigen (F)</translation>
    </message>
    <message>
        <source>Unpin All</source>
        <translation>Alle lösen</translation>
    </message>
    <message>
        <source>Let the layout place the nodes you moved</source>
        <translation>Verschobene Knoten wieder automatisch anordnen</translation>
    </message>
    <message>
        <source>All Sides</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Ohne Seite</translation>
    </message>
    <message>
        <source>All sides</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>Sides: %1 of %2</source>
        <translation>Seiten: %1 von %2</translation>
    </message>
    <message>
        <source>Actors Without Meetings</source>
        <translation>Akteure ohne Treffen</translation>
    </message>
    <message>
        <source>Also show actors with no meeting that passes the filters</source>
        <translation>Auch Akteure ohne ein Treffen anzeigen, das die Filter passiert</translation>
    </message>
    <message>
        <source>Ego View</source>
        <translation>Ego-Ansicht</translation>
    </message>
    <message>
        <source>Show only the selected actor and the actors it met (E); Esc shows the whole network</source>
        <translation>Nur den ausgewählten Akteur und die Akteure anzeigen, die er getroffen hat (E); Esc zeigt das ganze Netzwerk</translation>
    </message>
    <message>
        <source>Find Actor…</source>
        <translation>Akteur suchen…</translation>
    </message>
    <message>
        <source>Find an actor by name or alias (Ctrl+F in the network)</source>
        <translation>Einen Akteur nach Name oder Alias suchen (Ctrl+F im Netzwerk)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show or hide the legend (L)</source>
        <translation>Die Legende ein- oder ausblenden (L)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s)</source>
        <translation>
            <numerusform>%1 von %n Akteur</numerusform>
            <numerusform>%1 von %n Akteuren</numerusform>
        </translation>
    </message>
    <message>
        <source>Actors the network shows, of all actors in the corpus</source>
        <translation>Die vom Netzwerk angezeigten Akteure, von allen Akteuren im Korpus</translation>
    </message>
</context>
<context>
    <name>Entente::NetworkView</name>
    <message>
        <source>Actor network</source>
        <translation>Akteursnetzwerk</translation>
    </message>
    <message>
        <source>Not defined as an actor</source>
        <translation>Nicht als Akteur definiert</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n meeting(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n Treffen</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %n meeting(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;: %n Treffen</numerusform>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;: %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, place</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;• %1: %2 (%3)</source>
        <translation>&lt;br&gt;• %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Find actor…</source>
        <translation>Akteur suchen…</translation>
    </message>
    <message>
        <source>Find actor</source>
        <translation>Akteur suchen</translation>
    </message>
    <message>
        <source>Type a name or alias; Enter selects the actor and centres it, Esc closes</source>
        <translation>Einen Namen oder Alias eingeben; Enter wählt den Akteur aus und zentriert ihn, Esc schließt</translation>
    </message>
    <message>
        <source>Close Find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Select an actor first: the ego view shows it and the actors it met</source>
        <translation>Wählen Sie zuerst einen Akteur aus: die Ego-Ansicht zeigt ihn und die Akteure, die er getroffen hat</translation>
    </message>
    <message numerus="yes">
        <source>Ego view of %1: %n actor(s) met. Esc or E shows the whole network</source>
        <translation>
            <numerusform>Ego-Ansicht von %1: %n Akteur getroffen. Esc oder E zeigt das ganze Netzwerk</numerusform>
            <numerusform>Ego-Ansicht von %1: %n Akteure getroffen. Esc oder E zeigt das ganze Netzwerk</numerusform>
        </translation>
    </message>
    <message>
        <source>No actor shown here is called “%1”</source>
        <translation>Kein hier angezeigter Akteur heißt „%1“</translation>
    </message>
    <message>
        <source>%1 (side from title)</source>
        <translation>%1 (Seite aus dem Titel)</translation>
    </message>
</context>
<context>
    <name>Entente::QuickPicker</name>
    <message>
        <source>Actor for “%1”</source>
        <translation>Akteur für „%1“</translation>
    </message>
    <message>
        <source>Meeting for “%1”</source>
        <translation>Treffen für „%1“</translation>
    </message>
    <message>
        <source>Issue for “%1”</source>
        <translation>Thema für „%1“</translation>
    </message>
    <message>
        <source>Type to search names, aliases and ids. Enter links the words, Esc cancels.</source>
        <translation>Tippen, um Namen, Aliasse und IDs zu suchen. Enter verknüpft die Wörter, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Search or name a new record</source>
        <translation>Suchen oder einen neuen Eintrag benennen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or first..last</source>
        <translation>2023-07-13, 2023-W28, 2023-07, ~2023-07-13 oder first..last</translation>
    </message>
    <message>
        <source>Create new: “%1”</source>
        <translation>Neu anlegen: „%1“</translation>
    </message>
    <message>
        <source>Make a new record with fields filled from the words; correct them in the inspector</source>
        <translation>Einen neuen Eintrag anlegen, dessen Felder aus den Wörtern gefüllt werden; im Inspektor korrigieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or first..last.</source>
        <translation>„%1“ ist kein Datum: 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 oder first..last schreiben.</translation>
    </message>
    <message>
        <source>Type to search names, aliases and ids. Enter links the words, Tab changes the kind of a new actor, Esc cancels.</source>
        <translation>Tippen, um Namen, Aliasse und IDs zu suchen. Enter verknüpft die Wörter, Tab ändert die Art eines neuen Akteurs, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Create new person: “%1”</source>
        <translation>Neue Person anlegen: „%1“</translation>
    </message>
    <message>
        <source>Create new organisation: “%1”</source>
        <translation>Neue Organisation anlegen: „%1“</translation>
    </message>
    <message>
        <source>Create new state: “%1”</source>
        <translation>Neuen Staat anlegen: „%1“</translation>
    </message>
</context>
<context>
    <name>Entente::ReadingDocument</name>
    <message>
        <source>The tag on “%1” was taken off: a mark’s words cannot hold a line break or a bracket (Ctrl+Z brings it back)</source>
        <translation>Die Markierung von „%1“ wurde entfernt: die Wörter einer Markierung dürfen weder einen Zeilenumbruch noch eine Klammer enthalten (Ctrl+Z holt sie zurück)</translation>
    </message>
</context>
<context>
    <name>Entente::ReadingView</name>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Warning: no record has the id “%1”: create it, or tag the words again to link them to another one</source>
        <translation>Warnung: kein Eintrag hat die ID „%1“: den Eintrag anlegen oder die Wörter erneut markieren, um sie mit einem anderen zu verknüpfen</translation>
    </message>
</context>
<context>
    <name>Entente::RecordForm</name>
    <message>
        <source>There is no record to rename.</source>
        <translation>Es gibt keinen Eintrag zum Umbenennen.</translation>
    </message>
</context>
<context>
    <name>Entente::RecordInspector</name>
    <message>
        <source>This article is read-only: its records cannot be changed here.</source>
        <translation>Dieser Artikel ist schreibgeschützt: seine Einträge können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Select an actor, meeting or issue, or tag words in the article, to see it here.</source>
        <translation>Einen Akteur, ein Treffen oder ein Thema auswählen oder Wörter im Artikel markieren, um den Eintrag hier zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Merge this actor into another one of the article: its marks, meetings and names go there</source>
        <translation>Diesen Akteur mit einem anderen Akteur des Artikels zusammenführen: seine Markierungen, Treffen und Namen gehen dorthin über</translation>
    </message>
    <message>
        <source>Remove this record and unmark its words; the article text stays</source>
        <translation>Diesen Eintrag entfernen und die Markierung seiner Wörter aufheben; der Artikeltext bleibt erhalten</translation>
    </message>
    <message>
        <source>Discard the new record (Esc)</source>
        <translation>Den neuen Eintrag verwerfen (Esc)</translation>
    </message>
    <message>
        <source>Add the record to the article and mark its words (Enter)</source>
        <translation>Den Eintrag zum Artikel hinzufügen und seine Wörter markieren (Enter)</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>Akteur: %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Treffen: %1</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Select the actor to merge first.</source>
        <translation>Zuerst den zusammenzuführenden Akteur auswählen.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Select the record to rename first.</source>
        <translation>Zuerst den umzubenennenden Eintrag auswählen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge Actor</source>
        <translation>Akteur zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message>
        <source>Delete “%1” and unmark the words that name it in %2?

The articles&apos; words stay as they are; only the record and its marks go. Undo gives them back.</source>
        <translation>„%1“ löschen und die Wörter, die ihn benennen, in %2 nicht mehr markieren?

Der Wortlaut der Artikel bleibt, wie er ist; nur der Eintrag und seine Markierungen werden entfernt. Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikeln</translation>
    </message>
    <message>
        <source>The open articles have no other actor to merge into.</source>
        <translation>Die geöffneten Artikel haben keinen anderen Akteur, mit dem zusammengeführt werden kann.</translation>
    </message>
</context>
<context>
    <name>Entente::RecordPanel</name>
    <message>
        <source>Show only the rows that contain this text (names, aliases, places, ids)</source>
        <translation>Nur Zeilen anzeigen, die diesen Text enthalten (Namen, Aliasse, Orte, IDs)</translation>
    </message>
</context>
<context>
    <name>Entente::RecordValidation</name>
    <message>
        <source>Another actor already has the id &apos;%1&apos;.</source>
        <translation>Ein anderer Akteur hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>Another meeting already has the id &apos;%1&apos;.</source>
        <translation>Ein anderes Treffen hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>Another issue already has the id &apos;%1&apos;.</source>
        <translation>Ein anderes Thema hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Eine ID eingeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>„%1“ ist keine gültige ID: nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Einen Namen eingeben.</translation>
    </message>
    <message>
        <source>Add at least one participant.</source>
        <translation>Mindestens einen Teilnehmer hinzufügen.</translation>
    </message>
    <message>
        <source>There is no actor &apos;%1&apos;.</source>
        <translation>Es gibt keinen Akteur „%1“.</translation>
    </message>
    <message>
        <source>Enter a valid start date.</source>
        <translation>Ein gültiges Anfangsdatum eingeben.</translation>
    </message>
    <message>
        <source>Enter a valid end date.</source>
        <translation>Ein gültiges Enddatum eingeben.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Das Treffen endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>There is no issue &apos;%1&apos;.</source>
        <translation>Es gibt kein Thema „%1“.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Einen Titel eingeben.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Ein gültiges Datum eingeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid anchor: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>„%1“ ist kein gültiger Anker: nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden.</translation>
    </message>
</context>
<context>
    <name>Entente::RecoveryPrompt</name>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Entente did not quit normally. Changes that were not saved can be restored:</source>
        <translation>Entente wurde nicht normal beendet. Nicht gespeicherte Änderungen können wiederhergestellt werden:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Some changes could not be restored</source>
        <translation>Einige Änderungen konnten nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>Entente::SafeFile</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>this is a FIFO (named pipe), not a regular file</source>
        <translation>dies ist ein FIFO (Named Pipe), keine reguläre Datei</translation>
    </message>
    <message>
        <source>this is a socket, not a regular file</source>
        <translation>dies ist ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>this is a device, not a regular file</source>
        <translation>dies ist ein Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>this is a broken symbolic link (what it points to does not exist)</source>
        <translation>dies ist ein defekter symbolischer Link (sein Ziel existiert nicht)</translation>
    </message>
    <message>
        <source>this symbolic link loops (it leads back to itself)</source>
        <translation>dieser symbolische Link bildet eine Schleife (er führt zu sich selbst zurück)</translation>
    </message>
    <message>
        <source>cannot look at this file (no permission?)</source>
        <translation>diese Datei kann nicht untersucht werden (keine Berechtigung?)</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>dies ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: will not replace it: %2</source>
        <translation>%1: wird nicht ersetzt: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; Entente opens files up to %2 MB)</source>
        <translation>die Datei ist zu groß (%1 MB; Entente öffnet Dateien bis %2 MB)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Entente::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Nach Aktion, Taste oder Menü filtern</translation>
    </message>
</context>
<context>
    <name>Entente::StatusDialog</name>
    <message>
        <source>Edit Status Change</source>
        <translation>Statusänderung bearbeiten</translation>
    </message>
    <message>
        <source>Add Status Change</source>
        <translation>Statusänderung hinzufügen</translation>
    </message>
    <message>
        <source>The issue&apos;s status from this date on</source>
        <translation>Der Status des Themas ab diesem Datum</translation>
    </message>
    <message>
        <source>The anchor of the marked words that support this change (optional)</source>
        <translation>Der Anker der markierten Wörter, die diese Änderung belegen (optional)</translation>
    </message>
    <message>
        <source>A short note on the change (optional)</source>
        <translation>Eine kurze Anmerkung zur Änderung (optional)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Beleg:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anmerkung:</translation>
    </message>
</context>
<context>
    <name>Entente::StatusHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Entente::Suggest::SuggestFile</name>
    <message>
        <source>%1: error: cannot read: %2</source>
        <translation>%1: Fehler: kann nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: error: this is not a text file (a NUL byte)</source>
        <translation>%1: Fehler: dies ist keine Textdatei (ein NUL-Byte)</translation>
    </message>
    <message>
        <source>%1: error: this file is not valid UTF-8 text</source>
        <translation>%1: Fehler: diese Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>%1: error: an annotated file this large cannot be pre-tagged; give its plain text</source>
        <translation>%1: Fehler: eine so große ausgezeichnete Datei kann nicht vormarkiert werden; ihren reinen Text angeben</translation>
    </message>
    <message>
        <source>%1: error: cannot write the annotated article</source>
        <translation>%1: Fehler: der ausgezeichnete Artikel kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: error: cannot read</source>
        <translation>%1: Fehler: kann nicht lesen</translation>
    </message>
</context>
<context>
    <name>Entente::SuggestCommand</name>
    <message>
        <source>Write the annotated article to this file instead of standard output.</source>
        <translation>Den ausgezeichneten Artikel in diese Datei statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>Sprache.</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date muss die Form YYYY-MM-DD haben, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: error: no publication date: the text names none; give it with --date YYYY-MM-DD so that words like &apos;on Thursday&apos; can be placed</source>
        <translation>%1: Fehler: kein Erscheinungsdatum: der Text nennt keines; mit --date YYYY-MM-DD angeben, damit Wörter wie „am Donnerstag“ eingeordnet werden können</translation>
    </message>
    <message>
        <source>%1: error: cannot write: %2</source>
        <translation>%1: Fehler: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>usage: entente suggest FILE [--date YYYY-MM-DD] [--output FILE] [--actors FILE]...
       entente suggest FILE|FOLDER... --output-dir DIR [--date YYYY-MM-DD] [--actors FILE]...</source>
        <translation>Aufruf: entente suggest FILE [--date YYYY-MM-DD] [--output FILE] [--actors FILE]...
        entente suggest FILE|FOLDER... --output-dir DIR [--date YYYY-MM-DD] [--actors FILE]...</translation>
    </message>
    <message>
        <source>cannot create the output folder &apos;%1&apos;</source>
        <translation>der Ausgabeordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: note: skipped: it would be overwritten</source>
        <translation>%1: Hinweis: übersprungen: würde überschrieben werden</translation>
    </message>
    <message>
        <source>no article files (.txt, .entente) in %1</source>
        <translation>keine Artikeldateien (.txt, .entente) in %1</translation>
    </message>
    <message>
        <source>entente suggest: %1/%2 articles</source>
        <translation>entente suggest: %1/%2 Artikel</translation>
    </message>
    <message>
        <source>%1: warning: no publication date: relative dates were left out; run it again with --date YYYY-MM-DD</source>
        <translation>%1: Warnung: kein Erscheinungsdatum: relative Datumsangaben wurden ausgelassen; erneut mit --date YYYY-MM-DD ausführen</translation>
    </message>
    <message>
        <source>entente suggest: %1 of %2 articles pre-tagged into %3 (%4 meetings) in %5 s on %6 threads</source>
        <translation>entente suggest: %1 von %2 Artikeln in %3 vormarkiert (%4 Treffen) in %5 s mit %6 Threads</translation>
    </message>
    <message>
        <source>%1: note: publication date %2 taken from the text (%3); give --date if it is wrong</source>
        <translation>%1: Hinweis: Erscheinungsdatum %2 aus dem Text übernommen (%3); falls falsch, --date angeben</translation>
    </message>
    <message>
        <source>The articles&apos; publication date, YYYY-MM-DD (default: each file&apos;s, or taken from its date line).</source>
        <translation>Das Erscheinungsdatum der Artikel, YYYY-MM-DD (Standard: das der jeweiligen Datei oder aus ihrer Datumszeile).</translation>
    </message>
    <message>
        <source>Pre-tag every raw article of the files and folders given into this folder, on all cores.</source>
        <translation>Jeden unmarkierten Artikel der angegebenen Dateien und Ordner vormarkiert in diesen Ordner schreiben, auf allen Kernen.</translation>
    </message>
    <message>
        <source>An actor dictionary in the PETRARCH/Phoenix format (may be given more than once).</source>
        <translation>Ein Akteurswörterbuch im PETRARCH/Phoenix-Format (kann mehrfach angegeben werden).</translation>
    </message>
    <message>
        <source>The learned lexicon to use (default: entente-lexicon.tsv in each article&apos;s folder).</source>
        <translation>Das zu verwendende gelernte Lexikon (Standard: entente-lexicon.tsv im Ordner des jeweiligen Artikels).</translation>
    </message>
    <message>
        <source>Threads for --output-dir (default: all cores).</source>
        <translation>Threads für --output-dir (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>name an article file, or files and folders with --output-dir</source>
        <translation>eine Artikeldatei angeben oder Dateien und Ordner mit --output-dir</translation>
    </message>
    <message>
        <source>%1: error: not an actor dictionary: %2</source>
        <translation>%1: Fehler: kein Akteurswörterbuch: %2</translation>
    </message>
    <message>
        <source>give --output or --output-dir, not both</source>
        <translation>--output oder --output-dir angeben, nicht beides</translation>
    </message>
    <message>
        <source>several articles or a folder need --output-dir</source>
        <translation>mehrere Artikel oder ein Ordner erfordern --output-dir</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>entente suggest: cannot write to standard output: %1</source>
        <translation>entente suggest: kann nicht in die Standardausgabe schreiben: %1</translation>
    </message>
</context>
<context>
    <name>Entente::SuggestKnowledge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Entente::SuggestionModel</name>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>%1 “%2” → %3
%4 (confidence %5 %)</source>
        <translation>%1 „%2“ → %3
%4 (Konfidenz %5 %)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Entente::SuggestionPanel</name>
    <message>
        <source>Enter accepts the selected suggestion, Delete rejects it; F8 and Shift+F8 move</source>
        <translation>Enter nimmt den ausgewählten Vorschlag an, Delete lehnt ihn ab; F8 und Shift+F8 wechseln</translation>
    </message>
    <message>
        <source>&amp;Suggest Annotations</source>
        <translation>Markierungen vor&amp;schlagen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Propose actors, dates, meetings and issues for the shown article</source>
        <translation>Akteure, Daten, Treffen und Themen für den angezeigten Artikel vorschlagen</translation>
    </message>
    <message>
        <source>A&amp;ccept Suggestion</source>
        <translation>Vorschlag a&amp;nnehmen</translation>
    </message>
    <message>
        <source>Make the selected suggestion a mark and record</source>
        <translation>Aus dem ausgewählten Vorschlag eine Markierung und einen Eintrag machen</translation>
    </message>
    <message>
        <source>R&amp;eject Suggestion</source>
        <translation>Vorschlag a&amp;blehnen</translation>
    </message>
    <message>
        <source>&amp;Next Suggestion</source>
        <translation>Nä&amp;chster Vorschlag</translation>
    </message>
    <message>
        <source>Go to the next suggestion</source>
        <translation>Zum nächsten Vorschlag gehen</translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation>Vorhe&amp;riger Vorschlag</translation>
    </message>
    <message>
        <source>Go to the previous suggestion</source>
        <translation>Zum vorherigen Vorschlag gehen</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>No suggestions yet: Tag ▸ Suggest Annotations (Ctrl+Shift+A) proposes them.</source>
        <translation>Noch keine Vorschläge: Markieren ▸ Markierungen vorschlagen (Ctrl+Shift+A) erzeugt sie.</translation>
    </message>
    <message>
        <source>Dates resolved against %1</source>
        <translation>Daten bezogen auf %1</translation>
    </message>
    <message>
        <source>The article&apos;s date is unknown: relative dates were left out.</source>
        <translation>Das Datum des Artikels ist unbekannt: relative Datumsangaben wurden ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to review. </source>
        <translation>
            <numerusform>%n Vorschlag zu prüfen. </numerusform>
            <numerusform>%n Vorschläge zu prüfen. </numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <source>All articles, by kind and confidence</source>
        <translation>Alle Artikel, nach Art und Konfidenz</translation>
    </message>
    <message>
        <source>Review the shown article, or the whole corpus as one queue</source>
        <translation>Den angezeigten Artikel prüfen oder den ganzen Korpus als eine Warteschlange</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Accept All takes the suggestions of a kind at or above this confidence</source>
        <translation>„Alle annehmen“ übernimmt die Vorschläge einer Art ab dieser Konfidenz</translation>
    </message>
    <message>
        <source>Suggest for &amp;All Articles</source>
        <translation>Für a&amp;lle Artikel vorschlagen</translation>
    </message>
    <message>
        <source>Run the pre-tagger on every open article in the background, then review them as one queue</source>
        <translation>Die automatische Vormarkierung für jeden geöffneten Artikel im Hintergrund ausführen und dann alle als eine Warteschlange prüfen</translation>
    </message>
    <message>
        <source>Drop the selected suggestion; it is not proposed again in this folder</source>
        <translation>Den ausgewählten Vorschlag verwerfen; er wird in diesem Ordner nicht erneut vorgeschlagen</translation>
    </message>
    <message>
        <source>Accept every shown suggestion of one kind at or above the confidence</source>
        <translation>Jeden angezeigten Vorschlag einer Art ab der Konfidenz annehmen</translation>
    </message>
    <message>
        <source>All %1 Suggestions at or above the confidence</source>
        <translation>Alle Vorschläge der Art %1 ab der Konfidenz</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Suggesting: %v of %m articles</source>
        <translation>Vorschläge werden erstellt: %v von %m Artikeln</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n article(s). </source>
        <translation>
            <numerusform>Nach %n Artikel abgebrochen. </numerusform>
            <numerusform>Nach %n Artikeln abgebrochen. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to review in all articles, by kind and confidence.</source>
        <translation>
            <numerusform>%n Vorschlag in allen Artikeln zu prüfen, nach Art und Konfidenz.</numerusform>
            <numerusform>%n Vorschläge in allen Artikeln zu prüfen, nach Art und Konfidenz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a date: their relative dates were left out.</source>
        <translation>
            <numerusform>%n Artikel ohne Datum: seine relativen Datumsangaben wurden ausgelassen.</numerusform>
            <numerusform>%n Artikel ohne Datum: ihre relativen Datumsangaben wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source> (taken from the article’s %1: check it)</source>
        <translation> (aus der Angabe „%1“ des Artikels übernommen: bitte prüfen)</translation>
    </message>
    <message>
        <source>Select a suggestion to see why it was made.</source>
        <translation>Einen Vorschlag auswählen, um zu sehen, warum er gemacht wurde.</translation>
    </message>
</context>
<context>
    <name>Entente::SuggestionReview</name>
    <message>
        <source>Open an article first.</source>
        <translation>Zuerst einen Artikel öffnen.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Suggested %1: %2 — %3</source>
        <translation>Vorschlag (%1): %2 — %3</translation>
    </message>
    <message>
        <source>Rejected “%1”: it will not be suggested again for this file (Ctrl+Z takes it back)</source>
        <translation>„%1“ abgelehnt: wird für diese Datei nicht erneut vorgeschlagen (Ctrl+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Could not accept “%1”: %2</source>
        <translation>„%1“ konnte nicht angenommen werden: %2</translation>
    </message>
    <message>
        <source>Accepted “%1”</source>
        <translation>„%1“ angenommen</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag angenommen</numerusform>
            <numerusform>%n Vorschläge angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>the suggestion names an unknown actor &apos;%1&apos;</source>
        <translation>der Vorschlag nennt einen unbekannten Akteur „%1“</translation>
    </message>
    <message>
        <source>Could not write the learned lexicon %1: %2</source>
        <translation>Das gelernte Lexikon %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Entente::Tagger</name>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Tag as &amp;Actor</source>
        <translation>Als &amp;Akteur markieren</translation>
    </message>
    <message>
        <source>Tag as &amp;Meeting</source>
        <translation>Als &amp;Treffen markieren</translation>
    </message>
    <message>
        <source>Tag as &amp;Date</source>
        <translation>Als &amp;Datum markieren</translation>
    </message>
    <message>
        <source>Tag as &amp;Issue</source>
        <translation>Als T&amp;hema markieren</translation>
    </message>
    <message>
        <source>Tag the selected words as an actor: a person, organisation or state (Ctrl+1)</source>
        <translation>Die ausgewählten Wörter als Akteur markieren: eine Person, Organisation oder ein Staat (Ctrl+1)</translation>
    </message>
    <message>
        <source>Tag the selected words as a meeting: who met whom, when and where (Ctrl+2)</source>
        <translation>Die ausgewählten Wörter als Treffen markieren: wer traf wen, wann und wo (Ctrl+2)</translation>
    </message>
    <message>
        <source>Tag the selected words as a date, resolved against the article&apos;s date (Ctrl+3)</source>
        <translation>Die ausgewählten Wörter als Datum markieren, bezogen auf das Datum des Artikels (Ctrl+3)</translation>
    </message>
    <message>
        <source>Tag the selected words as a bilateral issue (Ctrl+4)</source>
        <translation>Die ausgewählten Wörter als bilaterales Thema markieren (Ctrl+4)</translation>
    </message>
    <message>
        <source>Lock Kind: Actor</source>
        <translation>Art fixieren: Akteur</translation>
    </message>
    <message>
        <source>Lock Kind: Meeting</source>
        <translation>Art fixieren: Treffen</translation>
    </message>
    <message>
        <source>Lock Kind: Date</source>
        <translation>Art fixieren: Datum</translation>
    </message>
    <message>
        <source>Lock Kind: Issue</source>
        <translation>Art fixieren: Thema</translation>
    </message>
    <message>
        <source>&amp;Lock Kind</source>
        <translation>Art &amp;fixieren</translation>
    </message>
    <message>
        <source>Fast pass: every selection is tagged with this kind at once; press the shortcut again to unlock</source>
        <translation>Schnelldurchgang: jede Auswahl wird sofort mit dieser Art markiert; zum Lösen das Tastenkürzel erneut drücken</translation>
    </message>
    <message>
        <source>Kind locked: select words to tag them; Ctrl+Shift+%1 unlocks</source>
        <translation>Art fixiert: Wörter auswählen, um sie zu markieren; Ctrl+Shift+%1 löst die Fixierung</translation>
    </message>
    <message>
        <source>Kind unlocked</source>
        <translation>Art nicht mehr fixiert</translation>
    </message>
    <message>
        <source>&amp;Remove Mark</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the mark at the cursor; its words stay in the article</source>
        <translation>Die Markierung an der Cursorposition entfernen; ihre Wörter bleiben im Artikel</translation>
    </message>
    <message>
        <source>&amp;Grow Mark by a Word</source>
        <translation>Markierung um ein Wort &amp;verlängern</translation>
    </message>
    <message>
        <source>Take the next word into the mark at the cursor</source>
        <translation>Das nächste Wort in die Markierung an der Cursorposition aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Shrink Mark by a Word</source>
        <translation>Markierung um ein Wort ver&amp;kürzen</translation>
    </message>
    <message>
        <source>Leave the last word of the mark at the cursor out</source>
        <translation>Das letzte Wort der Markierung an der Cursorposition herausnehmen</translation>
    </message>
    <message>
        <source>&amp;Fit Mark to Selection</source>
        <translation>Markierung an Auswahl an&amp;passen</translation>
    </message>
    <message>
        <source>The mark the selection starts in takes exactly the selected words</source>
        <translation>Die Markierung, in der die Auswahl beginnt, umfasst genau die ausgewählten Wörter</translation>
    </message>
    <message>
        <source>Select the words to tag first.</source>
        <translation>Zuerst die zu markierenden Wörter auswählen.</translation>
    </message>
    <message>
        <source>Cannot tag these words: %1</source>
        <translation>Diese Wörter können nicht markiert werden: %1</translation>
    </message>
    <message>
        <source>Article Date</source>
        <translation>Datum des Artikels</translation>
    </message>
    <message>
        <source>Dates like “on Thursday” or “last week” are resolved against the day the article was published. When was it?</source>
        <translation>Angaben wie „am Donnerstag“ oder „letzte Woche“ beziehen sich auf den Tag, an dem der Artikel erschienen ist. Wann war das?</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>&amp;Veröffentlicht am:</translation>
    </message>
    <message>
        <source>Guessed from the dates written in the article: check it.</source>
        <translation>Aus den im Artikel genannten Daten geschätzt: bitte prüfen.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>„%1“ markiert</translation>
    </message>
    <message>
        <source>New actor “%1” (%2): check it in the inspector</source>
        <translation>Neuer Akteur „%1“ (%2): im Inspektor prüfen</translation>
    </message>
    <message>
        <source>Put the cursor in a mark to remove it.</source>
        <translation>Den Cursor in eine Markierung setzen, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Removed the mark on “%1”; the words stay</source>
        <translation>Markierung von „%1“ entfernt; die Wörter bleiben erhalten</translation>
    </message>
    <message>
        <source>Put the cursor in a mark to grow it.</source>
        <translation>Den Cursor in eine Markierung setzen, um sie zu verlängern.</translation>
    </message>
    <message>
        <source>The mark cannot grow: the line or the next mark comes first.</source>
        <translation>Die Markierung kann nicht verlängert werden: zuvor endet die Zeile oder beginnt die nächste Markierung.</translation>
    </message>
    <message>
        <source>Put the cursor in a mark to shrink it.</source>
        <translation>Den Cursor in eine Markierung setzen, um sie zu verkürzen.</translation>
    </message>
    <message>
        <source>The mark has one word left: remove it instead (Ctrl+Shift+Backspace).</source>
        <translation>Die Markierung umfasst nur noch ein Wort: stattdessen entfernen (Ctrl+Shift+Backspace).</translation>
    </message>
    <message>
        <source>Select words starting inside the mark to fit it to them.</source>
        <translation>Wörter auswählen, die innerhalb der Markierung beginnen, um die Markierung daran anzupassen.</translation>
    </message>
</context>
<context>
    <name>Entente::TimeRows</name>
    <message>
        <source>Nothing to show: no dated records in the open articles.</source>
        <translation>Nichts anzuzeigen: keine datierten Einträge in den geöffneten Artikeln.</translation>
    </message>
</context>
<context>
    <name>Entente::TimeScale</name>
    <message>
        <source>Q%1</source>
        <comment>a quarter of a year on a time axis: Q3</comment>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <comment>steps of a time axis</comment>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a decade or a century on a time axis: 2010–2019</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a span of years</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Entente::TimelineLanes</name>
    <message>
        <source>No participants</source>
        <translation>Keine Teilnehmer</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Ohne Seite</translation>
    </message>
    <message>
        <source>No issue</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a lane of two actors or sides</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>actor pairs</source>
        <translation>Akteurspaare</translation>
    </message>
    <message>
        <source>side pairs</source>
        <translation>Seitenpaare</translation>
    </message>
    <message>
        <source>issues</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>Entente::TimelineView</name>
    <message>
        <source>Meetings over time, by actor pair</source>
        <translation>Treffen im Zeitverlauf, nach Akteurspaar</translation>
    </message>
    <message>
        <source>Meetings over time, by side pair</source>
        <translation>Treffen im Zeitverlauf, nach Seitenpaar</translation>
    </message>
    <message>
        <source>Meetings over time, by issue</source>
        <translation>Treffen im Zeitverlauf, nach Thema</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a lane&apos;s label and its number of meetings</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1</source>
        <comment>merged marks of the timeline: count, dates</comment>
        <translation>
            <numerusform>%n Treffen, %1</numerusform>
            <numerusform>%n Treffen, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>meetings of a merged mark not named</comment>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or zoom in to tell them apart.</source>
        <translation>Doppelklicken oder hineinzoomen, um sie zu unterscheiden.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Ungefähr</translation>
    </message>
    <message>
        <source>Week, month or coarser</source>
        <translation>Woche, Monat oder gröber</translation>
    </message>
    <message>
        <source>Several meetings (count)</source>
        <translation>Mehrere Treffen (Anzahl)</translation>
    </message>
    <message>
        <source>Actor pairs</source>
        <translation>Akteurspaare</translation>
    </message>
    <message>
        <source>Side pairs</source>
        <translation>Seitenpaare</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>What each lane of the timeline holds</source>
        <translation>Was jede Spur der Zeitleiste enthält</translation>
    </message>
    <message>
        <source>&amp;Lanes:</source>
        <translation>&amp;Spuren:</translation>
    </message>
    <message>
        <source>Zoom out (-, or the wheel over the lanes)</source>
        <translation>Herauszoomen (-, oder das Mausrad über den Spuren)</translation>
    </message>
    <message>
        <source>Zoom in (+, double-click, or the wheel over the lanes)</source>
        <translation>Hineinzoomen (+, Doppelklick oder das Mausrad über den Spuren)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show every meeting (Home)</source>
        <translation>Alle Treffen anzeigen (Pos1)</translation>
    </message>
    <message>
        <source>Go to Selected Meeting</source>
        <translation>Zum ausgewählten Treffen</translation>
    </message>
    <message>
        <source>Zoom to the meeting selected in any view</source>
        <translation>Auf das in einer beliebigen Ansicht ausgewählte Treffen zoomen</translation>
    </message>
    <message>
        <source>Timeline of meetings</source>
        <translation>Zeitleiste der Treffen</translation>
    </message>
    <message>
        <source>lanes: %1</source>
        <translation>Spuren: %1</translation>
    </message>
    <message>
        <source>the %1 lanes with the most meetings of %2</source>
        <translation>die %1 Spuren mit den meisten Treffen von %2</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <comment>the days the timeline shows</comment>
        <translation>Angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>Entente::TxtSaveChoice</name>
    <message>
        <source>Save as an Entente File?</source>
        <translation>Als Entente-Datei speichern?</translation>
    </message>
    <message>
        <source>“%1” is a plain text file. Save the annotated article as “%2” beside it?</source>
        <translation>„%1“ ist eine reine Textdatei. Den ausgezeichneten Artikel als „%2“ daneben speichern?</translation>
    </message>
    <message>
        <source>The .txt file stays as it was. “%1” already exists and will be replaced.</source>
        <translation>Die .txt-Datei bleibt unverändert. „%1“ existiert bereits und wird ersetzt.</translation>
    </message>
    <message>
        <source>The .txt file stays as it was; Entente goes on with “%1”. Writing into the .txt puts the marks and records into it.</source>
        <translation>Die .txt-Datei bleibt unverändert; Entente arbeitet mit „%1“ weiter. Beim Schreiben in die .txt-Datei werden die Markierungen und Einträge in sie aufgenommen.</translation>
    </message>
    <message>
        <source>Save as “%1”</source>
        <translation>Als „%1“ speichern</translation>
    </message>
    <message>
        <source>Write into “%1”</source>
        <translation>In „%1“ schreiben</translation>
    </message>
    <message>
        <source>Do the same for every .txt article until Entente quits</source>
        <translation>Für jeden .txt-Artikel gleich verfahren, bis Entente beendet wird</translation>
    </message>
</context>
<context>
    <name>Entente::UserManual</name>
    <message>
        <source>User Manual</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The manual is not installed. It is docs/manual.md in Entente&apos;s sources, and %1 once installed.</source>
        <translation>Das Handbuch ist nicht installiert. Es ist docs/manual.md in den Quellen von Entente und nach der Installation %1.</translation>
    </message>
    <message>
        <source>No program here opens Markdown files. The manual is at:
%1</source>
        <translation>Kein Programm hier öffnet Markdown-Dateien. Das Handbuch liegt unter:
%1</translation>
    </message>
</context>
<context>
    <name>Entente::ViewExporter</name>
    <message>
        <source>%1: the view has nothing to export</source>
        <translation>%1: die Ansicht enthält nichts zum Exportieren</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels is too large; the limit is %4 pixels a side</source>
        <translation>%1: %2×%3 Pixel ist zu groß; die Grenze liegt bei %4 Pixeln je Seitenlänge</translation>
    </message>
    <message>
        <source>Exported from Entente</source>
        <translation>Aus Entente exportiert</translation>
    </message>
    <message>
        <source>%1: %2 is too wide; the limit is %3</source>
        <translation>%1: %2 ist zu breit; die Grenze liegt bei %3</translation>
    </message>
    <message>
        <source>%1: drawn at %2×%3 instead of %4×%5, the largest size Entente writes</source>
        <translation>%1: in %2×%3 statt %4×%5 gezeichnet, der größten Größe, die Entente schreibt</translation>
    </message>
    <message>
        <source>%1: drawn at %2×%3 pixels instead of %4×%5, to stay within %L6 megapixels; SVG and PDF keep every detail at any size</source>
        <translation>%1: in %2×%3 Pixeln statt %4×%5 gezeichnet, um unter %L6 Megapixeln zu bleiben; SVG und PDF behalten jedes Detail in jeder Größe</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels is an empty image; use a larger --scale or --width</source>
        <translation>%1: %2×%3 Pixel ergeben ein leeres Bild; ein größeres --scale oder --width verwenden</translation>
    </message>
    <message>
        <source>%1: not enough memory for a %2×%3 pixel image</source>
        <translation>%1: nicht genug Speicher für ein Bild mit %2×%3 Pixeln</translation>
    </message>
    <message>
        <source>%1: the PNG could not be made</source>
        <translation>%1: das PNG konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>%1: nothing was drawn, so nothing was written</source>
        <translation>%1: es wurde nichts gezeichnet, also wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: drawn at %2×%3 pixels, where its names are legible and it draws in a moment; at full size it is %4×%5: --width draws it larger (up to %L6 megapixels); SVG and PDF keep every detail at any size</source>
        <translation>%1: in %2×%3 Pixeln gezeichnet, wo die Namen lesbar sind und das Bild im Nu entsteht; in voller Größe misst es %4×%5: --width zeichnet es größer (bis %L6 Megapixel); SVG und PDF behalten jedes Detail in jeder Größe</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Entente: a relationship tracker for analysts.</source>
        <translation>Entente: ein Werkzeug zur Beziehungsanalyse für Analysten.</translation>
    </message>
    <message>
        <source>Article files or folders to open.</source>
        <translation>Zu öffnende Artikeldateien oder Ordner.</translation>
    </message>
    <message>
        <source>Validate the files; print file:line:column: error: ... and exit 1 on errors.</source>
        <translation>Dateien prüfen; bei Fehlern file:line:column: error: ... ausgeben und mit Status 1 beenden.</translation>
    </message>
    <message>
        <source>Print the corpus (actors, meetings, issues) as JSON.</source>
        <translation>Den Korpus (Akteure, Treffen, Themen) als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print the articles&apos; words without markup.</source>
        <translation>Den Text der Artikel ohne Auszeichnungen ausgeben.</translation>
    </message>
    <message>
        <source>Use this language (for example de or zh_CN) instead of the system&apos;s.</source>
        <translation>Diese Sprache (zum Beispiel de oder zh_CN) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>entente: use one of --check, --dump or --plain</source>
        <translation>entente: nur eine der Optionen --check, --dump oder --plain verwenden</translation>
    </message>
    <message>
        <source>entente: name at least one file or folder</source>
        <translation>entente: mindestens eine Datei oder einen Ordner angeben</translation>
    </message>
    <message>
        <source>Start a separate Entente even when one is running (by default the files go to it).</source>
        <translation>Eine separate Entente-Instanz starten, auch wenn bereits eine läuft (standardmäßig gehen die Dateien an die laufende).</translation>
    </message>
</context>
</TS>
