// A test hook for the SIGKILL recovery test (tests/tst_killrecovery.cpp), off unless the environment
// variable ENTENTE_TEST_TYPIST is set to "TYPE_MS,SAVE_MS,AUTOSAVE_MS". Then, once the command line's
// files are open, the window's first article is typed into every TYPE_MS milliseconds (" e1", " e2",
// … appended to its first line, as keystrokes would), saved every SAVE_MS, and autosaved at most
// AUTOSAVE_MS after a change; each step is printed to standard output ("typed N", "saved N") so the
// test knows what the files must hold when it kills the process. A fourth number QUIT_AFTER ends it
// the way an analyst does: after that many edits the article is saved and the window closed.
#pragma once

#include <QObject>

namespace Entente {

class MainWindow;

class TestTypist : public QObject
{
    // No signals or slots of its own: connections are to member functions.
public:
    // Null unless ENTENTE_TEST_TYPIST is set and valid.
    static TestTypist* fromEnvironment(MainWindow* window);
    ~TestTypist() override;

    void start();

private:
    TestTypist(MainWindow* window, int typeMs, int saveMs);
    void type();
    void save();

    MainWindow* m_window;
    int m_typeMs;
    int m_saveMs;
    int m_typed = 0;
    int m_quitAfter = 0; // 0: types until killed
};

} // namespace Entente
