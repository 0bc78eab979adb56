// Find in All Articles (Ctrl+Shift+F): a search field over the list of hits (article, line, the
// words around). The search runs on a worker thread over the corpus as it is when asked, so that
// ten thousand articles never hold up the window; typing again cancels it, and the result of a
// search that is no longer wanted is dropped. Enter or a click on a hit shows it in its article.
#pragma once

#include "corpussearch.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace Entente {

class CorpusStore;
class FindResultModel;

class FindAllPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindAllPanel(CorpusStore* store, QWidget* parent = nullptr);
    ~FindAllPanel() override;

    // Puts text (when not empty) in the field, focuses it and searches.
    void activate(const QString& text = {});
    // Searches for the field's text now (the field waits for a pause in typing otherwise).
    void search();
    bool isSearching() const { return m_watcher.isRunning(); }
    // Blocks until the wanted search has finished and its hits are shown (for tests and callers
    // that wait anyway).
    void waitForResult();

    QLineEdit* field() const { return m_field; }
    QCheckBox* matchCase() const { return m_matchCase; }
    QTreeView* view() const { return m_view; }
    FindResultModel* model() const { return m_model; }
    // The most hits one search lists.
    static constexpr int maximumHits = 10000;

Q_SIGNALS:
    // A hit was chosen: its article's file and the words' span in the article's text.
    void hitActivated(const QString& fileName, int start, int end);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Query
    {
        QString text;
        Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive;
        quint64 revision = 0;
        bool operator==(const Query&) const = default;
    };
    Query wanted() const;
    void start(const Query& query);
    void finished();
    void showStatus();
    void activateRow(const QModelIndex& index);

    CorpusStore* m_store;
    QLineEdit* m_field;
    QCheckBox* m_matchCase;
    QLabel* m_status;
    QTreeView* m_view;
    FindResultModel* m_model;
    QTimer* m_typing; // waits for a pause in typing
    QTimer* m_corpusChanged; // searches again after edits, once they pause
    QFutureWatcher<CorpusSearch::Result> m_watcher;
    Query m_running; // the search the worker does now
    Query m_shown; // the search whose hits are listed
    bool m_hasShown = false;
    bool m_handled = true; // the running search's result was taken
};

} // namespace Entente
