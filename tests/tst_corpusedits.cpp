// The incremental corpus: replacing, adding or removing one document gives the same records,
// conflicts, meeting counts and per-id sources as merging everything again, and the change names
// exactly the ids that differ (checked on a generated corpus of realistic articles). Changes across
// articles (rename, merge, remove a record) applied to every article at once give the records and
// marks they promise.
#include "corpus.h"
#include "corpusedits.h"
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
    // Where each record is defined, in document order, and who names an id without defining it.
    for (const Actor& actor : fresh.actors)
        QCOMPARE(corpus.actorSources(actor.id), fresh.actorSources(actor.id));
    for (const Meeting& meeting : fresh.meetings)
        QCOMPARE(corpus.meetingSources(meeting.id), fresh.meetingSources(meeting.id));
    for (const Issue& issue : fresh.issues)
        QCOMPARE(corpus.issueSources(issue.id), fresh.issueSources(issue.id));
    for (const Document& doc : corpus.documents) {
        for (const Reference& reference : doc.unresolved) {
            QList<int> naming = corpus.namingDocuments(reference.kind, reference.id);
            std::sort(naming.begin(), naming.end());
            QCOMPARE(naming, fresh.namingDocuments(reference.kind, reference.id));
        }
    }
}

// The plan applied to every article it changes at once, as the window does.
CorpusChange applyPlan(Corpus& corpus, const CorpusEdits::Plan& plan)
{
    QList<std::pair<int, Document>> replaced;
    // From the last article to the first: the corpus takes them in any order.
    for (auto it = plan.changes.crbegin(); it != plan.changes.crend(); ++it)
        replaced.append({ it->document, Format::parse(it->after, corpus.documents.at(it->document).fileName) });
    return corpus.replaceDocuments(replaced);
}

// The actor most articles define (ties: the first in the corpus).
QString busiestActor(const Corpus& corpus, const QString& except = {})
{
    QString busiest;
    qsizetype most = 0;
    for (const Actor& actor : corpus.actors) {
        if (actor.id != except && corpus.actorSources(actor.id).size() > most) {
            most = corpus.actorSources(actor.id).size();
            busiest = actor.id;
        }
    }
    return busiest;
}

qsizetype marksNaming(const Corpus& corpus, const QString& id)
{
    qsizetype marks = 0;
    for (const Document& doc : corpus.documents)
        marks += doc.markIndexesFor(MarkKind::Actor, id).size();
    return marks;
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
    void renameAcrossArticles();
    void mergeActorAcrossArticles();
    void removeActorAcrossArticles();

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

// Rename Id of the actor most generated articles define, applied to all of them in one update: its
// record, sources and marks move to the new id, the corpus equals a fresh merge, and the original
// texts bring everything back.
void TestCorpusEdits::renameAcrossArticles()
{
    Corpus corpus = Corpus::merge(m_documents);
    const QString from = busiestActor(corpus);
    const QList<Corpus::Source> sources = corpus.actorSources(from);
    QVERIFY(sources.size() > 5);
    const Actor before = corpus.actors.at(corpus.actorIndex(from));
    const qsizetype marks = marksNaming(corpus, from);
    const CorpusEdits::Plan plan = CorpusEdits::renameId(corpus, MarkKind::Actor, from, u"renamed"_s);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.marks(), int(marks));
    const CorpusChange change = applyPlan(corpus, plan);
    QVERIFY(change.actors.removed.contains(from));
    QVERIFY(change.actors.added.contains(u"renamed"_s));
    QVERIFY(!corpus.defines(MarkKind::Actor, from));
    QCOMPARE(corpus.actorSources(u"renamed"_s), sources); // the same documents and rows
    Actor expected = before;
    expected.id = u"renamed"_s;
    Actor after = corpus.actors.at(corpus.actorIndex(u"renamed"_s));
    expected.origin = after.origin = {};
    QCOMPARE(after, expected);
    QCOMPARE(marksNaming(corpus, from), 0);
    QCOMPARE(marksNaming(corpus, u"renamed"_s), marks);
    for (const CorpusEdits::ArticleChange& article : plan.changes)
        QCOMPARE(corpus.documents.at(article.document).plainText(), m_documents.at(article.document).plainText());
    compareWithFreshMerge(corpus);

    QList<std::pair<int, Document>> back;
    for (const CorpusEdits::ArticleChange& article : plan.changes)
        back.append({ article.document, m_documents.at(article.document) });
    corpus.replaceDocuments(back);
    QVERIFY(!corpus.defines(MarkKind::Actor, u"renamed"_s));
    QCOMPARE(corpus.actorSources(from), sources);
    compareWithFreshMerge(corpus);
}

