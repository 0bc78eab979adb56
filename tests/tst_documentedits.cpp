// Document edits (models/domain/documentedits.h): every change is a text edit that keeps the article's
// words, re-parses cleanly and can be undone byte for byte.
#include "documentedits.h"
#include "format.h"

#include <QTest>

using namespace Entente;
using namespace Entente::DocumentEdits;
using namespace Qt::StringLiterals;

namespace {

const QString rawArticle = u"US Secretary of State Antony Blinken is scheduled to meet Wang Yi on Thursday in Jakarta."_s;

Document sample()
{
    return Format::load(QString::fromUtf8(ENTENTE_SAMPLE));
}

QString describe(const QList<Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

// Applies the edits and re-parses. Empty when the plain text is unchanged and the inverse edits give
// back the original bytes; otherwise what went wrong.
QString edited(const Document& doc, const EditResult& result, Document* after)
{
    if (!result.ok())
        return u"refused: "_s + result.error;
    const QString text = apply(doc.text, result.edits);
    *after = Format::parse(text, doc.fileName);
    if (after->plainText() != doc.plainText())
        return u"the plain text changed"_s;
    if (apply(text, inverse(doc.text, result.edits)) != doc.text)
        return u"the inverse edits do not restore the text"_s;
    return {};
}

// The edit must apply, keep the plain text and leave no diagnostics.
#define APPLY_CLEAN(doc, result, after)                                                                          \
    do {                                                                                                         \
        QCOMPARE(edited(doc, result, &(after)), QString());                                                      \
        QVERIFY2((after).diagnostics.isEmpty(), qPrintable(describe((after).diagnostics)));                      \
    } while (false)

int markOf(const Document& doc, QStringView words)
{
    for (qsizetype i = 0; i < doc.marks.size(); ++i) {
        const Mark& m = doc.marks.at(i);
        if (QStringView(doc.text).sliced(m.textStart, m.textEnd - m.textStart) == words)
            return int(i);
    }
    return -1;
}

QString wordsOf(const Document& doc, int mark)
{
    const Mark& m = doc.marks.at(mark);
    return doc.text.sliced(m.textStart, m.textEnd - m.textStart);
}

// The dates of an issue's status lines in file order.
QStringList statusDatesInFile(const Document& doc, const QString& issue)
{
    QStringList dates;
    const QString head = u"status "_s + issue + u": "_s;
    for (QStringView line : QStringView(doc.text).sliced(doc.recordsStart).split(u'\n')) {
        if (line.startsWith(head))
            dates.append(line.sliced(head.size()).split(u';').first().toString());
    }
    return dates;
}

bool inDateOrder(const QStringList& dates)
{
    return std::is_sorted(dates.cbegin(), dates.cend(),
        [](const QString& a, const QString& b) { return FuzzyDate::parse(a).first() < FuzzyDate::parse(b).first(); });
}

} // namespace

class TestDocumentEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addMarkThenRecord();
    void newRecordsSection_data();
    void newRecordsSection();
    void addMarkRefusals_data();
    void addMarkRefusals();
    void removeMark();
    void changeMark();
    void resizeMark_data();
    void resizeMark();
    void setRecordReplaces();
    void setRecordAddsInOrder_data();
    void setRecordAddsInOrder();
    void setRecordRefusals_data();
    void setRecordRefusals();
    void statuses();
    void statusRefusals();
    void removeRecord_data();
    void removeRecord();
    void renameId_data();
    void renameId();
    void renameRefusals();
    void mergeActors();
    void lastLineWithoutNewline();
    void applyAndInverse();
    void everyMarkAndRecordOfTheSample();
    void everyPlainWordCanBeMarked();
};

