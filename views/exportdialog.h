// File ▸ Export View…: where to write the current view, as PNG (with width and scale), SVG or PDF.
#pragma once

#include "viewexporter.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Entente {

class ExportableView;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ExportableView* view, const QString& viewTitle, QWidget* parent = nullptr);
    ~ExportDialog() override;

    QString path() const;
    ViewExporter::Options options() const;

    // Runs the dialog and writes the file; reports failures in a message box. True when written.
    static bool exportView(ExportableView* view, const QString& viewTitle, QWidget* parent);

private:
    void formatChanged();
    void browse();

    ExportableView* m_view;
    QComboBox* m_format;
    QLineEdit* m_path;
    QSpinBox* m_width;
    QDoubleSpinBox* m_scale;
    QString m_title;
};

} // namespace Entente
