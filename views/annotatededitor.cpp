#include "annotatededitor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace Entente {

namespace {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(AnnotatedEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return { m_editor->lineNumberAreaWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

private:
    AnnotatedEditor* m_editor;
};

// KSyntaxHighlighting colours a whole line again on every keystroke in it, and a line of hundreds of
// thousands of characters (a pasted table, a file without line breaks) would cost a large part of a
// second per key. Such lines are shown uncoloured in the markup view (the reading view still draws
// their marks); every other line is highlighted as usual.
class BoundedHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
public:
    using SyntaxHighlighter::SyntaxHighlighter;

protected:
    void highlightBlock(const QString& text) override
    {
        if (text.size() > AnnotatedEditor::longestHighlightedLine)
            return; // no formats; the next line starts from the state before this one
        SyntaxHighlighter::highlightBlock(text);
    }
};

} // namespace

AnnotatedEditor::AnnotatedEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabChangesFocus(false);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &AnnotatedEditor::updateLineNumberArea);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

AnnotatedEditor::~AnnotatedEditor() = default;

KSyntaxHighlighting::Repository& AnnotatedEditor::repository()
{
    static KSyntaxHighlighting::Repository* repository = [] {
        auto* r = new KSyntaxHighlighting::Repository; // lives as long as the process, like its highlighters
        r->addCustomSearchPath(QStringLiteral(":/entente"));
        return r;
    }();
    return *repository;
}

void AnnotatedEditor::highlight(QTextDocument* document, const QPalette& palette)
{
    auto* highlighter = document->findChild<KSyntaxHighlighting::SyntaxHighlighter*>();
    if (!highlighter)
        highlighter = new BoundedHighlighter(document);
    auto& repo = repository();
    const auto themeKind = palette.color(QPalette::Base).lightness() < 128 ? KSyntaxHighlighting::Repository::DarkTheme
                                                                           : KSyntaxHighlighting::Repository::LightTheme;
    highlighter->setTheme(repo.defaultTheme(themeKind));
    highlighter->setDefinition(repo.definitionForName(QStringLiteral("Entente")));
}

void AnnotatedEditor::showSpan(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_span.cursor = cursor;
    QColor colour = palette().color(QPalette::Highlight);
    colour.setAlpha(70);
    m_span.format.setBackground(colour);
    m_span.format.setProperty(QTextFormat::OutlinePen, QPen(palette().color(QPalette::Highlight)));
    m_hasSpan = true;
    updateExtraSelections();
    QTextCursor visible(document());
    visible.setPosition(end);
    setTextCursor(visible);
    visible.setPosition(start);
    setTextCursor(visible);
    centerCursor();
    Q_EMIT spanShown();
}

void AnnotatedEditor::clearSpan()
{
    m_hasSpan = false;
    updateExtraSelections();
}

void AnnotatedEditor::setSuggestionSelections(const QList<QTextEdit::ExtraSelection>& selections)
{
    m_suggestions = selections;
    updateExtraSelections();
}

std::optional<QTextEdit::ExtraSelection> AnnotatedEditor::span() const
{
    return m_hasSpan ? std::optional(m_span) : std::nullopt;
}

QColor AnnotatedEditor::problemColor(bool error)
{
    return error ? QColor(0xe0, 0x1b, 0x24) : QColor(0xe6, 0x61, 0x00);
}

void AnnotatedEditor::setProblems(const QList<Problem>& problems)
{
    m_problems.clear();
    for (const Problem& problem : problems) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(std::min(problem.start, document()->characterCount() - 1));
        selection.cursor.setPosition(std::min(problem.end, document()->characterCount() - 1), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(problemColor(problem.error));
        selection.format.setToolTip(problem.error ? tr("Error: %1").arg(problem.message) : tr("Warning: %1").arg(problem.message));
        m_problems.append(selection);
    }
    updateExtraSelections();
}

void AnnotatedEditor::updateExtraSelections()
{
    // Problems, then suggestions, then the current record's span, which paints over them.
    QList<QTextEdit::ExtraSelection> selections = m_problems;
    selections.append(m_suggestions);
    if (m_hasSpan)
        selections.append(m_span);
    setExtraSelections(selections);
    Q_EMIT highlightsChanged();
}

QString AnnotatedEditor::toolTipAt(int position) const
{
    QStringList lines;
    for (const QList<QTextEdit::ExtraSelection>* list : { &m_problems, &m_suggestions }) {
        for (const QTextEdit::ExtraSelection& selection : *list) {
            if (!selection.format.toolTip().isEmpty() && position >= selection.cursor.selectionStart()
                && position < selection.cursor.selectionEnd())
                lines.append(selection.format.toolTip());
        }
    }
    return lines.join(u'\n');
}

bool AnnotatedEditor::event(QEvent* event)
{
    // Extra selections carry tooltips that QPlainTextEdit does not show by itself.
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint point = viewport()->mapFrom(this, help->pos());
        QTextCursor cursor = cursorForPosition(point);
        // The character under the mouse, not the nearest gap between characters.
        if (cursorRect(cursor).center().x() > point.x() && !cursor.atBlockStart())
            cursor.movePosition(QTextCursor::PreviousCharacter);
        const QString text = toolTipAt(cursor.position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::event(event);
}

void AnnotatedEditor::setStandIn(EditorStandIn* standIn)
{
    if (standIn == m_standIn)
        return;
    m_standIn = standIn;
    Q_EMIT standInChanged();
}

QWidget* AnnotatedEditor::shownViewport() const
{
    return m_standIn ? m_standIn->standInViewport() : viewport();
}

QRect AnnotatedEditor::shownCursorRect(int position) const
{
    if (m_standIn)
        return m_standIn->standInCursorRect(position);
    QTextCursor cursor(document());
    cursor.setPosition(position);
    return cursorRect(cursor);
}

void AnnotatedEditor::focusShownView()
{
    QWidget* view = m_standIn ? m_standIn->standInViewport()->parentWidget() : this;
    view->activateWindow();
    view->setFocus();
}

int AnnotatedEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(u'9') * std::max(digits, 2);
}

void AnnotatedEditor::updateLineNumberArea(const QRect& rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void AnnotatedEditor::contextMenuEvent(QContextMenuEvent* event)
{
    // A right-click outside the selection moves the cursor there first, so that mark actions act on
    // the mark under the mouse.
    const QTextCursor clicked = cursorForPosition(event->pos());
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || clicked.position() < cursor.selectionStart() || clicked.position() > cursor.selectionEnd())
        setTextCursor(clicked);
    QMenu* menu = createStandardContextMenu(event->pos());
    if (m_contextExtras) {
        menu->addSeparator();
        menu->addActions(m_contextExtras->actions());
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void AnnotatedEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void AnnotatedEditor::paintLineNumbers(QPaintEvent* event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.setPen(palette().color(block.blockNumber() == current ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumbers->width() - 4, fontMetrics().height(), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

} // namespace Entente
