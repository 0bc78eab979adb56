// Settings ▸ Actor Dictionaries: the PETRARCH/Phoenix actor dictionaries the suggestions use (their
// actors are recognised with the side and role valid on each article's date), and the lexicon
// learned in the workspace folder, which the analyst can open, edit or forget.
#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QListWidget;

namespace Entente {

class SuggestKnowledge;

class ActorDictionariesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ActorDictionariesDialog(SuggestKnowledge* knowledge, QWidget* parent = nullptr);
    ~ActorDictionariesDialog() override;

    // "Actor Dictionaries…" for a menu: opens the dialog.
    static QAction* createAction(SuggestKnowledge* knowledge, QWidget* parent);

    QListWidget* list() const { return m_list; }
    // Adds dictionary files (as the Add… button does after its file dialog).
    void addFiles(const QStringList& paths);
    void removeSelected();

private:
    void refresh();

    SuggestKnowledge* m_knowledge;
    QListWidget* m_list;
    QLabel* m_problems;
    QLabel* m_lexicon;
};

} // namespace Entente
