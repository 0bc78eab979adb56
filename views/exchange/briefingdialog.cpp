#include "briefingdialog.h"

#include "backgroundtask.h"
#include "corpusstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
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
#include <QUrl>

namespace Entente {

namespace {

// The last meeting's month, when nothing else says which period the analyst looks at.
std::pair<QDate, QDate> defaultPeriod(const Corpus& corpus)
{
    QDate last;
    for (const Meeting& meeting : corpus.meetings) {
        const QDate day = meeting.start.first();
        if (day.isValid() && day.year() <= QDate::currentDate().year() + 1 && (!last.isValid() || day > last))
            last = day;
    }
    if (!last.isValid())
        last = QDate::currentDate();
    const QDate first(last.year(), last.month(), 1);
    return { first, first.addMonths(1).addDays(-1) };
}

} // namespace

BriefingDialog::BriefingDialog(CorpusStore* store, const ActorGraphFilter& networkFilter, QWidget* parent)
    : QDialog(parent)
    , m_networkFilter(networkFilter)
    , m_title(new QLineEdit(tr("Briefing"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_useNetworkFilter(
          new QCheckBox(tr("Only the meetings the network's side and status filters show"), this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Briefing"));
    const auto [first, last] = defaultPeriod(store->corpus());
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(networkFilter.from.isValid() ? networkFilter.from : first);
    m_to->setDate(networkFilter.to.isValid() ? networkFilter.to : last);
    const bool filtered = !networkFilter.sides.isEmpty() || !networkFilter.statuses.isEmpty();
    m_useNetworkFilter->setChecked(filtered);
    m_useNetworkFilter->setVisible(filtered);
    const QString folder = QSettings().value(QStringLiteral("briefing/folder"), QDir::homePath()).toString();
    m_path->setText(QDir(folder).filePath(QStringLiteral("briefing.pdf")));

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch();
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, periodRow);
    form->addRow(QString(), m_useNetworkFilter);
    auto* pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto* hint = new QLabel(tr("A PDF, or one HTML file with everything in it (.html)."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(browseButton, &QPushButton::clicked, this, &BriefingDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BriefingDialog::~BriefingDialog() = default;

Briefing::Options BriefingDialog::options() const
{
    Briefing::Options options;
    options.title = m_title->text().trimmed();
    options.filter.from = std::min(m_from->date(), m_to->date());
    options.filter.to = std::max(m_from->date(), m_to->date());
    if (m_useNetworkFilter->isChecked()) {
        options.filter.sides = m_networkFilter.sides;
        options.filter.statuses = m_networkFilter.statuses;
    }
    return options;
}

QString BriefingDialog::path() const
{
    return m_path->text().trimmed();
}

void BriefingDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void BriefingDialog::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void BriefingDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save Briefing"), path(), tr("PDF document (*.pdf);;Web page, self-contained (*.html)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

bool BriefingDialog::makeBriefing(CorpusStore* store, const ActorGraphFilter& networkFilter, QWidget* parent)
{
    BriefingDialog dialog(store, networkFilter, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // Merging what the figures show runs on another thread; the figures are the views' widgets, drawn
    // here; laying out and writing the pages, minutes for a decade of a large corpus, on another.
    const Corpus corpus = store->corpus();
    const Briefing::Options options = dialog.options();
    const std::optional<Briefing::Prepared> prepared = runInBackground<Briefing::Prepared>(
        parent, tr("Preparing the briefing…"), [corpus, options] { return Briefing::prepare(corpus, options); });
    if (!prepared)
        return false;
    std::shared_ptr<const Briefing> briefing;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        briefing = std::make_shared<const Briefing>(*prepared);
        QApplication::restoreOverrideCursor();
    }
    struct Written
    {
        bool ok = false;
        QString error;
    };
    const QString path = dialog.path();
    const std::optional<Written> written = runInBackground<Written>(
        parent, tr("Writing the briefing…"), [briefing, path](BackgroundProgress& progress) {
            Written result;
            result.ok = briefing->write(path, &result.error,
                                        [&progress](int done, int total) { return progress.report(done, total); });
            return result;
        });
    if (!written) // cancelled: the file is as it was
        return false;
    if (!written->ok) {
        QMessageBox::warning(parent, tr("Could not write the briefing"), written->error);
        return false;
    }
    QSettings().setValue(QStringLiteral("briefing/folder"), QFileInfo(dialog.path()).absolutePath());
    QMessageBox box(QMessageBox::Information, tr("Briefing"), tr("Wrote %1.").arg(dialog.path()),
                    QMessageBox::Ok, parent);
    QPushButton* open = box.addButton(tr("Open"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(dialog.path()));
    return true;
}

} // namespace Entente
