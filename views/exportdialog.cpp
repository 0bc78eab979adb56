#include "exportdialog.h"

#include "exportableview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace Entente {

ExportDialog::ExportDialog(ExportableView* view, const QString& viewTitle, QWidget* parent)
    : QDialog(parent)
    , m_view(view)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_title(viewTitle)
{
    setWindowTitle(tr("Export %1").arg(viewTitle));
    m_format->addItem(tr("PNG image"), int(ViewExporter::ImageFormat::Png));
    m_format->addItem(tr("SVG drawing (vector, text stays text)"), int(ViewExporter::ImageFormat::Svg));
    m_format->addItem(tr("PDF document (vector)"), int(ViewExporter::ImageFormat::Pdf));
    m_width->setRange(200, 8000);
    m_width->setSuffix(tr(" px"));
    view->prepareExport();
    // The size a PNG is drawn at unless asked otherwise: legible, and quick for a large network.
    m_width->setValue(int(view->defaultPngSize().width()));
    m_width->setToolTip(tr("The width of the picture in logical pixels; the height follows"));
    m_scale->setRange(0.5, 4);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(std::max(1.0, devicePixelRatioF()));
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setToolTip(tr("Pixels per logical pixel: 2 gives a sharp picture on high-DPI screens and slides"));

    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    m_path->setText(QDir(folder).filePath(QStringLiteral("entente-%1.png").arg(view->exportName())));
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    // A label for a row of several widgets needs a buddy, or it shows its "&".
    auto* fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Scale:"), m_scale);
    // What the caption under the picture will say.
    auto* caption = new QLabel(ExportCaptions::of(*view).text(), this);
    caption->setObjectName(QStringLiteral("caption"));
    caption->setWordWrap(true);
    caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Caption:"), caption);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::path() const
{
    return m_path->text();
}

ViewExporter::Options ExportDialog::options() const
{
    ViewExporter::Options options;
    options.format = ViewExporter::ImageFormat(m_format->currentData().toInt());
    options.width = m_width->value();
    options.scale = options.format == ViewExporter::ImageFormat::Png ? m_scale->value() : 1.0;
    options.title = m_title;
    return options;
}

void ExportDialog::formatChanged()
{
    const auto format = ViewExporter::ImageFormat(m_format->currentData().toInt());
    m_scale->setEnabled(format == ViewExporter::ImageFormat::Png);
    const QFileInfo info(m_path->text());
    m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + ViewExporter::suffix(format)));
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    if (const auto format = ViewExporter::formatFromPath(chosen))
        m_format->setCurrentIndex(m_format->findData(int(*format)));
}

bool ExportDialog::exportView(ExportableView* view, const QString& viewTitle, QWidget* parent)
{
    ExportDialog dialog(view, viewTitle, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    QString notice;
    if (!ViewExporter::write(*view, dialog.path(), dialog.options(), &error, &notice)) {
        QMessageBox::critical(parent, tr("Could not export"), error);
        return false;
    }
    if (!notice.isEmpty())
        QMessageBox::information(parent, tr("Exported"), notice);
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(dialog.path()).absolutePath());
    return true;
}

} // namespace Entente