void TestDocumentEdits::addMarkThenRecord()
{
    const Document doc = Format::parse(rawArticle, u"raw.txt"_s);
    const int start = int(doc.text.indexOf(u"Antony Blinken"));
    const EditResult mark = addMark(doc, start, start + 14, MarkKind::Actor, u"blinken"_s);
    Document marked;
    QCOMPARE(edited(doc, mark, &marked), QString());
    QCOMPARE(mark.edits.size(), 2); // two insertions: the words are not rewritten
    QCOMPARE(marked.marks.size(), 1);
    QCOMPARE(wordsOf(marked, 0), u"Antony Blinken"_s);
    QCOMPARE(marked.marks.first().ref, u"blinken"_s);
    QCOMPARE(marked.diagnostics.size(), 1); // the actor is not defined yet
    QCOMPARE(marked.diagnostics.first().severity, Severity::Warning);

    const Actor blinken { u"blinken"_s, u"Antony Blinken"_s, ActorKind::Person, u"USA"_s, u"Secretary of State"_s, {}, {}, {} };
    Document recorded;
    APPLY_CLEAN(marked, setRecord(marked, Format::formatActor(blinken)), recorded);
    QCOMPARE(recorded.text, marked.text + u"\n=== entente ===\n"_s + Format::formatActor(blinken) + u'\n');
    QCOMPARE(recorded.actors.size(), 1);
    QCOMPARE(recorded.actors.first().name, u"Antony Blinken"_s);
    QCOMPARE(recorded.marks.size(), 1);
    QCOMPARE(recorded.plainText(), rawArticle);
    QCOMPARE(Format::write(recorded), recorded.text);
}

void TestDocumentEdits::newRecordsSection_data()
{
    QTest::addColumn<QString>("article");
    QTest::newRow("no final line break") << rawArticle;
    QTest::newRow("final line break") << rawArticle + u'\n';
    QTest::newRow("blank last line") << rawArticle + u"\n\n"_s;
    QTest::newRow("empty article") << QString();
}

// The line break before the delimiter belongs to the delimiter, so the article keeps its bytes.
void TestDocumentEdits::newRecordsSection()
{
    QFETCH(QString, article);
    const Document doc = Format::parse(article);
    Document after;
    APPLY_CLEAN(doc, setRecord(doc, u"issue hacking: Hacking"_s), after);
    QCOMPARE(after.plainText(), article);
    QCOMPARE(after.issues.size(), 1);
    QCOMPARE(Format::write(after), after.text); // the canonical form
}

void TestDocumentEdits::addMarkRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("span"); // its first occurrence in text
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("anchor");

    const QString text = sample().text;
    const int actor = int(MarkKind::Actor);
    const int date = int(MarkKind::Date);
    QTest::newRow("empty span") << text << QString() << actor << u"x"_s << QString();
    QTest::newRow("line break") << text << u"Visit.\nIn"_s << actor << u"x"_s << QString();
    QTest::newRow("inside a mark") << text << u"Antony"_s << actor << u"x"_s << QString();
    QTest::newRow("over markup") << text << u"{actor=blinken}"_s << actor << u"x"_s << QString();
    QTest::newRow("over a mark's end") << text << u"state-dept}."_s << actor << u"x"_s << QString();
    QTest::newRow("records section") << text << u"Antony Blinken; person"_s << actor << u"x"_s << QString();
    QTest::newRow("brackets") << u"He said [sic] it."_s << u"said [sic"_s << actor << u"x"_s << QString();
    QTest::newRow("closing bracket") << u"He said sic] it."_s << u"sic]"_s << actor << u"x"_s << QString();
    QTest::newRow("empty id") << text << u"Jakarta"_s << actor << QString() << QString();
    QTest::newRow("id with a space") << text << u"Jakarta"_s << actor << u"bad id"_s << QString();
    QTest::newRow("id with a brace") << text << u"Jakarta"_s << int(MarkKind::Meeting) << u"a}b"_s << QString();
    QTest::newRow("id with a hash") << text << u"Jakarta"_s << int(MarkKind::Issue) << u"a#b"_s << QString();
    QTest::newRow("bad date") << text << u"Jakarta"_s << date << u"2023-13-45"_s << QString();
    QTest::newRow("words for a date") << text << u"Jakarta"_s << date << u"July"_s << QString();
    QTest::newRow("date with a space") << text << u"Jakarta"_s << date << u"2023-07-13 "_s << QString();
    QTest::newRow("range backwards") << text << u"Jakarta"_s << date << u"2023-07-19..2023-07-16"_s << QString();
    QTest::newRow("bad anchor") << text << u"Jakarta"_s << actor << u"x"_s << u"a b"_s;
    QTest::newRow("anchor taken") << text << u"Jakarta"_s << actor << u"x"_s << u"hack-began"_s;
}

