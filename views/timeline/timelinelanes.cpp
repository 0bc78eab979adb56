#include "timelinelanes.h"

#include <QCoreApplication>
#include <algorithm>

namespace Entente {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::TimelineLanes)
};

const QString noneKey = QStringLiteral("\u0001none");

QStringList uniqueSorted(QStringList values)
{
    values.sort();
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

// Pairs of values as keys "a|b" (a < b); a lone value is its own key; none gives the none key.
QStringList pairKeys(const QStringList& values)
{
    if (values.isEmpty())
        return { noneKey };
    if (values.size() == 1)
        return values;
    QStringList keys;
    for (qsizetype a = 0; a < values.size(); ++a) {
        for (qsizetype b = a + 1; b < values.size(); ++b)
            keys.append(values.at(a) + u'|' + values.at(b));
    }
    return keys;
}

QString sideOf(const QString& actorId, const Corpus& corpus)
{
    const int index = corpus.actorIndex(actorId);
    const QString side = index >= 0 ? corpus.actors.at(index).side.trimmed() : QString();
    return side.isEmpty() ? noneKey : side;
}

QString labelOf(const QString& key, const Corpus& corpus, LaneKind kind)
{
    const auto name = [&](const QString& part) {
        if (part == noneKey) {
            switch (kind) {
            case LaneKind::ActorPairs:
                return Text::tr("No participants");
            case LaneKind::SidePairs:
                return Text::tr("No side");
            case LaneKind::Issues:
                break;
            }
            return Text::tr("No issue");
        }
        switch (kind) {
        case LaneKind::ActorPairs:
            return corpus.actorName(part);
        case LaneKind::SidePairs:
            return part;
        case LaneKind::Issues:
            break;
        }
        const int index = corpus.issueIndex(part);
        return index >= 0 && !corpus.issues.at(index).title.isEmpty() ? corpus.issues.at(index).title : part;
    };
    if (kind == LaneKind::Issues)
        return name(key);
    const qsizetype bar = key.indexOf(u'|');
    if (bar < 0)
        return name(key);
    return Text::tr("%1 – %2", "a lane of two actors or sides").arg(name(key.left(bar)), name(key.mid(bar + 1)));
}

} // namespace

QStringList TimelineLanes::laneKeys(const Meeting& meeting, const Corpus& corpus, LaneKind kind)
{
    switch (kind) {
    case LaneKind::ActorPairs:
        return pairKeys(uniqueSorted(meeting.participants));
    case LaneKind::SidePairs: {
        QStringList sides;
        sides.reserve(meeting.participants.size());
        for (const QString& id : meeting.participants)
            sides.append(sideOf(id, corpus));
        sides = uniqueSorted(sides);
        // An actor without a side next to sided ones says nothing about the sides that met.
        if (sides.size() > 1)
            sides.removeAll(noneKey);
        return pairKeys(sides);
    }
    case LaneKind::Issues:
        break;
    }
    const QStringList issues = uniqueSorted(meeting.issues);
    return issues.isEmpty() ? QStringList { noneKey } : issues;
}

QString TimelineLanes::kindName(LaneKind kind)
{
    switch (kind) {
    case LaneKind::ActorPairs:
        return Text::tr("actor pairs");
    case LaneKind::SidePairs:
        return Text::tr("side pairs");
    case LaneKind::Issues:
        break;
    }
    return Text::tr("issues");
}

