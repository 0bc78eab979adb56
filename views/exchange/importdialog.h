// File ▸ Import…: brat standoff (.ann beside .txt) or CSV tables into Entente files in a folder,
// with the brat type mapping editable in a table (and remembered). Problems are listed file:line.
#pragma once

#include "brattypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace Entente {

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Runs the dialog and the import; returns the Entente files written (to open), empty if none.
    static QStringList importFiles(QWidget* parent);

    void setSources(const QStringList& paths);
    QStringList sources() const;
    void setOutputFolder(const QString& folder);
    QString outputFolder() const;
    QString format() const; // "brat", "csv" or empty when the sources do not say
    Exchange::Brat::TypeMap typeMap() const; // from the table
    void setTypeMap(const Exchange::Brat::TypeMap& map);
    QTableWidget* typeTable() const { return m_types; }

    struct Outcome
    {
        QStringList written;
        QList<Diagnostic> problems;
        QString message; // translated summary, or why nothing was written
    };
    Outcome run();

private:
    void addFiles();
    void addFolder();
    void sourcesChanged();
    void addTypeRow(const QString& type, Exchange::Brat::Target target);

    QListWidget* m_sources;
    QLineEdit* m_output;
    QLabel* m_detected;
    QTableWidget* m_types;
};

} // namespace Entente
