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
    ChartStyle::apply(chart(), palette(), font());
    m_content = IssueChartContent(chart());
    m_content.style(font(), locale());

    QScatterSeries* events = m_content.events();
    connect(events, &QXYSeries::clicked, this,
            [this](const QPointF& point) { select(m_content.eventAt(point)); });
    connect(events, &QXYSeries::hovered, this,
            [this](const QPointF& point, bool hovered) { showToolTip(m_content.eventAt(point), hovered); });
    connect(chart(), &QChart::plotAreaChanged, this,
            [this](const QRectF& area) { m_content.fit(area, chart()->size().width()); });
    connect(store, &CorpusStore::corpusReset, this, &IssueStatusChart::rebuild);
    connect(store, &CorpusStore::corpusUpdated, this, [this](const CorpusChange& change) {
        if (change.issues.hasContentChanges() || change.meetings.hasContentChanges())
            rebuild();
    });
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
    IssueChartContent content; // outlives the exported chart's layout
    ChartStyle::render(painter, target, minimumExportSize, [&](QChart* exported) {
        ChartStyle::apply(exported, palette(), font());
        content = IssueChartContent(exported);
        content.style(font(), locale());
        content.show(m_timeline);
        content.emphasise(emphasisedIssue());
        content.fit(exported->plotArea(), exported->size().width());
        connect(exported, &QChart::plotAreaChanged, exported,
                [&content, exported](const QRectF& area) { content.fit(area, exported->size().width()); });
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
        restyle();
}

void IssueStatusChart::rebuild()
{
    m_timeline = IssueTimeline::build(m_store->corpus());
    m_content.show(m_timeline);
    m_content.emphasise(emphasisedIssue());
    m_content.fit(chart()->plotArea(), chart()->size().width());
    connectNewLines();
}

void IssueStatusChart::restyle()
{
    ChartStyle::apply(chart(), palette(), font()); // resets the series' colours
    m_content.style(font(), locale());
}

void IssueStatusChart::connectNewLines()
{
    // Lines are reused from one corpus to the next, so each is connected once; what it stands for
    // is looked up when it is clicked or hovered.
    const QList<QLineSeries*>& lines = m_content.lines();
    for (; m_connectedLines < lines.size(); ++m_connectedLines) {
        QLineSeries* line = lines.at(m_connectedLines);
        connect(line, &QXYSeries::clicked, this, [this, line] { select(m_content.refFor(line)); });
        connect(line, &QXYSeries::hovered, this,
                [this, line](const QPointF&, bool hovered) { showToolTip(m_content.refFor(line), hovered); });
    }
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
