// Corpus::merge (docs/format.md, "Several articles"): one record per id, the first definition kept,
// disagreements reported naming both places, status histories joined, origins remembered.
#include "corpus.h"
#include "format.h"

#include <QFile>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

const QString articleA = u"[Antony Blinken]{actor=blinken} [met]{meeting=jakarta-talks} [Wang Yi]{actor=wang-yi} in Jakarta.\n" // 1
                         "The [hacking]{issue=hacking #began} began in May; it [has stalled]{issue=hacking #stalled}.\n" // 2
                         "=== entente ===\n" // 3
                         "article: date=2023-07-12\n" // 4
                         "actor blinken: Antony Blinken; person; USA; role=Secretary of State; aliases=Blinken\n" // 5
                         "actor wang-yi: Wang Yi; person; China; aliases=Wang\n" // 6
                         "meeting jakarta-talks: blinken, wang-yi; 2023-07-13; place=Jakarta; status=planned\n" // 7
                         "issue hacking: Chinese hacking\n" // 8
                         "status hacking: ~2023-05-15; open; evidence=began\n" // 9
                         "status hacking: 2023-07-12; stalled; evidence=stalled\n"_s; // 10

const QString articleB = u"Later, [Blinken]{actor=blinken} and [Kerry]{actor=kerry} [travelled to Beijing]{meeting=kerry-visit}.\n" // 1
                         "Officials [confirmed the breach]{issue=hacking #confirmed}; China [denied it]{issue=hacking #denied}, "
                         "then [talks resumed]{issue=hacking #talks}.\n" // 2
                         "=== entente ===\n" // 3
                         "actor blinken: Antony Blinken; person; USA; aliases=Tony Blinken, Blinken\n" // 4
                         "actor kerry: John Kerry; person; USA; role=Climate envoy\n" // 5
                         "meeting kerry-visit: kerry; 2023-07-16..2023-07-19; place=Beijing; status=planned\n" // 6
                         "issue hacking: Chinese hacking\n" // 7
                         "status hacking: 2023-07-11; escalating; evidence=confirmed\n" // 8
                         "status hacking: 2023-07-12; stalled; evidence=denied\n" // 9
                         "status hacking: 2023-07-20; in-dialogue; evidence=talks\n"_s; // 10

QString spanText(const Corpus& corpus, const Origin& origin)
{
    const int index = corpus.documentIndex(origin.file);
    if (index < 0)
        return u"<no document %1>"_s.arg(origin.file);
    return corpus.documents.at(index).text.mid(origin.spanStart, origin.spanEnd - origin.spanStart);
}

QString describe(const QList<Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void empty();
    void documentsKept();
    void sameActorIsOneActor();
    void conflictingActor_data();
    void conflictingActor();
    void conflictingMeetingAndIssue();
    void meetingReportedByDatedArticles_data();
    void meetingReportedByDatedArticles();
    void historiesJoined_data();
    void historiesJoined();
    void meetingsRememberOrigin();
    void actorName_data();
    void actorName();
    void indexes();
    void sampleMergedWithItself();

private:
    Document m_a;
    Document m_b;
};

void TestCorpus::initTestCase()
{
    m_a = Format::parse(articleA, u"a.entente"_s);
    m_b = Format::parse(articleB, u"b.entente"_s);
    QVERIFY2(m_a.diagnostics.isEmpty(), qPrintable(describe(m_a.diagnostics)));
    QVERIFY2(m_b.diagnostics.isEmpty(), qPrintable(describe(m_b.diagnostics)));
}

void TestCorpus::empty()
{
    const Corpus corpus = Corpus::merge({});
    QVERIFY(corpus.documents.isEmpty());
    QVERIFY(corpus.actors.isEmpty());
    QVERIFY(corpus.meetings.isEmpty());
    QVERIFY(corpus.issues.isEmpty());
    QVERIFY(corpus.conflicts.isEmpty());
    QCOMPARE(corpus.actorName(u"blinken"), u"blinken"_s);
}

void TestCorpus::documentsKept()
{
    const Corpus corpus = Corpus::merge({ m_a, m_b });
    QCOMPARE(corpus.documents.size(), 2);
    QCOMPARE(corpus.documents.at(0).fileName, u"a.entente"_s);
    QCOMPARE(corpus.documents.at(1).fileName, u"b.entente"_s);
    QCOMPARE(corpus.documents.at(0).text, articleA);
    QCOMPARE(corpus.documents.at(1).text, articleB);
}

