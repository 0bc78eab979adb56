#include "issuechartcontent.h"

#include "labels.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

// How much of the status colour is left in the rows that are not emphasised.
constexpr qreal dimmedShare = 0.3;

qint64 julian(const QDate& date)
{
    return date.toJulianDay();
}

qreal dotRadius(const QRectF& rowRect)
{
    return std::min<qreal>(6, IssueChartContent::barHeight(rowRect) / 2 + 1.5);
}

} // namespace

qreal IssueChartContent::barHeight(const QRectF& rowRect)
{
    return std::clamp(rowRect.height() * 0.5, 4.0, 16.0);
}

QColor IssueChartContent::colorOf(int segment, const QColor& base) const
{
    const IssueTimeline::Segment& s = m_timeline->segments.at(segment);
    const QColor color = Labels::issueStatusColor(s.status);
    const bool dimmed = !m_emphasised.isEmpty() && m_timeline->rows.at(s.row).issueId != m_emphasised;
    return dimmed ? RangePainter::mix(base, color, dimmedShare) : color;
}

QList<IssueChartContent::Box> IssueChartContent::boxes(int row, const QRectF& rect, const TimeScale& scale) const
{
    QList<Box> result;
    if (!m_timeline || row < 0 || row >= m_timeline->rows.size() || !scale.isValid())
        return result;
    const qreal height = barHeight(rect);
    const qreal top = rect.center().y() - height / 2;
    const int end = m_timeline->rows.at(row).firstSegment + m_timeline->rows.at(row).segmentCount;
    const auto add = [&](double fromDay, double toDay, int segment, bool leadIn) {
        const qreal left = std::max(rect.left(), scale.x(fromDay));
        const qreal right = std::min(rect.right(), scale.x(toDay));
        if (right <= left)
            return;
        if (right - left >= 1) {
            result.append({ QRectF(left, top, right - left, height), segment, leadIn });
            return;
        }
        // Narrower than a pixel: the pixel shows the latest period that reaches it.
        const qreal pixel = std::floor(left);
        if (!result.isEmpty() && result.last().rect.left() == pixel && result.last().rect.width() == 1) {
            result.last().segment = segment;
            result.last().leadIn = leadIn;
        } else {
            result.append({ QRectF(pixel, top, 1, height), segment, leadIn });
        }
    };
    for (int i = m_timeline->firstSegmentEndingAfter(row, qint64(std::floor(scale.from()))); i < end; ++i) {
        const IssueTimeline::Segment& s = m_timeline->segments.at(i);
        if (double(julian(s.from)) >= scale.to())
            break;
        add(double(julian(s.from)), double(julian(s.certainFrom)), i, true);
        add(double(julian(s.certainFrom)), double(julian(s.to)), i, false);
    }
    return result;
}

QList<std::pair<qreal, int>> IssueChartContent::dots(int row, const QRectF& rect, const TimeScale& scale) const
{
    QList<std::pair<qreal, int>> result;
    if (!m_timeline || row < 0 || row >= m_timeline->rows.size() || !scale.isValid())
        return result;
    const qreal radius = dotRadius(rect);
    const int end = m_timeline->rows.at(row).firstSegment + m_timeline->rows.at(row).segmentCount;
    for (int i = m_timeline->firstSegmentEndingAfter(row, qint64(std::floor(scale.from()))); i < end; ++i) {
        const qreal x = scale.x(double(julian(m_timeline->segments.at(i).from)));
        if (x > rect.right() + radius)
            break;
        if (x < rect.left() - radius)
            continue;
        // A later change close to the last dot drawn takes its place: the row ends in its latest status.
        if (!result.isEmpty() && x - result.last().first < 2 * radius + 1)
            result.last().second = i;
        else
            result.append({ x, i });
    }
    return result;
}

QString IssueChartContent::title() const
{
    return tr("Status of open issues");
}

int IssueChartContent::rowCount() const
{
    return m_timeline ? int(m_timeline->rows.size()) : 0;
}

