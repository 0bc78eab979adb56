#include "importdialog.h"

#include "backgroundtask.h"
#include "bratimport.h"
#include "csvimport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

namespace Entente {

namespace {

const QString typesKey = QStringLiteral("import/bratTypes");

QString targetLabel(Exchange::Brat::Target target)
{
    switch (target) {
    case Exchange::Brat::Target::Person:
        return ImportDialog::tr("Actor: person");
    case Exchange::Brat::Target::Organisation:
        return ImportDialog::tr("Actor: organisation");
    case Exchange::Brat::Target::State:
        return ImportDialog::tr("Actor: state");
    case Exchange::Brat::Target::Meeting:
        return ImportDialog::tr("Meeting");
    case Exchange::Brat::Target::Issue:
        return ImportDialog::tr("Issue");
    case Exchange::Brat::Target::Date:
        return ImportDialog::tr("Date");
    case Exchange::Brat::Target::Ignore:
        return ImportDialog::tr("Not imported");
    }
    return {};
}

QStringList csvFilesOf(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        const QDir dir(path);
        for (const QString& name : dir.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

} // namespace

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_sources(new QListWidget(this))
    , m_output(new QLineEdit(this))
    , m_detected(new QLabel(this))
    , m_types(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Import"));
    auto* addFilesButton = new QPushButton(tr("Add &Files…"), this);
    auto* addFolderButton = new QPushButton(tr("Add F&older…"), this);
    auto* clearButton = new QPushButton(tr("C&lear"), this);
    auto* sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(addFilesButton);
    sourceButtons->addWidget(addFolderButton);
    sourceButtons->addWidget(clearButton);
    sourceButtons->addStretch();
    m_sources->setMinimumHeight(60);
    m_sources->setMaximumHeight(110);

    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browseButton);
    m_output->setText(
        QSettings()
            .value(QStringLiteral("import/folder"), QDir::home().filePath(QStringLiteral("entente-import")))
            .toString());

    m_types->setHorizontalHeaderLabels({ tr("brat type"), tr("Entente kind") });
    m_types->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_types->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_types->verticalHeader()->hide();
    QList<Diagnostic> ignored;
    const QString saved = QSettings().value(typesKey).toString();
    setTypeMap(saved.isEmpty() ? Exchange::Brat::TypeMap::defaults()
                               : Exchange::Brat::TypeMap::parse(saved, {}, &ignored));
    auto* addType = new QPushButton(tr("&Add Type"), this);
    auto* removeType = new QPushButton(tr("&Remove"), this);
    auto* resetTypes = new QPushButton(tr("&Defaults"), this);
    auto* typeButtons = new QHBoxLayout;
    typeButtons->addWidget(addType);
    typeButtons->addWidget(removeType);
    typeButtons->addWidget(resetTypes);
    typeButtons->addStretch();
    auto* typeBox = new QGroupBox(tr("brat entity and event types"), this);
    auto* typeLayout = new QVBoxLayout(typeBox);
    auto* typeHint = new QLabel(tr("How the types of other projects' annotations become Entente marks. Types "
                                   "not listed are skipped and reported."),
                                typeBox);
    typeHint->setWordWrap(true);
    typeLayout->addWidget(typeHint);
    typeLayout->addWidget(m_types);
    typeLayout->addLayout(typeButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Import:"), m_sources);
    form->addRow(QString(), sourceButtons);
    form->addRow(QString(), m_detected);
    auto* outputLabel = new QLabel(tr("Write Entente files &to:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(typeBox, 1);
    layout->addWidget(buttons);
    resize(620, 640);

    connect(addFilesButton, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(addFolderButton, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(clearButton, &QPushButton::clicked, this, [this] { setSources({}); });
    connect(browseButton, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Write Entente Files To"), outputFolder());
        if (!folder.isEmpty())
            setOutputFolder(folder);
    });
    connect(addType, &QPushButton::clicked, this, [this] {
        addTypeRow(QString(), Exchange::Brat::Target::Person);
        m_types->editItem(m_types->item(m_types->rowCount() - 1, 0));
    });
    connect(removeType, &QPushButton::clicked, this, [this] {
        if (m_types->currentRow() >= 0)
            m_types->removeRow(m_types->currentRow());
    });
    connect(resetTypes, &QPushButton::clicked, this,
            [this] { setTypeMap(Exchange::Brat::TypeMap::defaults()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    sourcesChanged();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::addTypeRow(const QString& type, Exchange::Brat::Target target)
{
    const int row = m_types->rowCount();
    m_types->insertRow(row);
    m_types->setItem(row, 0, new QTableWidgetItem(type));
    auto* kind = new QComboBox(m_types);
    for (Exchange::Brat::Target t : Exchange::Brat::targets())
        kind->addItem(targetLabel(t), int(t));
    kind->setCurrentIndex(kind->findData(int(target)));
    m_types->setCellWidget(row, 1, kind);
}

void ImportDialog::setTypeMap(const Exchange::Brat::TypeMap& map)
{
    m_types->setRowCount(0);
    for (const auto& [type, target] : map.entries())
        addTypeRow(type, target);
}

Exchange::Brat::TypeMap ImportDialog::typeMap() const
{
    Exchange::Brat::TypeMap map;
    for (int row = 0; row < m_types->rowCount(); ++row) {
        const QString type = m_types->item(row, 0) ? m_types->item(row, 0)->text().trimmed() : QString();
        const auto* kind = qobject_cast<QComboBox*>(m_types->cellWidget(row, 1));
        if (!type.isEmpty() && !type.contains(u' ') && kind)
            map.set(type, Exchange::Brat::Target(kind->currentData().toInt()));
    }
    return map;
}

void ImportDialog::setSources(const QStringList& paths)
{
    m_sources->clear();
    m_sources->addItems(paths);
    sourcesChanged();
}

QStringList ImportDialog::sources() const
{
    QStringList paths;
    for (int i = 0; i < m_sources->count(); ++i)
        paths.append(m_sources->item(i)->text());
    return paths;
}

void ImportDialog::setOutputFolder(const QString& folder)
{
    m_output->setText(folder);
}

QString ImportDialog::outputFolder() const
{
    return m_output->text().trimmed();
}

QString ImportDialog::format() const
{
    bool brat = false, csv = false;
    for (const QString& path : sources()) {
        const QFileInfo info(path);
        if (info.isDir()) {
            brat = brat || !QDir(path).entryList({ QStringLiteral("*.ann") }, QDir::Files).isEmpty();
            csv = csv || !QDir(path).entryList({ QStringLiteral("*.csv") }, QDir::Files).isEmpty();
        } else {
            brat = brat || info.suffix().toLower() == u"ann";
            csv = csv || info.suffix().toLower() == u"csv";
        }
    }
    return brat == csv ? QString() : brat ? QStringLiteral("brat") : QStringLiteral("csv");
}

void ImportDialog::sourcesChanged()
{
    const QString kind = format();
    if (sources().isEmpty())
        m_detected->setText(tr("Add brat .ann files (with their .txt), CSV tables, or folders of them."));
    else if (kind.isEmpty())
        m_detected->setText(tr("Import either brat annotations or CSV tables, not both at once."));
    else
        m_detected->setText(kind == u"brat" ? tr("brat standoff annotations")
                                            : tr("CSV tables (actors, meetings, issues, statuses)"));
    m_types->setEnabled(kind != u"csv");
}

void ImportDialog::addFiles()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Import Files"), QString(),
                                        tr("brat annotations and CSV tables (*.ann *.csv);;All files (*)"));
    if (!files.isEmpty())
        setSources(sources() + files);
}

void ImportDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder"));
    if (!folder.isEmpty())
        setSources(sources() + QStringList { folder });
}

ImportDialog::Outcome ImportDialog::run()
{
    Outcome outcome;
    const QString kind = format();
    if (kind.isEmpty() || outputFolder().isEmpty()) {
        outcome.message = tr("Choose brat annotations or CSV tables to import, and a folder to write to.");
        return outcome;
    }
    const QStringList paths = sources();
    const Exchange::Brat::TypeMap map = typeMap();
    QSettings().setValue(typesKey, map.toText());
    QSettings().setValue(QStringLiteral("import/folder"), outputFolder());
    struct Imported
    {
        QList<Exchange::OutputFile> files;
        QList<Diagnostic> problems;
        QString summary;
    };
    const std::optional<Imported> imported
        = runInBackground<Imported>(this, tr("Importing…"), [kind, paths, map] {
              Imported result;
              if (kind == u"brat") {
                  Exchange::BratImport::Result brat = Exchange::BratImport::import(paths, map);
                  result = { std::move(brat.files), std::move(brat.problems),
                             tr("%1 of %n brat document(s) with %2 marks", nullptr, brat.documents)
                                 .arg(brat.files.size())
                                 .arg(brat.marks) };
              } else {
                  Exchange::CsvImport::Result csv = Exchange::CsvImport::import(csvFilesOf(paths));
                  result = { std::move(csv.files), std::move(csv.problems),
                             tr("%1 of %n CSV row(s)", nullptr, csv.rows).arg(csv.imported) };
              }
              return result;
          });
    if (!imported) {
        outcome.message = tr("The import was cancelled; nothing was written.");
        return outcome;
    }
    outcome.problems = imported->problems;
    if (imported->files.isEmpty()) {
        outcome.message = tr("Nothing could be imported.");
        return outcome;
    }
    QString error;
    if (!Exchange::writeFiles(outputFolder(), imported->files, Exchange::Existing::Refuse, &outcome.written,
                              &error)) {
        outcome.message = error;
        return outcome;
    }
    outcome.message = tr("Imported %1 into %n file(s) in %2.", nullptr, int(outcome.written.size()))
                          .arg(imported->summary, outputFolder());
    return outcome;
}

QStringList ImportDialog::importFiles(QWidget* parent)
{
    ImportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const Outcome outcome = dialog.run();
    QMessageBox box(outcome.written.isEmpty() ? QMessageBox::Warning : QMessageBox::Information, tr("Import"),
                    outcome.message, QMessageBox::Ok, parent);
    if (!outcome.problems.isEmpty()) {
        QStringList lines;
        for (const Diagnostic& d : outcome.problems)
            lines.append(d.toString());
        box.setInformativeText(
            tr("%n problem(s): the rows or annotations they name were skipped.", nullptr, int(lines.size())));
        box.setDetailedText(lines.join(u'\n'));
    }
    box.exec();
    return outcome.written;
}

} // namespace Entente
