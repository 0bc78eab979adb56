#include "dataexportdialog.h"

#include "backgroundtask.h"
#include "corpusstore.h"
#include "csvexport.h"
#include "labels.h"
#include "sidefromtitle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace Entente {

namespace {

QString defaultName(Exchange::DataFormat format, const QString& table)
{
    switch (format) {
    case Exchange::DataFormat::Csv:
        return table.isEmpty() ? QStringLiteral("entente-tables") : table + QStringLiteral(".csv");
    case Exchange::DataFormat::Gexf:
        return QStringLiteral("entente-network.gexf");
    case Exchange::DataFormat::Graphml:
        return QStringLiteral("entente-network.graphml");
    case Exchange::DataFormat::Ics:
        return QStringLiteral("entente-meetings.ics");
    case Exchange::DataFormat::Brat:
        return QStringLiteral("entente-brat");
    case Exchange::DataFormat::Plover:
        return QStringLiteral("entente-events.jsonl");
    }
    return {};
}

// The days the corpus's meetings cover, for the period's defaults.
std::pair<QDate, QDate> meetingDays(const Corpus& corpus)
{
    QDate first, last;
    for (const Meeting& meeting : corpus.meetings) {
        const QDate day = meeting.start.first();
        if (!day.isValid())
            continue;
        first = first.isValid() ? std::min(first, day) : day;
        last = last.isValid() ? std::max(last, day) : day;
    }
    return { first, last };
}

} // namespace

