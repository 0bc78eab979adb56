#include "tagger.h"

#include "annotatededitor.h"
#include "articleset.h"
#include "corpusstore.h"
#include "dateresolution.h"
#include "format.h"
#include "ids.h"
#include "newrecorddefaults.h"
#include "quickpicker.h"
#include "recordprefill.h"
#include "wordspan.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMouseEvent>
#include <QToolBar>

namespace Entente {

namespace {
constexpr MarkKind kinds[] = { MarkKind::Actor, MarkKind::Meeting, MarkKind::Date, MarkKind::Issue };
int slot(MarkKind kind)
{
    return int(std::find(std::begin(kinds), std::end(kinds), kind) - std::begin(kinds));
}
} // namespace

Tagger::Tagger(CorpusStore* store, ArticleSet* articles, AnnotatedEditor* editor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_articles(articles)
    , m_editor(editor)
    , m_picker(new QuickPicker(editor))
{
    createActions();
    connect(m_picker, &QuickPicker::recordChosen, this, &Tagger::linkTo);
    connect(m_picker, &QuickPicker::dateChosen, this, &Tagger::linkTo);
    connect(m_picker, &QuickPicker::createRequested, this, &Tagger::create);
    // Whatever the answer, typing goes on in the editor.
    for (auto signal : { &QuickPicker::recordChosen, &QuickPicker::dateChosen, &QuickPicker::createRequested })
        connect(m_picker, signal, this, &Tagger::returnToEditor);
    connect(m_picker, &QuickPicker::cancelled, this, &Tagger::returnToEditor);
    connect(m_editor, &QPlainTextEdit::selectionChanged, this, &Tagger::updateActions);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &Tagger::updateActions);
    m_editor->viewport()->installEventFilter(this);
    // The reading view shows the article instead of the editor: its mouse counts as the editor's.
    connect(m_editor, &AnnotatedEditor::standInChanged, this, [this] {
        if (QWidget* viewport = m_editor->shownViewport(); viewport != m_editor->viewport())
            viewport->installEventFilter(this);
    });
    updateActions();
}

Tagger::~Tagger() = default;

void Tagger::setCurrentArticle(int index)
{
    m_article = index;
    updateActions();
}

void Tagger::createActions()
{
    m_menu = new QMenu(tr("&Tag"), m_editor);
    const QString names[] = { tr("Tag as &Actor"), tr("Tag as &Meeting"), tr("Tag as &Date"), tr("Tag as &Issue") };
    const QString tips[] = {
        tr("Tag the selected words as an actor: a person, organisation or state (Ctrl+1)"),
        tr("Tag the selected words as a meeting: who met whom, when and where (Ctrl+2)"),
        tr("Tag the selected words as a date, resolved against the article's date (Ctrl+3)"),
        tr("Tag the selected words as a bilateral issue (Ctrl+4)"),
    };
    const QString lockNames[] = { tr("Lock Kind: Actor"), tr("Lock Kind: Meeting"), tr("Lock Kind: Date"), tr("Lock Kind: Issue") };
    m_lockGroup = new QActionGroup(this);
    m_lockGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (int i = 0; i < 4; ++i) {
        const MarkKind kind = kinds[i];
        m_tag[i] = m_menu->addAction(names[i], this, [this, kind] { tag(kind); });
        m_tag[i]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_tag[i]->setStatusTip(tips[i]);
        m_tag[i]->setToolTip(tips[i]);
        m_tag[i]->setObjectName(u"tag" + toString(kind));
    }
    m_menu->addSeparator();
    QMenu* lock = m_menu->addMenu(tr("&Lock Kind"));
    lock->setToolTipsVisible(true);
    for (int i = 0; i < 4; ++i) {
        const MarkKind kind = kinds[i];
        m_lock[i] = lock->addAction(lockNames[i]);
        m_lock[i]->setCheckable(true);
        m_lock[i]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_1 + i)));
        m_lock[i]->setToolTip(tr("Fast pass: every selection is tagged with this kind at once; "
                                 "press the shortcut again to unlock"));
        m_lock[i]->setObjectName(u"lock" + toString(kind));
        m_lockGroup->addAction(m_lock[i]);
        connect(m_lock[i], &QAction::toggled, this, [this, kind](bool on) {
            if (on)
                m_locked = kind;
            else if (m_locked == kind)
                m_locked.reset();
            Q_EMIT message(m_locked ? tr("Kind locked: select words to tag them; Ctrl+Shift+%1 unlocks").arg(slot(kind) + 1)
                                    : tr("Kind unlocked"));
        });
    }
    m_menu->addSeparator();
    m_remove = m_menu->addAction(tr("&Remove Mark"), this, &Tagger::removeMark);
    m_remove->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    m_remove->setStatusTip(tr("Remove the mark at the cursor; its words stay in the article"));
    m_grow = m_menu->addAction(tr("&Grow Mark by a Word"), this, &Tagger::growMark);
    m_grow->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right));
    m_grow->setStatusTip(tr("Take the next word into the mark at the cursor"));
    m_shrink = m_menu->addAction(tr("&Shrink Mark by a Word"), this, &Tagger::shrinkMark);
    m_shrink->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left));
    m_shrink->setStatusTip(tr("Leave the last word of the mark at the cursor out"));
    m_fit = m_menu->addAction(tr("&Fit Mark to Selection"), this, &Tagger::fitMarkToSelection);
    m_fit->setStatusTip(tr("The mark the selection starts in takes exactly the selected words"));
    for (QAction* action : m_menu->actions())
        action->setShortcutContext(Qt::WindowShortcut);
}

