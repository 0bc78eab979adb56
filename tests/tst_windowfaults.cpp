// Nothing silent in the window: a failed autosave shows a banner that names the article and the
// reason, is tried again on a timer and goes once a copy is written or the article is saved; the
// entries of an opened folder that were not read are rows of the Problems list with their reason.
#include "annotatededitor.h"
#include "articleset.h"
#include "autosavebanner.h"
#include "autosaver.h"
#include "mainwindow.h"
#include "problemmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

#include <sys/stat.h>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The window with the sample open under dir, autosaving into recovery quickly.
struct Window
{
    MainWindow window;
    QString article;

    Window(const QTemporaryDir& dir, const QString& recovery)
    {
        article = dir.filePath(u"talks.entente"_s);
        QFile::copy(QStringLiteral(ENTENTE_SAMPLE), article);
        QFile::setPermissions(article, QFile::ReadOwner | QFile::WriteOwner);
        window.autoSaver()->setDirectory(recovery);
        window.autoSaver()->setDelays(10, 50);
        window.autoSaver()->setRetryInterval(150);
        window.show();
    }
    bool edit()
    {
        QTextCursor cursor = window.editor()->document()->find(u"in Jakarta,"_s);
        if (cursor.isNull())
            return false;
        cursor.insertText(u"in Jakarta, Indonesia,"_s);
        return true;
    }
};

// With ENTENTE_SHOTS_DIR set, saves a picture of the window there (to look at, not compared).
void shoot(QWidget* window, const QString& name)
{
    const QString folder = qEnvironmentVariable("ENTENTE_SHOTS_DIR");
    if (!folder.isEmpty())
        window->grab().save(folder + u'/' + name);
}

} // namespace

class TestWindowFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void failedAutosaveShowsABannerAndRetries_data()
    {
        QTest::addColumn<bool>("blockFolder"); // else block the copy itself
        QTest::newRow("recovery folder cannot be made") << true;
        QTest::newRow("recovery copy cannot be written") << false;
    }
    void failedAutosaveShowsABannerAndRetries()
    {
        QFETCH(bool, blockFolder);
        QTemporaryDir dir;
        // A regular file where the recovery folder should be, or a folder where the copy should be:
        // both fail also for root, who may write anywhere.
        const QString blocker = dir.filePath(u"blocked"_s);
        QVERIFY(writeFile(blocker, "not a folder"));
        Window w(dir, blockFolder ? blocker + u"/recovery"_s : dir.filePath(u"recovery"_s));
        QVERIFY(w.window.openPaths({ w.article }));
        AutoSaver* saver = w.window.autoSaver();
        AutosaveBanner* banner = w.window.autosaveBanner();
        QVERIFY(banner->isHidden());
        QString copy;
        if (!blockFolder) {
            // A first copy makes the session; then the copy's own path is taken by a folder.
            QVERIFY(w.edit());
            QSignalSpy written(saver, &AutoSaver::written);
            QVERIFY(written.wait(5000));
            copy = saver->recoveryFileFor(w.article);
            QVERIFY(QFile::remove(copy));
            QVERIFY(QDir().mkpath(copy + u"/blocking"_s));
        }
        QSignalSpy failed(saver, &AutoSaver::writeFailed);
        QVERIFY(w.edit());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY(banner->text().contains(u"talks.entente"));
        QVERIFY2(banner->text().contains(blockFolder ? u"could not create the recovery folder"_s : u"could not write"_s),
            qPrintable(banner->text()));
        QCOMPARE(banner->type(), MessageBanner::Type::Error);
        shoot(&w.window, blockFolder ? u"autosave-banner.png"_s : u"autosave-banner-write.png"_s);
        QCOMPARE(saver->failures().size(), 1);
        QVERIFY(saver->failures().contains(w.article));
        // Persistent: no close button; tried again on its own, with no further edit.
        const auto buttons = banner->findChildren<QToolButton*>();
        QVERIFY(std::none_of(buttons.cbegin(), buttons.cend(), [banner](QToolButton* b) {
            return b->isVisible() && b != banner->buttonFor(banner->retryAction());
        }));
        const qsizetype attempts = failed.count();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= attempts + 2, 5000);
        QVERIFY(banner->isVisible());

        // The cause goes away: the next attempt writes the copy, and the banner goes with it.
        if (blockFolder)
            QVERIFY(QFile::remove(blocker));
        else
            QVERIFY(QDir(copy).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 5000);
        QVERIFY(saver->failures().isEmpty());
        const QByteArray text = ArticleSet::documentText(w.window.editor()->document()).toUtf8();
        QVERIFY(readFile(saver->recoveryFileFor(w.article)).endsWith(text));
        const qsizetype after = failed.count();
        QTest::qWait(400); // two retry intervals: nothing more is tried
        QCOMPARE(failed.count(), after);
    }

    void tryAgainWritesAtOnce()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"blocked"_s);
        QVERIFY(writeFile(blocker, "x"));
        Window w(dir, blocker + u"/recovery"_s);
        w.window.autoSaver()->setRetryInterval(600000); // only the button retries here
        QVERIFY(w.window.openPaths({ w.article }));
        QVERIFY(w.edit());
        AutosaveBanner* banner = w.window.autosaveBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY(QFile::remove(blocker));
        QVERIFY(banner->isVisible());
        banner->buttonFor(banner->retryAction())->click();
        QVERIFY(banner->isHidden());
        QVERIFY(QFile::exists(w.window.autoSaver()->recoveryFileFor(w.article)));
    }

    void savingTheArticleClearsTheBanner()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"blocked"_s);
        QVERIFY(writeFile(blocker, "x"));
        Window w(dir, blocker + u"/recovery"_s);
        QVERIFY(w.window.openPaths({ w.article }));
        QVERIFY(w.edit());
        AutosaveBanner* banner = w.window.autosaveBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QString error;
        QVERIFY2(w.window.articles()->save(0, &error), qPrintable(error));
        QVERIFY(banner->isHidden()); // nothing is left to recover
        QVERIFY(w.window.autoSaver()->failures().isEmpty());
        QVERIFY(readFile(w.article).contains("in Jakarta, Indonesia,"));
    }

    void skippedFolderEntriesAreProblems()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"articles"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_SAMPLE), folder + u"/talks.entente"_s));
        const QString fifo = folder + u"/pipe.entente"_s;
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString broken = folder + u"/gone.entente"_s;
        QVERIFY(QFile::link(folder + u"/nowhere.entente"_s, broken));
        const QString loop = folder + u"/loop.txt"_s;
        QVERIFY(QFile::link(loop, loop));

        MainWindow window;
        QAbstractItemModel* model = window.problemList()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.openPaths({ folder }));
        QCOMPARE(window.articles()->count(), 1);

        const auto rowsOf = [model](const QString& path) {
            QList<int> rows;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(ProblemModel::FileRole).toString() == path)
                    rows.append(row);
            }
            return rows;
        };
        const auto check = [&](const QString& path, const QString& reason) {
            const QList<int> rows = rowsOf(path);
            QCOMPARE(rows.size(), 1);
            const QModelIndex index = model->index(rows.first(), 0);
            QCOMPARE(index.data(ProblemModel::SeverityRole).toInt(), int(Severity::Warning));
            QVERIFY2(index.data(ProblemModel::MessageRole).toString().startsWith(u"skipped: "),
                qPrintable(index.data(ProblemModel::MessageRole).toString()));
            QVERIFY2(index.data(ProblemModel::MessageRole).toString().contains(reason),
                qPrintable(index.data(ProblemModel::MessageRole).toString()));
            QVERIFY(index.data(Qt::DisplayRole).toString().startsWith(QFileInfo(path).fileName()));
            QCOMPARE(index.data(ProblemModel::LineRole).toInt(), 0);
        };
        check(fifo, u"FIFO"_s);
        check(broken, u"link"_s);
        check(loop, u"link"_s);
        QCOMPARE(rowsOf(folder + u"/talks.entente"_s).size(), 0); // the sample has no problems
        window.resize(1300, 800);
        window.show();
        shoot(&window, u"skipped-in-problems.png"_s);

        // They stay while the article is edited and re-parsed, and opening the folder again does
        // not list them twice.
        QTextCursor cursor = window.editor()->document()->find(u"in Jakarta,"_s);
        cursor.insertText(u"in Jakarta [Nobody]{actor=nobody},"_s);
        window.articles()->flush();
        QCOMPARE(rowsOf(folder + u"/talks.entente"_s).size(), 1);
        window.openPaths({ folder });
        check(fifo, u"FIFO"_s);
        check(loop, u"link"_s);
        QCOMPARE(model->rowCount(), 4);
    }
};

QTEST_MAIN(TestWindowFaults)
#include "tst_windowfaults.moc"
