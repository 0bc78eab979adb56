#include "articleviews.h"
#include "corpuseditor.h"

#include "corpusstore.h"
#include "findbar.h"
#include "labels.h"
#include "linemarks.h"
#include "readingdocument.h"
#include "readingview.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>

namespace Entente {

namespace {

constexpr int maximumProblems = 1000; // drawn in the markup view; the Problems dock lists them all

// A label that repeats the marked words says nothing: the record's kind, side or status instead.
bool repeats(QStringView words, const QString& label)
{
    QStringView trimmed = words.trimmed();
    for (QStringView possessive : { u"’s", u"'s" }) {
        if (trimmed.endsWith(possessive))
            trimmed.chop(possessive.size());
    }
    if (trimmed.startsWith(u"the ", Qt::CaseInsensitive))
        trimmed = trimmed.sliced(4);
    return trimmed.compare(label, Qt::CaseInsensitive) == 0;
}

QString joined(QStringList parts)
{
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

ReadingView::MarkInfo describe(const Corpus& corpus, MarkKind kind, const QString& ref, QStringView words)
{
    const ReadingView::MarkInfo unknown { ref, ref, {}, false };
    switch (kind) {
    case MarkKind::Actor: {
        const int index = corpus.actorIndex(ref);
        if (index < 0)
            return unknown;
        const Actor& actor = corpus.actors.at(index);
        const QString name = actor.name.isEmpty() ? ref : actor.name;
        const QString kindAndSide = joined({ Labels::actorKind(actor.kind), actor.side });
        return { repeats(words, name) ? kindAndSide : name, name, joined({ kindAndSide, actor.role }), true };
    }
    case MarkKind::Meeting: {
        const int index = corpus.meetingIndex(ref);
        if (index < 0)
            return unknown;
        const Meeting& meeting = corpus.meetings.at(index);
        const QString when = Labels::dateRange(meeting.start, meeting.end);
        QStringList who;
        for (const QString& id : meeting.participants)
            who.append(corpus.actorName(id));
        const QString title = meeting.title.isEmpty() ? ref : meeting.title;
        // A title that only repeats the marked words ("met") says less than who met when.
        const QString label = meeting.title.isEmpty() || repeats(words, meeting.title)
            ? joined({ who.join(QStringLiteral(" – ")), when })
            : meeting.title;
        return { label.isEmpty() ? ref : label, title,
            joined({ who.join(QStringLiteral(", ")), when, meeting.place, Labels::meetingStatus(meeting.status) }), true };
    }
    case MarkKind::Issue: {
        const int index = corpus.issueIndex(ref);
        if (index < 0)
            return unknown;
        const Issue& issue = corpus.issues.at(index);
        const QString title = issue.title.isEmpty() ? ref : issue.title;
        const QString status = Labels::issueStatus(issue.currentStatus());
        return { repeats(words, title) ? status : title, title, status, true };
    }
    case MarkKind::Date: {
        const qsizetype dots = ref.indexOf(u"..");
        const QString label = dots < 0 ? Labels::fuzzyDate(FuzzyDate::parse(ref))
                                       : Labels::dateRange(FuzzyDate::parse(QStringView(ref).first(dots)),
                                             FuzzyDate::parse(QStringView(ref).sliced(dots + 2)));
        return { label.isEmpty() ? ref : label, label.isEmpty() ? ref : label, {}, true };
    }
    }
    return { ref, ref, {}, true };
}

} // namespace

ArticleViews::ArticleViews(CorpusStore* store, AnnotatedEditor* editor, QWidget* parent)
    : QStackedWidget(parent)
    , m_store(store)
    , m_editor(editor)
    , m_reading(new ReadingView(this))
    , m_showMarkup(new QAction(tr("Show &Markup"), this))
{
    setObjectName(QStringLiteral("articleViews"));
    addWidget(m_reading);
    addWidget(m_editor);
    m_showMarkup->setObjectName(QStringLiteral("showMarkup"));
    m_showMarkup->setCheckable(true);
    m_showMarkup->setShortcut(QKeySequence(tr("Ctrl+M")));
    m_showMarkup->setStatusTip(tr("Show the article as annotated text, with its marks and records written out"));
    connect(m_showMarkup, &QAction::toggled, this, &ArticleViews::setShowingMarkup);
    m_reading->setDescribe([this](MarkKind kind, const QString& ref, QStringView words) {
        return describe(m_store->corpus(), kind, ref, words);
    });
    m_editor->installEventFilter(this); // Ctrl+Z in the markup view goes through undo() too
    connect(m_reading, &ReadingView::undoRequested, this, &ArticleViews::undo);
    connect(m_reading, &ReadingView::redoRequested, this, &ArticleViews::redo);
    connect(m_reading, &QTextEdit::cursorPositionChanged, this, &ArticleViews::readingCursorMoved);
    connect(m_reading, &QTextEdit::selectionChanged, this, &ArticleViews::readingCursorMoved);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &ArticleViews::editorCursorMoved);
    connect(m_editor, &QPlainTextEdit::selectionChanged, this, &ArticleViews::editorCursorMoved);
    connect(m_editor, &AnnotatedEditor::highlightsChanged, this, &ArticleViews::updateReadingHighlights);
    connect(m_editor, &AnnotatedEditor::spanShown, this, [this] {
        const ReadingDocument* document = m_reading->readingDocument();
        const auto span = m_editor->span();
        if (isShowingMarkup() || !document || !span || !document->isInArticle(span->cursor.selectionStart()))
            return; // a record without marks shows its line in the markup view only
        // As the markup view does: the record's words in the middle of the view.
        const QRect cursor = m_reading->cursorRect();
        QScrollBar* bar = m_reading->verticalScrollBar();
        bar->setValue(bar->value() + cursor.center().y() - m_reading->viewport()->height() / 2);
    });
    const auto corpusChanged = [this] {
        updateProblems();
        m_reading->viewport()->update(); // labels name records, which may have changed
    };
    connect(store, &CorpusStore::corpusUpdated, this, corpusChanged);
    connect(store, &CorpusStore::corpusReset, this, corpusChanged);
    setCurrentWidget(m_reading);
    m_editor->setStandIn(this);
}

ArticleViews::~ArticleViews()
{
    m_editor->setStandIn(nullptr);
}

void ArticleViews::addToMenu(QMenu* menu) const
{
    menu->addAction(m_showMarkup);
}

bool ArticleViews::isShowingMarkup() const
{
    return currentWidget() == m_editor;
}

QWidget* ArticleViews::shownView() const
{
    return currentWidget();
}

ReadingDocument* ArticleViews::readingDocument() const
{
    return m_article >= 0 ? ReadingDocument::of(m_editor->document()) : nullptr;
}

void ArticleViews::showReadingDocument()
{
    ReadingDocument* document = readingDocument();
    if (document)
        connect(document, &ReadingDocument::message, this, &ArticleViews::message, Qt::UniqueConnection);
    m_reading->setReadingDocument(document);
    m_reading->setReadOnly(m_editor->isReadOnly());
    m_reading->setPlaceholderText(m_editor->placeholderText());
    m_reading->setContextMenuExtras(m_editor->contextMenuExtras());
    m_mirroring = false;
    editorCursorMoved();
    updateReadingHighlights();
}

void ArticleViews::setCurrentArticle(int index)
{
    m_article = index;
    if (!isShowingMarkup())
        showReadingDocument(); // the markup view makes no reading text until it is asked for
    updateProblems();
}

void ArticleViews::setShowingMarkup(bool markup)
{
    if (markup == isShowingMarkup())
        return;
    QWidget* from = shownView();
    const bool focused = from->isAncestorOf(QApplication::focusWidget()) || from->hasFocus();
    // Where the cursor is on screen now: the other view puts it at the same height.
    const int cursorY = markup ? m_reading->cursorRect().top() : m_editor->cursorRect().top();
    const bool onScreen = cursorY >= 0 && cursorY < from->height();
    if (markup) {
        m_editor->setStandIn(nullptr);
        setCurrentWidget(m_editor);
        m_editor->ensureCursorVisible();
        if (onScreen) {
            const int line = std::max(1, m_editor->fontMetrics().lineSpacing());
            const int lines = (m_editor->cursorRect().top() - cursorY) / line;
            m_editor->verticalScrollBar()->setValue(m_editor->verticalScrollBar()->value() + lines);
        }
    } else {
        setCurrentWidget(m_reading);
        m_editor->setStandIn(this);
        showReadingDocument();
        m_reading->ensureCursorVisible();
        if (onScreen) {
            QScrollBar* bar = m_reading->verticalScrollBar();
            bar->setValue(bar->value() + m_reading->cursorRect().top() - cursorY);
        }
    }
    if (m_findBar)
        m_findBar->setEditor(shownView());
    if (focused)
        shownView()->setFocus();
    const QSignalBlocker blocker(m_showMarkup);
    m_showMarkup->setChecked(markup);
}

void ArticleViews::setFindBar(FindBar* findBar)
{
    m_findBar = findBar;
    m_findBar->setEditor(shownView());
}

void ArticleViews::reveal(int annotatedPosition)
{
    const ReadingDocument* document = m_reading->readingDocument();
    if (!isShowingMarkup() && document && !document->isInArticle(annotatedPosition))
        setShowingMarkup(true); // a record line: only the markup view has it
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(std::clamp(annotatedPosition, 0, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    shownView()->setFocus();
}

void ArticleViews::undo()
{
    if (!m_corpusEditor || !m_corpusEditor->undo(m_editor->document()))
        m_editor->undo();
}

void ArticleViews::redo()
{
    if (!m_corpusEditor || !m_corpusEditor->redo(m_editor->document()))
        m_editor->redo();
}

bool ArticleViews::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress && !m_editor->isReadOnly()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo)) {
            undo();
            return true;
        }
        if (key->matches(QKeySequence::Redo)) {
            redo();
            return true;
        }
    }
    return QStackedWidget::eventFilter(watched, event);
}