void TestCorpus::sameActorIsOneActor()
{
    const Corpus corpus = Corpus::merge({ m_a, m_b });
    QVERIFY2(corpus.conflicts.isEmpty(), qPrintable(describe(corpus.conflicts)));

    QStringList ids;
    for (const Actor& actor : corpus.actors)
        ids.append(actor.id);
    QCOMPARE(ids, (QStringList { u"blinken"_s, u"wang-yi"_s, u"kerry"_s }));

    const Actor& blinken = corpus.actors.at(corpus.actorIndex(u"blinken"));
    QCOMPARE(blinken.name, u"Antony Blinken"_s);
    QCOMPARE(blinken.role, u"Secretary of State"_s); // b gives no role: not a disagreement
    QCOMPARE(blinken.aliases, (QStringList { u"Blinken"_s, u"Tony Blinken"_s })); // joined, no duplicate
    QCOMPARE(blinken.origin.file, u"a.entente"_s);
    QCOMPARE(blinken.origin.line, 5);
    QCOMPARE(spanText(corpus, blinken.origin), u"Antony Blinken"_s);

    const Actor& kerry = corpus.actors.at(corpus.actorIndex(u"kerry"));
    QCOMPARE(kerry.origin.file, u"b.entente"_s);
    QCOMPARE(kerry.origin.line, 5);
    QCOMPARE(spanText(corpus, kerry.origin), u"Kerry"_s);
}

void TestCorpus::conflictingActor_data()
{
    QTest::addColumn<QString>("secondLine");
    QTest::addColumn<bool>("conflict");

    QTest::newRow("different name") << u"actor blinken: Anthony Blinken; person; USA"_s << true;
    QTest::newRow("different kind") << u"actor blinken: Antony Blinken; organisation; USA"_s << true;
    QTest::newRow("different side") << u"actor blinken: Antony Blinken; person; China"_s << true;
    QTest::newRow("different role") << u"actor blinken: Antony Blinken; person; USA; role=Senator"_s << true;
    QTest::newRow("same, role left out") << u"actor blinken: Antony Blinken; person; USA"_s << false;
    QTest::newRow("same, other aliases") << u"actor blinken: Antony Blinken; person; USA; role=Secretary of State; aliases=AB"_s
                                         << false;
}

void TestCorpus::conflictingActor()
{
    QFETCH(QString, secondLine);
    QFETCH(bool, conflict);

    const Document second = Format::parse(u"Text.\n=== entente ===\n# other article\n"_s + secondLine + u'\n', u"c.entente"_s);
    QVERIFY2(!second.hasErrors(), qPrintable(describe(second.diagnostics)));
    const Corpus corpus = Corpus::merge({ m_a, second });

    QCOMPARE(corpus.actors.size(), 2); // blinken and wang-yi: still one blinken
    const Actor& blinken = corpus.actors.at(corpus.actorIndex(u"blinken"));
    // The first definition is kept.
    QCOMPARE(blinken.name, u"Antony Blinken"_s);
    QCOMPARE(int(blinken.kind), int(ActorKind::Person));
    QCOMPARE(blinken.side, u"USA"_s);
    QCOMPARE(blinken.role, u"Secretary of State"_s);
    QCOMPARE(blinken.origin.file, u"a.entente"_s);
    QCOMPARE(blinken.origin.line, 5);

    if (!conflict) {
        QVERIFY2(corpus.conflicts.isEmpty(), qPrintable(describe(corpus.conflicts)));
        return;
    }
    QCOMPARE(corpus.conflicts.size(), 1);
    const Diagnostic& d = corpus.conflicts.first();
    QCOMPARE(int(d.severity), int(Severity::Warning));
    QCOMPARE(d.file, u"c.entente"_s);
    QCOMPARE(d.line, 4);
    QVERIFY2(d.message.contains(u"'blinken'"_s), qPrintable(d.message));
    QVERIFY2(d.message.contains(u"a.entente:5"_s), qPrintable(d.message));
    const QString text = d.toString();
    QVERIFY2(text.startsWith(u"c.entente:4:"_s), qPrintable(text));
    QVERIFY2(text.contains(u": warning: "_s), qPrintable(text));
}

