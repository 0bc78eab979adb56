// The incremental corpus: replacing, adding or removing one document gives the same records,
// conflicts and meeting counts as merging everything again, and the change names exactly the ids
// that differ (checked on a generated corpus of realistic articles).
#include "corpus.h"
#include "corpusgenerator.h"
#include "format.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// Records by id (row order may differ: an incremental corpus appends ids new to it).
template<typename Record> QHash<QString, Record> byId(const QList<Record>& records)
{
    QHash<QString, Record> map;
    for (const Record& record : records)
        map.insert(record.id, record);
    return map;
}

QStringList messages(const QList<Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(d.toString());
    return lines;
}

// Compares everything a corpus shows with a fresh merge of its documents.
void compareWithFreshMerge(const Corpus& corpus)
{
    const Corpus fresh = Corpus::merge(corpus.documents);
    QCOMPARE(corpus.actors.size(), fresh.actors.size());
    QCOMPARE(corpus.meetings.size(), fresh.meetings.size());
    QCOMPARE(corpus.issues.size(), fresh.issues.size());
    QVERIFY(byId(corpus.actors) == byId(fresh.actors));
    QVERIFY(byId(corpus.meetings) == byId(fresh.meetings));
    QVERIFY(byId(corpus.issues) == byId(fresh.issues));
    QCOMPARE(messages(corpus.conflicts), messages(fresh.conflicts));
    QCOMPARE(corpus.meetingCounts, fresh.meetingCounts);
    for (qsizetype row = 0; row < corpus.actors.size(); ++row)
        QCOMPARE(corpus.actorIndex(corpus.actors.at(row).id), int(row));
    for (qsizetype row = 0; row < corpus.meetings.size(); ++row)
        QCOMPARE(corpus.meetingIndex(corpus.meetings.at(row).id), int(row));
    for (qsizetype row = 0; row < corpus.issues.size(); ++row)
        QCOMPARE(corpus.issueIndex(corpus.issues.at(row).id), int(row));
    for (qsizetype i = 0; i < corpus.documents.size(); ++i)
        QCOMPARE(corpus.documentIndex(corpus.documents.at(i).fileName), int(i));
}

QList<Document> generatedDocuments(int count)
{
    Testing::CorpusSpec spec;
    spec.articles = count;
    spec.articleBytes = 1500;
    Testing::CorpusGenerator generator(spec);
    QList<Document> documents;
    for (int i = 0; i < count; ++i)
        documents.append(Format::parse(generator.article(i), generator.fileName(i)));
    return documents;
}

// The text of a document with its records section line changed by edit.
Document edited(const Document& doc, const std::function<QString(QString)>& edit)
{
    return Format::parse(edit(doc.text), doc.fileName);
}

} // namespace

class TestCorpusEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameTextChangesNothing();
    void typingMovesOnlyOrigins();
    void replaceMatchesFreshMerge_data();
    void replaceMatchesFreshMerge();
    void removedIdsLeave();
    void appendMatchesFreshMerge();
    void replaceManyMatchesFreshMerge();
    void removeDocumentMatchesFreshMerge_data();
    void removeDocumentMatchesFreshMerge();
    void sharedActorAliasesJoinOnce();
    void referencesResolvedByOtherArticles();

private:
    QList<Document> m_documents;
};

void TestCorpusEdits::initTestCase()
{
    m_documents = generatedDocuments(80);
    for (const Document& doc : std::as_const(m_documents)) {
        QVERIFY2(!doc.hasErrors(), qPrintable(messages(doc.diagnostics).join(u'\n')));
        QVERIFY(!doc.meetings.isEmpty());
    }
    const Corpus corpus = Corpus::merge(m_documents);
    // The generator shares actors, issues and meetings across articles: that is what is tested.
    QVERIFY(corpus.actors.size() < 80 * 4);
    QVERIFY(corpus.meetings.size() < 80 * 3);
}

void TestCorpusEdits::sameTextChangesNothing()
{
    Corpus corpus = Corpus::merge(m_documents);
    const CorpusChange change = corpus.replaceDocument(7, Format::parse(m_documents.at(7).text, m_documents.at(7).fileName));
    QVERIFY(change.actors.isEmpty());
    QVERIFY(change.meetings.isEmpty());
    QVERIFY(change.issues.isEmpty());
    QVERIFY(!change.conflictsChanged);
    QCOMPARE(change.documents, QList<int> { 7 });
}

