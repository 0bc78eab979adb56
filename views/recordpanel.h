// A dockable list of records (actors, meetings or issues): a filter field over a sortable table.
// Selecting a row names the record's id; selectId() follows the shared selection.
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QTreeView;

namespace Entente {

class RecordFilterModel;

class RecordPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecordPanel(QAbstractItemModel* source, const QString& filterPlaceholder, QWidget* parent = nullptr);
    ~RecordPanel() override;

    QTreeView* view() const { return m_view; }
    RecordFilterModel* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }

    // Selects the row with this id (clears the selection for an empty or unknown id) without
    // emitting recordSelected.
    void selectId(const QString& id);
    QString selectedId() const;
    // Whether the columns still wait to be fitted to a new model's rows (see fitColumns()).
    bool isFitPending() const { return m_fitPending; }
    // Fits the columns now if a reset left them waiting.
    void fitColumns();

Q_SIGNALS:
    void recordSelected(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLineEdit* m_filter;
    QTreeView* m_view;
    RecordFilterModel* m_proxy;
    bool m_following = false;
    bool m_fitPending = false;
};

} // namespace Entente
