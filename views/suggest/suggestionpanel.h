// The Suggestions dock: what the pre-tagger proposes for the shown article or for the whole corpus,
// reviewed from the keyboard (Enter accepts, Delete rejects, F8 / Shift+F8 move) or with the
// buttons, with "accept all of a kind at or above a confidence", and the progress of a run over
// every article (with Cancel).
#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace Entente {

class SuggestionReview;

class SuggestionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SuggestionPanel(SuggestionReview* review, QWidget* parent = nullptr);
    ~SuggestionPanel() override;

    QTreeView* view() const { return m_view; }
    // Window-wide actions for the Tag menu: run, run on all, accept, reject, next, previous.
    QList<QAction*> actions() const { return m_actions; }
    QAction* runAction() const { return m_run; }
    QAction* runAllAction() const { return m_runAll; }
    QComboBox* scopeBox() const { return m_scope; }
    QSpinBox* thresholdBox() const { return m_threshold; }

    void acceptCurrent();
    void rejectCurrent();
    void move(int step);
    // Runs the pre-tagger on every open article in the background; when it ends, asks (once each)
    // the date of the articles whose text gives none, with askDate(article), and runs them again.
    void suggestAll(const std::function<bool(int)>& askDate);

Q_SIGNALS:
    // The analyst asked to run the pre-tagger (the main window decides on the article date).
    void runRequested();
    void runAllRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int currentRow() const;
    void selectRow(int row);
    void updateHeader();
    void updateDetail();
    void runAllFinished(int done, bool cancelled);

    SuggestionReview* m_review;
    QLabel* m_header;
    QComboBox* m_scope;
    QSpinBox* m_threshold;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTreeView* m_view;
    QLabel* m_detail; // the selected suggestion and its whole reason
    QAction* m_run;
    QAction* m_runAll;
    QList<QAction*> m_actions;
    std::function<bool(int)> m_askDate;
};

} // namespace Entente
