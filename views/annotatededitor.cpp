#include "annotatededitor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QTextBlock>

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
        highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
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

void AnnotatedEditor::updateExtraSelections()
{
    // Suggestions first, so that the current record's span paints over them.
    QList<QTextEdit::ExtraSelection> selections = m_suggestions;
    if (m_hasSpan)
        selections.append(m_span);
    setExtraSelections(selections);
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