void TestDocumentEdits::addMarkRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, span);
    QFETCH(int, kind);
    QFETCH(QString, ref);
    QFETCH(QString, anchor);
    const Document doc = Format::parse(text);
    const int start = int(doc.text.indexOf(span));
    QVERIFY(start >= 0);
    const EditResult result = addMark(doc, start, start + int(span.size()), MarkKind(kind), ref, anchor);
    QVERIFY(!result.ok());
    QVERIFY(result.edits.isEmpty());
}

void TestDocumentEdits::removeMark()
{
    const Document doc = sample();
    const int mark = markOf(doc, u"Antony Blinken");
    Document after;
    APPLY_CLEAN(doc, DocumentEdits::removeMark(doc, mark), after);
    QCOMPARE(after.marks.size(), doc.marks.size() - 1);
    QVERIFY(after.text.contains(u"US Secretary of State Antony Blinken [is scheduled"));
    QCOMPARE(after.actors.size(), doc.actors.size());

    // A status whose evidence was the mark's anchor loses the evidence instead of pointing at nothing.
    APPLY_CLEAN(doc, DocumentEdits::removeMark(doc, markOf(doc, u"the hacking incident that commenced in mid-May")), after);
    QVERIFY(after.issues.at(after.issueIndex(u"hacking")).history.first().evidence.isEmpty());
    QCOMPARE(after.issues.at(after.issueIndex(u"hacking")).history.size(), 3);

    QVERIFY(!DocumentEdits::removeMark(doc, -1).ok());
    QVERIFY(!DocumentEdits::removeMark(doc, int(doc.marks.size())).ok());
}

void TestDocumentEdits::changeMark()
{
    const Document doc = sample();
    Document after;
    const int wang = markOf(doc, u"Wang Yi");
    APPLY_CLEAN(doc, DocumentEdits::changeMark(doc, wang, MarkKind::Actor, u"qin-gang"_s), after);
    QCOMPARE(after.marks.at(wang).ref, u"qin-gang"_s);
    QCOMPARE(wordsOf(after, wang), u"Wang Yi"_s);

    const int thursday = markOf(doc, u"on Thursday");
    APPLY_CLEAN(doc, DocumentEdits::changeMark(doc, thursday, MarkKind::Date, u"2023-07-14"_s), after);
    QCOMPARE(after.marks.at(thursday).ref, u"2023-07-14"_s);

    // The anchor stays, so the status that names it as evidence still finds it.
    const int denied = markOf(doc, u"has denied these allegations");
    APPLY_CLEAN(doc, DocumentEdits::changeMark(doc, denied, MarkKind::Issue, u"trade"_s), after);
    QCOMPARE(after.marks.at(denied).ref, u"trade"_s);
    QCOMPARE(after.marks.at(denied).anchor, u"hack-denied"_s);

    QVERIFY(!DocumentEdits::changeMark(doc, wang, MarkKind::Date, u"wang-yi"_s).ok());
    QVERIFY(!DocumentEdits::changeMark(doc, wang, MarkKind::Actor, u"wang yi"_s).ok());
}

void TestDocumentEdits::resizeMark_data()
{
    QTest::addColumn<QString>("mark");
    QTest::addColumn<int>("newStart");
    QTest::addColumn<int>("newEnd");
    QTest::addColumn<QString>("words"); // empty: refused

    const Document doc = sample();
    const QString& text = doc.text;
    const Mark blinken = doc.marks.at(markOf(doc, u"Antony Blinken"));
    const Mark wang = doc.marks.at(markOf(doc, u"Wang Yi"));
    const int secretary = int(text.indexOf(u"Secretary of State"));
    QTest::newRow("extend left") << u"Antony Blinken"_s << secretary << blinken.textEnd << u"Secretary of State Antony Blinken"_s;
    QTest::newRow("shrink right") << u"Antony Blinken"_s << blinken.textStart << blinken.textStart + 6 << u"Antony"_s;
    QTest::newRow("shrink left") << u"Antony Blinken"_s << blinken.textStart + 7 << blinken.textEnd << u"Blinken"_s;
    QTest::newRow("from the bracket") << u"Antony Blinken"_s << blinken.start << blinken.end << u"Antony Blinken"_s;
    QTest::newRow("extend right") << u"Wang Yi"_s << wang.textStart << wang.end + 17 << u"Wang Yi, the top Chinese"_s;
    QTest::newRow("both ways") << u"Wang Yi"_s << wang.start - 5 << wang.end + 5 << u"with Wang Yi, the"_s;
    QTest::newRow("end inside the braces") << u"Wang Yi"_s << wang.textStart + 5 << wang.end - 3 << u"Yi"_s;
    QTest::newRow("over the next mark") << u"Antony Blinken"_s << blinken.textStart << blinken.end + 5 << QString();
    QTest::newRow("over a line break") << u"US State Department"_s << int(text.indexOf(u"US State Department"))
                                       << int(text.indexOf(u"Wang is currently")) + 4 << QString();
    QTest::newRow("empty") << u"Wang Yi"_s << wang.textStart << wang.textStart << QString();
    QTest::newRow("into the records") << u"in the coming months"_s << int(text.indexOf(u"in the coming months"))
                                      << doc.recordsStart + 3 << QString();
}