// Merge Actor Into between the two actors most articles define: from's names become aliases of into,
// its marks name into, and every article defining into keeps an equal definition (no conflict).
void TestCorpusEdits::mergeActorAcrossArticles()
{
    Corpus corpus = Corpus::merge(m_documents);
    const QString from = busiestActor(corpus);
    const QString into = busiestActor(corpus, from);
    const Actor gone = corpus.actors.at(corpus.actorIndex(from));
    const qsizetype marks = marksNaming(corpus, from) + marksNaming(corpus, into);
    const qsizetype conflicts = corpus.conflicts.size();
    const CorpusEdits::Plan plan = CorpusEdits::merge(corpus, MarkKind::Actor, from, into);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    applyPlan(corpus, plan);
    QVERIFY(!corpus.defines(MarkKind::Actor, from));
    const Actor merged = corpus.actors.at(corpus.actorIndex(into));
    QVERIFY2(merged.aliases.contains(gone.name), qPrintable(merged.aliases.join(u", ")));
    for (const QString& alias : gone.aliases)
        QVERIFY(alias == merged.name || merged.aliases.contains(alias));
    QCOMPARE(merged.aliases.size(), QSet<QString>(merged.aliases.cbegin(), merged.aliases.cend()).size());
    QCOMPARE(marksNaming(corpus, from), 0);
    QCOMPARE(marksNaming(corpus, into), marks);
    QVERIFY(corpus.conflicts.size() <= conflicts);
    for (const Meeting& meeting : corpus.meetings)
        QVERIFY(!meeting.participants.contains(from));
    compareWithFreshMerge(corpus);
}

// Removing the busiest actor from every article: no record, mark or meeting names it; words stay.
void TestCorpusEdits::removeActorAcrossArticles()
{
    Corpus corpus = Corpus::merge(m_documents);
    // The busiest actor that is nowhere a meeting's only participant (removing that one is refused).
    QString id;
    for (const Actor& actor : corpus.actors) {
        if (!CorpusEdits::removeRecord(corpus, MarkKind::Actor, actor.id).ok())
            continue;
        if (id.isEmpty() || corpus.actorSources(actor.id).size() > corpus.actorSources(id).size())
            id = actor.id;
    }
    QVERIFY(corpus.actorSources(id).size() > 2);
    const CorpusEdits::Plan plan = CorpusEdits::removeRecord(corpus, MarkKind::Actor, id);
    QCOMPARE(plan.marks(), int(marksNaming(corpus, id)));
    const CorpusChange change = applyPlan(corpus, plan);
    QCOMPARE(change.actors.removed, QStringList { id });
    QVERIFY(!corpus.defines(MarkKind::Actor, id));
    QCOMPARE(marksNaming(corpus, id), 0);
    for (const Meeting& meeting : corpus.meetings)
        QVERIFY(!meeting.participants.contains(id));
    QCOMPARE(corpus.meetingCount(id), 0);
    for (const CorpusEdits::ArticleChange& article : plan.changes)
        QCOMPARE(corpus.documents.at(article.document).plainText(), m_documents.at(article.document).plainText());
    compareWithFreshMerge(corpus);
}

QTEST_GUILESS_MAIN(TestCorpusEdits)
#include "tst_corpusedits.moc"
