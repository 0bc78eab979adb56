#include "issuestatuschart.h"

#include "corpusstore.h"
#include "hiddenviewgate.h"
#include "labels.h"
#include "statushistorymodel.h"
#include "timerowscanvas.h"

#include <QVBoxLayout>
#include <algorithm>

namespace Entente {

namespace {

constexpr qreal exportWidth = 1000;

} // namespace

IssueStatusChart::IssueStatusChart(CorpusStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(new StatusHistoryModel(store, this))
    , m_canvas(new TimeRowsCanvas(this))
{
    setMinimumSize(420, 260);
    m_canvas->setAccessibleName(tr("Issue status chart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
    setFocusProxy(m_canvas);

    m_content.setTimeline(&m_timeline);
    m_canvas->setContent(&m_content);
    m_content.setToolTipSource(
        [this](const QString& issueId, int changeIndex) { return statusChangeToolTip(issueId, changeIndex); });
    connect(m_canvas, &TimeRowsCanvas::activated, this, [this](const TimeRowsHit& hit) {
        if (hit.isValid() && hit.item < m_timeline.segments.size())
            m_store->setCurrent({ MarkKind::Issue, m_timeline.rows.at(m_timeline.segments.at(hit.item).row).issueId });
    });
    m_hidden = new HiddenViewGate(this, [this] { rebuild(); });
    m_hidden->follow(
        store, [this](const CorpusChange& change) { followUpdate(change); },
        [this] { followCurrent(); });
    rebuild();
}

IssueStatusChart::~IssueStatusChart() = default;

QString IssueStatusChart::exportName() const
{
    return QStringLiteral("issues");
}

QSizeF IssueStatusChart::exportSize() const
{
    const int rows = std::min<int>(int(m_timeline.rows.size()), maximumExportRows);
    const TimeRowsStyle style = TimeRowsStyle::from(font(), palette(), locale());
    return QSizeF(exportWidth, std::ceil(std::max<qreal>(240, TimeRowsGeometry::height(m_content, exportWidth, style,
                                                                 exportRowHeight, rows))));
}

void IssueStatusChart::renderExport(QPainter* painter, const QRectF& target)
{
    const int rows = std::min<int>(int(m_timeline.rows.size()), maximumExportRows);
    renderTimeRowsExport(painter, target, exportSize(), m_canvas->scale(), m_content,
        TimeRowsStyle::from(font(), palette(), locale()), exportRowHeight, rows);
}

ExportCaption IssueStatusChart::exportCaption() const
{
    ExportCaption caption;
    caption.view = m_content.title();
    if (!m_timeline.rows.isEmpty())
        caption.range = spanLabel(m_canvas->scale().from(), m_canvas->scale().to(), locale());
    if (m_timeline.rows.size() > maximumExportRows)
        caption.filters.append(tr("the first %1 of %2 issues").arg(maximumExportRows).arg(m_timeline.rows.size()));
    if (const QString issue = emphasisedIssue(); !issue.isEmpty())
        caption.filters.append(tr("selected: %1").arg(m_timeline.rows.value(m_store->corpus().issueIndex(issue)).title));
    return caption;
}

void IssueStatusChart::setDateRange(const QDate& from, const QDate& to)
{
    const auto extent = m_content.extent();
    const double first = from.isValid() ? TimeScale::dayOf(from) : extent ? extent->first : TimeScale::dayOf(to) - 30;
    const double last = to.isValid() ? TimeScale::dayOf(to) + 1 : extent ? extent->second : first + 30;
    if (from.isValid() || to.isValid())
        m_canvas->setDays(first, std::max(first + 1, last));
}

QString IssueStatusChart::statusChangeToolTip(const QString& issueId, int changeIndex) const
{
    const Corpus& corpus = m_store->corpus();
    const int issueIndex = corpus.issueIndex(issueId);
    if (issueIndex < 0 || changeIndex < 0 || changeIndex >= corpus.issues.at(issueIndex).history.size())
        return {};
    const Issue& issue = corpus.issues.at(issueIndex);
    const StatusChange& change = issue.history.at(changeIndex);
    m_history->setIssueId(issueId);
    const QString evidence
        = m_history->index(changeIndex, 0).data(StatusHistoryModel::EvidenceTextRole).toString().simplified();
    QString text = u"<b>" + issue.title.toHtmlEscaped() + u"</b><br>"
        + tr("%1: %2", "tool tip: date: status")
              .arg(Labels::fuzzyDate(change.date, locale()).toHtmlEscaped(),
                  Labels::issueStatus(change.status).toHtmlEscaped());
    if (!evidence.isEmpty())
        text += u"<br>" + tr("“%1”", "quoted evidence words").arg(evidence.toHtmlEscaped());
    if (!change.note.isEmpty())
        text += u"<br><i>" + change.note.toHtmlEscaped() + u"</i>";
    return text;
}

void IssueStatusChart::rebuild()
{
    m_timeline = IssueTimeline::build(m_store->corpus());
    m_content.setEmphasised(emphasisedIssue());
    m_canvas->contentChanged();
}

void IssueStatusChart::followUpdate(const CorpusChange& change)
{
    // Meetings count too: the range ends a week after the latest date of the corpus.
    if (change.issues.hasContentChanges() || change.meetings.hasContentChanges())
        rebuild();
}

void IssueStatusChart::followCurrent()
{
    const QString issue = emphasisedIssue();
    if (issue == m_content.emphasised())
        return;
    m_content.setEmphasised(issue);
    if (const int row = m_store->corpus().issueIndex(issue); row >= 0)
        m_canvas->showRow(row);
    m_canvas->update();
}

QString IssueStatusChart::emphasisedIssue() const
{
    const RecordRef current = m_store->current();
    if (current.kind != MarkKind::Issue || m_store->corpus().issueIndex(current.id) < 0)
        return {};
    return current.id;
}

} // namespace Entente