void TestDocumentEdits::resizeMark()
{
    QFETCH(QString, mark);
    QFETCH(int, newStart);
    QFETCH(int, newEnd);
    QFETCH(QString, words);
    const Document doc = sample();
    const int index = markOf(doc, mark);
    const EditResult result = DocumentEdits::resizeMark(doc, index, newStart, newEnd);
    if (words.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY(result.edits.isEmpty());
        return;
    }
    Document after;
    APPLY_CLEAN(doc, result, after);
    QCOMPARE(after.marks.size(), doc.marks.size());
    QCOMPARE(wordsOf(after, index), words);
    QCOMPARE(after.marks.at(index).ref, doc.marks.at(index).ref);
}

void TestDocumentEdits::setRecordReplaces()
{
    const Document doc = sample();
    Meeting talks = doc.meetings.at(doc.meetingIndex(u"jakarta-talks"));
    talks.place = u"Bali"_s;
    const EditResult result = setRecord(doc, Format::formatMeeting(talks));
    Document after;
    APPLY_CLEAN(doc, result, after);
    QCOMPARE(result.edits.size(), 1); // only the place changes
    QCOMPARE(result.edits.first().replacement, u"Bali"_s);
    QCOMPARE(result.edits.first().length, 7);
    QCOMPARE(after.meetings.at(after.meetingIndex(u"jakarta-talks")), talks);
    for (qsizetype i = 0; i < doc.meetings.size(); ++i) {
        if (doc.meetings.at(i).id != u"jakarta-talks")
            QCOMPARE(after.meetings.at(i), doc.meetings.at(i));
    }
    QCOMPARE(after.actors, doc.actors);
    QCOMPARE(after.issues, doc.issues);
    QCOMPARE(after.marks, doc.marks);
    QCOMPARE(after.article, doc.article);

    ArticleInfo article = doc.article;
    article.title = u"Blinken; Wang"_s; // escaped in the line
    APPLY_CLEAN(doc, setRecord(doc, Format::formatArticle(article)), after);
    QCOMPARE(after.article, article);
    QCOMPARE(after.actors, doc.actors);
}

void TestDocumentEdits::setRecordAddsInOrder_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("previousLine"); // the line it must follow
    QTest::newRow("actor") << u"actor sullivan: Jake Sullivan; person; USA"_s << u"actor white-house: White House; organisation; USA"_s;
    QTest::newRow("meeting") << u"meeting call: biden, xi-jinping; 2023-08; status=planned"_s
                             << u"meeting biden-xi-summit: biden, xi-jinping; ~2023-10-15; status=planned; kind=summit; title=Possible Biden–Xi summit"_s;
    QTest::newRow("issue") << u"issue taiwan: Taiwan"_s << u"status climate: 2023-07-16; in-dialogue; evidence=climate-talks"_s;
}

void TestDocumentEdits::setRecordAddsInOrder()
{
    QFETCH(QString, line);
    QFETCH(QString, previousLine);
    const Document doc = sample();
    Document after;
    APPLY_CLEAN(doc, setRecord(doc, line), after);
    QVERIFY2(after.text.contains(previousLine + u'\n' + line + u'\n'), qPrintable(after.text.sliced(after.recordsStart)));
    QCOMPARE(after.actors.size() + after.meetings.size() + after.issues.size(),
        doc.actors.size() + doc.meetings.size() + doc.issues.size() + 1);
}

