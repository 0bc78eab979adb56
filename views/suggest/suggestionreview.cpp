#include "suggestionreview.h"

#include "annotatededitor.h"
#include "articleset.h"
#include "corpusstore.h"
#include "format.h"
#include "labels.h"
#include "suggestionmodel.h"
#include "suggestknowledge.h"

#include <QAbstractUndoItem>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QTextDocument>

namespace Entente {

namespace {

// A rejection in the document's undo history, so that Ctrl+Z brings a rejected suggestion back.
class RejectionUndo : public QAbstractUndoItem
{
public:
    RejectionUndo(SuggestionReview* review, QString path, QString key)
        : m_review(review)
        , m_path(std::move(path))
        , m_key(std::move(key))
    {
    }
    void undo() override
    {
        if (m_review)
            m_review->setRejected(m_path, m_key, false);
    }
    void redo() override
    {
        if (m_review)
            m_review->setRejected(m_path, m_key, true);
    }

private:
    QPointer<SuggestionReview> m_review;
    QString m_path;
    QString m_key;
};

QString settingsKey(const QString& path)
{
    return QStringLiteral("suggestions/rejected/")
        + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QColor kindColor(MarkKind kind)
{
    switch (kind) {
    case MarkKind::Actor: return QColor(0x88, 0x4e, 0xc4);
    case MarkKind::Meeting: return QColor(0x1c, 0x71, 0xd8);
    case MarkKind::Date: return QColor(0xc6, 0x7c, 0x00);
    case MarkKind::Issue: return QColor(0xc0, 0x1c, 0x28);
    }
    return {};
}

} // namespace

SuggestionReview::SuggestionReview(CorpusStore* store, ArticleSet* articles, AnnotatedEditor* editor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_articles(articles)
    , m_editor(editor)
    , m_model(new SuggestionModel(this))
    , m_knowledge(new SuggestKnowledge(this))
{
    connect(m_store, &CorpusStore::corpusUpdated, this, [this] {
        if (!m_applying)
            refresh();
    });
    connect(m_store, &CorpusStore::corpusReset, this, &SuggestionReview::refresh);
    connect(&m_batch, &QFutureWatcher<ArticleResult>::resultReadyAt, this, &SuggestionReview::batchResultReady);
    connect(&m_batch, &QFutureWatcher<ArticleResult>::progressValueChanged, this,
        [this](int done) { Q_EMIT runAllProgress(done, int(m_batchJobs.size())); });
    connect(&m_batch, &QFutureWatcher<ArticleResult>::finished, this, [this] {
        const bool cancelled = m_batch.isCanceled();
        const int done = m_batch.progressValue();
        refresh();
        Q_EMIT runAllFinished(done, cancelled);
    });
}

SuggestionReview::~SuggestionReview()
{
    // Workers read the jobs: they finish before the jobs go.
    m_batch.cancel();
    m_batch.waitForFinished();
}

void SuggestionReview::setCurrentArticle(int index)
{
    if (index == m_article)
        return;
    m_article = index;
    if (m_scope == Scope::AllArticles) {
        highlight(); // the corpus's queue stays as it is: only the editor shows another article
        Q_EMIT refreshed();
        return;
    }
    refresh();
}

void SuggestionReview::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    refresh();
}

bool SuggestionReview::hasRun(int article) const
{
    return m_results.contains(m_articles->path(article));
}

QString SuggestionReview::keyOf(const Suggest::Suggestion& s, const QString& words)
{
    return toString(s.kind) + u'|' + s.ref + u'|' + words;
}

QDate SuggestionReview::articleDate() const
{
    const auto it = m_results.constFind(m_articles->path(m_article));
    return it == m_results.cend() ? QDate() : it->result.articleDate;
}

QString SuggestionReview::articleDateReason() const
{
    const auto it = m_results.constFind(m_articles->path(m_article));
    return it == m_results.cend() ? QString() : it->result.articleDateReason;
}

bool SuggestionReview::articleDateGuessed() const
{
    const auto it = m_results.constFind(m_articles->path(m_article));
    return it != m_results.cend() && it->result.articleDateGuessed;
}

QSet<QString> SuggestionReview::rejected(const QString& path)
{
    auto it = m_rejected.find(path);
    if (it == m_rejected.end()) {
        const QStringList stored = QSettings().value(settingsKey(path)).toStringList();
        it = m_rejected.insert(path, QSet<QString>(stored.cbegin(), stored.cend()));
    }
    return *it;
}

void SuggestionReview::storeRejected(const QString& path)
{
    const QSet<QString>& keys = m_rejected[path];
    QSettings settings;
    if (keys.isEmpty())
        settings.remove(settingsKey(path));
    else
        settings.setValue(settingsKey(path), QStringList(keys.cbegin(), keys.cend()));
}

void SuggestionReview::setRejected(const QString& path, const QString& key, bool isRejected)
{
    rejected(path); // loaded
    if (isRejected)
        m_rejected[path].insert(key);
    else
        m_rejected[path].remove(key);
    storeRejected(path);
    // The folder's lexicon remembers it for every article (kind|ref|words, see keyOf()).
    MarkKind kind;
    const QStringList parts = key.split(u'|');
    if (parts.size() >= 3 && fromString(parts[0], &kind)) {
        QString error;
        const QString words = QStringList(parts.mid(2)).join(u'|');
        const bool ok = isRejected ? m_knowledge->reject(kind, words, parts[1], &error)
                                   : m_knowledge->unreject(kind, words, parts[1], &error);
        if (!ok)
            Q_EMIT message(tr("Could not write the learned lexicon %1: %2").arg(m_knowledge->lexiconPath(), error));
    }
    // A rejection taken back: the lexicon no longer hides it, so the article's suggestions come again.
    if (const int article = m_articles->indexOfPath(path); !isRejected && article >= 0 && m_results.contains(path)) {
        m_results.insert(path, runJob(jobFor(article, m_results.value(path).result.articleDate)));
    }
    refresh();
}

// The shown rows: the last run's suggestions whose words are still there, not marked since, and
// not rejected; of the current article, or of every article grouped by kind and by confidence.
void SuggestionReview::refresh()
{
    QList<SuggestionRow> rows;
    if (m_scope == Scope::CurrentArticle) {
        addRows(m_article, &rows);
    } else {
        for (int article = 0; article < m_articles->count(); ++article)
            addRows(article, &rows);
        std::stable_sort(rows.begin(), rows.end(), [](const SuggestionRow& a, const SuggestionRow& b) {
            if (a.suggestion.kind != b.suggestion.kind)
                return int(a.suggestion.kind) < int(b.suggestion.kind);
            return a.suggestion.confidence > b.suggestion.confidence;
        });
    }
    m_model->setRows(std::move(rows));
    highlight();
    Q_EMIT refreshed();
}

void SuggestionReview::addRows(int article, QList<SuggestionRow>* rows)
{
    if (article < 0 || article >= m_store->corpus().documents.size())
        return;
    const QString path = m_articles->path(article);
    const auto it = m_results.constFind(path);
    if (it == m_results.cend())
        return;
    const Document& doc = m_store->corpus().documents.at(article);
    const QString plain = doc.plainText();
    const QSet<QString> refused = rejected(path);
    const Corpus& corpus = m_store->corpus();
    const QString articleName = QFileInfo(path).fileName();
    for (const Suggest::Suggestion& s : it->result.marks) {
        if (s.vague || s.ref.isEmpty() || s.end > plain.size())
            continue;
        const QString words = it->plainText.sliced(s.start, s.end - s.start);
        if (QStringView(plain).sliced(s.start, s.end - s.start) != words || refused.contains(keyOf(s, words)))
            continue;
        const int textStart = doc.textPosition(s.start);
        const int textEnd = doc.textPosition(s.end);
        if (doc.markIndexAt(textStart) >= 0 || doc.markIndexAt(textEnd - 1) >= 0)
            continue; // tagged since (accepted, or by hand)
        QString target = s.ref;
        switch (s.kind) {
        case MarkKind::Actor:
            for (const Actor& a : it->result.actors) {
                if (a.id == s.ref)
                    target = a.name;
            }
            if (corpus.actorIndex(s.ref) >= 0)
                target = corpus.actorName(s.ref);
            break;
        case MarkKind::Meeting:
            for (const Meeting& m : it->result.meetings) {
                if (m.id == s.ref)
                    target = tr("%1 (%2, %3)").arg(m.title.isEmpty() ? m.id : m.title, Labels::meetingStatus(m.status),
                        Labels::dateRange(m.start, m.end));
            }
            break;
        case MarkKind::Issue:
            for (const Issue& i : it->result.issues) {
                if (i.id == s.ref)
                    target = i.title;
            }
            break;
        case MarkKind::Date: {
            const qsizetype dots = s.ref.indexOf(u"..");
            target = dots < 0 ? Labels::fuzzyDate(FuzzyDate::parse(s.ref))
                              : Labels::dateRange(FuzzyDate::parse(QStringView(s.ref).first(dots)),
                                    FuzzyDate::parse(QStringView(s.ref).sliced(dots + 2)));
            break;
        }
        }
        rows->append({ s, words, target, article, articleName });
    }
}

// Suggestions look different from confirmed marks: a dotted underline and a light tint in the
// kind's colour, over the words only.
void SuggestionReview::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_article >= 0 && m_editor->document() == m_articles->textDocument(m_article)) {
        const Document& doc = m_store->corpus().documents.at(m_article);
        for (const SuggestionRow& row : m_model->rows()) {
            if (row.article != m_article)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_editor->document());
            selection.cursor.setPosition(doc.textPosition(row.suggestion.start));
            selection.cursor.setPosition(doc.textPosition(row.suggestion.end), QTextCursor::KeepAnchor);
            QColor tint = kindColor(row.suggestion.kind);
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(tint);
            tint.setAlpha(40);
            selection.format.setBackground(tint);
            selection.format.setToolTip(tr("Suggested %1: %2 — %3").arg(markKindLabel(row.suggestion.kind), row.target, row.suggestion.reason));
            selections.append(selection);
        }
    }
    m_editor->setSuggestionSelections(selections);
}