void Tagger::addToToolBar(QToolBar* toolBar) const
{
    for (QAction* action : m_tag)
        toolBar->addAction(action);
    toolBar->addSeparator();
    for (QAction* action : m_lock)
        toolBar->addAction(action);
    toolBar->addSeparator();
    toolBar->addAction(m_remove);
}

QAction* Tagger::tagAction(MarkKind kind) const
{
    return m_tag[slot(kind)];
}

QAction* Tagger::lockAction(MarkKind kind) const
{
    return m_lock[slot(kind)];
}

void Tagger::updateActions()
{
    const bool editable = m_article >= 0 && !m_editor->isReadOnly();
    for (QAction* action : m_tag)
        action->setEnabled(editable);
    for (QAction* action : { m_remove, m_grow, m_shrink, m_fit })
        action->setEnabled(editable);
}

int Tagger::markAtCursor(const Document& doc) const
{
    const QTextCursor cursor = m_editor->textCursor();
    const int mark = doc.markIndexAt(cursor.selectionStart());
    // A cursor right after a mark's closing brace still means that mark.
    return mark >= 0 ? mark : doc.markIndexAt(cursor.selectionStart() - 1);
}

int Tagger::markOfSelection(const Document& doc) const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return markAtCursor(doc);
    // Words selected in one mark (the reading view selects a mark's words with its markup) mean it.
    const int mark = doc.markIndexAt(cursor.selectionStart());
    return mark >= 0 && cursor.selectionEnd() <= doc.marks.at(mark).end ? mark : -1;
}