void TestDocumentEdits::setRecordRefusals_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("status") << u"status hacking: 2023-07-20; resolved"_s;
    QTest::newRow("comment") << u"# a note"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("two lines") << u"actor a: A\nactor b: B"_s;
    QTest::newRow("unknown type") << u"person a: A"_s;
    QTest::newRow("bad id") << u"actor a!b: A"_s;
    QTest::newRow("meeting without date") << u"meeting m: blinken"_s;
    QTest::newRow("bad kind") << u"actor a: A; robot"_s;
    QTest::newRow("delimiter") << u"=== entente ==="_s;
}

void TestDocumentEdits::setRecordRefusals()
{
    QFETCH(QString, line);
    const EditResult result = setRecord(sample(), line);
    QVERIFY(!result.ok());
    QVERIFY(result.edits.isEmpty());
}

void TestDocumentEdits::statuses()
{
    const Document doc = sample();
    const QStringList original = statusDatesInFile(doc, u"hacking"_s);
    Document added;
    APPLY_CLEAN(doc, addStatus(doc, u"hacking"_s, { FuzzyDate::parse(u"2023-07-01"), IssueStatus::Stalled, {}, u"x"_s, {}, {} }), added);
    QCOMPARE(statusDatesInFile(added, u"hacking"_s), QStringList({ u"~2023-05-15"_s, u"2023-07-01"_s, u"2023-07-11"_s, u"2023-07-12"_s }));
    QCOMPARE(added.issues.at(added.issueIndex(u"hacking")).history.at(1).note, u"x"_s);
    APPLY_CLEAN(doc, addStatus(doc, u"hacking"_s, { FuzzyDate::parse(u"2023-01"), IssueStatus::Open, {}, {}, {}, {} }), added);
    QCOMPARE(statusDatesInFile(added, u"hacking"_s).first(), u"2023-01"_s);
    APPLY_CLEAN(doc, addStatus(doc, u"hacking"_s, { FuzzyDate::parse(u"2023-08-01"), IssueStatus::Resolved, {}, {}, {}, {} }), added);
    QCOMPARE(statusDatesInFile(added, u"hacking"_s).last(), u"2023-08-01"_s);

    // Changing a date moves the line so the file stays in date order; other changes stay in place.
    const QList<StatusChange>& history = doc.issues.at(doc.issueIndex(u"hacking")).history;
    StatusChange moved = history.first();
    moved.date = FuzzyDate::parse(u"2023-07-20");
    Document set;
    APPLY_CLEAN(doc, setStatus(doc, u"hacking"_s, 0, moved), set);
    QVERIFY(inDateOrder(statusDatesInFile(set, u"hacking"_s)));
    QCOMPARE(set.issues.at(set.issueIndex(u"hacking")).history.last().date, moved.date);
    QCOMPARE(set.issues.at(set.issueIndex(u"hacking")).history.last().evidence, u"hack-began"_s);

    StatusChange noted = history.at(1);
    noted.note = u"Microsoft; White House"_s;
    const EditResult inPlace = setStatus(doc, u"hacking"_s, 1, noted);
    APPLY_CLEAN(doc, inPlace, set);
    QCOMPARE(inPlace.edits.size(), 1);
    QCOMPARE(set.issues.at(set.issueIndex(u"hacking")).history.at(1).note, noted.note);
    QCOMPARE(statusDatesInFile(set, u"hacking"_s), original);

    Document removed;
    APPLY_CLEAN(doc, removeStatus(doc, u"hacking"_s, 1), removed);
    QCOMPARE(statusDatesInFile(removed, u"hacking"_s), QStringList({ u"~2023-05-15"_s, u"2023-07-12"_s }));
    QCOMPARE(statusDatesInFile(removed, u"trade"_s), statusDatesInFile(doc, u"trade"_s));
}

void TestDocumentEdits::statusRefusals()
{
    const Document doc = sample();
    const StatusChange good { FuzzyDate::parse(u"2023-07-20"), IssueStatus::Resolved, {}, {}, {}, {} };
    StatusChange badEvidence = good;
    badEvidence.evidence = u"no-such-anchor"_s;
    StatusChange noDate = good;
    noDate.date = {};
    StatusChange lineBreak = good;
    lineBreak.note = u"a\nb"_s;
    for (const StatusChange& change : { badEvidence, noDate, lineBreak }) {
        QVERIFY(!addStatus(doc, u"hacking"_s, change).ok());
        QVERIFY(!setStatus(doc, u"hacking"_s, 0, change).ok());
    }
    QVERIFY(!addStatus(doc, u"no-such-issue"_s, good).ok());
    QVERIFY(!setStatus(doc, u"hacking"_s, 3, good).ok());
    QVERIFY(!removeStatus(doc, u"hacking"_s, -1).ok());
    QVERIFY(!removeStatus(doc, u"blinken"_s, 0).ok());
}

