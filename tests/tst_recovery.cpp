// Never losing work: autosave copies, recovery after a SIGKILL (the test starts itself as the child
// that is killed), files changed on disk by other programs, and sessions of running instances.
#include "annotatededitor.h"
#include "articleset.h"
#include "autosaver.h"
#include "corpusstore.h"
#include "diskchangebanner.h"
#include "diskwatcher.h"
#include "documentedits.h"
#include "format.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <cstdio>

using namespace Entente;

namespace {

const char* const childVariable = "ENTENTE_RECOVERY_CHILD";
const char* const childDirectoryVariable = "ENTENTE_RECOVERY_DIR";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Like most editors: a temporary file renamed over the old one.
bool writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

// Like `cat > file`: the same file, truncated and written.
bool writeInPlace(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray sha256(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

// The sample article before annotation: its words only, as a raw file an analyst starts from.
QByteArray rawSample()
{
    return Format::encodePlainText(Format::load(QStringLiteral(ENTENTE_SAMPLE)));
}

// The text part of a recovery file (after the header's empty line).
QString recoveredText(const QString& recoveryFile)
{
    const QByteArray bytes = readAll(recoveryFile);
    const qsizetype end = bytes.indexOf("\n\n");
    return end < 0 ? QString() : QString::fromUtf8(bytes.sliced(end + 2));
}

// Creates an actor record and tags the first "Antony Blinken" with it: two results, one undo step.
bool tagBlinken(ArticleSet* articles, int index, QString* error)
{
    Actor actor;
    actor.id = QStringLiteral("blinken");
    actor.name = QStringLiteral("Antony Blinken");
    actor.side = QStringLiteral("USA");
    actor.role = QStringLiteral("Secretary of State");
    if (!articles->applyEdits(index, DocumentEdits::setRecord(articles->document(index), Format::formatActor(actor)),
            error))
        return false;
    const Document& document = articles->document(index);
    const int start = int(document.text.indexOf(u"Antony Blinken"));
    return articles->applyEdits(index,
        DocumentEdits::addMark(document, start, start + 14, MarkKind::Actor, QStringLiteral("blinken")), error, true);
}

// Presses a button of the next modal message box (found by the button's object name).
void answerNextMessageBox(const QString& buttonName, int attempts = 100)
{
    QTimer::singleShot(50, qApp, [buttonName, attempts] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        auto* button = box ? box->findChild<QPushButton*>(buttonName) : nullptr;
        if (button)
            button->click();
        else if (attempts > 0)
            answerNextMessageBox(buttonName, attempts - 1);
    });
}

// The child of recoversEverythingAfterSigkill: edits like an analyst, waits for the autosave, prints
// the SHA-256 of its text and waits to be killed.
int runChild(const QString& article, const QString& recoveryDirectory)
{
    QStandardPaths::setTestModeEnabled(true);
    const auto fail = [](const QString& message) {
        std::fprintf(stderr, "child: %s\n", qPrintable(message));
        return 1;
    };
    MainWindow window;
    window.autoSaver()->setDirectory(recoveryDirectory);
    window.show();
    if (!window.openPaths({ article }))
        return fail(QStringLiteral("could not open %1").arg(article));
    const int index = window.articles()->indexOfPath(article);
    AnnotatedEditor* editor = window.editor();
    QTextCursor cursor(editor->document());
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral(" (Checked by the analyst.)"));
    if (!ArticleSet::documentText(editor->document()).contains(u"(Checked by the analyst.)"))
        return fail(QStringLiteral("typing did not reach the text"));
    QString error;
    if (!tagBlinken(window.articles(), index, &error))
        return fail(error);
    QSignalSpy written(window.autoSaver(), &AutoSaver::written);
    if (!written.wait(10000))
        return fail(QStringLiteral("no autosave"));
    std::printf("%s\n", sha256(ArticleSet::documentText(editor->document())).constData());
    std::fflush(stdout);
    QTimer::singleShot(120000, qApp, &QCoreApplication::quit); // if the parent never kills us
    return QApplication::exec();
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeArticle(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        writeAtomically(path, bytes);
        return QFileInfo(path).absoluteFilePath();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void autosaveWritesTheExactTextSoon()
    {
        const QString path = writeArticle(QStringLiteral("autosave.entente"), readAll(QStringLiteral(ENTENTE_SAMPLE)));
        CorpusStore store;
        ArticleSet articles(&store);
        AutoSaver saver(&articles);
        saver.setDirectory(m_dir.filePath(QStringLiteral("recovery-a")));
        QVERIFY(articles.open({ path }).isEmpty());
        QTextDocument* document = articles.textDocument(0);
        QSignalSpy written(&saver, &AutoSaver::written);
        QElapsedTimer clock;
        clock.start();
        QTextCursor(document).insertText(QStringLiteral("Draft — not checked yet.\u00a0\n"));
        QVERIFY(written.wait(3000));
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(written.first().first().toInt(), 0);
        const QString file = saver.recoveryFileFor(path);
        QVERIFY(readAll(file).startsWith("ENTENTE-RECOVERY 1\n"));
        QCOMPARE(recoveredText(file), ArticleSet::documentText(document));

        // Continuous typing still writes within the maximum delay.
        written.clear();
        clock.restart();
        while (written.isEmpty() && clock.elapsed() < 5000) {
            QTextCursor(document).insertText(QStringLiteral("x"));
            QTest::qWait(200);
        }
        QVERIFY(!written.isEmpty());
        QVERIFY2(clock.elapsed() < 3600, qPrintable(QString::number(clock.elapsed())));
        saver.writePending();
        QCOMPARE(recoveredText(file), ArticleSet::documentText(document));

        QVERIFY(AutoSaver::findRecoverable(saver.directory()).isEmpty()); // our own session is alive
    }

    void saveAndUndoRemoveTheCopy()
    {
        const QString path = writeArticle(QStringLiteral("save.entente"), readAll(QStringLiteral(ENTENTE_SAMPLE)));
        CorpusStore store;
        ArticleSet articles(&store);
        AutoSaver saver(&articles);
        saver.setDirectory(m_dir.filePath(QStringLiteral("recovery-b")));
        QVERIFY(articles.open({ path }).isEmpty());
        QTextDocument* document = articles.textDocument(0);
        QSignalSpy written(&saver, &AutoSaver::written);

        QTextCursor(document).insertText(QStringLiteral("First. "));
        QVERIFY(written.wait(3000));
        const QString file = saver.recoveryFileFor(path);
        QVERIFY(QFile::exists(file));
        QString error;
        QVERIFY2(articles.save(0, &error), qPrintable(error));
        QVERIFY(!QFile::exists(file));

        QTextCursor(document).insertText(QStringLiteral("Second. "));
        QVERIFY(written.wait(3000));
        QVERIFY(QFile::exists(file));
        document->undo(); // back to the saved text
        QVERIFY(!document->isModified());
        QVERIFY(!QFile::exists(file));

        QTextCursor(document).insertText(QStringLiteral("Third. "));
        QVERIFY(written.wait(3000));
        const QString session = saver.sessionDirectory();
        saver.discardAll(); // a clean quit
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QDir(session).exists());
        QVERIFY(AutoSaver::findRecoverable(saver.directory()).isEmpty());
    }

    void recoversEverythingAfterSigkill()
    {
        const QByteArray raw = rawSample();
        QVERIFY(!raw.contains("{actor="));
        const QString path = writeArticle(QStringLiteral("killed.entente"), raw);
        const QString recovery = m_dir.filePath(QStringLiteral("recovery-c"));

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childVariable), path);
        environment.insert(QString::fromLatin1(childDirectoryVariable), recovery);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (!child.canReadLine() && child.state() == QProcess::Running && clock.elapsed() < 60000)
            child.waitForReadyRead(500);
        const QByteArray childHash = child.readLine().trimmed();
        QVERIFY2(childHash.size() == 64, child.readAllStandardError().constData());
        child.kill(); // SIGKILL: no destructor, no closeEvent, nothing flushed
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(readAll(path), raw); // the analyst's file was never written

