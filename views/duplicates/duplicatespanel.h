// The Duplicates dock: the finder's proposals for the open corpus, each with its score, its reason and
// its articles, reviewed from the keyboard: Enter merges (asks for the merge through mergeRequested),
// Delete rejects (remembered for the corpus folder), Space or Right skips to the next one.
#pragma once

#include "types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeView;

namespace Entente {

class CorpusStore;
class DuplicateSearch;

class DuplicatesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DuplicatesPanel(CorpusStore* store, QWidget* parent = nullptr);
    ~DuplicatesPanel() override;

    QTreeView* view() const { return m_view; }
    QLabel* details() const { return m_details; }
    DuplicateSearch* search() const { return m_search; }

    void acceptCurrent();
    void rejectCurrent();
    void skipCurrent();

public Q_SLOTS:
    // What became of a merge (for the merge's handler): shown above the list.
    void showMessage(const QString& message);

Q_SIGNALS:
    // The analyst accepted a proposal: mergeId should go into keepId, across the corpus.
    void mergeRequested(Entente::MarkKind kind, const QString& keepId, const QString& mergeId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int currentRow() const;
    void selectRow(int row);
    void updateHeader();
    void restoreSelection();
    void showDetails();

    QPointer<CorpusStore> m_store; // the window may delete it first
    DuplicateSearch* m_search;
    QLabel* m_header;
    QLabel* m_message;
    QTreeView* m_view;
    QLabel* m_details; // the selected proposal in full: the list elides
    // The proposal selected before the list was refreshed, to select it (or its place) again.
    MarkKind m_selectedKind = MarkKind::Actor;
    QString m_selectedKeep;
    QString m_selectedMerge;
    int m_selectedRow = -1;
    bool m_restoring = false;
};

} // namespace Entente