void TestDocumentEdits::removeRecord_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("removeMarks");
    QTest::addColumn<int>("warnings"); // marks left naming nothing
    const int actor = int(MarkKind::Actor);
    const int issue = int(MarkKind::Issue);
    QTest::newRow("actor, keep marks") << actor << u"wang-yi"_s << false << 1;
    QTest::newRow("actor, with marks") << actor << u"wang-yi"_s << true << 0;
    QTest::newRow("meeting, with marks") << int(MarkKind::Meeting) << u"kerry-visit"_s << true << 0;
    QTest::newRow("issue, keep marks") << issue << u"military-channels"_s << false << 2;
    QTest::newRow("issue, with marks") << issue << u"hacking"_s << true << 0;
}

void TestDocumentEdits::removeRecord()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(bool, removeMarks);
    QFETCH(int, warnings);
    const Document doc = sample();
    Document after;
    QCOMPARE(edited(doc, DocumentEdits::removeRecord(doc, MarkKind(kind), id, removeMarks), &after), QString());
    QCOMPARE(after.diagnostics.size(), warnings);
    for (const Diagnostic& d : after.diagnostics)
        QCOMPARE(d.severity, Severity::Warning);
    QVERIFY(!after.text.sliced(after.recordsStart).contains(id + u':'));
    QCOMPARE(after.markIndexesFor(MarkKind(kind), id).size(), removeMarks ? 0 : doc.markIndexesFor(MarkKind(kind), id).size());
    for (const Meeting& m : after.meetings) {
        QVERIFY(!m.participants.contains(id));
        QVERIFY(!m.issues.contains(id));
    }
    QCOMPARE(after.actors.size() + after.meetings.size() + after.issues.size(),
        doc.actors.size() + doc.meetings.size() + doc.issues.size() - 1);
}

void TestDocumentEdits::renameId_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("actor") << int(MarkKind::Actor) << u"wang-yi"_s << u"wang-yi-2"_s;
    QTest::newRow("meeting") << int(MarkKind::Meeting) << u"jakarta-talks"_s << u"asean-talks"_s;
    QTest::newRow("issue") << int(MarkKind::Issue) << u"military-channels"_s << u"mil.channels"_s;
}

void TestDocumentEdits::renameId()
{
    QFETCH(int, kind);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const Document doc = sample();
    Document after;
    APPLY_CLEAN(doc, DocumentEdits::renameId(doc, MarkKind(kind), from, to), after);
    QVERIFY(!after.text.contains(from + u':') && !after.text.contains(u'=' + from + u'}'));
    QCOMPARE(after.markIndexesFor(MarkKind(kind), to), doc.markIndexesFor(MarkKind(kind), from));
    QCOMPARE(after.actors.size(), doc.actors.size());
    QCOMPARE(after.meetings.size(), doc.meetings.size());
    QCOMPARE(after.issues.size(), doc.issues.size());
    if (MarkKind(kind) == MarkKind::Actor) {
        QCOMPARE(after.actors.at(after.actorIndex(to)).name, doc.actors.at(doc.actorIndex(from)).name);
        QCOMPARE(after.meetings.at(after.meetingIndex(u"jakarta-talks")).participants, QStringList({ u"blinken"_s, to }));
    } else if (MarkKind(kind) == MarkKind::Issue) {
        QCOMPARE(after.issues.at(after.issueIndex(to)).history.size(), 2);
        QCOMPARE(after.meetings.at(after.meetingIndex(u"xie-defense-talks")).issues, QStringList({ to }));
    }
}