void TestCorpusEdits::typingMovesOnlyOrigins()
{
    Corpus corpus = Corpus::merge(m_documents);
    // A word typed at the start of the article moves every span after it, and changes no record.
    const Document typed = edited(m_documents.at(11), [](const QString& text) -> QString { return u"Breaking: "_s + text; });
    const CorpusChange change = corpus.replaceDocument(11, typed);
    QVERIFY(!change.hasContentChanges());
    QVERIFY(!change.meetings.moved.isEmpty() || !change.actors.moved.isEmpty());
    compareWithFreshMerge(corpus);
}

void TestCorpusEdits::replaceMatchesFreshMerge_data()
{
    QTest::addColumn<int>("document"); // the first article to look in
    QTest::addColumn<QString>("from"); // a record line's text to replace
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("changedKind"); // actors, meetings, issues: where a content change must show

    QTest::newRow("meeting status") << 20 << u"status=held"_s << u"status=cancelled"_s << u"meetings"_s;
    QTest::newRow("meeting place") << 33 << u"place="_s << u"place=Oslo, "_s << u"meetings"_s;
    QTest::newRow("actor role") << 40 << u"role="_s << u"role=Acting "_s << u"actors"_s;
    QTest::newRow("issue status") << 52 << u"; in-dialogue;"_s << u"; resolved;"_s << u"issues"_s;
    QTest::newRow("issue title") << 3 << u"issue "_s << u"issue renamed-"_s << u"issues"_s;
}

void TestCorpusEdits::replaceMatchesFreshMerge()
{
    QFETCH(int, document);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, changedKind);
    Corpus corpus = Corpus::merge(m_documents);
    // The first article from document on whose records have the field.
    int at = -1;
    for (; document < m_documents.size(); ++document) {
        at = int(m_documents.at(document).text.indexOf(from, std::max(0, m_documents.at(document).recordsStart)));
        if (m_documents.at(document).recordsStart > 0 && at > 0)
            break;
    }
    QVERIFY2(at > 0, "no generated article has this record field");
    const Document& doc = m_documents.at(document);
    const Document changed = edited(doc, [&](QString text) { return text.replace(at, from.size(), to); });
    const CorpusChange change = corpus.replaceDocument(document, changed);
    const CorpusChange::Ids& ids = changedKind == u"actors" ? change.actors
        : changedKind == u"meetings"                       ? change.meetings
                                                           : change.issues;
    QVERIFY(ids.hasContentChanges());
    compareWithFreshMerge(corpus);
    // And back again: the corpus is as it was.
    corpus.replaceDocument(document, doc);
    compareWithFreshMerge(corpus);
}

void TestCorpusEdits::removedIdsLeave()
{
    Corpus corpus = Corpus::merge(m_documents);
    // Without its records section the article defines nothing: ids only it defined disappear.
    const Document& doc = m_documents.at(60);
    const Document bare = Format::parse(doc.text.left(doc.articleEnd()) + u'\n', doc.fileName);
    const CorpusChange change = corpus.replaceDocument(60, bare);
    QVERIFY(!change.meetings.removed.isEmpty());
    for (const QString& id : change.meetings.removed)
        QCOMPARE(corpus.meetingIndex(id), -1);
    compareWithFreshMerge(corpus);
    const CorpusChange back = corpus.replaceDocument(60, doc);
    QCOMPARE(back.meetings.added.size(), change.meetings.removed.size());
    compareWithFreshMerge(corpus);
}

// A change across articles replaces many documents at once: the same as merging them again.
void TestCorpusEdits::replaceManyMatchesFreshMerge()
{
    Corpus corpus = Corpus::merge(m_documents);
    QList<std::pair<int, Document>> replaced;
    for (const int index : { 3, 17, 60, 61, 79 }) {
        const Document& doc = m_documents.at(index);
        replaced.append({ index, Format::parse(doc.text.left(doc.articleEnd()) + u'\n', doc.fileName) });
    }
    const CorpusChange change = corpus.replaceDocuments(replaced);
    QCOMPARE(change.documents, (QList<int> { 3, 17, 60, 61, 79 }));
    QVERIFY(!change.meetings.removed.isEmpty());
    compareWithFreshMerge(corpus);
    QList<std::pair<int, Document>> back;
    for (const auto& [index, doc] : std::as_const(replaced))
        back.append({ index, m_documents.at(index) });
    const CorpusChange restored = corpus.replaceDocuments(back);
    QCOMPARE(restored.meetings.added.size(), change.meetings.removed.size());
    compareWithFreshMerge(corpus);
}