void SuggestionReview::show(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int article = m_model->rows().at(row).article;
    if (article != m_article) {
        Q_EMIT articleRequested(article); // the window shows it, which makes it current here
        if (article != m_article || row >= m_model->rowCount())
            return;
    }
    const Document& doc = m_store->corpus().documents.at(m_article);
    const Suggest::Suggestion& s = m_model->rows().at(row).suggestion;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(doc.textPosition(s.start));
    cursor.setPosition(doc.textPosition(s.end), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

void SuggestionReview::reject(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SuggestionRow& r = m_model->rows().at(row);
    const int article = r.article;
    const QString path = m_articles->path(article);
    const QString key = keyOf(r.suggestion, r.words);
    const QString words = r.words;
    setRejected(path, key, true);
    if (QTextDocument* document = m_articles->textDocument(article))
        document->appendUndoItem(new RejectionUndo(this, path, key));
    Q_EMIT message(tr("Rejected “%1”: it will not be suggested again for this file (Ctrl+Z takes it back)").arg(words));
}

bool SuggestionReview::accept(int row, QString* error)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const int article = m_model->rows().at(row).article;
    const auto it = m_results.constFind(m_articles->path(article));
    if (it == m_results.cend())
        return false;
    const Suggest::Suggestion s = m_model->rows().at(row).suggestion;
    const QString words = m_model->rows().at(row).words;
    QString why;
    m_applying = true;
    const bool ok = acceptSuggestion(article, s, *it, &why);
    m_applying = false;
    refresh();
    if (!ok) {
        Q_EMIT message(tr("Could not accept “%1”: %2").arg(words, why));
        if (error)
            *error = why;
        return false;
    }
    if (s.kind != MarkKind::Date)
        m_store->setCurrent({ s.kind, s.ref });
    // An accepted actor is learned: the next articles know it by name.
    if (const int actor = m_store->corpus().actorIndex(s.ref); s.kind == MarkKind::Actor && actor >= 0) {
        Actor learned = m_store->corpus().actors[actor];
        learned.origin = {};
        learned.extra.clear();
        m_knowledge->learnActor(learned);
    }
    Q_EMIT message(tr("Accepted “%1”").arg(words));
    return true;
}

int SuggestionReview::acceptAll(MarkKind kind, double minimumConfidence)
{
    int accepted = 0;
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (row >= m_model->rowCount())
            continue;
        const Suggest::Suggestion& s = m_model->rows().at(row).suggestion;
        if (s.kind == kind && s.confidence + 1e-9 >= minimumConfidence)
            accepted += accept(row) ? 1 : 0;
    }
    Q_EMIT message(tr("Accepted %n suggestion(s)", nullptr, accepted));
    return accepted;
}