void ArticleViews::cut()
{
    isShowingMarkup() ? m_editor->cut() : m_reading->cut();
}

void ArticleViews::copy()
{
    isShowingMarkup() ? m_editor->copy() : m_reading->copy();
}

void ArticleViews::paste()
{
    isShowingMarkup() ? m_editor->paste() : m_reading->paste();
}

QWidget* ArticleViews::standInViewport() const
{
    return m_reading->viewport();
}

QRect ArticleViews::standInCursorRect(int annotatedPosition) const
{
    const ReadingDocument* document = m_reading->readingDocument();
    if (!document)
        return {};
    QTextCursor cursor(document->reading());
    cursor.setPosition(document->toReading(annotatedPosition));
    return m_reading->cursorRect(cursor);
}

void ArticleViews::readingCursorMoved()
{
    ReadingDocument* document = m_reading->readingDocument();
    if (m_mirroring || isShowingMarkup() || !document || document->isApplyingReadingEdit()
        || document->annotated() != m_editor->document())
        return;
    const QTextCursor reading = m_reading->textCursor();
    QTextCursor annotated(m_editor->document());
    annotated.setPosition(document->toAnnotated(reading.anchor()));
    annotated.setPosition(document->toAnnotated(reading.position()), QTextCursor::KeepAnchor);
    const QTextCursor current = m_editor->textCursor();
    if (annotated.anchor() == current.anchor() && annotated.position() == current.position())
        return;
    m_mirroring = true;
    m_editor->setTextCursor(annotated);
    m_mirroring = false;
}