DataExportDialog::DataExportDialog(CorpusStore* store, const ActorGraphFilter& networkFilter, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_networkFilter(networkFilter)
    , m_format(new QComboBox(this))
    , m_table(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_period(new QCheckBox(tr("Only &from"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_useNetworkFilter(new QCheckBox(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Export Data"));
    for (Exchange::DataFormat format : Exchange::dataFormats())
        m_format->addItem(Exchange::formatDescription(format), int(format));
    m_table->addItem(tr("All tables, one file each, in a folder"));
    for (Exchange::CsvExport::Table table : Exchange::CsvExport::tables())
        m_table->addItem(Exchange::CsvExport::tableName(table), Exchange::CsvExport::tableName(table));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    const auto [first, last] = meetingDays(store->corpus());
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(networkFilter.from.isValid() ? networkFilter.from
                        : first.isValid()        ? first
                                                 : QDate::currentDate());
    m_to->setDate(networkFilter.to.isValid() ? networkFilter.to
                      : last.isValid()       ? last
                                             : QDate::currentDate());
    m_period->setChecked(networkFilter.from.isValid() || networkFilter.to.isValid());
    connect(m_period, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_period, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_from->setEnabled(m_period->isChecked());
    m_to->setEnabled(m_period->isChecked());

    QStringList active;
    if (!networkFilter.sides.isEmpty())
        active.append(tr("sides %1").arg(networkFilter.sides.join(QStringLiteral(", "))));
    if (!networkFilter.statuses.isEmpty()) {
        QStringList names;
        for (MeetingStatus status : networkFilter.statuses)
            names.append(Labels::meetingStatus(status));
        active.append(tr("statuses %1").arg(names.join(QStringLiteral(", "))));
    }
    m_useNetworkFilter->setText(
        tr("Only the meetings the network shows (%1)").arg(active.join(QStringLiteral("; "))));
    m_useNetworkFilter->setChecked(!active.isEmpty());
    m_useNetworkFilter->setVisible(!active.isEmpty());

    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Tables:"), m_table);
    auto* pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("Meetings:"), periodRow);
    form->addRow(QString(), m_useNetworkFilter);
    form->addRow(QString(), m_hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &DataExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &DataExportDialog::formatChanged);
    connect(m_table, &QComboBox::currentIndexChanged, this, &DataExportDialog::formatChanged);
    QSettings settings;
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(settings.value(QStringLiteral("exportData/format"), 0).toInt())));
    formatChanged();
}

DataExportDialog::~DataExportDialog() = default;

QString DataExportDialog::path() const
{
    return m_path->text().trimmed();
}

void DataExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void DataExportDialog::setFormat(int formatIndex)
{
    m_format->setCurrentIndex(m_format->findData(formatIndex));
}

void DataExportDialog::setDateRange(const QDate& from, const QDate& to)
{
    m_period->setChecked(from.isValid() || to.isValid());
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
}

void DataExportDialog::formatChanged()
{
    const auto format = Exchange::DataFormat(m_format->currentData().toInt());
    m_table->setEnabled(format == Exchange::DataFormat::Csv);
    const QString table = format == Exchange::DataFormat::Csv ? m_table->currentData().toString() : QString();
    const QString folder
        = QSettings().value(QStringLiteral("exportData/folder"), QDir::homePath()).toString();
    const QString current = path();
    m_path->setText(QDir(current.isEmpty() ? folder : QFileInfo(current).absolutePath())
                        .filePath(defaultName(format, table)));
    const bool toFolder = Exchange::writesFolder(format, path());
    m_hint->setText(toFolder ? tr("A folder: files already in it with the same names are replaced.")
                             : tr("One file, replaced if it exists."));
}

void DataExportDialog::browse()
{
    const auto format = Exchange::DataFormat(m_format->currentData().toInt());
    const QString chosen = Exchange::writesFolder(format, path())
        ? QFileDialog::getExistingDirectory(this, tr("Export Data to a Folder"),
                                            QFileInfo(path()).absolutePath())
        : QFileDialog::getSaveFileName(this, tr("Export Data"), path());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

Exchange::Filter DataExportDialog::filter() const
{
    Exchange::Filter filter;
    if (m_period->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    if (m_useNetworkFilter->isChecked()) {
        filter.sides = m_networkFilter.sides;
        filter.statuses = m_networkFilter.statuses;
    }
    return filter;
}

Exchange::ExportOptions DataExportDialog::options() const
{
    Exchange::ExportOptions options;
    options.format = Exchange::DataFormat(m_format->currentData().toInt());
    options.filter = filter();
    options.derivedSide = Suggest::derivedSides(); // as the network view colours officials
    if (options.format == Exchange::DataFormat::Csv && !Exchange::writesFolder(options.format, path()))
        options.table = m_table->currentData().toString();
    return options;
}

bool DataExportDialog::run(QStringList* written, QString* message)
{
    const Corpus corpus = m_store->corpus(); // a shallow copy the worker may read
    const QString target = path();
    const Exchange::ExportOptions chosen = options();
    const std::optional<Exchange::PreparedExport> prepared = runInBackground<Exchange::PreparedExport>(
        this, tr("Preparing the export…"),
        [corpus, target, chosen] { return Exchange::prepareExport(corpus, target, chosen); });
    if (!prepared) {
        *message = tr("The export was cancelled; nothing was written.");
        return false;
    }
    if (!Exchange::commitExport(*prepared, written, message))
        return false;
    QStringList notes;
    for (const Diagnostic& d : prepared->problems)
        notes.append(d.file.isEmpty() ? d.message : d.toString());
    *message = tr("Wrote %1 to %2.").arg(prepared->summary, target);
    if (!notes.isEmpty())
        *message += u'\n' + tr("Left out: %1").arg(notes.join(QStringLiteral("; ")));
    QSettings settings;
    settings.setValue(QStringLiteral("exportData/format"), int(chosen.format));
    settings.setValue(QStringLiteral("exportData/folder"), QFileInfo(target).absolutePath());
    return true;
}

bool DataExportDialog::exportData(CorpusStore* store, const ActorGraphFilter& networkFilter, QWidget* parent)
{
    DataExportDialog dialog(store, networkFilter, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QStringList written;
    QString message;
    const bool ok = dialog.run(&written, &message);
    if (ok)
        QMessageBox::information(parent, tr("Export Data"), message);
    else
        QMessageBox::warning(parent, tr("Could not export"), message);
    return ok;
}

} // namespace Entente
