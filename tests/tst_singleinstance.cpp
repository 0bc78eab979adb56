// One Entente per session: a second start hands its files to the running one (here in a thread of its
// own, as it would be in a process of its own), and a socket left by a crash is taken over.
#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Entente;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void handsFilesToTheRunningOne()
    {
        const QString name = m_dir.filePath(QStringLiteral("running"));
        QThread thread;
        auto* running = new SingleInstance(name);
        running->moveToThread(&thread);
        connect(&thread, &QThread::finished, running, &QObject::deleteLater);
        thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(running, [&] { listening = running->listen(); }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);
        QList<QStringList> received;
        connect(running, &SingleInstance::pathsReceived, this, [&received](const QStringList& paths) { received.append(paths); });

        const SingleInstance second(name);
        QVERIFY(second.sendToRunning({ QStringLiteral("article.entente"), QStringLiteral("/tmp/other.txt") }));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.first(), (QStringList { QDir::current().absoluteFilePath(QStringLiteral("article.entente")),
                                       QStringLiteral("/tmp/other.txt") }));
        // Started without files, it still goes to the running one (which comes to the front).
        QVERIFY(second.sendToRunning({}));
        QTRY_COMPARE(received.size(), 2);
        QVERIFY(received.last().isEmpty());
        // A second one cannot listen while the first runs.
        SingleInstance third(name);
        QVERIFY(!third.listen());
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void runsAloneWhenNoneRuns()
    {
        const SingleInstance lonely(m_dir.filePath(QStringLiteral("nobody")));
        QVERIFY(!lonely.sendToRunning({ QStringLiteral("a.entente") }, 300));
    }

    void takesOverTheSocketOfACrashedOne()
    {
        const QString name = m_dir.filePath(QStringLiteral("crashed"));
        QFile stale(name); // what a crash leaves where the socket was
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance next(name);
        QVERIFY(!next.sendToRunning({}, 300));
        QVERIFY(next.listen());
        QVERIFY(next.isListening());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