void TestCorpus::conflictingMeetingAndIssue()
{
    const Document second = Format::parse(u"Text.\n=== entente ===\n"
                                          "meeting jakarta-talks: blinken, wang-yi; 2023-07-14; place=Jakarta; status=held\n"
                                          "issue hacking: Espionage\n"
                                          "status hacking: 2023-07-30; resolved\n"_s,
        u"d.entente"_s);
    QVERIFY2(!second.hasErrors(), qPrintable(describe(second.diagnostics)));
    const Corpus corpus = Corpus::merge({ m_a, second });

    // One meeting reported twice: the first report's definition, the later report's status, and
    // the disagreement on the date pointed out at the later report.
    QCOMPARE(corpus.meetings.size(), 1);
    const Meeting& kept = corpus.meetings.first();
    QCOMPARE(kept.start.toString(), u"2023-07-13"_s);
    QCOMPARE(int(kept.status), int(MeetingStatus::Held));
    QCOMPARE(kept.origin.file, u"a.entente"_s);
    const QList<Corpus::MeetingReport> reports = corpus.meetingReports(u"jakarta-talks"_s);
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0).meeting.origin.file, u"a.entente"_s);
    QCOMPARE(reports.at(0).sentence, u"Antony Blinken met Wang Yi in Jakarta."_s);
    QCOMPARE(reports.at(1).meeting.start.toString(), u"2023-07-14"_s);
    QVERIFY(reports.at(1).sentence.isEmpty()); // d.entente has the record but no mark

    QCOMPARE(corpus.issues.size(), 1);
    QCOMPARE(corpus.issues.first().title, u"Chinese hacking"_s);
    // Histories of the same issue are joined even when the titles disagree.
    QCOMPARE(corpus.issues.first().history.size(), 3);
    QCOMPARE(int(corpus.issues.first().currentStatus()), int(IssueStatus::Resolved));

    QCOMPARE(corpus.conflicts.size(), 2);
    QCOMPARE(corpus.conflicts.at(0).line, 3);
    QVERIFY2(corpus.conflicts.at(0).message.contains(u"'jakarta-talks'"_s), qPrintable(corpus.conflicts.at(0).message));
    QVERIFY2(corpus.conflicts.at(0).message.contains(u"2023-07-14 here, 2023-07-13 in a.entente:7"_s),
        qPrintable(corpus.conflicts.at(0).message));
    QCOMPARE(corpus.conflicts.at(1).line, 4);
    QVERIFY2(corpus.conflicts.at(1).message.contains(u"'hacking'"_s), qPrintable(corpus.conflicts.at(1).message));
    QVERIFY(corpus.conflicts.at(1).message.contains(u"a.entente:8"_s));
    for (const Diagnostic& d : corpus.conflicts) {
        QCOMPARE(d.file, u"d.entente"_s);
        QCOMPARE(int(d.severity), int(Severity::Warning));
    }

    // A meeting defined the same way in two articles is one meeting and no conflict.
    const Document same = Format::parse(
        u"Text.\n=== entente ===\nmeeting jakarta-talks: blinken, wang-yi; 2023-07-13; place=Jakarta; status=planned\n"_s,
        u"e.entente"_s);
    const Corpus agreed = Corpus::merge({ m_a, same });
    QCOMPARE(agreed.meetings.size(), 1);
    QVERIFY2(agreed.conflicts.isEmpty(), qPrintable(describe(agreed.conflicts)));
}

void TestCorpus::meetingReportedByDatedArticles_data()
{
    QTest::addColumn<QString>("firstDate"); // article dates of the two reports
    QTest::addColumn<QString>("secondDate");
    QTest::addColumn<int>("status"); // the status shown

    // The first report plans it, the second says it was held: the later article wins, whatever
    // the order the files were opened in.
    QTest::newRow("later article opened second") << u"2023-07-12"_s << u"2023-07-20"_s << int(MeetingStatus::Held);
    QTest::newRow("later article opened first") << u"2023-07-20"_s << u"2023-07-12"_s << int(MeetingStatus::Planned);
}

