// The Duplicates dock on a copy of the corpus30 fixture: the search runs off the UI thread and fills
// the list; a result of an older corpus is dropped; Enter asks for the merge, Delete remembers the
// pair as different in the folder, Space skips; the merge it falls back on works within articles.
#include "articleset.h"
#include "corpusstore.h"
#include "corpuseditor.h"
#include "duplicatemodel.h"
#include "duplicatesearch.h"
#include "duplicatespanel.h"
#include "format.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestDuplicatesPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files;

    QList<Document> documents() const
    {
        QList<Document> list;
        for (const QString& file : m_files)
            list.append(Format::load(file));
        return list;
    }
    static bool waitForList(DuplicatesPanel& panel)
    {
        QSignalSpy finished(panel.search(), &DuplicateSearch::searchFinished);
        return finished.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir fixture(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/corpus30"));
        for (const QString& name : fixture.entryList({ u"*.entente"_s }, QDir::Files)) {
            m_files.append(m_dir.filePath(name));
            QVERIFY(QFile::copy(fixture.filePath(name), m_files.constLast()));
        }
    }

    void searchFillsTheListOffTheUiThread()
    {
        CorpusStore store;
        DuplicatesPanel panel(&store);
        QAbstractItemModelTester tester(panel.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.search()->setDelay(10);
        store.setDocuments(documents());
        QVERIFY(panel.search()->isSearching());
        QVERIFY(waitForList(panel));
        const DuplicateModel* model = panel.search()->model();
        QVERIFY(model->rowCount() >= 10);
        QCOMPARE(model->revision(), store.revision());
        QVERIFY(model->rowOf(MarkKind::Actor, u"lavrov"_s, u"sergey-lavrov"_s) >= 0);
        QVERIFY(model->rowOf(MarkKind::Meeting, u"asean-sidelines-talks"_s, u"blinken-wang-jakarta"_s) >= 0);
    }

    void staleResultsAreDropped()
    {
        CorpusStore store;
        DuplicatesPanel panel(&store);
        panel.search()->setDelay(0);
        store.setDocuments(documents());
        panel.search()->searchNow();
        // The corpus changes while the search runs: its result is of the old corpus.
        store.removeDocument(
            store.corpus().documentIndex(m_dir.filePath(u"2023-07-jakarta-report.entente"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(
            !panel.search()->isSearching() && panel.search()->model()->revision() == store.revision(), 20000);
        QCOMPARE(panel.search()->model()->rowOf(MarkKind::Meeting, u"asean-sidelines-talks"_s,
                                                u"blinken-wang-jakarta"_s),
                 -1);
    }

    void keysMergeRejectAndSkip()
    {
        CorpusStore store;
        DuplicatesPanel panel(&store);
        panel.resize(900, 400);
        panel.show();
        panel.search()->setDelay(10);
        store.setDocuments(documents());
        QVERIFY(waitForList(panel));
        DuplicateModel* model = panel.search()->model();
        QTreeView* view = panel.view();
        view->setFocus();

        // Space and Right skip to the next proposal; selecting shows the record that would go.
        view->setCurrentIndex(model->index(0, 0));
        QCOMPARE(store.current().id, model->index(0, 0).data(DuplicateModel::MergeIdRole).toString());
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentIndex().row(), 2);

        // Enter asks for the merge of the selected proposal and moves on.
        QSignalSpy merge(&panel, &DuplicatesPanel::mergeRequested);
        const int row = model->rowOf(MarkKind::Actor, u"lavrov"_s, u"sergey-lavrov"_s);
        view->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(merge.size(), 1);
        QVERIFY(merge.first().at(0).value<MarkKind>() == MarkKind::Actor);
        QCOMPARE(merge.first().at(1).toString(), u"lavrov"_s);
        QCOMPARE(merge.first().at(2).toString(), u"sergey-lavrov"_s);

        // Delete: remembered in the corpus folder, gone from the list, not proposed again.
        const int kerry = model->rowOf(MarkKind::Actor, u"kerry"_s, u"john-kerry"_s);
        QVERIFY(kerry >= 0);
        const int before = model->rowCount();
        view->setCurrentIndex(model->index(kerry, 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(model->rowCount(), before - 1);
        QCOMPARE(model->rowOf(MarkKind::Actor, u"kerry"_s, u"john-kerry"_s), -1);
        QFile file(m_dir.filePath(u".entente-duplicates"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("actor john-kerry kerry\n"));
        // A search coming back keeps the selected proposal, and leaves the analyst's record alone.
        const QString selected = view->currentIndex().data(DuplicateModel::MergeIdRole).toString();
        store.setCurrent({ MarkKind::Actor, u"wang-yi"_s });
        QSignalSpy finished(panel.search(), &DuplicateSearch::searchFinished);
        panel.search()->searchNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(view->currentIndex().data(DuplicateModel::MergeIdRole).toString(), selected);
        QCOMPARE(store.current().id, u"wang-yi"_s);
        QCOMPARE(model->rowOf(MarkKind::Actor, u"kerry"_s, u"john-kerry"_s), -1);
        QVERIFY(model->rowOf(MarkKind::Actor, u"lavrov"_s, u"sergey-lavrov"_s) >= 0);
        QVERIFY(file.remove());
    }

    // The dock's merge is the corpus-wide one (tst_crossarticleedits covers it across articles).
    void mergeWithinOneArticle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"one.entente"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "[Tony Blinken]{actor=tony-blinken} met [Antony Blinken]{actor=blinken}'s staff.\n\n=== entente "
            "===\n"
            "actor blinken: Antony Blinken; person; USA\nactor tony-blinken: Tony Blinken; person; USA\n");
        file.close();
        CorpusStore store;
        ArticleSet articles(&store);
        QVERIFY(articles.open({ path, m_files.first() }).isEmpty());
        QString error;
        QVERIFY2(articles.corpusEditor()->merge(MarkKind::Actor, u"tony-blinken"_s, u"blinken"_s, &error),
                 qPrintable(error));
        QCOMPARE(store.corpus().actorIndex(u"tony-blinken"), -1);
        QCOMPARE(store.corpus().actors.at(store.corpus().actorIndex(u"blinken")).aliases,
                 QStringList { u"Tony Blinken"_s });
        QVERIFY(articles.document(0).text.startsWith(u"[Tony Blinken]{actor=blinken}"_s));

        // An id no article defines is refused, and nothing changes.
        const QString text = articles.document(0).text;
        QVERIFY(!articles.corpusEditor()->merge(MarkKind::Meeting, u"a"_s, u"b"_s, &error));
        QCOMPARE(error, u"there is no meeting 'b'"_s);
        QCOMPARE(articles.document(0).text, text);
    }
};

QTEST_MAIN(TestDuplicatesPanel)
#include "tst_duplicatespanel.moc"
