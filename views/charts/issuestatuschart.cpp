#include "issuestatuschart.h"

#include "chartstyle.h"
#include "corpusstore.h"
#include "labels.h"
#include "statushistorymodel.h"

#include <QCursor>
#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>

#include <algorithm>
#include <memory>

namespace Entente {

namespace {

// Below this an export is laid out larger and scaled down, so nothing is clipped.
constexpr QSizeF minimumExportSize(640, 320);

} // namespace

IssueStatusChart::IssueStatusChart(CorpusStore* store, QWidget* parent)
    : QChartView(parent)
    , m_store(store)
    , m_history(new StatusHistoryModel(store, this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, 260);
    connect(store, &CorpusStore::corpusReset, this, &IssueStatusChart::rebuild);
    connect(store, &CorpusStore::corpusUpdated, this, &IssueStatusChart::rebuild);
    connect(store, &CorpusStore::currentChanged, this, [this] { m_content.emphasise(emphasisedIssue()); });
    rebuild();
}

IssueStatusChart::~IssueStatusChart() = default;

QString IssueStatusChart::exportName() const
{
    return QStringLiteral("issues");
}

QSizeF IssueStatusChart::exportSize() const
{
    return QSizeF(1000, std::max<qreal>(400, 120 + 48 * qreal(m_timeline.rows.size())));
}

void IssueStatusChart::renderExport(QPainter* painter, const QRectF& target)
{
    const QString emphasised = emphasisedIssue();
    ChartStyle::render(painter, target, minimumExportSize, [&](QChart* exported) {
        ChartStyle::apply(exported, palette(), font());
        IssueChartContent content = IssueChartContent::build(exported, m_timeline, font(), locale());
        content.emphasise(emphasised);
        content.fit(exported->plotArea(), exported->size().width());
        connect(exported, &QChart::plotAreaChanged, exported, [content, exported](const QRectF& area) mutable {
            content.fit(area, exported->size().width());
        });
    });
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

void IssueStatusChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::FontChange)
        rebuild();
}

void IssueStatusChart::rebuild()
{
    // A new chart rather than removing series one by one: removal is quadratic in the number of
    // series (thousands for a large corpus), deleting the whole chart is not.
    m_content = {};
    std::unique_ptr<QChart> old(chart());
    auto* current = new QChart;
    setChart(current);
    old.reset();
    connect(current, &QChart::plotAreaChanged, this,
            [this, current](const QRectF& area) { m_content.fit(area, current->size().width()); });
    m_timeline = IssueTimeline::build(m_store->corpus());
    ChartStyle::apply(current, palette(), font());
    m_content = IssueChartContent::build(current, m_timeline, font(), locale());
    m_content.emphasise(emphasisedIssue());
    m_content.fit(current->plotArea(), current->size().width());
    connectSeries();
}

void IssueStatusChart::connectSeries()
{
    for (const IssueChartContent::Period& period : std::as_const(m_content.periods)) {
        const IssueSeriesRef ref = period.ref;
        connect(period.series, &QXYSeries::clicked, this, [this, ref] { select(ref); });
        connect(period.series, &QXYSeries::hovered, this,
                [this, ref](const QPointF&, bool hovered) { showToolTip(ref, hovered); });
    }
    QScatterSeries* events = m_content.events;
    const auto refAt = [this, events](const QPointF& point) {
        const qsizetype index = events->points().indexOf(point);
        return index >= 0 && index < m_content.eventRefs.size() ? m_content.eventRefs.at(index) : IssueSeriesRef {};
    };
    connect(events, &QXYSeries::clicked, this, [this, refAt](const QPointF& point) { select(refAt(point)); });
    connect(events, &QXYSeries::hovered, this,
            [this, refAt](const QPointF& point, bool hovered) { showToolTip(refAt(point), hovered); });
}

void IssueStatusChart::showToolTip(const IssueSeriesRef& ref, bool hovered)
{
    if (hovered && ref.isValid())
        QToolTip::showText(QCursor::pos(), statusChangeToolTip(ref.issueId, ref.changeIndex), this);
    else
        QToolTip::hideText();
}

void IssueStatusChart::select(const IssueSeriesRef& ref)
{
    if (ref.isValid())
        m_store->setCurrent({ MarkKind::Issue, ref.issueId });
}

QString IssueStatusChart::emphasisedIssue() const
{
    const RecordRef current = m_store->current();
    if (current.kind != MarkKind::Issue || m_store->corpus().issueIndex(current.id) < 0)
        return {};
    return current.id;
}

} // namespace Entente