void TestCorpus::meetingReportedByDatedArticles()
{
    QFETCH(QString, firstDate);
    QFETCH(QString, secondDate);
    QFETCH(int, status);
    const Document planned = Format::parse(u"They [will meet]{meeting=m} in Oslo.\n=== entente ===\narticle: date=%1\n"
                                           "meeting m: a, b; 2023-07-15; place=Oslo; status=planned\n"_s.arg(firstDate),
        u"p.entente"_s);
    const Document held = Format::parse(u"They [met]{meeting=m} on Saturday, with C.\n=== entente ===\narticle: date=%1\n"
                                        "meeting m: a, b, c; 2023-07-15; status=held; kind=talks\n"_s.arg(secondDate),
        u"h.entente"_s);
    const Corpus corpus = Corpus::merge({ planned, held });
    QCOMPARE(corpus.meetings.size(), 1);
    const Meeting& m = corpus.meetings.first();
    QCOMPARE(int(m.status), status);
    QCOMPARE(m.participants, QStringList({ u"a"_s, u"b"_s, u"c"_s })); // everyone any report names
    QCOMPARE(m.place, u"Oslo"_s);
    QCOMPARE(m.kind, u"talks"_s); // filled from the report that has it
    QVERIFY2(corpus.conflicts.isEmpty(), qPrintable(describe(corpus.conflicts)));
    const QList<Corpus::MeetingReport> reports = corpus.meetingReports(u"m"_s);
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(1).sentence, u"They met on Saturday, with C."_s);
    QCOMPARE(reports.at(1).articleDate, QDate::fromString(secondDate, Qt::ISODate));
}

void TestCorpus::historiesJoined_data()
{
    QTest::addColumn<bool>("reversed"); // open b before a
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("places");
    QTest::addColumn<QStringList>("spans");

    const QStringList statuses { u"~2023-05-15 open"_s, u"2023-07-11 escalating"_s, u"2023-07-12 stalled"_s,
        u"2023-07-20 in-dialogue"_s };
    QTest::newRow("a then b") << false << statuses
                              << QStringList { u"a.entente:9"_s, u"b.entente:8"_s, u"a.entente:10"_s, u"b.entente:10"_s }
                              << QStringList { u"hacking"_s, u"confirmed the breach"_s, u"has stalled"_s, u"talks resumed"_s };
    // The 2023-07-12 change is in both: the one from the article opened first is kept.
    QTest::newRow("b then a") << true << statuses
                              << QStringList { u"a.entente:9"_s, u"b.entente:8"_s, u"b.entente:9"_s, u"b.entente:10"_s }
                              << QStringList { u"hacking"_s, u"confirmed the breach"_s, u"denied it"_s, u"talks resumed"_s };
}

void TestCorpus::historiesJoined()
{
    QFETCH(bool, reversed);
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, places);
    QFETCH(QStringList, spans);

    const Corpus corpus = reversed ? Corpus::merge({ m_b, m_a }) : Corpus::merge({ m_a, m_b });
    for (const Diagnostic& d : corpus.conflicts) // the same issue in two articles is no conflict
        QVERIFY2(!d.message.contains(u"'hacking'"_s), qPrintable(d.toString()));
    QCOMPARE(corpus.issues.size(), 1);
    const Issue& hacking = corpus.issues.first();
    QCOMPARE(hacking.title, u"Chinese hacking"_s);

    QStringList gotStatuses, gotPlaces, gotSpans;
    for (const StatusChange& change : hacking.history) {
        gotStatuses.append(change.date.toString() + u' ' + toString(change.status));
        gotPlaces.append(u"%1:%2"_s.arg(change.origin.file).arg(change.origin.line));
        gotSpans.append(spanText(corpus, change.origin));
    }
    QCOMPARE(gotStatuses, statuses);
    QCOMPARE(gotPlaces, places);
    QCOMPARE(gotSpans, spans);
    QCOMPARE(int(hacking.currentStatus()), int(IssueStatus::InDialogue));

    // Merging must not change the documents' own histories.
    QCOMPARE(corpus.documents.at(corpus.documentIndex(u"a.entente"_s)).issues.first().history.size(), 2);
    QCOMPARE(corpus.documents.at(corpus.documentIndex(u"b.entente"_s)).issues.first().history.size(), 3);
}