        const QList<AutoSaver::Recoverable> found = AutoSaver::findRecoverable(recovery);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().path, path);
        QCOMPARE(sha256(found.first().text), childHash);

        MainWindow window;
        window.autoSaver()->setDirectory(recovery);
        answerNextMessageBox(QStringLiteral("restore"));
        window.offerRecovery();
        const int index = window.articles()->indexOfPath(path);
        QVERIFY(index >= 0);
        QTextDocument* document = window.articles()->textDocument(index);
        const QString restored = ArticleSet::documentText(document);
        QCOMPARE(sha256(restored), childHash);
        QVERIFY(restored.contains(u"(Checked by the analyst.)"));
        QVERIFY(restored.contains(u"[Antony Blinken]{actor=blinken}"));
        QCOMPARE(window.articles()->document(index).actors.size(), 1);
        QVERIFY(window.articles()->isModified(index)); // still the analyst's to save
        QCOMPARE(readAll(path), raw);

        // The old copy is gone once this session holds its own; nothing is offered twice.
        QVERIFY(!QFile::exists(found.first().recoveryFile));
        QCOMPARE(recoveredText(window.autoSaver()->recoveryFileFor(path)), restored);
        QVERIFY(AutoSaver::findRecoverable(recovery).isEmpty());

        // One undo shows the file as it is on disk, byte for byte; redo brings the edits back.
        document->undo();
        QCOMPARE(ArticleSet::documentText(document), Format::decode(raw).text);
        QCOMPARE(Format::encode(window.articles()->document(index)), raw);
        QVERIFY(!document->isModified());
        document->redo();
        QCOMPARE(sha256(ArticleSet::documentText(document)), childHash);

        QString error;
        QVERIFY2(window.articles()->save(index, &error), qPrintable(error));
        QCOMPARE(sha256(QString::fromUtf8(readAll(path))), childHash);
    }

    void restoresTheTextOfADeletedFile()
    {
        const QString recovery = m_dir.filePath(QStringLiteral("recovery-d"));
        const QString path = writeArticle(QStringLiteral("deleted.entente"), rawSample());
        {
            CorpusStore store;
            ArticleSet articles(&store);
            AutoSaver saver(&articles);
            saver.setDirectory(recovery);
            QVERIFY(articles.open({ path }).isEmpty());
            QTextCursor(articles.textDocument(0)).insertText(QStringLiteral("Kept. "));
            saver.writePending();
        } // ended without a clean quit
        QVERIFY(QFile::remove(path));
        const QList<AutoSaver::Recoverable> found = AutoSaver::findRecoverable(recovery);
        QCOMPARE(found.size(), 1);

        CorpusStore store;
        ArticleSet articles(&store);
        AutoSaver saver(&articles);
        saver.setDirectory(recovery);
        QString error;
        QVERIFY2(saver.restore(found.first(), &error), qPrintable(error));
        QVERIFY(!QFile::exists(path)); // not written behind the analyst's back
        QCOMPARE(articles.path(0), path);
        QVERIFY(articles.isModified(0));
        QCOMPARE(ArticleSet::documentText(articles.textDocument(0)), found.first().text);
        QVERIFY2(articles.save(0, &error), qPrintable(error));
        QCOMPARE(QString::fromUtf8(readAll(path)), found.first().text);
    }

    void liveSessionsAreNotOffered()
    {
        const QString recovery = m_dir.filePath(QStringLiteral("recovery-e"));
        const QString path = writeArticle(QStringLiteral("live.entente"), rawSample());
        CorpusStore store;
        ArticleSet articles(&store);
        auto first = std::make_unique<AutoSaver>(&articles);
        first->setDirectory(recovery);
        QVERIFY(articles.open({ path }).isEmpty());
        QTextCursor(articles.textDocument(0)).insertText(QStringLiteral("Live. "));
        first->writePending();
        QVERIFY(QFile::exists(first->recoveryFileFor(path)));

        // Another instance with the same folder sees nothing to restore, even for an old lock.
        CorpusStore otherStore;
        ArticleSet otherArticles(&otherStore);
        AutoSaver second(&otherArticles);
        second.setDirectory(recovery);
        QVERIFY(second.findRecoverable().isEmpty());
        QFile lock(first->sessionDirectory() + QStringLiteral("/session.lock"));
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
        lock.close();
        QVERIFY(second.findRecoverable().isEmpty());

        // Once that instance is gone without a clean quit, its copy is offered.
        first.reset();
        const QList<AutoSaver::Recoverable> found = second.findRecoverable();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().path, path);
    }

    void changesOnDiskAreReportedAndReloadLosesNothing()
    {
        const QByteArray raw = rawSample();
        const QString path = writeArticle(QStringLiteral("watched.entente"), raw);
        CorpusStore store;
        ArticleSet articles(&store);
        DiskWatcher watcher(&articles);
        QVERIFY(articles.open({ path }).isEmpty());
        QTextDocument* document = articles.textDocument(0);
        QSignalSpy changed(&watcher, &DiskWatcher::changedOnDisk);
        QSignalSpy removed(&watcher, &DiskWatcher::removedFromDisk);
        QVERIFY(!watcher.changedSinceLoad(0));

        QTextCursor(document).insertText(QStringLiteral("Mine. "));
        const QString mine = ArticleSet::documentText(document);

        // Another program replaces the file atomically.
        const QByteArray theirs = raw + "Their line.\n";
        QVERIFY(writeAtomically(path, theirs));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().first().toInt(), 0);
        QVERIFY(watcher.hasUnseenDiskChange(0));
        QVERIFY(watcher.changedSinceLoad(0));
        QString error;
        QVERIFY2(watcher.reload(0, &error), qPrintable(error));
        QCOMPARE(ArticleSet::documentText(document), Format::decode(theirs).text);
        QVERIFY(!document->isModified());
        QVERIFY(!watcher.hasUnseenDiskChange(0));
        QVERIFY(!watcher.changedSinceLoad(0));
        document->undo(); // the analyst's text is one undo away
        QCOMPARE(ArticleSet::documentText(document), mine);
        document->redo();

        // ... and in place, after the watch followed the replaced file.
        changed.clear();
        const QByteArray again = theirs + "Another line, written in place.\n";
        QVERIFY(writeInPlace(path, again));
        QVERIFY(changed.wait(5000));
        QVERIFY(watcher.changedSinceLoad(0));
        QVERIFY2(watcher.reload(0, &error), qPrintable(error));
        QCOMPARE(ArticleSet::documentText(document), Format::decode(again).text);

        // Entente's own saves are not changes on disk.
        changed.clear();
        QTextCursor(document).insertText(QStringLiteral("Saved by Entente. "));
        QVERIFY2(articles.save(0, &error), qPrintable(error));
        QTest::qWait(800);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!watcher.changedSinceLoad(0));

        // Keep My Version: saving over the change is the analyst's choice.
        QVERIFY(writeAtomically(path, raw));
        QVERIFY(changed.wait(5000));
        watcher.keep(0);
        QVERIFY(!watcher.hasUnseenDiskChange(0));
        QVERIFY(!watcher.changedSinceLoad(0));
        QVERIFY(document->isModified());
        QVERIFY2(articles.save(0, &error), qPrintable(error));
        QVERIFY(readAll(path).startsWith("Saved by Entente. "));

        // Removal is reported too.
        QVERIFY(QFile::remove(path));
        QVERIFY(removed.wait(5000));
        QVERIFY(watcher.isRemovedFromDisk(0));
        QVERIFY(!watcher.changedSinceLoad(0));
    }

    void mainWindowShowsTheBannerAndAsksBeforeOverwriting()
    {
        const QByteArray raw = rawSample();
        const QString path = writeArticle(QStringLiteral("window.entente"), raw);
        MainWindow window;
        window.autoSaver()->setDirectory(m_dir.filePath(QStringLiteral("recovery-f")));
        QVERIFY(window.openPaths({ path }));
        auto* banner = window.findChild<DiskChangeBanner*>();
        QVERIFY(banner);
        QVERIFY(banner->isHidden());
        QTextCursor(window.editor()->document()).insertText(QStringLiteral("Mine. "));
        QSignalSpy changed(window.diskWatcher(), &DiskWatcher::changedOnDisk);
        QVERIFY(writeAtomically(path, raw + "Theirs.\n"));
        QVERIFY(changed.wait(5000));
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains(QStringLiteral("window.entente")));

        // Saving asks first; Cancel leaves the other program's file alone.
        answerNextMessageBox(QStringLiteral("cancel"));
        QVERIFY(!banner->confirmOverwrite(0));
        QVERIFY(!banner->isHidden());

        banner->reloadAction()->trigger();
        QVERIFY(banner->isHidden());
        QCOMPARE(ArticleSet::documentText(window.editor()->document()), Format::decode(raw + "Theirs.\n").text);
        QVERIFY(banner->confirmOverwrite(0)); // nothing changed since the reload: no question

        QVERIFY(writeAtomically(path, raw));
        QVERIFY(changed.wait(5000));
        answerNextMessageBox(QStringLiteral("overwrite"));
        QVERIFY(banner->confirmOverwrite(0));
        QVERIFY(banner->isHidden()); // the analyst chose: keep their version
        QVERIFY(window.articles()->isModified(0));
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString child = qEnvironmentVariable(childVariable);
    if (!child.isEmpty())
        return runChild(child, qEnvironmentVariable(childDirectoryVariable));
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
