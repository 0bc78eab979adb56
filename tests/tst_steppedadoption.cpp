// ArticleLoader hands a finished load over in steps across event-loop turns (store and models, then
// the article set's announcement, then aboutToFinish() for the shown article's text document, then
// finished()): the models end with the same rows as a direct
// open, and a Cancel or a second open during the steps leaves nothing half-adopted.
#include "actormodel.h"
#include "articleloader.h"
#include "articleset.h"
#include "corpusgenerator.h"
#include "corpusstore.h"
#include "diskwatcher.h"
#include "issuemodel.h"
#include "meetingmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <utility>

using namespace Entente;

namespace {

// Every row's text in every column, so that two models can be compared as a whole.
QStringList rowsOf(const QAbstractItemModel& model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        rows.append(cells.join(u'\t'));
    }
    return rows;
}

struct Window
{
    CorpusStore store;
    ArticleSet articles { &store };
    ActorModel actors { &store };
    MeetingModel meetings { &store };
    IssueModel issues { &store };
    QAbstractItemModelTester actorTester { &actors, QAbstractItemModelTester::FailureReportingMode::QtTest };
    QAbstractItemModelTester meetingTester { &meetings, QAbstractItemModelTester::FailureReportingMode::QtTest };
    QAbstractItemModelTester issueTester { &issues, QAbstractItemModelTester::FailureReportingMode::QtTest };
};

void compareWindows(const Window& stepped, const Window& direct)
{
    QCOMPARE(stepped.articles.count(), direct.articles.count());
    QCOMPARE(stepped.store.corpus().documents.size(), qsizetype(direct.articles.count()));
    for (int i = 0; i < stepped.articles.count(); ++i)
        QCOMPARE(stepped.store.corpus().documents.at(i).fileName, stepped.articles.path(i));
    QCOMPARE(rowsOf(stepped.actors), rowsOf(direct.actors));
    QCOMPARE(rowsOf(stepped.meetings), rowsOf(direct.meetings));
    // The meeting rows are the store's meetings, in its order (they point into its shared list).
    const QList<Meeting>& meetings = stepped.store.corpus().meetings;
    QCOMPARE(stepped.meetings.rowCount(), int(meetings.size()));
    for (int row = 0; row < stepped.meetings.rowCount(); ++row) {
        QCOMPARE(stepped.meetings.index(row, 0).data(RecordModel::IdRole).toString(), meetings.at(row).id);
        QCOMPARE(stepped.meetings.index(row, 0).data(MeetingModel::ParticipantIdsRole).toStringList(),
            meetings.at(row).participants);
    }
    QCOMPARE(rowsOf(stepped.issues), rowsOf(direct.issues));
    // Each article is found by its path and knows its file as read, whichever way it was adopted.
    for (int i = 0; i < stepped.articles.count(); ++i) {
        const int inDirect = direct.articles.indexOfPath(stepped.articles.path(i));
        QVERIFY(inDirect >= 0);
        QCOMPARE(stepped.articles.indexOfPath(stepped.articles.path(i)), i);
        QCOMPARE(stepped.articles.fileState(i).hash, direct.articles.fileState(inDirect).hash);
        QVERIFY(!stepped.articles.fileState(i).hash.isEmpty());
        QCOMPARE(stepped.articles.isReadOnly(i), direct.articles.isReadOnly(inDirect));
    }
}

} // namespace

