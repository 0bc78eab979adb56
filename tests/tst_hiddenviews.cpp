// In the window, the charts behind another dock's tab do not follow an opened folder until they are
// shown (HiddenViewGate): shown, they hold exactly what a chart made on the same corpus holds, and
// they follow edits from then on. Their article tabs' order comes from keys made by the loader.
#include "analysisdocks.h"
#include "articleloader.h"
#include "articleset.h"
#include "articletabs.h"
#include "corpusgenerator.h"
#include "corpusstore.h"
#include "hiddenviewgate.h"
#include "issuestatuschart.h"
#include "mainwindow.h"
#include "meetingschart.h"
#include "naturalorder.h"
#include "recordpanel.h"

#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Entente;

namespace {

QDockWidget* dockOf(MainWindow& window, QWidget* view)
{
    for (QDockWidget* dock : window.analysis()->docks()) {
        if (dock->widget() == view)
            return dock;
    }
    return nullptr;
}

// Every bar of the chart: per status and bin, the meetings counted.
QList<QList<QStringList>> barsOf(const MeetingsChart& chart)
{
    return chart.counts().meetingIds;
}

QStringList rowsOf(const IssueStatusChart& chart)
{
    QStringList rows;
    for (const IssueTimeline::Row& row : chart.timeline().rows)
        rows.append(row.issueId + u' ' + QString::number(row.segmentCount));
    return rows;
}

} // namespace

class TestHiddenViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QString m_articles;
    QString m_more; // another folder, opened after the first

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_folder.isValid());
        m_articles = m_folder.filePath(QStringLiteral("articles"));
        Testing::CorpusGenerator generator({ .articles = 30, .seed = 21 });
        QVERIFY(generator.writeTo(m_articles) > 0);
        m_more = m_folder.filePath(QStringLiteral("more"));
        Testing::CorpusGenerator more({ .articles = 20, .seed = 22 });
        QVERIFY(more.writeTo(m_more) > 0);
    }

    void hiddenChartIsBuiltWhenShown()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MeetingsChart* meetings = window.analysis()->meetingsChart();
        IssueStatusChart* issues = window.analysis()->issueChart();
        // Closed (View menu), as behind another dock's tab: not on screen.
        dockOf(window, meetings)->hide();
        dockOf(window, issues)->hide();
        QTRY_VERIFY(!meetings->isVisible());
        QVERIFY(!issues->isVisible());
        QVERIFY(window.openPaths({ m_articles }));

        // Not followed while hidden.
        QVERIFY(meetings->hiddenGate()->isStale());
        QVERIFY(issues->hiddenGate()->isStale());
        QVERIFY(meetings->counts().meetingIds.isEmpty());

        // Charts made alone on the same corpus are what the docks must show.
        MeetingsChart expectedMeetings(window.store());
        IssueStatusChart expectedIssues(window.store());
        QVERIFY(!barsOf(expectedMeetings).isEmpty());
        QVERIFY(!rowsOf(expectedIssues).isEmpty());

        dockOf(window, meetings)->show();
        QTRY_VERIFY(meetings->isVisible());
        QVERIFY(!meetings->hiddenGate()->isStale());
        QCOMPARE(barsOf(*meetings), barsOf(expectedMeetings));

        dockOf(window, issues)->show();
        QTRY_VERIFY(issues->isVisible());
        QVERIFY(!issues->hiddenGate()->isStale());
        QCOMPARE(rowsOf(*issues), rowsOf(expectedIssues));

        // Shown, a chart follows the next folder in the next event-loop turn; hidden again, it waits
        // until shown.
        dockOf(window, meetings)->hide();
        QTRY_VERIFY(!meetings->isVisible());
        QVERIFY(window.openPaths({ m_more }));
        QVERIFY(meetings->hiddenGate()->isStale());
        QTRY_VERIFY(!issues->hiddenGate()->isStale());
        QTest::qWait(50);
        QVERIFY(meetings->hiddenGate()->isStale());
        MeetingsChart bothMeetings(window.store());
        IssueStatusChart bothIssues(window.store());
        QCOMPARE(rowsOf(*issues), rowsOf(bothIssues));
        dockOf(window, meetings)->show();
        QTRY_VERIFY(meetings->isVisible());
        QCOMPARE(barsOf(*meetings), barsOf(bothMeetings));
    }

    void chartMadeAloneFollowsAtOnce()
    {
        // The command line and tests make a chart without the window: it is never left stale.
        CorpusStore store;
        MeetingsChart chart(&store);
        QVERIFY(!chart.hiddenGate()->isEnabled());
        ArticleSet articles(&store);
        QVERIFY(articles.open({ m_articles }).isEmpty());
        QVERIFY(!chart.hiddenGate()->isStale());
        QVERIFY(!chart.counts().meetingIds.isEmpty());
    }

    void loaderMakesTheTabsSortKeys()
    {
        MainWindow window;
        QList<QStringList> sent;
        connect(window.loader(), &ArticleLoader::sortKeysReady, this,
            [&sent](const QStringList& paths, const QList<QCollatorSortKey>& keys) {
                QCOMPARE(keys.size(), paths.size());
                sent.append(paths);
            });
        QVERIFY(window.openPaths({ m_articles }));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.constFirst().size(), qsizetype(window.articles()->count()));
        // The tabs' order is the natural order of the file names.
        const QCollator collator = NaturalOrder::collator();
        ArticleTabs* tabs = window.articleTabs();
        for (int article = 0; article < window.articles()->count(); ++article) {
            for (int other = 0; other < window.articles()->count(); ++other) {
                const int order = NaturalOrder::keyOf(collator, window.articles()->path(article))
                                      .compare(NaturalOrder::keyOf(collator, window.articles()->path(other)));
                if (order != 0)
                    QCOMPARE(tabs->rankOf(article) < tabs->rankOf(other), order < 0);
            }
        }
    }

    void shownArticleIsLaidOutInATurnBeforeFinished()
    {
        MainWindow window;
        QList<int> documentsAtPrepare; // articles with a text document, after the window's slot
        int documentsAtFinish = -1;
        const auto withDocuments = [&window] {
            int count = 0;
            for (int article = 0; article < window.articles()->count(); ++article)
                count += window.articles()->hasTextDocument(article) ? 1 : 0;
            return count;
        };
        // Connected after the window's own slots: these run once the window handled each step.
        connect(window.loader(), &ArticleLoader::aboutToFinish, this, [&] { documentsAtPrepare.append(withDocuments()); });
        connect(window.loader(), &ArticleLoader::finished, this, [&] { documentsAtFinish = withDocuments(); });
        QVERIFY(window.openPaths({ m_articles }));
        // One text document, made in the step before finished(): the article shown, first in the tabs.
        QCOMPARE(documentsAtPrepare, QList<int> { 1 });
        QCOMPARE(documentsAtFinish, 1);
        const int shown = window.currentArticle();
        QVERIFY(window.articles()->hasTextDocument(shown));
        QCOMPARE(window.articleTabs()->rankOf(shown), 0);
    }
    void shownViewsCatchUpInTurnsOfTheirOwn()
    {
        // The turn that swaps a corpus in does not also rebuild the charts on screen or measure the
        // lists' rows: each does it in a later turn, and then holds what it would have at once.
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MeetingsChart* meetings = window.analysis()->meetingsChart();
        dockOf(window, meetings)->show();
        dockOf(window, meetings)->raise();
        QTRY_VERIFY(meetings->isVisible());
        RecordPanel* shownList = nullptr;
        RecordPanel* hiddenList = nullptr;
        for (RecordPanel* panel : { window.actorPanel(), window.meetingPanel(), window.issuePanel() })
            (panel->isVisible() ? shownList : hiddenList) = panel;
        QVERIFY(shownList);
        QVERIFY(!shownList->isFitPending());
        const int narrowWidth = shownList->view()->columnWidth(0);

        ArticleSet alone(new CorpusStore(this));
        QVERIFY(alone.open({ m_articles }).isEmpty());
        window.store()->setCorpus(alone.store()->corpus());

        QVERIFY(meetings->hiddenGate()->isStale());
        QVERIFY(meetings->counts().meetingIds.isEmpty());
        QVERIFY(shownList->isFitPending());
        QCOMPARE(shownList->view()->columnWidth(0), narrowWidth);

        QTRY_VERIFY(!meetings->hiddenGate()->isStale());
        MeetingsChart expected(window.store());
        QVERIFY(!barsOf(expected).isEmpty());
        QCOMPARE(barsOf(*meetings), barsOf(expected));
        QTRY_VERIFY(!shownList->isFitPending());
        const int fitted = shownList->view()->columnWidth(0);
        QVERIFY(fitted != narrowWidth);
        shownList->view()->resizeColumnToContents(0); // fitted already: fitting again changes nothing
        QCOMPARE(shownList->view()->columnWidth(0), fitted);
        // A list behind another dock's tab measures its rows when it is first shown.
        if (hiddenList) {
            QVERIFY(hiddenList->isFitPending());
            QWidget* dock = hiddenList;
            while (dock && !qobject_cast<QDockWidget*>(dock))
                dock = dock->parentWidget();
            QVERIFY(dock);
            dock->show();
            dock->raise();
            QTRY_VERIFY(!hiddenList->isFitPending());
        }
    }
};

QTEST_MAIN(TestHiddenViews)
#include "tst_hiddenviews.moc"
