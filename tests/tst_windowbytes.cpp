// An article's bytes in the window: open + Save without an edit gives back the file byte for byte for
// every line break (LF, CRLF, CR, mixed), with a BOM or not; typing keeps the file's breaks; and the
// Problems list, the editor's lines and the parser agree on line and column whatever the breaks.
#include "annotatededitor.h"
#include "articleset.h"
#include "mainwindow.h"
#include "problemmodel.h"

#include <QAction>
#include <QFile>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

#include <sys/stat.h>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

const QByteArray bom = "\xEF\xBB\xBF";

// The lines of a small article: a mark naming an actor no record defines is on the third line.
const QList<QByteArray> lines = {
    "Wang Yi met [Antony Blinken]{actor=blinken} in Jakarta.",
    "",
    "They talked about [Taiwan]{actor=nobody} for hours.",
    "=== entente ===",
    "article: date=2023-07-12; title=Talks",
    "actor blinken: Antony Blinken; person; USA",
};

// The file: lines joined by breaks taken in turn from breaks, each line ending with one.
QByteArray article(const QList<QByteArray>& breaks, bool withBom, const QList<QByteArray>& text = lines)
{
    QByteArray bytes = withBom ? bom : QByteArray();
    for (qsizetype i = 0; i < text.size(); ++i)
        bytes += text.at(i) + breaks.at(i % breaks.size());
    return bytes;
}

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

ino_t inode(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_ino : 0;
}

QAction* saveAction(const MainWindow& window)
{
    const auto actions = window.findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->shortcut() == QKeySequence(QKeySequence::Save))
            return action;
    }
    return nullptr;
}

void addVariants()
{
    QTest::addColumn<QList<QByteArray>>("breaks");
    QTest::addColumn<bool>("withBom");
    const QList<std::pair<const char*, QList<QByteArray>>> styles = {
        { "LF", { "\n" } },
        { "CRLF", { "\r\n" } },
        { "CR", { "\r" } },
        // CRLF most often (3 of 6), then LF, then CR.
        { "mixed", { "\r\n", "\n", "\r\n", "\r", "\r\n", "\n" } },
    };
    for (const auto& [name, breaks] : styles) {
        QTest::addRow("%s", name) << breaks << false;
        QTest::addRow("%s with BOM", name) << breaks << true;
    }
}

} // namespace

class TestWindowBytes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The window with bytes open as an article, shown in the editor.
    QString open(MainWindow& window, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')
            + u'-' + QString::fromLatin1(QTest::currentTestFunction()) + u".entente"_s);
        if (!writeFile(path, bytes))
            return {};
        if (!window.openPaths({ path }))
            return {};
        window.showArticle(window.articles()->indexOfPath(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void saveWithoutEditsKeepsTheBytes_data() { addVariants(); }
    void saveWithoutEditsKeepsTheBytes()
    {
        QFETCH(QList<QByteArray>, breaks);
        QFETCH(bool, withBom);
        const QByteArray bytes = article(breaks, withBom);
        MainWindow window;
        const QString path = open(window, bytes);
        QVERIFY(!path.isEmpty());
        QVERIFY(window.editor()->document() == window.articles()->textDocument(0));
        const ino_t before = inode(path);
        QAction* save = saveAction(window);
        QVERIFY(save);
        save->trigger();
        QVERIFY(inode(path) != before); // written again (a new file renamed over the old one)
        QCOMPARE(readFile(path), bytes);
        QVERIFY(!window.articles()->isModified(0));
    }

    void typingKeepsTheLineBreaks_data() { addVariants(); }
    void typingKeepsTheLineBreaks()
    {
        QFETCH(QList<QByteArray>, breaks);
        QFETCH(bool, withBom);
        MainWindow window;
        const QString path = open(window, article(breaks, withBom));
        QVERIFY(!path.isEmpty());
        AnnotatedEditor* editor = window.editor();
        QTextCursor cursor(editor->document()->findBlockByNumber(2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, u" Late."_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, u"A new line."_s);
        saveAction(window)->trigger();

        // The lines keep their breaks; the new line gets the file's most frequent one.
        QList<QByteArray> text = lines;
        text[2] += " Late.";
        QList<QByteArray> expectedBreaks;
        for (qsizetype i = 0; i < lines.size(); ++i)
            expectedBreaks.append(breaks.at(i % breaks.size()));
        text.insert(3, "A new line.");
        expectedBreaks.insert(3, breaks.size() == 1 ? breaks.first() : "\r\n"_ba);
        QCOMPARE(readFile(path), article(expectedBreaks, withBom, text));
    }

    void windowAndParserAgreeOnLineAndColumn_data() { addVariants(); }
    void windowAndParserAgreeOnLineAndColumn()
    {
        QFETCH(QList<QByteArray>, breaks);
        QFETCH(bool, withBom);
        MainWindow window;
        const QString path = open(window, article(breaks, withBom));
        QVERIFY(!path.isEmpty());
        QAbstractItemModel* problems = window.problemList()->model();
        QCOMPARE(problems->rowCount(), 1);
        const QModelIndex problem = problems->index(0, 0);
        QCOMPARE(problem.data(ProblemModel::FileRole).toString(), path);
        QVERIFY2(problem.data(ProblemModel::MessageRole).toString().contains(u"nobody"),
            qPrintable(problem.data(ProblemModel::MessageRole).toString()));
        const int line = problem.data(ProblemModel::LineRole).toInt();
        const int column = problem.data(ProblemModel::ColumnRole).toInt();
        QCOMPARE(line, 3); // a lone CR ends a line for the parser too
        QCOMPARE(column, int(lines.at(2).indexOf("actor=nobody")) + 1); // the mark's key

        // Going to the problem puts the editor's cursor on that line and column, at the key.
        Q_EMIT window.problemList()->activated(problem);
        const QTextCursor cursor = window.editor()->textCursor();
        QCOMPARE(cursor.blockNumber() + 1, line);
        QCOMPARE(cursor.positionInBlock() + 1, column);
        QVERIFY(cursor.block().text().mid(cursor.positionInBlock()).startsWith(u"actor=nobody"));
        QCOMPARE(window.editor()->document()->blockCount(), int(lines.size()) + 1);
    }
};

QTEST_MAIN(TestWindowBytes)
#include "tst_windowbytes.moc"
