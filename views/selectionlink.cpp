#include "selectionlink.h"

#include "annotatededitor.h"
#include "articleset.h"
#include "recordpanel.h"

#include <QTextBlock>

namespace Entente {

SelectionLink::SelectionLink(CorpusStore* store, ArticleSet* articles, AnnotatedEditor* editor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_articles(articles)
    , m_editor(editor)
{
    connect(store, &CorpusStore::currentChanged, this, &SelectionLink::followStore);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &SelectionLink::followCursor);
}

SelectionLink::~SelectionLink() = default;

void SelectionLink::addPanel(MarkKind kind, RecordPanel* panel)
{
    m_panels.insert(int(kind), panel);
    connect(panel, &RecordPanel::recordSelected, this, [this, kind](const QString& id) { m_store->setCurrent({ kind, id }); });
}

bool SelectionLink::locate(const RecordRef& ref, int* article, int* start, int* end) const
{
    const QList<Document>& documents = m_store->corpus().documents;
    const auto markIn = [&](int index) {
        const Document& doc = documents.at(index);
        const QList<int> marks = doc.markIndexesFor(ref.kind, ref.id);
        if (marks.isEmpty())
            return false;
        *article = index;
        *start = doc.marks.at(marks.first()).textStart;
        *end = doc.marks.at(marks.first()).textEnd;
        return true;
    };
    if (m_article >= 0 && m_article < documents.size() && markIn(m_article))
        return true;
    for (int i = 0; i < documents.size(); ++i) {
        if (markIn(i))
            return true;
    }
    // No mark: show the record's own line.
    const Corpus& corpus = m_store->corpus();
    Origin origin;
    if (ref.kind == MarkKind::Actor && corpus.actorIndex(ref.id) >= 0)
        origin = corpus.actors.at(corpus.actorIndex(ref.id)).origin;
    else if (ref.kind == MarkKind::Meeting && corpus.meetingIndex(ref.id) >= 0)
        origin = corpus.meetings.at(corpus.meetingIndex(ref.id)).origin;
    else if (ref.kind == MarkKind::Issue && corpus.issueIndex(ref.id) >= 0)
        origin = corpus.issues.at(corpus.issueIndex(ref.id)).origin;
    const int index = corpus.documentIndex(origin.file);
    if (index < 0 || origin.line <= 0)
        return false;
    const QTextBlock block = m_articles->textDocument(index)->findBlockByNumber(origin.line - 1);
    *article = index;
    *start = block.position();
    *end = block.position() + block.length() - 1;
    return true;
}

void SelectionLink::followStore(const RecordRef& ref)
{
    for (auto it = m_panels.cbegin(); it != m_panels.cend(); ++it)
        it.value()->selectId(it.key() == int(ref.kind) ? ref.id : QString());
    if (m_moving)
        return; // the cursor chose this record: leave the text alone
    int article = -1, start = 0, end = 0;
    if (!ref.isValid() || !locate(ref, &article, &start, &end)) {
        m_editor->clearSpan();
        return;
    }
    if (article != m_article)
        Q_EMIT articleRequested(article);
    m_moving = true;
    m_editor->showSpan(start, end);
    m_moving = false;
}

void SelectionLink::followCursor()
{
    if (m_moving || m_article < 0 || m_article >= m_store->corpus().documents.size())
        return;
    const Document& doc = m_store->corpus().documents.at(m_article);
    if (doc.text.size() != m_editor->document()->characterCount() - 1)
        return; // an edit is waiting to be re-parsed: positions do not match yet
    const QTextCursor cursor = m_editor->textCursor();
    RecordRef ref;
    const int mark = doc.markIndexAt(cursor.position());
    if (mark >= 0 && doc.marks.at(mark).kind != MarkKind::Date) {
        ref = { doc.marks.at(mark).kind, doc.marks.at(mark).ref };
    } else if (doc.recordsStart >= 0 && cursor.position() > doc.recordsStart) {
        const int line = cursor.blockNumber() + 1;
        for (const Actor& a : doc.actors) {
            if (a.origin.line == line)
                ref = { MarkKind::Actor, a.id };
        }
        for (const Meeting& m : doc.meetings) {
            if (m.origin.line == line)
                ref = { MarkKind::Meeting, m.id };
        }
        for (const Issue& i : doc.issues) {
            if (i.origin.line == line || std::any_of(i.history.cbegin(), i.history.cend(), [line](const StatusChange& c) {
                    return c.origin.line == line;
                }))
                ref = { MarkKind::Issue, i.id };
        }
    }
    if (!ref.isValid())
        return;
    m_moving = true;
    m_editor->clearSpan();
    m_store->setCurrent(ref);
    m_moving = false;
}

} // namespace Entente