void Tagger::tag(MarkKind kind)
{
    if (m_article < 0 || m_editor->isReadOnly())
        return;
    const Document& doc = m_articles->document(m_article);
    const QTextCursor cursor = m_editor->textCursor();
    m_pending = { m_article, 0, 0, kind, -1 };
    if (markOfSelection(doc) >= 0) {
        m_pending.markIndex = markOfSelection(doc);
        const Mark& mark = doc.marks.at(m_pending.markIndex);
        m_pending.start = mark.textStart;
        m_pending.end = mark.textEnd;
    } else {
        const WordSpan::Span span = cursor.hasSelection()
            ? WordSpan::trim(doc.text, cursor.selectionStart(), cursor.selectionEnd())
            : WordSpan::wordAt(doc.text, cursor.position());
        if (span.isEmpty()) {
            Q_EMIT message(tr("Select the words to tag first."));
            return;
        }
        // A dry run tells at once why these words cannot be tagged (inside a mark, over a line…).
        const DocumentEdits::EditResult check = DocumentEdits::addMark(doc, span.start, span.end, kind,
            kind == MarkKind::Date ? QStringLiteral("2000-01-01") : QStringLiteral("x"));
        if (!check.ok()) {
            Q_EMIT message(tr("Cannot tag these words: %1").arg(check.error));
            return;
        }
        m_pending.start = span.start;
        m_pending.end = span.end;
    }
    QTextCursor selection(m_editor->document());
    selection.setPosition(m_pending.start);
    selection.setPosition(m_pending.end, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(selection);
    const QString words = doc.text.sliced(m_pending.start, m_pending.end - m_pending.start);
    if (kind == MarkKind::Date) {
        if (!doc.article.date.isValid() && !askArticleDate(m_pending.article))
            return;
        const Document& dated = m_articles->document(m_pending.article);
        const DateResolution resolved = resolveDate(dated, m_pending.start, m_pending.end);
        m_picker->pickDate(resolved.ref, resolved.explanation);
    } else {
        m_guess = kind == MarkKind::Actor ? NewRecordDefaults::actor(m_store->corpus(), words)
                                          : NewRecordDefaults::ActorGuess {};
        m_picker->pickRecord(m_store->corpus(), kind, words, m_guess.kind);
    }
    showPicker();
}

// Relative dates need the article's date: asked once, guessed from the text's written dates, and
// kept in the article record (its own undo step).
bool Tagger::askArticleDate(int article)
{
    const QDate date = chooseArticleDate(m_editor->window(), m_articles->document(article));
    returnToEditor();
    if (!date.isValid())
        return false;
    ArticleInfo info = m_articles->document(article).article; // re-read: the dialog ran an event loop
    info.date = date;
    return apply(article, DocumentEdits::setRecord(m_articles->document(article), Format::formatArticle(info)));
}

void Tagger::returnToEditor()
{
    m_editor->focusShownView();
}

void Tagger::showPicker()
{
    const QRect rect = m_editor->shownCursorRect(m_pending.end);
    m_picker->popup(m_editor->shownViewport()->mapToGlobal(rect.bottomLeft() + QPoint(0, 4)));
}

bool Tagger::apply(int article, const DocumentEdits::EditResult& result, bool joinPrevious)
{
    QString error;
    if (m_articles->applyEdits(article, result, &error, joinPrevious))
        return true;
    Q_EMIT message(tr("Not changed: %1").arg(error));
    return false;
}

void Tagger::linkTo(const QString& ref)
{
    const Pending p = m_pending;
    const Document& doc = m_articles->document(p.article);
    const QString words = doc.text.sliced(p.start, p.end - p.start); // doc is re-parsed by the edit
    QString anchor;
    if (p.kind == MarkKind::Issue)
        anchor = uniqueAnchor(doc, ref);
    const DocumentEdits::EditResult result = p.markIndex >= 0
        ? DocumentEdits::changeMark(doc, p.markIndex, p.kind, ref)
        : DocumentEdits::addMark(doc, p.start, p.end, p.kind, ref, anchor);
    if (!apply(p.article, result))
        return;
    if (p.kind != MarkKind::Date)
        m_store->setCurrent({ p.kind, ref });
    Q_EMIT message(tr("Tagged “%1”").arg(words));
}

void Tagger::create(const QString& name)
{
    const Pending p = m_pending;
    const Document& doc = m_articles->document(p.article);
    const Corpus& corpus = m_store->corpus();
    const int start = p.markIndex >= 0 ? -1 : p.start; // a changed mark is re-linked, not re-marked
    switch (p.kind) {
    case MarkKind::Actor: {
        // Actors need nothing but a name: created at once, corrected later in the inspector.
        Actor actor = RecordPrefill::actor(corpus, name);
        actor.kind = m_picker->newActorKind();
        if (actor.kind == m_guess.kind)
            actor.side = m_guess.side;
        if (!apply(p.article, DocumentEdits::setRecord(doc, Format::formatActor(actor))))
            return;
        const Document& updated = m_articles->document(p.article);
        const DocumentEdits::EditResult mark = p.markIndex >= 0
            ? DocumentEdits::changeMark(updated, p.markIndex, p.kind, actor.id)
            : DocumentEdits::addMark(updated, p.start, p.end, p.kind, actor.id);
        if (!apply(p.article, mark, true)) {
            m_articles->textDocument(p.article)->undo(); // the record alone would be half a change
            return;
        }
        m_store->setCurrent({ MarkKind::Actor, actor.id });
        Q_EMIT message(tr("New actor “%1” (%2): check it in the inspector").arg(actor.name, actor.id));
        break;
    }
    case MarkKind::Meeting: {
        Meeting meeting = RecordPrefill::meeting(corpus, doc, p.start, p.end);
        if (name != doc.text.sliced(p.start, p.end - p.start))
            meeting.title = name;
        meeting.id = NewRecordDefaults::meetingId(corpus, meeting); // who met when, not the verb
        Q_EMIT newMeetingRequested(p.article, start, p.end, meeting);
        break;
    }
    case MarkKind::Issue: {
        const QString anchor = uniqueAnchor(doc, idFromText(name));
        Issue issue = RecordPrefill::issue(corpus, doc, p.start, p.end, start >= 0 ? anchor : QString());
        issue.title = name;
        Q_EMIT newIssueRequested(p.article, start, p.end, issue);
        break;
    }
    case MarkKind::Date:
        break;
    }
}

void Tagger::removeMark()
{
    if (m_article < 0 || m_editor->isReadOnly())
        return;
    const Document& doc = m_articles->document(m_article);
    const int mark = markAtCursor(doc);
    if (mark < 0) {
        Q_EMIT message(tr("Put the cursor in a mark to remove it."));
        return;
    }
    const QString words = doc.text.sliced(doc.marks.at(mark).textStart, doc.marks.at(mark).textEnd - doc.marks.at(mark).textStart);
    if (apply(m_article, DocumentEdits::removeMark(doc, mark)))
        Q_EMIT message(tr("Removed the mark on “%1”; the words stay").arg(words));
}

void Tagger::growMark()
{
    if (m_article < 0 || m_editor->isReadOnly())
        return;
    const Document& doc = m_articles->document(m_article);
    const int index = markAtCursor(doc);
    if (index < 0)
        return Q_EMIT message(tr("Put the cursor in a mark to grow it."));
    const Mark mark = doc.marks.at(index);
    const int end = WordSpan::nextWordEnd(QStringView(doc.text).first(doc.articleEnd()), mark.end);
    if (end < 0)
        return Q_EMIT message(tr("The mark cannot grow: the line or the next mark comes first."));
    apply(m_article, DocumentEdits::resizeMark(doc, index, mark.textStart, end));
}

void Tagger::shrinkMark()
{
    if (m_article < 0 || m_editor->isReadOnly())
        return;
    const Document& doc = m_articles->document(m_article);
    const int index = markAtCursor(doc);
    if (index < 0)
        return Q_EMIT message(tr("Put the cursor in a mark to shrink it."));
    const Mark mark = doc.marks.at(index);
    const int end = WordSpan::previousWordEnd(doc.text, mark.textStart, mark.textEnd);
    if (end < 0)
        return Q_EMIT message(tr("The mark has one word left: remove it instead (Ctrl+Shift+Backspace)."));
    apply(m_article, DocumentEdits::resizeMark(doc, index, mark.textStart, end));
}

void Tagger::fitMarkToSelection()
{
    if (m_article < 0 || m_editor->isReadOnly())
        return;
    const Document& doc = m_articles->document(m_article);
    const QTextCursor cursor = m_editor->textCursor();
    const int index = doc.markIndexAt(cursor.selectionStart());
    if (index < 0 || !cursor.hasSelection())
        return Q_EMIT message(tr("Select words starting inside the mark to fit it to them."));
    const WordSpan::Span span = WordSpan::trim(doc.text, cursor.selectionStart(), cursor.selectionEnd());
    const Mark& mark = doc.marks.at(index);
    // Positions inside the mark's brackets count as its words.
    const int start = std::clamp(span.start, mark.textStart, mark.textEnd);
    apply(m_article, DocumentEdits::resizeMark(doc, index, start, std::max(span.end, start + 1)));
}

bool Tagger::eventFilter(QObject* watched, QEvent* event)
{
    // With a kind locked, releasing the mouse over selected words (or double-clicking one) tags them.
    if (watched == m_editor->shownViewport() && m_locked && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        const bool result = QObject::eventFilter(watched, event);
        if (m_editor->textCursor().hasSelection()) {
            const MarkKind kind = *m_locked;
            QMetaObject::invokeMethod(this, [this, kind] { tag(kind); }, Qt::QueuedConnection);
        }
        return result;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Entente