class TestSteppedAdoption : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QString m_first; // a folder of generated articles
    QString m_second; // another one, with other articles

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_first = m_folder.filePath(QStringLiteral("first"));
        m_second = m_folder.filePath(QStringLiteral("second"));
        Testing::CorpusGenerator first({ .articles = 40, .seed = 11 });
        Testing::CorpusGenerator second({ .articles = 30, .seed = 12 });
        QVERIFY(first.writeTo(m_first) > 0);
        QVERIFY(second.writeTo(m_second) > 0);
    }

    void handsOverInSeparateSteps_data()
    {
        QTest::addColumn<bool>("openBefore"); // a folder is open already: the new one is added
        QTest::newRow("empty window") << false;
        QTest::newRow("added to open articles") << true;
    }

    void handsOverInSeparateSteps()
    {
        QFETCH(bool, openBefore);
        Window stepped;
        Window direct;
        ArticleLoader loader(&stepped.articles);
        if (openBefore) {
            QVERIFY(stepped.articles.open({ m_second }).isEmpty());
            QVERIFY(direct.articles.open({ m_second }).isEmpty());
        }
        QVERIFY(direct.articles.open({ m_first }).isEmpty());

        // Each step posts a marker for the next event-loop turn: a later step that comes after the
        // marker ran in a later turn.
        QList<QString> order;
        const auto nextTurn = [&](const QString& marker) {
            QTimer::singleShot(0, &loader, [&order, marker] { order.append(marker); });
        };
        connect(&stepped.store, &CorpusStore::corpusReset, &loader, [&] {
            order.append(QStringLiteral("store"));
            // The article set knows the articles already: nothing refers to an unknown document.
            QCOMPARE(stepped.articles.count(), int(stepped.store.corpus().documents.size()));
            nextTurn(QStringLiteral("turn"));
        });
        connect(&loader, &ArticleLoader::sortKeysReady, &loader, [&](const QStringList& paths, const QList<QCollatorSortKey>& keys) {
            order.append(QStringLiteral("keys"));
            QCOMPARE(paths.size(), 40);
            QCOMPARE(keys.size(), paths.size());
            nextTurn(QStringLiteral("turn"));
        });
        connect(&stepped.articles, &ArticleSet::articlesChanged, &loader, [&] {
            order.append(QStringLiteral("announce"));
            QVERIFY(loader.isAdopting());
            nextTurn(QStringLiteral("turn"));
        });
        connect(&loader, &ArticleLoader::aboutToFinish, &loader, [&] {
            order.append(QStringLiteral("prepare"));
            QVERIFY(loader.isAdopting());
            // Everything is in place for making the text document of an article to show.
            QCOMPARE(stepped.articles.count(), int(stepped.store.corpus().documents.size()));
            QVERIFY(stepped.articles.textDocument(stepped.articles.count() - 1));
            nextTurn(QStringLiteral("turn"));
        });
        connect(&loader, &ArticleLoader::finished, &loader,
            [&](int opened, const QList<ArticleSet::LoadError>& errors, bool cancelled) {
                order.append(QStringLiteral("finished"));
                QCOMPARE(opened, 40);
                QVERIFY(errors.isEmpty());
                QVERIFY(!cancelled);
            });
        loader.open({ m_first });
        QVERIFY(loader.isBusy());
        QTRY_VERIFY(!loader.isBusy());
        const QString store = QStringLiteral("store"), turn = QStringLiteral("turn");
        QCOMPARE(order, (QList<QString> { store, turn, QStringLiteral("keys"), turn, QStringLiteral("announce"), turn, QStringLiteral("prepare"), turn,
                             QStringLiteral("finished") }));
        compareWindows(stepped, direct);
    }

    void entriesMadeWithTheDocumentsAreTakenWhole_data()
    {
        QTest::addColumn<bool>("openBefore"); // then the entries are not taken: the set adds each article
        QTest::newRow("empty set") << false;
        QTest::newRow("articles open") << true;
    }

    void entriesMadeWithTheDocumentsAreTakenWhole()
    {
        QFETCH(bool, openBefore);
        Window prepared;
        Window direct;
        if (openBefore) {
            QVERIFY(prepared.articles.open({ m_second }).isEmpty());
            QVERIFY(direct.articles.open({ m_second }).isEmpty());
        }
        ArticleLoader::Result result = ArticleLoader::load({ m_first }, {}, prepared.store.corpus(),
            [] { return false; }, [](int, int) {});
        QVERIFY(!result.documents.isEmpty());
        const int read = int(result.documents.size());
        ArticleSet::Entries entries(result.documents, result.readOnly, result.files);
        const int opened = prepared.articles.adopt(std::move(result.documents), result.readOnly, result.files,
            std::move(result.merged), prepared.store.revision(), ArticleSet::Announce::Now, std::move(entries));
        QCOMPARE(opened, read);
        QVERIFY(direct.articles.open({ m_first }).isEmpty());
        compareWindows(prepared, direct);
    }

    void waitForFinishedRunsEveryStep()
    {
        Window stepped;
        Window direct;
        QVERIFY(direct.articles.open({ m_first }).isEmpty());
        ArticleLoader loader(&stepped.articles);
        QSignalSpy announced(&stepped.articles, &ArticleSet::articlesChanged);
        QSignalSpy prepared(&loader, &ArticleLoader::aboutToFinish);
        QSignalSpy finished(&loader, &ArticleLoader::finished);
        loader.open({ m_first });
        loader.waitForFinished();
        QVERIFY(!loader.isBusy());
        QVERIFY(!loader.isAdopting());
        QCOMPARE(announced.count(), 1);
        QCOMPARE(prepared.count(), 1);
        QCOMPARE(finished.count(), 1);
        compareWindows(stepped, direct);
        // The steps queued before waitForFinished() ran them find nothing left to do.
        QTest::qWait(20);
        QCOMPARE(announced.count(), 1);
        QCOMPARE(prepared.count(), 1);
        QCOMPARE(finished.count(), 1);
    }

    // The disk watcher takes the opened articles in a turn of its own after they are announced;
    // a file changed on disk is then reported whether it is asked before that turn or after.
    void diskWatcherTakesTheOpenedArticles_data()
    {
        QTest::addColumn<bool>("beforeItsTurn");
        QTest::newRow("after its turn") << false;
        QTest::newRow("before its turn") << true;
    }

    void diskWatcherTakesTheOpenedArticles()
    {
        QFETCH(bool, beforeItsTurn);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        Testing::CorpusGenerator generator({ .articles = 5, .seed = 13 });
        QVERIFY(generator.writeTo(folder.path()) > 0);
        Window window;
        DiskWatcher watcher(&window.articles);
        ArticleLoader loader(&window.articles);
        QSignalSpy changed(&watcher, &DiskWatcher::changedOnDisk);
        loader.open({ folder.path() });
        loader.waitForFinished(); // runs the loader's steps, not the watcher's queued turn
        QCOMPARE(window.articles.count(), 5);
        if (!beforeItsTurn)
            QTest::qWait(20);
        const int index = 2;
        QVERIFY(!watcher.changedSinceLoad(index));
        QFile file(window.articles.path(index));
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("\nWritten by another program.\n") > 0);
        file.close();
        QVERIFY(watcher.changedSinceLoad(index));
        watcher.checkNow();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), index);
        QVERIFY(watcher.hasUnseenDiskChange(index));
        QVERIFY(!watcher.hasUnseenDiskChange(index - 1));
    }

    void cancelOrOpenDuringTheSteps_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<bool>("openAgain");
        QTest::newRow("cancel") << true << false;
        QTest::newRow("second open") << false << true;
        QTest::newRow("cancel, then open") << true << true;
    }

    void cancelOrOpenDuringTheSteps()
    {
        QFETCH(bool, cancel);
        QFETCH(bool, openAgain);
        Window stepped;
        Window direct;
        const QStringList both { m_first, m_second };
        QVERIFY(direct.articles.open(openAgain ? both : QStringList { m_first }).isEmpty());
        ArticleLoader loader(&stepped.articles);
        QList<std::pair<int, bool>> finished; // opened, cancelled
        connect(&loader, &ArticleLoader::finished, &loader,
            [&](int opened, const QList<ArticleSet::LoadError>&, bool cancelled) {
                finished.append({ opened, cancelled });
            });
        bool interrupted = false;
        // Between the store's step and the later ones, as a click on Cancel or Open would be.
        connect(&stepped.store, &CorpusStore::corpusReset, &loader, [&] {
            if (interrupted)
                return;
            interrupted = true;
            QTimer::singleShot(0, &loader, [&] {
                QVERIFY(loader.isAdopting());
                if (cancel)
                    loader.cancel();
                if (openAgain)
                    loader.open({ m_second });
            });
        });
        loader.open({ m_first });
        QTRY_COMPARE(finished.size(), openAgain ? 2 : 1);
        QTRY_VERIFY(!loader.isBusy());
        QVERIFY(interrupted);
        // The first load was read completely before Cancel came: it is opened whole.
        QCOMPARE(finished.at(0), std::pair(40, false));
        if (openAgain)
            QCOMPARE(finished.at(1), std::pair(30, false));
        compareWindows(stepped, direct);
    }
};

QTEST_MAIN(TestSteppedAdoption)
#include "tst_steppedadoption.moc"
