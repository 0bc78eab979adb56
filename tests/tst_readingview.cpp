// The reading view in the main window, offscreen, used as an analyst would: the words of the
// article with its marks drawn over them, tagging with the keyboard, typing, find, selection links,
// suggestions, Show Markup (Ctrl+M) and back on the same words, errors drawn in both views. Every
// change is checked in the annotated bytes, and undo gives the original bytes back.
#include "annotatededitor.h"
#include "articleset.h"
#include "articleviews.h"
#include "corpusstore.h"
#include "findbar.h"
#include "format.h"
#include "linemarks.h"
#include "mainwindow.h"
#include "quickpicker.h"
#include "readingdocument.h"
#include "readingview.h"
#include "suggestionmodel.h"
#include "suggestionreview.h"
#include "tagger.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Entente;

namespace {

// The two views of one article outside the main window, at a known size.
struct Standalone
{
    CorpusStore store;
    QTextDocument text;
    AnnotatedEditor* editor = new AnnotatedEditor;
    ArticleViews views { &store, editor };

    explicit Standalone(const QString& annotated)
    {
        text.setDocumentLayout(new QPlainTextDocumentLayout(&text));
        text.setPlainText(annotated);
        store.setDocuments({ Format::parse(annotated, QStringLiteral("article.entente")) });
        editor->setDocument(&text);
        views.setCurrentArticle(0);
        views.resize(900, 700);
        views.show();
        QVERIFY(QTest::qWaitForWindowExposed(&views));
    }
};

} // namespace

