// What the timeline draws, for the screen and for exports: a lane per actor pair, side pair or issue,
// each meeting a box over its days coloured by status (imprecise dates faded or hatched as in the
// calendar). Boxes that would touch merge into one box with their count, so a lane costs at most a
// box every few pixels at any zoom; the current meeting is outlined in every lane it is in.
#pragma once

#include "timelinelanes.h"
#include "timerows.h"

#include <QCoreApplication>
#include <QSet>
#include <array>

namespace Entente {

class TimelineContent : public TimeRowsContent
{
    Q_DECLARE_TR_FUNCTIONS(Entente::TimelineView)

public:
    // A drawn box: one meeting, or several that would overlap at this zoom.
    struct Box
    {
        QRectF rect;
        int firstItem = -1; // indexes in the lane's items
        int lastItem = -1;
        int count = 0;
        std::array<int, 4> statusCounts {}; // by MeetingStatus
        bool mixedStatus = false;
        bool current = false; // holds the current meeting
    };

    // Both must outlive the content (the view owns them).
    void set(const Corpus* corpus, const TimelineLanes* lanes);
    void setCurrentMeeting(const QString& meetingId);
    const QSet<int>& currentLanes() const { return m_currentLanes; }
    int currentMeetingIndex() const { return m_current; }

    // The boxes of a lane in its rect for the days of scale, left to right.
    QList<Box> boxes(int row, const QRectF& rect, const TimeScale& scale) const;
    // The meeting a hit stands for (the box's meeting nearest the point for merged boxes), or -1.
    int meetingOf(const TimeRowsHit& hit) const;

    QString title() const override;
    int rowCount() const override;
    QString rowLabel(int row) const override;
    bool isRowEmphasised(int row) const override;
    std::optional<std::pair<double, double>> extent() const override;
    void paintRow(QPainter* painter, int row, const QRectF& rect, const TimeScale& scale,
        const TimeRowsStyle& style) const override;
    TimeRowsHit hitTest(int row, const QRectF& rect, const TimeScale& scale, const QPointF& position) const override;
    QString toolTip(const TimeRowsHit& hit, const QLocale& locale) const override;
    QList<TimeRowsLegendEntry> legend() const override;
    void paintBackground(QPainter* painter, const QRectF& plot, const TimeScale& scale,
        const TimeRowsStyle& style) const override;

    // A merged box shows its count when it is at least this wide.
    static constexpr qreal minimumBoxWidth = 4;

private:
    const Corpus* m_corpus = nullptr;
    const TimelineLanes* m_lanes = nullptr;
    int m_current = -1; // index in the corpus' meetings
    QSet<int> m_currentLanes;
};

} // namespace Entente
