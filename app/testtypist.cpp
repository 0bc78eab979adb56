#include "testtypist.h"

#include "articleset.h"
#include "autosaver.h"
#include "mainwindow.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <cstdio>

namespace Entente {

namespace {

void say(const char* what, int n)
{
    std::printf("%s %d\n", what, n);
    std::fflush(stdout); // the test reads it as it comes, and the process is killed, not ended
}

} // namespace

TestTypist* TestTypist::fromEnvironment(MainWindow* window)
{
    const QList<QByteArray> values = qgetenv("ENTENTE_TEST_TYPIST").split(',');
    if (values.size() != 3 && values.size() != 4)
        return nullptr;
    bool ok[3] = {};
    const int typeMs = values.at(0).toInt(&ok[0]);
    const int saveMs = values.at(1).toInt(&ok[1]);
    const int autosaveMs = values.at(2).toInt(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2] || typeMs <= 0 || saveMs <= 0 || autosaveMs <= 0)
        return nullptr;
    window->autoSaver()->setDelays(std::min(autosaveMs, 1000), autosaveMs);
    auto* typist = new TestTypist(window, typeMs, saveMs);
    typist->m_quitAfter = values.size() == 4 ? values.at(3).toInt() : 0;
    return typist;
}

TestTypist::TestTypist(MainWindow* window, int typeMs, int saveMs)
    : QObject(window)
    , m_window(window)
    , m_typeMs(typeMs)
    , m_saveMs(saveMs)
{
}

TestTypist::~TestTypist() = default;

void TestTypist::start()
{
    if (m_window->articles()->count() == 0)
        return;
    m_window->showArticle(0);
    auto* typing = new QTimer(this);
    connect(typing, &QTimer::timeout, this, &TestTypist::type);
    typing->start(m_typeMs);
    auto* saving = new QTimer(this);
    connect(saving, &QTimer::timeout, this, &TestTypist::save);
    saving->start(m_saveMs);
    say("ready", 0);
}

void TestTypist::type()
{
    if (m_quitAfter > 0 && m_typed >= m_quitAfter)
        return; // closing
    QTextDocument* document = m_window->articles()->textDocument(0);
    QTextCursor cursor(document->firstBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" e%1").arg(++m_typed));
    say("typed", m_typed);
    if (m_quitAfter > 0 && m_typed >= m_quitAfter) {
        // Saved, then closed as File ▸ Quit does; the edit typed last is saved, not lost.
        save();
        m_window->close();
    }
}

void TestTypist::save()
{
    QString error;
    if (m_window->articles()->save(0, &error))
        say("saved", m_typed);
    else
        std::fprintf(stderr, "%s\n", qPrintable(error));
}

} // namespace Entente
