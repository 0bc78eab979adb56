#include "timelinecontent.h"

#include "calendartext.h"
#include "labels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace Entente {

namespace {

// Boxes closer than this merge: two meetings a pixel apart cannot be told apart or clicked.
constexpr qreal mergeGap = 1;
constexpr int namedInToolTip = 12;

qreal boxHeight(const QRectF& rowRect)
{
    return std::clamp(rowRect.height() * 0.62, 6.0, 20.0);
}

} // namespace

void TimelineContent::set(const Corpus* corpus, const TimelineLanes* lanes)
{
    m_corpus = corpus;
    m_lanes = lanes;
    m_currentLanes.clear();
    if (m_corpus && m_lanes && m_current >= 0 && m_current < m_corpus->meetings.size()) {
        for (int lane : m_lanes->lanesOf(m_corpus->meetings.at(m_current), *m_corpus))
            m_currentLanes.insert(lane);
    }
}

void TimelineContent::setCurrentMeeting(const QString& meetingId)
{
    m_current = m_corpus && !meetingId.isEmpty() ? m_corpus->meetingIndex(meetingId) : -1;
    set(m_corpus, m_lanes);
}

QList<TimelineContent::Box> TimelineContent::boxes(int row, const QRectF& rect, const TimeScale& scale) const
{
    QList<Box> result;
    if (!m_lanes || row < 0 || row >= m_lanes->lanes().size() || !scale.isValid())
        return result;
    const QList<TimelineItem>& items = m_lanes->lanes().at(row).items;
    const auto [begin, end] = m_lanes->candidates(row, scale.from(), scale.to());
    const qreal height = boxHeight(rect);
    const qreal top = rect.center().y() - height / 2;
    for (int i = begin; i < end; ++i) {
        const TimelineItem& item = items.at(i);
        if (double(item.last + 1) <= scale.from())
            continue;
        qreal left = scale.x(double(item.first));
        qreal right = scale.x(double(item.last + 1));
        if (right - left < minimumBoxWidth) { // a day at a decade's zoom stays visible
            const qreal middle = (left + right) / 2;
            left = middle - minimumBoxWidth / 2;
            right = middle + minimumBoxWidth / 2;
        }
        // Kept whole inside the plot: a meeting on the first or last day shown is not cut in half.
        if (left < rect.left() && double(item.last + 1) > scale.from())
            std::tie(left, right) = std::pair { rect.left(), std::max(right, rect.left() + minimumBoxWidth) };
        if (right > rect.right() && double(item.first) < scale.to())
            std::tie(left, right) = std::pair { std::min(left, rect.right() - minimumBoxWidth), rect.right() };
        left = std::max(left, rect.left());
        right = std::min(right, rect.right());
        if (right <= left)
            continue;
        const bool current = item.meeting == m_current;
        if (!result.isEmpty() && left < result.last().rect.right() + mergeGap) {
            Box& box = result.last();
            box.rect.setRight(std::max(box.rect.right(), right));
            box.lastItem = i;
            box.mixedStatus |= items.at(box.firstItem).status != item.status;
            box.current |= current;
            ++box.count;
            ++box.statusCounts[std::size_t(item.status)];
            continue;
        }
        Box box { QRectF(left, top, right - left, height), i, i, 1, {}, false, current };
        ++box.statusCounts[std::size_t(item.status)];
        result.append(box);
    }
    return result;
}

int TimelineContent::meetingOf(const TimeRowsHit& hit) const
{
    if (!m_lanes || hit.row < 0 || hit.row >= m_lanes->lanes().size())
        return -1;
    const QList<TimelineItem>& items = m_lanes->lanes().at(hit.row).items;
    return hit.item >= 0 && hit.item < items.size() ? items.at(hit.item).meeting : -1;
}