namespace {

// Names made numbers for building: pairs of numbers are cheap hash keys, strings are made only for
// the lanes themselves.
class Interned
{
public:
    int number(const QString& name)
    {
        const auto found = m_numbers.constFind(name);
        if (found != m_numbers.cend())
            return found.value();
        m_names.append(name);
        return *m_numbers.insert(name, int(m_names.size()) - 1);
    }
    const QString& name(int number) const { return m_names.at(number); }

private:
    QHash<QString, int> m_numbers;
    QStringList m_names;
};

constexpr quint32 alone = 0xffffffffu;

// The lanes of one meeting as (a, b) number pairs, a < b, or (a, alone).
void laneNumbers(const Meeting& meeting, const Corpus& corpus, LaneKind kind, Interned& names,
    QHash<QString, int>& sideNumbers, QList<int>& values, QList<quint64>& keys)
{
    values.clear();
    keys.clear();
    switch (kind) {
    case LaneKind::ActorPairs:
        for (const QString& id : meeting.participants)
            values.append(names.number(id));
        break;
    case LaneKind::SidePairs:
        for (const QString& id : meeting.participants) {
            auto found = sideNumbers.constFind(id);
            if (found == sideNumbers.cend())
                found = sideNumbers.insert(id, names.number(sideOf(id, corpus)));
            values.append(found.value());
        }
        break;
    case LaneKind::Issues:
        for (const QString& id : meeting.issues)
            values.append(names.number(id));
        break;
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    const int none = names.number(noneKey);
    if (kind == LaneKind::SidePairs && values.size() > 1)
        values.removeAll(none); // an actor without a side next to sided ones says nothing about the sides
    if (values.isEmpty())
        values.append(none);
    if (kind == LaneKind::Issues || values.size() == 1) {
        for (int value : std::as_const(values))
            keys.append(quint64(quint32(value)) << 32 | alone);
        return;
    }
    for (qsizetype a = 0; a < values.size(); ++a) {
        for (qsizetype b = a + 1; b < values.size(); ++b)
            keys.append(quint64(quint32(values.at(a))) << 32 | quint32(values.at(b)));
    }
}

} // namespace

TimelineLanes TimelineLanes::build(const Corpus& corpus, LaneKind kind)
{
    TimelineLanes result;
    result.m_kind = kind;
    Interned names;
    QHash<QString, int> sideNumbers; // actor id -> number of its side
    QHash<quint64, int> laneOfKey;
    QList<int> values;
    QList<quint64> keys;
    bool any = false;
    for (int index = 0; index < corpus.meetings.size(); ++index) {
        const Meeting& meeting = corpus.meetings.at(index);
        if (!meeting.start.isValid())
            continue;
        TimelineItem item;
        item.first = meeting.start.first().toJulianDay();
        item.last = std::max(item.first, meeting.end.isValid() ? std::max(meeting.end.last(), meeting.start.last()).toJulianDay()
                                                               : meeting.start.last().toJulianDay());
        item.meeting = index;
        item.status = meeting.status;
        item.certainty = RangePainter::certaintyOf(meeting.start, meeting.end);
        result.m_first = any ? std::min(result.m_first, item.first) : item.first;
        result.m_last = any ? std::max(result.m_last, item.last) : item.last;
        any = true;
        ++result.m_placed;
        result.m_statuses |= 1u << int(item.status);
        result.m_certainties |= 1u << int(item.certainty);
        laneNumbers(meeting, corpus, kind, names, sideNumbers, values, keys);
        for (quint64 number : std::as_const(keys)) {
            auto found = laneOfKey.constFind(number);
            if (found == laneOfKey.cend()) {
                found = laneOfKey.insert(number, int(result.m_lanes.size()));
                // The same key laneKeys() makes: the two names in text order.
                const quint32 second = quint32(number & alone);
                const QString& a = names.name(int(number >> 32));
                const QString key = second == alone ? a
                    : a < names.name(int(second))   ? a + u'|' + names.name(int(second))
                                                    : names.name(int(second)) + u'|' + a;
                result.m_lanes.append({ key, labelOf(key, corpus, kind), {}, 0 });
            }
            TimelineLane& lane = result.m_lanes[found.value()];
            lane.items.append(item);
            lane.longest = std::max(lane.longest, item.last - item.first);
        }
    }
    for (TimelineLane& lane : result.m_lanes) {
        std::stable_sort(lane.items.begin(), lane.items.end(),
            [](const TimelineItem& a, const TimelineItem& b) { return a.first < b.first; });
    }
    // Busiest first; ties by label (code points: a locale-aware comparison of thousands of labels costs seconds).
    std::stable_sort(result.m_lanes.begin(), result.m_lanes.end(), [](const TimelineLane& a, const TimelineLane& b) {
        if (a.items.size() != b.items.size())
            return a.items.size() > b.items.size();
        return a.label < b.label;
    });
    result.m_laneIndex.reserve(result.m_lanes.size());
    for (int lane = 0; lane < result.m_lanes.size(); ++lane)
        result.m_laneIndex.insert(result.m_lanes.at(lane).key, lane);
    return result;
}

QList<int> TimelineLanes::lanesOf(const Meeting& meeting, const Corpus& corpus) const
{
    QList<int> result;
    if (!meeting.start.isValid())
        return result;
    for (const QString& key : laneKeys(meeting, corpus, m_kind)) {
        if (const int lane = laneIndex(key); lane >= 0)
            result.append(lane);
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::pair<int, int> TimelineLanes::candidates(int lane, double fromDay, double toDay) const
{
    if (lane < 0 || lane >= m_lanes.size())
        return { 0, 0 };
    const TimelineLane& l = m_lanes.at(lane);
    const double earliestStart = fromDay - double(l.longest) - 1;
    const auto begin = std::partition_point(l.items.cbegin(), l.items.cend(),
        [earliestStart](const TimelineItem& item) { return double(item.first) < earliestStart; });
    const auto end = std::partition_point(begin, l.items.cend(), [toDay](const TimelineItem& item) { return double(item.first) < toDay; });
    return { int(begin - l.items.cbegin()), int(end - l.items.cbegin()) };
}

QList<MeetingStatus> TimelineLanes::statuses() const
{
    QList<MeetingStatus> result;
    for (int status = 0; status <= int(MeetingStatus::Failed); ++status) {
        if (m_statuses & (1u << status))
            result.append(MeetingStatus(status));
    }
    return result;
}

} // namespace Entente