void TestDocumentEdits::renameRefusals()
{
    const Document doc = sample();
    QVERIFY(!DocumentEdits::renameId(doc, MarkKind::Actor, u"wang-yi"_s, u"blinken"_s).ok());
    QVERIFY(!DocumentEdits::renameId(doc, MarkKind::Actor, u"wang-yi"_s, u"wang yi"_s).ok());
    QVERIFY(!DocumentEdits::renameId(doc, MarkKind::Actor, u"wang-yi"_s, QString()).ok());
    QVERIFY(!DocumentEdits::renameId(doc, MarkKind::Actor, u"nobody"_s, u"somebody"_s).ok());
    QVERIFY(!DocumentEdits::renameId(doc, MarkKind::Date, u"2023-07-13"_s, u"2023-07-14"_s).ok());
    QVERIFY(!DocumentEdits::renameId(doc, MarkKind::Issue, u"hacking"_s, u"trade"_s).ok());
}

void TestDocumentEdits::mergeActors()
{
    // A duplicate of Blinken with a mark of its own and meetings, made with the edits themselves.
    Document doc = sample();
    Document next;
    APPLY_CLEAN(doc, setRecord(doc, u"actor blinken2: A. Blinken; person; USA; aliases=Tony, Blinken"_s), next);
    doc = next;
    const int start = int(doc.text.indexOf(u"Blinken met with"));
    APPLY_CLEAN(doc, addMark(doc, start, start + 7, MarkKind::Actor, u"blinken2"_s), next);
    doc = next;
    APPLY_CLEAN(doc, setRecord(doc, u"meeting blinken2-call: blinken2, wang-yi; 2023-07-20; kind=call"_s), next);
    doc = next;
    Meeting talks = doc.meetings.at(doc.meetingIndex(u"jakarta-talks"));
    talks.participants.append(u"blinken2"_s);
    APPLY_CLEAN(doc, setRecord(doc, Format::formatMeeting(talks)), next);
    doc = next;

    Document merged;
    APPLY_CLEAN(doc, DocumentEdits::mergeActors(doc, u"blinken2"_s, u"blinken"_s), merged);
    QCOMPARE(merged.actorIndex(u"blinken2"), -1);
    QCOMPARE(merged.actors.size(), doc.actors.size() - 1);
    QCOMPARE(merged.actors.at(merged.actorIndex(u"blinken")).aliases, QStringList({ u"Blinken"_s, u"A. Blinken"_s, u"Tony"_s }));
    QVERIFY(merged.markIndexesFor(MarkKind::Actor, u"blinken2").isEmpty());
    QCOMPARE(merged.markIndexesFor(MarkKind::Actor, u"blinken").size(), 2);
    QCOMPARE(merged.meetings.at(merged.meetingIndex(u"blinken2-call")).participants, QStringList({ u"blinken"_s, u"wang-yi"_s }));
    QCOMPARE(merged.meetings.at(merged.meetingIndex(u"jakarta-talks")).participants, QStringList({ u"blinken"_s, u"wang-yi"_s }));

    QVERIFY(!DocumentEdits::mergeActors(doc, u"blinken"_s, u"blinken"_s).ok());
    QVERIFY(!DocumentEdits::mergeActors(doc, u"nobody"_s, u"blinken"_s).ok());
    QVERIFY(!DocumentEdits::mergeActors(doc, u"blinken"_s, u"hacking"_s).ok());
}

// A records section whose last line has no line break: lines are added and removed around it.
void TestDocumentEdits::lastLineWithoutNewline()
{
    const Document doc = Format::parse(u"Text.\n=== entente ===\nactor a: A; person\nactor b: B; person"_s);
    Document after;
    APPLY_CLEAN(doc, setRecord(doc, u"actor c: C; person"_s), after);
    QCOMPARE(after.text, doc.text + u"\nactor c: C; person"_s);
    APPLY_CLEAN(doc, DocumentEdits::removeRecord(doc, MarkKind::Actor, u"b"_s, true), after);
    QCOMPARE(after.text, u"Text.\n=== entente ===\nactor a: A; person"_s);
    Document empty;
    APPLY_CLEAN(after, DocumentEdits::removeRecord(after, MarkKind::Actor, u"a"_s, true), empty);
    QCOMPARE(empty.text, u"Text.\n=== entente ==="_s);
    QCOMPARE(empty.plainText(), u"Text."_s);
}

