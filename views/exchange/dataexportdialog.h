// File ▸ Export Data…: the corpus (the network's filters and a period where set) as CSV, GEXF,
// GraphML, iCalendar, brat or PLOVER; prepared off the UI thread, then written atomically.
#pragma once

#include "actorgraph.h"
#include "dataexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Entente {

class CorpusStore;

class DataExportDialog : public QDialog
{
    Q_OBJECT
public:
    DataExportDialog(CorpusStore* store, const ActorGraphFilter& networkFilter, QWidget* parent = nullptr);
    ~DataExportDialog() override;

    // Runs the dialog and the export; reports the outcome. True when files were written.
    static bool exportData(CorpusStore* store, const ActorGraphFilter& networkFilter, QWidget* parent);

    QString path() const;
    void setPath(const QString& path);
    void setFormat(int formatIndex);
    void setDateRange(const QDate& from, const QDate& to); // invalid dates: no range
    // What the export will carry, from the dialog's fields.
    Exchange::Filter filter() const;
    Exchange::ExportOptions options() const;
    // Prepares (in the background when parent is shown) and writes; messages go to the caller.
    bool run(QStringList* written, QString* message);

private:
    void formatChanged();
    void browse();

    CorpusStore* m_store;
    ActorGraphFilter m_networkFilter;
    QComboBox* m_format;
    QComboBox* m_table;
    QLineEdit* m_path;
    QCheckBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_useNetworkFilter;
    QLabel* m_hint;
};

} // namespace Entente
