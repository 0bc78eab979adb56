// The autosaver writes recovery copies on its writer thread: what it writes is the texts of the
// moment, a failed write is reported on the UI thread, and quitting waits for the write in progress.
#include "articleset.h"
#include "autosaver.h"
#include "corpusstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString recoveredText(const QString& recoveryFile)
{
    const QByteArray bytes = readAll(recoveryFile);
    const qsizetype end = bytes.indexOf("\n\n");
    return end < 0 ? QString() : QString::fromUtf8(bytes.sliced(end + 2));
}

QString articleText(int i)
{
    return u"Article %1: the ministers met in Beijing on Tuesday.\n"_s.arg(i);
}

// Opens count small articles and changes each one without a text document (as a cross-article
// Rename Id does); returns their paths.
QStringList openAndChange(const QTemporaryDir& dir, ArticleSet* articles, int count)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(u"article-%1.txt"_s.arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(articleText(i).toUtf8()) < 0)
            return {};
        paths.append(path);
    }
    if (!articles->open(paths).isEmpty())
        return {};
    for (int i = 0; i < count; ++i)
        articles->setTextWithoutDocument(i, articleText(i) + u"Changed across articles.\n"_s);
    return paths;
}

} // namespace

class AutosaveWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backgroundCopiesAreTheTexts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CorpusStore store;
        ArticleSet articles(&store);
        AutoSaver saver(&articles);
        saver.setDirectory(dir.filePath(u"recovery"_s));
        saver.setDelays(10, 50);
        QSignalSpy written(&saver, &AutoSaver::written);
        constexpr int count = 60;
        const QStringList paths = openAndChange(dir, &articles, count);
        QCOMPARE(paths.size(), count);
        // Changed again while the first batch may be on its way: the newer text wins.
        articles.setTextWithoutDocument(7, u"Seventh, changed twice.\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(written.size() >= count, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(recoveredText(saver.recoveryFileFor(paths.at(7))), u"Seventh, changed twice.\n"_s, 5000);
        for (int i = 0; i < count; ++i)
            QCOMPARE(recoveredText(saver.recoveryFileFor(paths.at(i))), articles.text(i));
        QVERIFY(saver.failures().isEmpty());

        // Saved while nothing is pending: its copy goes.
        QString error;
        QVERIFY2(articles.save(3, &error), qPrintable(error));
        QVERIFY(!QFile::exists(saver.recoveryFileFor(paths.at(3))));
    }

    void failedBackgroundWriteIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CorpusStore store;
        ArticleSet articles(&store);
        AutoSaver saver(&articles);
        saver.setDirectory(dir.filePath(u"recovery"_s));
        saver.setDelays(10, 50);
        saver.setRetryInterval(100);
        const QStringList paths = openAndChange(dir, &articles, 3);
        QCOMPARE(paths.size(), 3);
        QSignalSpy written(&saver, &AutoSaver::written);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 3, 5000);

        // The copy's own path taken by a folder: the writer thread fails, the UI thread reports it.
        const QString copy = saver.recoveryFileFor(paths.at(1));
        QVERIFY(QFile::remove(copy));
        QVERIFY(QDir().mkpath(copy + u"/blocking"_s));
        QSignalSpy failed(&saver, &AutoSaver::writeFailed);
        articles.setTextWithoutDocument(1, u"Cannot be written yet.\n"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toInt(), 1);
        QVERIFY(failed.first().at(1).toString().contains(u"could not write"_s));
        QCOMPARE(saver.failures().size(), 1);
        QVERIFY(saver.failures().contains(paths.at(1)));

        // Retried until the folder goes.
        QVERIFY(failed.wait(5000));
        QVERIFY(QDir(copy).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(saver.failures().isEmpty(), 5000);
        QCOMPARE(recoveredText(copy), u"Cannot be written yet.\n"_s);
    }

    void quittingWaitsForTheWriteInProgress()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CorpusStore store;
        ArticleSet articles(&store);
        auto saver = std::make_unique<AutoSaver>(&articles);
        const QString recovery = dir.filePath(u"recovery"_s);
        saver->setDirectory(recovery);
        saver->setDelays(0, 0);
        constexpr int count = 300;
        const QStringList paths = openAndChange(dir, &articles, count);
        QCOMPARE(paths.size(), count);
        QSignalSpy written(saver.get(), &AutoSaver::written);
        // Let the timer start the batch, then quit before its results are back on this thread.
        QElapsedTimer clock;
        clock.start();
        while (saver->sessionDirectory().isEmpty() && clock.elapsed() < 5000)
            QCoreApplication::processEvents();
        QVERIFY(!saver->sessionDirectory().isEmpty());
        QVERIFY(written.isEmpty());
        articles.setTextWithoutDocument(0, u"Changed during the write.\n"_s);
        saver.reset();

        // Every copy is there, whole, with the last text; the session is another start's to recover.
        const QList<AutoSaver::Recoverable> recoverables = AutoSaver::findRecoverable(recovery);
        QCOMPARE(recoverables.size(), count);
        for (const AutoSaver::Recoverable& recoverable : recoverables) {
            const int index = articles.indexOfPath(recoverable.path);
            QVERIFY(index >= 0);
            QCOMPARE(recoverable.text, articles.text(index));
        }
    }
};

QTEST_MAIN(AutosaveWriterTest)
#include "tst_autosavewriter.moc"