void TestCorpus::meetingsRememberOrigin()
{
    const Corpus corpus = Corpus::merge({ m_a, m_b });
    QCOMPARE(corpus.meetings.size(), 2);

    const Meeting& jakarta = corpus.meetings.at(corpus.meetingIndex(u"jakarta-talks"));
    QCOMPARE(jakarta.origin.file, u"a.entente"_s);
    QCOMPARE(jakarta.origin.line, 7);
    QCOMPARE(jakarta.origin.spanStart, 33);
    QCOMPARE(jakarta.origin.spanEnd, 36);
    QCOMPARE(spanText(corpus, jakarta.origin), u"met"_s);
    QCOMPARE(jakarta.participants, (QStringList { u"blinken"_s, u"wang-yi"_s }));

    const Meeting& kerry = corpus.meetings.at(corpus.meetingIndex(u"kerry-visit"));
    QCOMPARE(kerry.origin.file, u"b.entente"_s);
    QCOMPARE(kerry.origin.line, 6);
    QCOMPARE(spanText(corpus, kerry.origin), u"travelled to Beijing"_s);
    QCOMPARE(kerry.start.date, QDate(2023, 7, 16));
    QCOMPARE(kerry.end.date, QDate(2023, 7, 19));
}

void TestCorpus::actorName_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");

    QTest::newRow("from the first article") << u"blinken"_s << u"Antony Blinken"_s;
    QTest::newRow("only in the first") << u"wang-yi"_s << u"Wang Yi"_s;
    QTest::newRow("only in the second") << u"kerry"_s << u"John Kerry"_s;
    QTest::newRow("unknown id") << u"xi-jinping"_s << u"xi-jinping"_s;
    QTest::newRow("alias is not an id") << u"Blinken"_s << u"Blinken"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestCorpus::actorName()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    const Corpus corpus = Corpus::merge({ m_a, m_b });
    QCOMPARE(corpus.actorName(id), name);
}

void TestCorpus::indexes()
{
    const Corpus corpus = Corpus::merge({ m_a, m_b });
    QCOMPARE(corpus.actorIndex(u"blinken"), 0);
    QCOMPARE(corpus.actorIndex(u"kerry"), 2);
    QCOMPARE(corpus.actorIndex(u"jakarta-talks"), -1);
    QCOMPARE(corpus.meetingIndex(u"jakarta-talks"), 0);
    QCOMPARE(corpus.meetingIndex(u"kerry-visit"), 1);
    QCOMPARE(corpus.meetingIndex(u"blinken"), -1);
    QCOMPARE(corpus.issueIndex(u"hacking"), 0);
    QCOMPARE(corpus.issueIndex(u"trade"), -1);
    QCOMPARE(corpus.documentIndex(u"a.entente"_s), 0);
    QCOMPARE(corpus.documentIndex(u"b.entente"_s), 1);
    QCOMPARE(corpus.documentIndex(u"c.entente"_s), -1);
}

void TestCorpus::sampleMergedWithItself()
{
    QFile file(QString::fromUtf8(ENTENTE_SAMPLE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Format::Decoded decoded = Format::decode(file.readAll());
    QCOMPARE(decoded.error, QString());
    const Document first = Format::parse(decoded.text, u"first.entente"_s);
    const Document second = Format::parse(decoded.text, u"second.entente"_s);
    QVERIFY2(first.diagnostics.isEmpty(), qPrintable(describe(first.diagnostics)));

    const Corpus corpus = Corpus::merge({ first, second });
    QVERIFY2(corpus.conflicts.isEmpty(), qPrintable(describe(corpus.conflicts)));
    QCOMPARE(corpus.actors.size(), 15);
    QCOMPARE(corpus.meetings.size(), 6);
    QCOMPARE(corpus.issues.size(), 4);
    QCOMPARE(corpus.actors, first.actors);
    QCOMPARE(corpus.meetings, first.meetings);
    QCOMPARE(corpus.issues, first.issues); // histories are not doubled
    for (const Meeting& meeting : corpus.meetings)
        QCOMPARE(meeting.origin.file, u"first.entente"_s);
    QCOMPARE(corpus.actorName(u"wang-yi"), u"Wang Yi"_s);
    QCOMPARE(corpus.issues.at(corpus.issueIndex(u"hacking")).history.size(), 3);
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