// The mark and whatever records it needs (the meeting's participants, the issue and its status),
// each step computed from the re-parsed text and joined into one undo step.
bool SuggestionReview::acceptSuggestion(int article, const Suggest::Suggestion& s, const ArticleResult& r, QString* error)
{
    int steps = 0;
    const auto step = [&](const DocumentEdits::EditResult& edit) {
        if (edit.ok() && edit.edits.isEmpty())
            return true;
        if (!m_articles->applyEdits(article, edit, error, steps > 0))
            return false;
        ++steps;
        return true;
    };
    const auto ensureActor = [&](const QString& id) {
        if (m_store->corpus().actorIndex(id) >= 0)
            return true;
        for (const Actor& a : r.result.actors) {
            if (a.id == id)
                return step(DocumentEdits::setRecord(m_articles->document(article), Format::formatActor(a)));
        }
        *error = tr("the suggestion names an unknown actor '%1'").arg(id);
        return false;
    };
    bool ok = true;
    if (!m_articles->document(article).article.date.isValid() && r.result.articleDate.isValid()) {
        // The dates were resolved against this date: keep it with the article.
        ArticleInfo info = m_articles->document(article).article;
        info.date = r.result.articleDate;
        ok = step(DocumentEdits::setRecord(m_articles->document(article), Format::formatArticle(info)));
    }
    QString anchor;
    if (ok) {
        switch (s.kind) {
        case MarkKind::Actor:
            ok = ensureActor(s.ref);
            break;
        case MarkKind::Meeting:
            for (const Meeting& m : r.result.meetings) {
                if (m.id != s.ref || m_store->corpus().meetingIndex(m.id) >= 0)
                    continue;
                for (const QString& participant : m.participants)
                    ok = ok && ensureActor(participant);
                Meeting meeting = m;
                meeting.issues.removeIf([this](const QString& id) { return m_store->corpus().issueIndex(id) < 0; });
                ok = ok && step(DocumentEdits::setRecord(m_articles->document(article), Format::formatMeeting(meeting)));
            }
            break;
        case MarkKind::Issue:
            for (const Issue& i : r.result.issues) {
                if (i.id != s.ref || m_store->corpus().issueIndex(i.id) >= 0)
                    continue;
                Issue record = i;
                record.history.clear(); // statuses come with the marks that are their evidence
                ok = step(DocumentEdits::setRecord(m_articles->document(article), Format::formatIssue(record)));
            }
            anchor = s.anchor;
            break;
        case MarkKind::Date:
            break;
        }
    }
    if (ok) {
        const Document& doc = m_articles->document(article);
        if (!anchor.isEmpty() && std::any_of(doc.marks.cbegin(), doc.marks.cend(), [&](const Mark& m) { return m.anchor == anchor; }))
            anchor.clear();
        ok = step(DocumentEdits::addMark(doc, doc.textPosition(s.start), doc.textPosition(s.end), s.kind, s.ref, anchor));
    }
    if (ok && s.kind == MarkKind::Issue && !anchor.isEmpty()) {
        for (const Issue& i : r.result.issues) {
            for (const StatusChange& change : i.history) {
                if (i.id == s.ref && change.evidence == anchor)
                    ok = ok && step(DocumentEdits::addStatus(m_articles->document(article), i.id, change));
            }
        }
    }
    if (!ok && steps > 0)
        m_articles->textDocument(article)->undo(); // one joined step: all of it goes
    return ok;
}

} // namespace Entente
