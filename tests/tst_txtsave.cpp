// Saving an article read from a .txt file: asked once, it goes to a .entente file beside the .txt
// (which keeps its bytes) or into the .txt, as the analyst chose, for the rest of the session.
#include "annotatededitor.h"
#include "articleset.h"
#include "format.h"
#include "mainwindow.h"
#include "txtsavechoice.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Entente;
using Answer = TxtSaveChoice::Answer;

class TestTxtSave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("suggest/onOpen"), false);
        QVERIFY(m_dir.isValid());
    }

    void asksOnceAndRemembers()
    {
        TxtSaveChoice choice(nullptr);
        int asked = 0;
        Answer answer = Answer::SaveBeside;
        bool remember = true;
        bool sawExisting = false;
        QString besidePath;
        choice.setAsk([&](const QString&, const QString& beside, bool exists, bool* keep) {
            ++asked;
            sawExisting = exists;
            besidePath = beside;
            *keep = remember;
            return answer;
        });
        const QString entente = m_dir.filePath(QStringLiteral("article.entente"));
        QCOMPARE(choice.targetFor(entente), entente); // not a .txt: never asked
        QCOMPARE(asked, 0);
        const QString txt = m_dir.filePath(QStringLiteral("notes.txt"));
        answer = Answer::Cancel;
        QCOMPARE(choice.targetFor(txt), QString()); // cancelled: not saved, asked again next time
        write(QStringLiteral("notes.entente"), "x");
        answer = Answer::SaveBeside;
        QCOMPARE(choice.targetFor(txt), m_dir.filePath(QStringLiteral("notes.entente")));
        QVERIFY(sawExisting);
        QCOMPARE(besidePath, m_dir.filePath(QStringLiteral("notes.entente")));
        QCOMPARE(asked, 2);
        QCOMPARE(choice.targetFor(m_dir.filePath(QStringLiteral("other.TXT"))), m_dir.filePath(QStringLiteral("other.entente")));
        QCOMPARE(asked, 2); // remembered for the session
        choice.forget();
        answer = Answer::WriteIntoTxt;
        remember = false;
        QCOMPARE(choice.targetFor(txt), txt);
        QCOMPARE(choice.targetFor(txt), txt);
        QCOMPARE(asked, 4); // not remembered: asked each time
    }

    // Through the window: Ctrl+S on a tagged .txt article writes notes.entente, the .txt keeps its
    // bytes, and the article goes on from the .entente file.
    void savesBesideTheTxtFile()
    {
        const QByteArray raw = "Wang Yi met Antony Blinken in Jakarta.\n";
        const QString txt = write(QStringLiteral("jakarta.txt"), raw);
        MainWindow window;
        int asked = 0;
        window.txtSaveChoice()->setAsk([&asked](const QString&, const QString&, bool, bool* remember) {
            ++asked;
            *remember = true;
            return Answer::SaveBeside;
        });
        QVERIFY(window.openPaths({ txt }));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTextCursor cursor(window.editor()->document());
        cursor.insertText(QStringLiteral("Today: "));
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        const QString entente = m_dir.filePath(QStringLiteral("jakarta.entente"));
        QCOMPARE(asked, 1);
        QCOMPARE(read(txt), raw);
        QCOMPARE(read(entente), QByteArray("Today: ") + raw);
        QCOMPARE(window.articles()->path(0), entente);
        QVERIFY(!window.articles()->isModified(0));
        cursor.insertText(QStringLiteral("More. "));
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(asked, 1); // a .entente article now: saved in place
        QCOMPARE(read(entente), QByteArray("Today: More. ") + raw);
        QCOMPARE(read(txt), raw);
    }
};

QTEST_MAIN(TestTxtSave)
#include "tst_txtsave.moc"
