// A pause in typing in a large corpus re-parses and merges the article on a worker thread
// (CorpusStore::updateDocumentTextInBackground): the result must be the corpus the same edit gives
// at once, a result the store left behind meanwhile must never be swapped in, and flush() (before
// saving or exporting) must leave the store with the text being edited.
#include "articleset.h"
#include "corpusstore.h"
#include "meetingmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// Three copies of the sample under different names: every id is defined by three articles.
QStringList writeCopies(const QTemporaryDir& dir)
{
    QFile sample(QStringLiteral(ENTENTE_SAMPLE));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = sample.readAll();
    QStringList paths;
    for (const QString& name : { u"a.entente"_s, u"b.entente"_s, u"c.entente"_s }) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        paths.append(dir.filePath(name));
    }
    return paths;
}

// Replaces the first occurrence of before with after in the article's text, as typing would.
bool type(QTextDocument* document, const QString& before, const QString& after)
{
    QTextCursor cursor = document->find(before);
    if (cursor.isNull())
        return false;
    cursor.insertText(after);
    return true;
}

QString placeOf(const Corpus& corpus, const QString& meetingId)
{
    const int row = corpus.meetingIndex(meetingId);
    return row < 0 ? QString() : corpus.meetings.at(row).place;
}

} // namespace

class TestBackgroundReparse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pauseMergesInTheBackgroundLikeAtOnce_data()
    {
        QTest::addColumn<int>("article");
        QTest::newRow("first article (its definitions are kept)") << 0;
        QTest::newRow("last article") << 2;
    }

    void pauseMergesInTheBackgroundLikeAtOnce()
    {
        QFETCH(int, article);
        QTemporaryDir dir;
        const QStringList paths = writeCopies(dir);
        QCOMPARE(paths.size(), 3);

        // The same edit, once merged in the background and once at once.
        CorpusStore backgroundStore;
        ArticleSet background(&backgroundStore);
        background.setBackgroundReparseFrom(1);
        background.setReparseDelay(0);
        MeetingModel meetings(&backgroundStore);
        QAbstractItemModelTester tester(&meetings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CorpusStore atOnceStore;
        ArticleSet atOnce(&atOnceStore);
        atOnce.setReparseDelay(0);
        QVERIFY(background.open(paths).isEmpty());
        QVERIFY(atOnce.open(paths).isEmpty());

        QSignalSpy updated(&backgroundStore, &CorpusStore::corpusUpdated);
        QVERIFY(type(background.textDocument(article), u"place=Jakarta"_s, u"place=Bali"_s));
        QVERIFY(type(atOnce.textDocument(article), u"place=Jakarta"_s, u"place=Bali"_s));
        QTRY_COMPARE(updated.size(), 1); // after the pause, merged on a worker and swapped in
        QVERIFY(!backgroundStore.isUpdatingInBackground());
        QTRY_COMPARE(atOnceStore.corpus().documents.at(article).text,
            ArticleSet::documentText(atOnce.textDocument(article)));

        const Corpus& got = backgroundStore.corpus();
        const Corpus& expected = atOnceStore.corpus();
        QCOMPARE(got.documents.at(article).text, ArticleSet::documentText(background.textDocument(article)));
        QCOMPARE(got.actors, expected.actors);
        QCOMPARE(got.meetings, expected.meetings);
        QCOMPARE(got.issues, expected.issues);
        QCOMPARE(got.conflicts, expected.conflicts);
        // The model followed by row changes: its rows show the merged meetings.
        QCOMPARE(meetings.rowCount(), int(expected.meetings.size()));
        const int row = got.meetingIndex(u"jakarta-talks"_s);
        QVERIFY(row >= 0);
        QCOMPARE(meetings.index(row, 0).data(RecordModel::IdRole).toString(), u"jakarta-talks"_s);
        // The first definition is kept: only an edit of the first article changes the place.
        QCOMPARE(placeOf(got, u"jakarta-talks"_s), article == 0 ? u"Bali"_s : u"Jakarta"_s);
    }

    void pauseIsHalvedWhereTheMergeRunsInTheBackground_data()
    {
        QTest::addColumn<int>("backgroundFrom");
        QTest::addColumn<int>("expectedPause");
        QTest::newRow("small corpus: re-parsed at once after the pause") << 300 << 400;
        QTest::newRow("large corpus: merged on a worker after half of it") << 1 << 200;
    }

    void pauseIsHalvedWhereTheMergeRunsInTheBackground()
    {
        QFETCH(int, backgroundFrom);
        QFETCH(int, expectedPause);
        QTemporaryDir dir;
        const QStringList paths = writeCopies(dir);
        QCOMPARE(paths.size(), 3);
        CorpusStore store;
        ArticleSet articles(&store);
        articles.setBackgroundReparseFrom(backgroundFrom);
        articles.setReparseDelay(400);
        QVERIFY(articles.open(paths).isEmpty());
        QTextDocument* document = articles.textDocument(0);
        QVERIFY(type(document, u"place=Jakarta"_s, u"place=Bali"_s));
        // The pause is the article's re-parse timer, started by the edit.
        const QList<QTimer*> timers = document->findChildren<QTimer*>();
        QCOMPARE(timers.size(), 1);
        QVERIFY(timers.constFirst()->isActive());
        QCOMPARE(timers.constFirst()->interval(), expectedPause);
        // And when it comes, the store has the edit.
        QTRY_COMPARE(placeOf(store.corpus(), u"jakarta-talks"_s), u"Bali"_s);
    }

    void resultOfAnOlderCorpusIsDroppedAndSentAgain()
    {
        QTemporaryDir dir;
        const QStringList paths = writeCopies(dir);
        QCOMPARE(paths.size(), 3);
        CorpusStore store;
        ArticleSet articles(&store);
        articles.setBackgroundReparseFrom(1);
        articles.setReparseDelay(0);
        QVERIFY(articles.open(paths).isEmpty());
        QTextDocument* first = articles.textDocument(0);
        QTextDocument* second = articles.textDocument(1);

        QVERIFY(type(first, u"place=Jakarta"_s, u"place=Bali"_s));
        QVERIFY(store.updateDocumentTextInBackground(0, ArticleSet::documentText(first)));
        QVERIFY(!store.updateDocumentTextInBackground(1, ArticleSet::documentText(second))); // one at a time
        // Meanwhile the store changes at once (another article's edit applied before the result).
        QVERIFY(type(second, u"status=planned; kind=talks"_s, u"status=held; kind=talks"_s));
        const Document& secondNow = articles.document(1); // re-parsed at once
        QVERIFY(secondNow.text.contains(u"status=held; kind=talks"_s));

        QSignalSpy dropped(&store, &CorpusStore::backgroundUpdateDropped);
        store.waitForBackgroundUpdate();
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toString(), paths.at(0));
        // The dropped edit was not swapped in (it would undo the second article's), and the
        // article was sent again: both edits arrive.
        QVERIFY(store.corpus().documents.at(1).text.contains(u"status=held; kind=talks"_s));
        QTRY_VERIFY(!store.isUpdatingInBackground());
        QTRY_COMPARE(store.corpus().documents.at(0).text, ArticleSet::documentText(first));
        QCOMPARE(placeOf(store.corpus(), u"jakarta-talks"_s), u"Bali"_s);
        QVERIFY(store.corpus().documents.at(1).text.contains(u"status=held; kind=talks"_s));
    }

    void flushTakesInTheEditBeingMerged()
    {
        QTemporaryDir dir;
        const QStringList paths = writeCopies(dir);
        QCOMPARE(paths.size(), 3);
        CorpusStore store;
        ArticleSet articles(&store);
        articles.setBackgroundReparseFrom(1);
        articles.setReparseDelay(0);
        QVERIFY(articles.open(paths).isEmpty());
        QTextDocument* first = articles.textDocument(0);
        articles.setReparseDelay(60000); // the pause has not come yet: flush() must do it
        QSignalSpy updated(&store, &CorpusStore::corpusUpdated);
        QVERIFY(type(first, u"place=Jakarta"_s, u"place=Bali"_s));
        // An earlier pause's merge still runs (its text is the one being edited).
        QVERIFY(store.updateDocumentTextInBackground(0, ArticleSet::documentText(first)));
        QVERIFY(store.isUpdatingInBackground());
        QVERIFY(updated.isEmpty()); // nothing is swapped in before its result is taken
        articles.flush();
        QVERIFY(!store.isUpdatingInBackground());
        QCOMPARE(store.corpus().documents.at(0).text, ArticleSet::documentText(first));
        QCOMPARE(placeOf(store.corpus(), u"jakarta-talks"_s), u"Bali"_s);
        QCOMPARE(updated.size(), 1);
    }

    void smallCorpusStillMergesAtOnce()
    {
        QTemporaryDir dir;
        const QStringList paths = writeCopies(dir);
        QCOMPARE(paths.size(), 3);
        CorpusStore store;
        ArticleSet articles(&store);
        articles.setBackgroundReparseFrom(100); // three articles are below it
        articles.setReparseDelay(0);
        QVERIFY(articles.open(paths).isEmpty());
        QSignalSpy updated(&store, &CorpusStore::corpusUpdated);
        QVERIFY(type(articles.textDocument(0), u"place=Jakarta"_s, u"place=Bali"_s));
        QTRY_COMPARE(updated.size(), 1);
        QVERIFY(!store.isUpdatingInBackground());
        QCOMPARE(placeOf(store.corpus(), u"jakarta-talks"_s), u"Bali"_s);
    }
};

QTEST_MAIN(TestBackgroundReparse)
#include "tst_backgroundreparse.moc"