void ArticleViews::editorCursorMoved()
{
    ReadingDocument* document = m_reading->readingDocument();
    if (m_mirroring || isShowingMarkup() || !document || document->isApplyingReadingEdit()
        || document->annotated() != m_editor->document())
        return;
    const QTextCursor annotated = m_editor->textCursor();
    if (!document->isInArticle(annotated.selectionStart()))
        return; // a record line: the reading view keeps its place
    QTextCursor reading(document->reading());
    reading.setPosition(document->toReading(annotated.anchor()));
    reading.setPosition(document->toReading(annotated.position()), QTextCursor::KeepAnchor);
    const QTextCursor current = m_reading->textCursor();
    if (reading.anchor() == current.anchor() && reading.position() == current.position())
        return;
    m_mirroring = true;
    m_reading->setTextCursor(reading);
    m_mirroring = false;
}

// The suggestions and the current record's span, where the reading text has their words.
void ArticleViews::updateReadingHighlights()
{
    const ReadingDocument* document = m_reading->readingDocument();
    if (!document || document->annotated() != m_editor->document()) {
        m_reading->setExtraSelections({});
        return;
    }
    QList<QTextEdit::ExtraSelection> selections = m_editor->suggestionSelections();
    if (const auto span = m_editor->span())
        selections.append(*span);
    QList<QTextEdit::ExtraSelection> mapped;
    for (const QTextEdit::ExtraSelection& selection : std::as_const(selections)) {
        if (!document->isInArticle(selection.cursor.selectionStart()))
            continue;
        QTextEdit::ExtraSelection copy = selection;
        copy.cursor = QTextCursor(document->reading());
        copy.cursor.setPosition(document->toReading(selection.cursor.selectionStart()));
        copy.cursor.setPosition(document->toReading(selection.cursor.selectionEnd()), QTextCursor::KeepAnchor);
        mapped.append(copy);
    }
    m_reading->setExtraSelections(mapped);
}

// The parser's problems of the shown article, drawn where they are in the markup view (the reading
// view finds its own from the lines it reads).
void ArticleViews::updateProblems()
{
    QTextDocument* text = m_editor->document();
    const QList<Document>& documents = m_store->corpus().documents;
    if (m_article < 0 || m_article >= documents.size()) {
        m_editor->setProblems({});
        return;
    }
    const Document& doc = documents.at(m_article);
    if (doc.text.size() != text->characterCount() - 1)
        return; // an edit waits to be parsed: the problems come with it
    QList<AnnotatedEditor::Problem> problems;
    // The corpus's view of them: a warning about an id another open article defines is no problem.
    const QList<Diagnostic> diagnostics = m_store->corpus().problems(m_article);
    for (const Diagnostic& d : diagnostics) {
        if (problems.size() >= maximumProblems)
            break;
        const QTextBlock block = text->findBlockByNumber(d.line - 1);
        if (!block.isValid())
            continue;
        const QString line = block.text();
        const int position = std::clamp(d.column - 1, 0, int(line.size()));
        std::pair<int, int> extent;
        if (doc.recordsStart < 0 || block.position() < doc.recordsStart) {
            extent = LineMarks::markupExtent(line, position);
        } else {
            // A record's field: from the column to the next field.
            const qsizetype next = line.indexOf(u';', position);
            extent = { position == line.size() ? 0 : position, next < 0 ? int(line.size()) : int(next) };
        }
        const bool error = d.severity == Severity::Error;
        problems.append({ block.position() + extent.first, block.position() + extent.second, error, d.message });
    }
    m_editor->setProblems(problems);
}

} // namespace Entente