QString IssueChartContent::rowLabel(int row) const
{
    return m_timeline ? m_timeline->rows.value(row).title : QString();
}

bool IssueChartContent::isRowEmphasised(int row) const
{
    return m_timeline && !m_emphasised.isEmpty() && m_timeline->rows.value(row).issueId == m_emphasised;
}

std::optional<std::pair<double, double>> IssueChartContent::extent() const
{
    if (!m_timeline || m_timeline->rows.isEmpty() || !m_timeline->start.isValid())
        return std::nullopt;
    return std::pair { double(julian(m_timeline->start)), double(julian(m_timeline->end)) };
}

void IssueChartContent::paintRow(QPainter* painter, int row, const QRectF& rect, const TimeScale& scale,
    const TimeRowsStyle& style) const
{
    const QColor base = style.base();
    for (const Box& box : boxes(row, rect, scale)) {
        const QColor color = colorOf(box.segment, base);
        if (box.leadIn)
            RangePainter::paintBox(painter, box.rect, color, m_timeline->segments.at(box.segment).leadIn, base);
        else
            painter->fillRect(box.rect, color);
    }
    // Each change is a dot in the colour of the status it starts, ringed in the background colour: a
    // short period such as a one-day escalation stays visible next to the following one.
    const qreal radius = dotRadius(rect);
    painter->save();
    painter->setPen(QPen(base, 1.5));
    for (const auto& [x, segment] : dots(row, rect, scale)) {
        if (x < rect.left() || x > rect.right())
            continue;
        painter->setBrush(colorOf(segment, base));
        painter->drawEllipse(QPointF(x, rect.center().y()), radius, radius);
    }
    painter->restore();
}

TimeRowsHit IssueChartContent::hitTest(int row, const QRectF& rect, const TimeScale& scale, const QPointF& position) const
{
    if (!m_timeline || std::abs(position.y() - rect.center().y()) > rect.height() / 2)
        return {};
    // A dot first: it names the change exactly.
    const qreal radius = dotRadius(rect);
    for (const auto& [x, segment] : dots(row, rect, scale)) {
        if (std::abs(x - position.x()) <= radius + 1)
            return { row, segment };
    }
    for (const Box& box : boxes(row, rect, scale)) {
        if (box.rect.adjusted(0, -2, 0, 2).contains(position))
            return { row, box.segment };
    }
    return {};
}

QString IssueChartContent::toolTip(const TimeRowsHit& hit, const QLocale&) const
{
    if (!m_timeline || !m_toolTip || hit.item < 0 || hit.item >= m_timeline->segments.size())
        return {};
    const IssueTimeline::Segment& segment = m_timeline->segments.at(hit.item);
    return m_toolTip(m_timeline->rows.at(segment.row).issueId, segment.changeIndex);
}

QList<TimeRowsLegendEntry> IssueChartContent::legend() const
{
    QList<TimeRowsLegendEntry> entries;
    if (!m_timeline || m_timeline->statuses.isEmpty())
        return entries;
    using Shape = TimeRowsLegendEntry::Shape;
    for (IssueStatus status : m_timeline->statuses)
        entries.append({ Labels::issueStatus(status), Shape::Box, Labels::issueStatusColor(status), RangePainter::Certainty::Exact });
    const QColor neutral(0x80, 0x80, 0x80);
    entries.append({ tr("Status changes"), Shape::Dot, neutral, RangePainter::Certainty::Exact });
    bool approximate = false;
    bool range = false;
    for (const IssueTimeline::Segment& segment : m_timeline->segments) {
        approximate |= segment.leadIn == RangePainter::Certainty::Approximate && segment.certainFrom > segment.from;
        range |= segment.leadIn == RangePainter::Certainty::Range && segment.certainFrom > segment.from;
    }
    if (approximate)
        entries.append({ tr("Approximate date"), Shape::Box, neutral, RangePainter::Certainty::Approximate });
    if (range)
        entries.append({ tr("Known to the week, month or coarser"), Shape::Box, neutral, RangePainter::Certainty::Range });
    return entries;
}

} // namespace Entente