void TestCorpusEdits::appendMatchesFreshMerge()
{
    Corpus corpus = Corpus::merge(m_documents.mid(0, 50));
    const CorpusChange change = corpus.appendDocuments(m_documents.mid(50));
    QCOMPARE(change.documents.size(), 30);
    QCOMPARE(change.documents.first(), 50);
    QVERIFY(!change.meetings.added.isEmpty());
    compareWithFreshMerge(corpus);
    QCOMPARE(corpus.documents.size(), 80);
}

void TestCorpusEdits::removeDocumentMatchesFreshMerge_data()
{
    QTest::addColumn<int>("document");
    QTest::newRow("first") << 0;
    QTest::newRow("middle") << 41;
    QTest::newRow("last") << 79;
}

void TestCorpusEdits::removeDocumentMatchesFreshMerge()
{
    QFETCH(int, document);
    Corpus corpus = Corpus::merge(m_documents);
    corpus.removeDocument(document);
    QCOMPARE(corpus.documents.size(), 79);
    compareWithFreshMerge(corpus);
    QList<Document> expected = m_documents;
    expected.removeAt(document);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(corpus.documents.at(i).fileName, expected.at(i).fileName);
}

void TestCorpusEdits::sharedActorAliasesJoinOnce()
{
    // One actor defined by many articles with overlapping aliases: each alias once, in order.
    QList<Document> documents;
    for (int i = 0; i < 200; ++i) {
        documents.append(Format::parse(u"[Wang]{actor=wang}\n=== entente ===\nactor wang: Wang Yi; person; China; aliases=Wang, W%1, W%2\n"_s
                                           .arg(i)
                                           .arg(i + 1),
            u"a%1.entente"_s.arg(i)));
    }
    Corpus corpus = Corpus::merge(documents);
    QCOMPARE(corpus.actors.size(), 1);
    QCOMPARE(corpus.actors.first().aliases.size(), 202);
    QCOMPARE(corpus.actors.first().aliases.mid(0, 3), QStringList({ u"Wang"_s, u"W0"_s, u"W1"_s }));
    QCOMPARE(corpus.actorSources(u"wang"_s).size(), 200);
    corpus.removeDocument(0);
    QCOMPARE(corpus.actors.first().aliases.mid(0, 2), QStringList({ u"Wang"_s, u"W1"_s }));
    compareWithFreshMerge(corpus);
}

void TestCorpusEdits::referencesResolvedByOtherArticles()
{
    // One article names Wang Yi, another defines him: no warning while both are open.
    const Document names = Format::parse(u"[Wang]{actor=wang} spoke.\n"_s, u"names.entente"_s);
    const QString definition = u"[Wang Yi]{actor=wang} arrived.\n=== entente ===\nactor wang: Wang Yi; person; China\n"_s;
    QCOMPARE(names.unresolved.size(), 1);
    QCOMPARE(names.diagnostics.size(), 1);
    Corpus corpus = Corpus::merge({ names, Format::parse(definition, u"defines.entente"_s) });
    QVERIFY(corpus.problems(0).isEmpty());
    // The definition goes: the warning comes back, and the change says whose problems changed.
    const CorpusChange gone = corpus.replaceDocument(1, Format::parse(u"Wang Yi arrived.\n"_s, u"defines.entente"_s));
    QCOMPARE(gone.actors.removed, QStringList { u"wang"_s });
    QCOMPARE(gone.problemDocuments, QList<int> { 0 });
    QCOMPARE(corpus.problems(0).size(), 1);
    QVERIFY(corpus.problems(0).first().message.contains(u"'wang'"_s));
    const CorpusChange back = corpus.replaceDocument(1, Format::parse(definition, u"defines.entente"_s));
    QCOMPARE(back.problemDocuments, QList<int> { 0 });
    QVERIFY(corpus.problems(0).isEmpty());
    // Closing the defining article brings the warning back too.
    corpus.removeDocument(1);
    QCOMPARE(corpus.problems(0).size(), 1);
}

QTEST_GUILESS_MAIN(TestCorpusEdits)
#include "tst_corpusedits.moc"
