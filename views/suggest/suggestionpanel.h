// The Suggestions dock: what the pre-tagger proposes for the shown article, reviewed from the
// keyboard (Enter accepts, Delete rejects, F8 / Shift+F8 move) or with the buttons.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
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
    // Window-wide actions for the Tag menu: run, accept, reject, next, previous.
    QList<QAction*> actions() const { return m_actions; }
    QAction* runAction() const { return m_run; }
    QAction* runAllAction() const { return m_runAll; }

    void acceptCurrent();
    void rejectCurrent();
    void move(int step);

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

    SuggestionReview* m_review;
    QLabel* m_header;
    QTreeView* m_view;
    QAction* m_run;
    QAction* m_runAll;
    QList<QAction*> m_actions;
};

} // namespace Entente