QString TimelineContent::title() const
{
    switch (m_lanes ? m_lanes->kind() : LaneKind::ActorPairs) {
    case LaneKind::ActorPairs:
        return tr("Meetings over time, by actor pair");
    case LaneKind::SidePairs:
        return tr("Meetings over time, by side pair");
    case LaneKind::Issues:
        break;
    }
    return tr("Meetings over time, by issue");
}

int TimelineContent::rowCount() const
{
    return m_lanes ? int(m_lanes->lanes().size()) : 0;
}

QString TimelineContent::rowLabel(int row) const
{
    if (!m_lanes || row < 0 || row >= m_lanes->lanes().size())
        return {};
    const TimelineLane& lane = m_lanes->lanes().at(row);
    return tr("%1 (%2)", "a lane's label and its number of meetings").arg(lane.label).arg(lane.items.size());
}

bool TimelineContent::isRowEmphasised(int row) const
{
    return m_currentLanes.contains(row);
}

std::optional<std::pair<double, double>> TimelineContent::extent() const
{
    if (!m_lanes || m_lanes->isEmpty())
        return std::nullopt;
    return std::pair { double(m_lanes->firstDay()), double(m_lanes->lastDay() + 1) };
}

void TimelineContent::paintRow(QPainter* painter, int row, const QRectF& rect, const TimeScale& scale,
    const TimeRowsStyle& style) const
{
    const QList<TimelineItem>& items = m_lanes->lanes().at(row).items;
    const QColor base = style.base();
    const QFontMetricsF metrics(style.text);
    for (const Box& box : boxes(row, rect, scale)) {
        const TimelineItem& first = items.at(box.firstItem);
        if (box.count == 1) {
            RangePainter::paintBox(painter, box.rect, Labels::meetingStatusColor(first.status), first.certainty, base);
        } else {
            // Several meetings in one box: bands of their statuses' colours in proportion, outlined
            // so that the box does not read as one meeting; the count when it fits.
            qreal y = box.rect.top();
            for (std::size_t status = 0; status < box.statusCounts.size(); ++status) {
                if (box.statusCounts[status] == 0)
                    continue;
                const qreal share = box.rect.height() * box.statusCounts[status] / box.count;
                painter->fillRect(QRectF(box.rect.left(), y, box.rect.width(), share), Labels::meetingStatusColor(MeetingStatus(status)));
                y += share;
            }
            painter->save();
            painter->setPen(QPen(style.shade(0.8), 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(box.rect.adjusted(0.5, 0.5, -0.5, -0.5));
            painter->restore();
            const QString count = style.locale.toString(box.count);
            if (metrics.horizontalAdvance(count) + 6 <= box.rect.width()) {
                painter->setFont(style.bold);
                painter->setPen(Qt::white);
                painter->drawText(box.rect, Qt::AlignCenter, count);
            }
        }
        if (box.current) {
            painter->save();
            painter->setPen(QPen(style.textColor(), 2.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(box.rect.adjusted(-2, -2, 2, 2));
            painter->restore();
        }
    }
}

void TimelineContent::paintBackground(QPainter* painter, const QRectF& plot, const TimeScale& scale,
    const TimeRowsStyle& style) const
{
    // The days of the current meeting, across every lane: where it is in time however the rows scroll.
    if (!m_corpus || m_current < 0 || m_current >= m_corpus->meetings.size())
        return;
    const Meeting& meeting = m_corpus->meetings.at(m_current);
    if (!meeting.start.isValid())
        return;
    const QDate last = meeting.end.isValid() ? std::max(meeting.end.last(), meeting.start.last()) : meeting.start.last();
    const qreal left = std::max(plot.left(), scale.x(TimeScale::dayOf(meeting.start.first())));
    const qreal right = std::min(plot.right(), std::max(left + 2, scale.x(TimeScale::dayOf(last) + 1)));
    if (right > left)
        painter->fillRect(QRectF(left, plot.top(), right - left, plot.height()),
            RangePainter::mix(style.base(), style.palette.color(QPalette::Highlight), 0.14));
}

TimeRowsHit TimelineContent::hitTest(int row, const QRectF& rect, const TimeScale& scale, const QPointF& position) const
{
    if (!m_lanes)
        return {};
    const QList<TimelineItem>& items = m_lanes->lanes().at(row).items;
    for (const Box& box : boxes(row, rect, scale)) {
        if (!box.rect.adjusted(-2, -3, 2, 3).contains(position))
            continue;
        // In a merged box, the meeting whose days are nearest the point.
        const double day = scale.day(position.x());
        int best = box.firstItem;
        double bestDistance = -1;
        for (int i = box.firstItem; i <= box.lastItem; ++i) {
            const TimelineItem& item = items.at(i);
            const double distance = day < double(item.first) ? double(item.first) - day
                : day > double(item.last + 1)                 ? day - double(item.last + 1)
                                                              : 0;
            if (bestDistance < 0 || distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return { row, best, box.firstItem, box.lastItem };
    }
    return {};
}

QString TimelineContent::toolTip(const TimeRowsHit& hit, const QLocale& locale) const
{
    const int meeting = meetingOf(hit);
    if (meeting < 0 || !m_corpus)
        return {};
    const QList<TimelineItem>& items = m_lanes->lanes().at(hit.row).items;
    if (hit.firstItem < 0 || hit.firstItem == hit.lastItem)
        return CalendarText::toolTip(m_corpus->meetings.at(meeting), *m_corpus, locale);
    const int count = hit.lastItem - hit.firstItem + 1;
    const QDate from = QDate::fromJulianDay(items.at(hit.firstItem).first);
    QDate to = from;
    for (int i = hit.firstItem; i <= hit.lastItem; ++i)
        to = std::max(to, QDate::fromJulianDay(items.at(i).last));
    QString text = u"<b>"
        + tr("%n meeting(s), %1", "merged marks of the timeline: count, dates", count)
              .arg(Labels::dateRange({ from, DatePrecision::Day }, { to, DatePrecision::Day }, locale))
              .toHtmlEscaped()
        + u"</b>";
    for (int i = hit.firstItem; i <= std::min(hit.lastItem, hit.firstItem + namedInToolTip - 1); ++i) {
        const Meeting& m = m_corpus->meetings.at(items.at(i).meeting);
        text += u"<br>• " + CalendarText::chipLabel(m, *m_corpus).toHtmlEscaped();
    }
    if (count > namedInToolTip)
        text += u"<br>" + tr("… and %n more", "meetings of a merged mark not named", count - namedInToolTip);
    text += u"<br><i>" + tr("Double-click or zoom in to tell them apart.").toHtmlEscaped() + u"</i>";
    return text;
}

QList<TimeRowsLegendEntry> TimelineContent::legend() const
{
    QList<TimeRowsLegendEntry> entries;
    if (!m_lanes || m_lanes->isEmpty())
        return entries;
    using Shape = TimeRowsLegendEntry::Shape;
    using Certainty = RangePainter::Certainty;
    entries.append({ tr("Status:"), Shape::Caption, {}, Certainty::Exact });
    for (MeetingStatus status : m_lanes->statuses())
        entries.append({ Labels::meetingStatus(status), Shape::Box, Labels::meetingStatusColor(status), Certainty::Exact });
    entries.append({ tr("Date:"), Shape::Caption, {}, Certainty::Exact });
    const QColor neutral(0x80, 0x80, 0x80);
    entries.append({ tr("Day"), Shape::Box, neutral, Certainty::Exact });
    if (m_lanes->hasCertainty(Certainty::Approximate))
        entries.append({ tr("Approximate"), Shape::Box, neutral, Certainty::Approximate });
    if (m_lanes->hasCertainty(Certainty::Range))
        entries.append({ tr("Week, month or coarser"), Shape::Box, neutral, Certainty::Range });
    entries.append({ tr("Several meetings (count)"), Shape::Several, neutral, Certainty::Exact });
    return entries;
}

} // namespace Entente