class TestReadingView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_sampleBytes;
    int m_files = 0;

    QString write(const QByteArray& bytes, const QString& extension = QStringLiteral("entente"))
    {
        const QString path = m_dir.filePath(QStringLiteral("article-%1.%2").arg(++m_files).arg(extension));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    static ReadingView* reading(MainWindow& window) { return window.articleViews()->readingView(); }
    static QString annotated(MainWindow& window) { return ArticleSet::documentText(window.editor()->document()); }
    static QString words(MainWindow& window)
    {
        QString text = reading(window)->document()->toRawText();
        return text.replace(QChar::ParagraphSeparator, u'\n');
    }
    // Selects the first occurrence of text in the reading view.
    static bool select(MainWindow& window, const QString& text, int from = 0, int length = -1)
    {
        const qsizetype at = words(window).indexOf(text);
        if (at < 0)
            return false;
        QTextCursor cursor(reading(window)->document());
        cursor.setPosition(int(at) + from);
        cursor.setPosition(int(at) + from + (length < 0 ? int(text.size()) - from : length), QTextCursor::KeepAnchor);
        reading(window)->setTextCursor(cursor);
        return true;
    }
    // A point of the reading view's viewport over the character at a reading position.
    static QPoint pointAt(ReadingView* view, int position)
    {
        QTextCursor cursor(view->document());
        cursor.setPosition(position);
        return view->cursorRect(cursor).center() + QPoint(3, 0);
    }
    static void openActive(MainWindow& window, const QString& path)
    {
        QVERIFY(window.openPaths({ path }));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        reading(window)->setFocus();
    }
    static int countNear(const QImage& image, const QRect& area, const QColor& color)
    {
        int count = 0;
        for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y) {
            for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green())
                        + std::abs(pixel.blue() - color.blue())
                    < 60)
                    ++count;
            }
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("suggest/onOpen"), false);
        QVERIFY(m_dir.isValid());
        QFile sample(QStringLiteral(ENTENTE_SAMPLE));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        m_sampleBytes = sample.readAll();
    }

    void readingTextIsShapedOnlyAtTheViewsWidth()
    {
        // Shaping the words is what a layout costs: the reading text is laid out once, when a view
        // gives it a width, not also for its look and its lanes before that.
        QTextDocument annotated;
        annotated.setDocumentLayout(new QPlainTextDocumentLayout(&annotated));
        annotated.setPlainText(Format::decode(m_sampleBytes).text);
        ReadingDocument* document = ReadingDocument::of(&annotated);
        QVERIFY(document->reading()->blockCount() > 3);
        int laidOut = 0; // the block the building cursor ends in asks for its own layout
        for (QTextBlock block = document->reading()->firstBlock(); block.isValid(); block = block.next())
            laidOut += block.layout()->lineCount() > 0 ? 1 : 0;
        QVERIFY(laidOut <= 1);

        ReadingView view;
        view.resize(500, 400);
        view.setReadingDocument(document);
        QVERIFY(document->reading()->documentMargin() > 0);
        const qreal width = document->reading()->pageSize().width();
        QVERIFY(width > 0 && width <= 500);
        int wrapped = 0;
        for (QTextBlock block = document->reading()->firstBlock(); block.isValid(); block = block.next()) {
            const QTextLayout* layout = block.layout();
            QVERIFY(layout->lineCount() > 0);
            wrapped += layout->lineCount() > 1 ? 1 : 0;
            for (int line = 0; line < layout->lineCount(); ++line)
                QVERIFY(layout->lineAt(line).naturalTextWidth() <= width);
        }
        QVERIFY(wrapped > 0);
    }

    void opensInTheReadingView()
    {
        MainWindow window;
        openActive(window, write(m_sampleBytes));
        QVERIFY(!window.articleViews()->isShowingMarkup());
        QCOMPARE(window.articleViews()->shownView(), reading(window));
        const Document doc = Format::parse(Format::decode(m_sampleBytes).text);
        QCOMPARE(words(window), doc.plainText());
        QVERIFY(!words(window).contains(u"=== entente ==="));
        const int at = int(words(window).indexOf(u"Antony Blinken"));
        const QString tip = reading(window)->toolTipAt(pointAt(reading(window), at + 3));
        QVERIFY2(tip.contains(u"Antony Blinken (blinken)"), qPrintable(tip));
    }

    // Antony Blinken's words: a span in the actor colour, with his name in the lane over them.
    void drawsMarksAsSpansWithLabels()
    {
        Standalone shown(Format::decode(m_sampleBytes).text);
        ReadingView* view = shown.views.readingView();
        const QString text = view->document()->toPlainText();
        const int at = int(text.indexOf(u"Antony Blinken"));
        QTextCursor cursor(view->document());
        cursor.setPosition(at);
        const QRect start = view->cursorRect(cursor);
        cursor.setPosition(at + 14);
        const QRect end = view->cursorRect(cursor);
        QCOMPARE(start.top(), end.top());
        const QImage image = view->viewport()->grab().toImage();
        const QColor actor = ReadingView::kindColor(MarkKind::Actor, view->palette());
        const ReadingDocument* document = view->readingDocument();
        QVERIFY(document);
        const int lane = document->layout()->laneHeight();
        QVERIFY(countNear(image, QRect(start.left(), start.bottom() - 2, end.left() - start.left(), 3), actor) > 40);
        const QColor base = view->palette().color(QPalette::Base);
        const auto inked = [&image, &base](const QRect& area) {
            int count = 0;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x)
                    count += image.pixelColor(x, y) != base ? 1 : 0;
            }
            return count;
        };
        QVERIFY(inked(QRect(start.left(), start.top() - lane + 1, end.left() - start.left(), lane - 2)) > 60);
        // Nothing over or under the words before Blinken's: no mark there.
        QCOMPARE(inked(QRect(4, start.top() - lane + 1, start.left() - 30, lane - 2)), 0);
        QCOMPARE(countNear(image, QRect(0, start.bottom() - 2, start.left() - 2, 3), actor), 0);
    }

    void tagsInTheReadingViewAndUndoesToTheSameBytes()
    {
        const QByteArray raw = Format::encodePlainText(Format::parse(Format::decode(m_sampleBytes).text));
        MainWindow window;
        openActive(window, write(raw, QStringLiteral("txt")));
        const QString before = words(window);
        QVERIFY(select(window, QStringLiteral("Wang Yi")));
        QTest::keyClick(reading(window), Qt::Key_1, Qt::ControlModifier);
        QuickPicker* picker = window.tagger()->picker();
        QTRY_VERIFY(picker->isVisible());
        QTest::keyClick(picker->field(), Qt::Key_Return);
        QVERIFY2(annotated(window).contains(u"[Wang Yi]{actor=wang-yi}"), qPrintable(annotated(window).left(400)));
        QVERIFY(annotated(window).contains(u"actor wang-yi: Wang Yi"));
        QCOMPARE(words(window), before); // the words do not change, a mark is drawn over them
        const int at = int(before.indexOf(u"Wang Yi"));
        const LineMarks* line = ReadingDocument::lineMarks(reading(window)->document()->findBlock(at));
        QVERIFY(line);
        QCOMPARE(line->marks.size(), 1);
        QCOMPARE(line->marks.first().ref, QStringLiteral("wang-yi"));
        QVERIFY(reading(window)->toolTipAt(pointAt(reading(window), at + 1)).contains(u"Wang Yi (wang-yi)"));
        // Undo in the reading view is the article's: the record and the mark go in one step.
        QTest::keyClick(reading(window), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!annotated(window).contains(u"[Wang Yi]"));
        while (window.editor()->document()->isUndoAvailable())
            QTest::keyClick(reading(window), Qt::Key_Z, Qt::ControlModifier);
        window.articles()->flush();
        QCOMPARE(Format::encode(window.articles()->document(0)), raw);
        QCOMPARE(words(window), before);
        window.editor()->document()->setModified(false);
    }

    void typingInTheReadingViewEditsTheWords()
    {
        MainWindow window;
        openActive(window, write(m_sampleBytes));
        QVERIFY(select(window, QStringLiteral("Antony Blinken"), 6, 0));
        QTest::keyClicks(reading(window), QStringLiteral("X"));
        QVERIFY(annotated(window).contains(u"[AntonyX Blinken]{actor=blinken}"));
        QVERIFY(select(window, QStringLiteral(" the top Chinese"), 0, 0));
        QTest::keyClick(reading(window), Qt::Key_Return);
        QVERIFY(annotated(window).contains(u"[Wang Yi]{actor=wang-yi},\n the top Chinese"));
        // Deleting a whole mark's words takes its markup with them.
        QVERIFY(select(window, QStringLiteral("Qin Gang would")));
        QTest::keyClick(reading(window), Qt::Key_Delete);
        QVERIFY(!annotated(window).contains(u"{actor=qin-gang} would"));
        QCOMPARE(words(window), Format::parse(annotated(window)).plainText());
        while (window.editor()->document()->isUndoAvailable())
            window.articleViews()->undo();
        window.articles()->flush();
        QCOMPARE(Format::encode(window.articles()->document(0)), m_sampleBytes);
        window.editor()->document()->setModified(false);
    }

    // Grow, shrink and remove act on the mark under the reading view's cursor.
    void markActionsWorkFromTheReadingView()
    {
        MainWindow window;
        openActive(window, write(m_sampleBytes));
        QVERIFY(select(window, QStringLiteral("Qin Gang would"), 2, 0));
        QTest::keyClick(reading(window), Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QVERIFY(annotated(window).contains(u"[Qin Gang would]{actor=qin-gang}"));
        QTest::keyClick(reading(window), Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
        QVERIFY(annotated(window).contains(u"[Qin Gang]{actor=qin-gang} would"));
        QTest::keyClick(reading(window), Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(annotated(window).contains(u"Foreign Minister Qin Gang would"));
        QCOMPARE(words(window), Format::parse(annotated(window)).plainText());
        const LineMarks* line = ReadingDocument::lineMarks(reading(window)->textCursor().block());
        QVERIFY(line); // the line's other marks stay drawn, Qin Gang's is gone
        QVERIFY(std::none_of(line->marks.cbegin(), line->marks.cend(), [](const LineMark& m) { return m.ref == u"qin-gang"; }));
        while (window.editor()->document()->isUndoAvailable())
            QTest::keyClick(reading(window), Qt::Key_Z, Qt::ControlModifier);
        window.articles()->flush();
        QCOMPARE(Format::encode(window.articles()->document(0)), m_sampleBytes);
        window.editor()->document()->setModified(false);
    }

    void switchingViewsKeepsTheSelectionOnTheSameWords()
    {
        MainWindow window;
        openActive(window, write(m_sampleBytes));
        const QString selected = QStringLiteral("Wang Yi, the top Chinese");
        QVERIFY(select(window, selected));
        QAction* markup = window.articleViews()->showMarkupAction();
        QCOMPARE(markup->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
        QTest::keyClick(reading(window), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(window.articleViews()->isShowingMarkup());
        QVERIFY(window.editor()->isVisible());
        QString inMarkup = window.editor()->textCursor().selectedText();
        QCOMPARE(Format::parse(inMarkup).plainText(), selected);
        QVERIFY(inMarkup.startsWith(u"[Wang Yi]{actor=wang-yi}"));
        // A cursor inside a mark's words stays inside them.
        QTextCursor cursor = window.editor()->document()->find(QStringLiteral("Qin Gang"));
        cursor.setPosition(cursor.selectionStart() + 3);
        window.editor()->setTextCursor(cursor);
        QTest::keyClick(window.editor(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(!window.articleViews()->isShowingMarkup());
        const int position = reading(window)->textCursor().position();
        QCOMPARE(words(window).mid(position - 3, 8), QStringLiteral("Qin Gang"));
        // And a selection made in the markup view comes back as the same words.
        QTest::keyClick(reading(window), Qt::Key_M, Qt::ControlModifier);
        cursor = window.editor()->document()->find(QStringLiteral("US State Department"));
        window.editor()->setTextCursor(cursor);
        QTest::keyClick(window.editor(), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(reading(window)->textCursor().selectedText(), QStringLiteral("US State Department"));
    }

    void drawsInvalidMarksAsErrorsInBothViews()
    {
        Standalone shown(QStringLiteral("Talks [on Friday]{date=2023-13-45} with [Wang Yi]{actor=wang-yi} and "
                                        "[Kerry]{actor=kerry}.\n\n=== entente ===\nactor wang-yi: Wang Yi; person; China\n"));
        ReadingView* view = shown.views.readingView();
        const QString text = view->document()->toPlainText();
        QCOMPARE(text, QStringLiteral("Talks [on Friday]{date=2023-13-45} with Wang Yi and Kerry.\n"));
        const int error = int(text.indexOf(u"[on Friday]"));
        QString tip = view->toolTipAt(pointAt(view, error + 4));
        QVERIFY2(tip.contains(u"2023-13-45") && tip.startsWith(u"Error"), qPrintable(tip));
        tip = view->toolTipAt(pointAt(view, int(text.indexOf(u"Kerry")) + 1));
        QVERIFY2(tip.contains(u"kerry") && tip.contains(u"Warning"), qPrintable(tip));
        // A red wavy line under the error's markup, none under Wang Yi, an orange one under Kerry.
        const QImage image = view->viewport()->grab().toImage();
        const auto rectOf = [view](int from, int to) {
            QTextCursor cursor(view->document());
            cursor.setPosition(from);
            const QRect left = view->cursorRect(cursor);
            cursor.setPosition(to);
            return QRect(left.left(), left.bottom() - 4, view->cursorRect(cursor).left() - left.left(), 6);
        };
        const QColor red = AnnotatedEditor::problemColor(true);
        QVERIFY(countNear(image, rectOf(error, error + 28), red) > 20);
        const int wang = int(text.indexOf(u"Wang Yi"));
        QCOMPARE(countNear(image, rectOf(wang, wang + 7), red), 0);
        const int kerry = int(text.indexOf(u"Kerry"));
        QVERIFY(countNear(image, rectOf(kerry, kerry + 5), AnnotatedEditor::problemColor(false)) > 10);

        // The markup view draws the same problems where they are, with the same messages.
        shown.views.setShowingMarkup(true);
        const QString markup = shown.text.toPlainText();
        const int markupError = int(markup.indexOf(u"[on Friday]"));
        bool wave = false;
        for (const QTextEdit::ExtraSelection& selection : shown.editor->extraSelections()) {
            if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline
                && selection.format.underlineColor() == red && selection.cursor.selectionStart() == markupError
                && selection.cursor.selectionEnd() == markupError + 28)
                wave = true;
        }
        QVERIFY(wave);
        QVERIFY(shown.editor->toolTipAt(markupError + 25).contains(u"2023-13-45"));
        QVERIFY(shown.editor->toolTipAt(int(markup.indexOf(u"actor=kerry")) + 2).contains(u"kerry"));
    }

    void findSearchesTheWords()
    {
        MainWindow window;
        openActive(window, write(m_sampleBytes));
        // In the annotated text these words are broken up by markup; in the reading view they are not.
        const QString phrase = QStringLiteral("Antony Blinken is scheduled to meet with Wang Yi");
        QVERIFY(!annotated(window).contains(phrase));
        QTest::keyClick(reading(window), Qt::Key_F, Qt::ControlModifier);
        auto* field = window.findChild<FindBar*>()->findChild<QLineEdit*>();
        QVERIFY(field->isVisible());
        QTest::keyClicks(field, phrase);
        QCOMPARE(reading(window)->textCursor().selectedText(), phrase);
        // The markup editor follows: the same words, markup and all.
        QCOMPARE(Format::parse(window.editor()->textCursor().selectedText()).plainText(), phrase);
    }

    void selectionLinksAndSuggestionsShowInTheReadingView()
    {
        MainWindow window;
        openActive(window, write(m_sampleBytes));
        window.store()->setCurrent({ MarkKind::Actor, QStringLiteral("qin-gang") });
        QCOMPARE(reading(window)->textCursor().selectedText(), QString());
        const int at = reading(window)->textCursor().position();
        QCOMPARE(words(window).mid(at, 8), QStringLiteral("Qin Gang"));
        bool span = false;
        for (const QTextEdit::ExtraSelection& selection : reading(window)->extraSelections())
            span = span || (selection.cursor.selectionStart() == at && selection.cursor.selectionEnd() == at + 8);
        QVERIFY(span);
        // Putting the cursor in a mark in the reading view selects its record.
        QVERIFY(select(window, QStringLiteral("Xi Jinping"), 2, 0));
        QCOMPARE(window.store()->current(), (RecordRef { MarkKind::Actor, QStringLiteral("xi-jinping") }));

        // The pre-tagger's proposals for a raw article are tinted in the reading view, tooltips and all.
        const QByteArray raw = Format::encodePlainText(Format::parse(Format::decode(m_sampleBytes).text));
        QVERIFY(window.openPaths({ write(raw, QStringLiteral("txt")) }));
        QVERIFY(window.suggestions()->run(window.currentArticle(), QDate(2023, 7, 12)));
        const int rows = window.suggestions()->model()->rowCount();
        QVERIFY(rows > 10);
        const auto suggested = [&window] {
            int count = 0;
            for (const QTextEdit::ExtraSelection& selection : reading(window)->extraSelections())
                count += selection.format.toolTip().isEmpty() ? 0 : 1;
            return count;
        };
        QCOMPARE(suggested(), rows);
        const QTextEdit::ExtraSelection first = reading(window)->extraSelections().first();
        QVERIFY(reading(window)->toolTipAt(pointAt(reading(window), first.cursor.selectionStart())).contains(u"Suggested"));
        window.suggestions()->accept(0);
        QVERIFY(Format::parse(annotated(window)).marks.size() == 1);
        QCOMPARE(suggested(), window.suggestions()->model()->rowCount());
        window.articleViews()->undo();
        window.editor()->document()->setModified(false);
    }
};

QTEST_MAIN(TestReadingView)
#include "tst_readingview.moc"
