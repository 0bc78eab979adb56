// Reviewing the pre-tagger's suggestions: run it on an article, or on every open article in the
// background (Qt Concurrent, with progress and Cancel), show what it proposes in the editor and the
// Suggestions list (one article, or the whole corpus as one queue grouped by kind and sorted by
// confidence), accept (a normal mark and record, one undo step) or reject (one undo step too, never
// proposed again for this file, and remembered in the folder's learned lexicon).
#pragma once

#include "suggester.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QTextDocument;

namespace Entente {

class AnnotatedEditor;
class ArticleSet;
class CorpusStore;
class SuggestKnowledge;
class SuggestionModel;
struct Document;
struct SuggestionRow;

class SuggestionReview : public QObject
{
    Q_OBJECT
public:
    enum class Scope { CurrentArticle, AllArticles };

    SuggestionReview(CorpusStore* store, ArticleSet* articles, AnnotatedEditor* editor, QObject* parent = nullptr);
    ~SuggestionReview() override;

    SuggestionModel* model() const { return m_model; }
    SuggestKnowledge* knowledge() const { return m_knowledge; }
    void setCurrentArticle(int index);
    int currentArticle() const { return m_article; }
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }

    // Runs the pre-tagger on the article's words; articleDate (when valid) overrides the article's.
    // Returns false, with a reason, when the article cannot be read.
    bool run(int article, QDate articleDate = {});
    // Every open article, in the background: progress with runAllProgress(), the end with
    // runAllFinished(). Returns false when a run is going on already.
    bool startRunAll();
    void cancelRunAll();
    bool isRunningAll() const { return m_batch.isRunning(); }
    // Every open article on this thread (for callers that wait anyway); progress(done, total)
    // returning false cancels. Returns how many ran.
    int runAll(const std::function<bool(int, int)>& progress = {});
    bool hasRun(int article) const;
    // The article date the last run of the current article used, and whether it was guessed.
    QDate articleDate() const;
    bool articleDateGuessed() const;
    QString articleDateReason() const; // "dateline", "released line", ... when guessed
    // Articles that ran without a date (their relative dates and undated meetings were left out).
    QList<int> undatedArticles() const;

    bool accept(int row, QString* error = nullptr);
    void reject(int row);
    // Accepts every shown suggestion of kind at or above the confidence; returns how many.
    int acceptAll(MarkKind kind, double minimumConfidence = 0);
    // Selects (in the editor) the suggestion at row, showing its article first.
    void show(int row);

    // Undo items call these: a rejection taken back, or made again.
    void setRejected(const QString& path, const QString& key, bool rejected);

Q_SIGNALS:
    void message(const QString& text);
    // The shown rows changed (after a run, an accept, a reject or an edit of the text).
    void refreshed();
    void runAllProgress(int done, int total);
    void runAllFinished(int done, bool cancelled);
    // A row of another article was chosen: the window shows that article.
    void articleRequested(int article);

private:
    struct ArticleResult
    {
        Suggest::Result result;
        QString plainText; // the words the result is about
    };
    struct Job
    {
        QString path;
        QString plainText;
        Suggest::Options options;
    };
    static QString keyOf(const Suggest::Suggestion& s, const QString& words);
    static ArticleResult runJob(const Job& job);
    Job jobFor(int article, QDate articleDate);
    void batchResultReady(int index);
    void refresh();
    void addRows(int article, QList<SuggestionRow>* rows);
    void highlight();
    bool acceptSuggestion(int article, const Suggest::Suggestion& s, const ArticleResult& r, QString* error);
    QSet<QString> rejected(const QString& path);
    void storeRejected(const QString& path);

    CorpusStore* m_store;
    ArticleSet* m_articles;
    AnnotatedEditor* m_editor;
    SuggestionModel* m_model;
    SuggestKnowledge* m_knowledge;
    QHash<QString, ArticleResult> m_results; // by article path
    QHash<QString, QSet<QString>> m_rejected; // by article path, loaded from the settings
    int m_article = -1;
    Scope m_scope = Scope::CurrentArticle;
    bool m_applying = false;
    QList<Job> m_batchJobs;
    QFutureWatcher<ArticleResult> m_batch;
};

} // namespace Entente