void TestDocumentEdits::applyAndInverse()
{
    const QString text = u"0123456789"_s;
    // Listed in any order; an insertion goes before an edit starting at the same place.
    const QList<TextEdit> edits { { 8, 2, u"X"_s }, { 0, 0, u"<"_s }, { 3, 1, {} }, { 3, 0, u"ab"_s }, { 10, 0, u">"_s } };
    const QString changed = apply(text, edits);
    QCOMPARE(changed, u"<012ab4567X>"_s);
    QCOMPARE(apply(changed, inverse(text, edits)), text);
    QCOMPARE(apply(text, {}), text);

    // Several edits of one change applied in a row, then undone in reverse order.
    const Document doc = sample();
    const EditResult rename = DocumentEdits::renameId(doc, MarkKind::Issue, u"hacking"_s, u"cyber"_s);
    QVERIFY(rename.edits.size() > 3);
    Document renamed;
    APPLY_CLEAN(doc, rename, renamed);
    const EditResult merge = DocumentEdits::mergeActors(renamed, u"qin-gang"_s, u"wang-yi"_s);
    Document merged;
    APPLY_CLEAN(renamed, merge, merged);
    QCOMPARE(apply(apply(merged.text, inverse(renamed.text, merge.edits)), inverse(doc.text, rename.edits)), doc.text);
}

// Every mark and record of the sample can be removed, renamed and changed without breaking the file.
void TestDocumentEdits::everyMarkAndRecordOfTheSample()
{
    const Document doc = sample();
    QVERIFY(doc.diagnostics.isEmpty());
    Document after;
    for (qsizetype i = 0; i < doc.marks.size(); ++i) {
        const Mark& m = doc.marks.at(i);
        APPLY_CLEAN(doc, DocumentEdits::removeMark(doc, int(i)), after);
        const EditResult same = DocumentEdits::changeMark(doc, int(i), m.kind, m.ref);
        QVERIFY(same.ok());
        QCOMPARE(apply(doc.text, same.edits), doc.text);
        APPLY_CLEAN(doc, DocumentEdits::resizeMark(doc, int(i), m.textStart + 1, m.textEnd), after);
    }
    const auto each = [&](MarkKind kind, const QString& id) {
        if (DocumentEdits::removeRecord(doc, kind, id, true).ok()) // refused for sole participants
            QCOMPARE(edited(doc, DocumentEdits::removeRecord(doc, kind, id, true), &after), QString());
        QVERIFY(after.diagnostics.isEmpty());
        QCOMPARE(edited(doc, DocumentEdits::renameId(doc, kind, id, id + u"-x"_s), &after), QString());
        QVERIFY2(after.diagnostics.isEmpty(), qPrintable(id));
    };
    for (const Actor& a : doc.actors)
        each(MarkKind::Actor, a.id);
    for (const Meeting& m : doc.meetings) {
        each(MarkKind::Meeting, m.id);
        QCOMPARE(edited(doc, setRecord(doc, Format::formatMeeting(m)), &after), QString());
        QCOMPARE(after.text, doc.text);
    }
    for (const Issue& issue : doc.issues)
        each(MarkKind::Issue, issue.id);
    QVERIFY(!DocumentEdits::removeRecord(doc, MarkKind::Actor, u"kerry"_s, true).ok());
}

// Every word of the sample's article outside the marks can be tagged; every other one is refused.
void TestDocumentEdits::everyPlainWordCanBeMarked()
{
    const Document doc = sample();
    const QString& text = doc.text;
    int tagged = 0;
    for (int start = 0, end = 0; start < doc.articleEnd(); start = end + 1) {
        end = start;
        while (end < doc.articleEnd() && !text.at(end).isSpace())
            ++end;
        if (end == start)
            continue;
        const QStringView word = QStringView(text).sliced(start, end - start);
        const bool plain = !word.contains(u'[') && !word.contains(u']')
            && std::none_of(doc.marks.cbegin(), doc.marks.cend(), [&](const Mark& m) { return start < m.end && m.start < end; });
        const EditResult result = addMark(doc, start, end, MarkKind::Date, u"2023-07"_s);
        QCOMPARE(result.ok(), plain);
        if (!plain)
            continue;
        Document after;
        APPLY_CLEAN(doc, result, after);
        QCOMPARE(after.marks.size(), doc.marks.size() + 1);
        QCOMPARE(after.markIndexesFor(MarkKind::Date, u"2023-07").size(), 1);
        QCOMPARE(wordsOf(after, after.markIndexesFor(MarkKind::Date, u"2023-07").first()), word.toString());
        ++tagged;
    }
    QVERIFY(tagged > 400);
}

QTEST_GUILESS_MAIN(TestDocumentEdits)
#include "tst_documentedits.moc"
