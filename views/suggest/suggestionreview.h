// Reviewing the pre-tagger's suggestions: run it on an article (or all), show what it proposes
// in the editor and the Suggestions list, accept (a normal mark and record, one undo step) or
// reject (one undo step too, and never proposed again for this file).
#pragma once

#include "suggester.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QTextDocument;

namespace Entente {

class AnnotatedEditor;
class ArticleSet;
class CorpusStore;
class SuggestionModel;
struct Document;

class SuggestionReview : public QObject
{
    Q_OBJECT
public:
    SuggestionReview(CorpusStore* store, ArticleSet* articles, AnnotatedEditor* editor, QObject* parent = nullptr);
    ~SuggestionReview() override;

    SuggestionModel* model() const { return m_model; }
    void setCurrentArticle(int index);
    int currentArticle() const { return m_article; }

    // Runs the pre-tagger on the article's words; articleDate (when valid) overrides the article's.
    // Returns false, with a reason, when the article cannot be read.
    bool run(int article, QDate articleDate = {});
    // Every open article, with progress(done, total) returning false to cancel. Returns how many ran.
    int runAll(const std::function<bool(int, int)>& progress = {});
    bool hasRun(int article) const;
    // The article date the last run used, and whether the pre-tagger guessed it from the text.
    QDate articleDate() const;
    bool articleDateGuessed() const;

    bool accept(int row, QString* error = nullptr);
    void reject(int row);
    // Accepts every shown suggestion of kind; returns how many were accepted.
    int acceptAll(MarkKind kind);
    // Selects (in the editor) the suggestion at row.
    void show(int row);

    // Undo items call these: a rejection taken back, or made again.
    void setRejected(const QString& path, const QString& key, bool rejected);

Q_SIGNALS:
    void message(const QString& text);
    // The shown rows changed (after a run, an accept, a reject or an edit of the text).
    void refreshed();

private:
    struct ArticleResult
    {
        Suggest::Result result;
        QString plainText; // the words the result is about
    };
    static QString keyOf(const Suggest::Suggestion& s, const QString& words);
    void refresh();
    void highlight();
    bool acceptSuggestion(const Suggest::Suggestion& s, const ArticleResult& r, QString* error);
    QSet<QString> rejected(const QString& path);
    void storeRejected(const QString& path);

    CorpusStore* m_store;
    ArticleSet* m_articles;
    AnnotatedEditor* m_editor;
    SuggestionModel* m_model;
    QHash<QString, ArticleResult> m_results; // by article path
    QHash<QString, QSet<QString>> m_rejected; // by article path, loaded from the settings
    int m_article = -1;
    bool m_applying = false;
};

} // namespace Entente
