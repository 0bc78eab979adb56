#include "calendaragendapainter.h"

#include "calendartext.h"
#include "labels.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace Entente::CalendarAgendaPainter {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CalendarAgendaPainter)
};

// More lines would make a poster, not a picture; the rest is counted on the last line.
constexpr int maximumLines = 200;
constexpr qreal gap = 14;
constexpr qreal swatchSize = 10;

qreal lineHeight(const CalendarScene& scene)
{
    return std::ceil(QFontMetricsF(scene.fonts.text).height() + 5);
}

int shownLines(const CalendarScene& scene)
{
    return int(std::min<qsizetype>(scene.layout->meetingIndexes().size(), maximumLines));
}

} // namespace

qreal height(const CalendarScene& scene)
{
    const qsizetype count = scene.layout->meetingIndexes().size();
    const int lines = shownLines(scene) + (count > maximumLines ? 1 : 0) + (count == 0 ? 1 : 0);
    return std::ceil(QFontMetricsF(scene.fonts.bold).height() + 14) + lines * lineHeight(scene) + 8;
}

void paint(QPainter* painter, const QRectF& area, const CalendarScene& scene)
{
    const QList<int>& indexes = scene.layout->meetingIndexes();
    const QList<Meeting>& meetings = scene.corpus->meetings;
    const QFontMetricsF metrics(scene.fonts.text);
    const QColor text = scene.palette.color(QPalette::Text);
    painter->save();
    painter->fillRect(area, scene.palette.color(QPalette::Base));

    const QRectF content = area;
    const qreal headingHeight = std::ceil(QFontMetricsF(scene.fonts.bold).height() + 14);
    painter->setFont(scene.fonts.bold);
    painter->setPen(text);
    painter->drawText(QRectF(content.left(), content.top(), content.width(), headingHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      Text::tr("Meetings shown (%n)", "heading of the exported agenda", int(indexes.size())));

    // Columns as wide as their longest entry, within limits that leave the title most of the line.
    const int lines = shownLines(scene);
    qreal dateWidth = 0;
    qreal titleWidth = 0;
    qreal placeWidth = 0;
    for (int line = 0; line < lines; ++line) {
        const Meeting& meeting = meetings[indexes[line]];
        dateWidth
            = std::max(dateWidth, metrics.horizontalAdvance(CalendarText::dates(meeting, scene.locale)));
        titleWidth = std::max(titleWidth,
                              metrics.horizontalAdvance(CalendarText::chipLabel(meeting, *scene.corpus)));
        placeWidth = std::max(placeWidth, metrics.horizontalAdvance(meeting.place));
    }
    qreal statusWidth = 0;
    for (MeetingStatus status :
         { MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Cancelled, MeetingStatus::Failed })
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(Labels::meetingStatus(status)));
    dateWidth = std::min(std::ceil(dateWidth) + 2, content.width() * 0.3);
    placeWidth = std::min(std::ceil(placeWidth) + 2, content.width() * 0.2);
    statusWidth = std::ceil(statusWidth) + swatchSize + 6;
    // The title as wide as the longest one needs, so the place stays next to it.
    titleWidth = std::clamp(std::ceil(titleWidth) + 2, 0.0,
                            std::max(0.0, content.width() - dateWidth - statusWidth - placeWidth - 3 * gap));

    painter->setFont(scene.fonts.text);
    const qreal step = lineHeight(scene);
    qreal y = content.top() + headingHeight;
    const auto cell = [&](qreal left, qreal width, const QString& value) {
        painter->drawText(QRectF(left, y, width, step), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(value, Qt::ElideRight, width));
    };
    for (int line = 0; line < lines; ++line, y += step) {
        const Meeting& meeting = meetings[indexes[line]];
        qreal x = content.left();
        painter->setPen(text);
        cell(x, dateWidth, CalendarText::dates(meeting, scene.locale));
        x += dateWidth + gap;
        const QRectF swatch(x, y + (step - swatchSize) / 2, swatchSize, swatchSize);
        painter->fillRect(swatch, Labels::meetingStatusColor(meeting.status));
        cell(x + swatchSize + 6, statusWidth - swatchSize - 6, Labels::meetingStatus(meeting.status));
        x += statusWidth + gap;
        cell(x, titleWidth, CalendarText::chipLabel(meeting, *scene.corpus));
        x += titleWidth + gap;
        cell(x, placeWidth, meeting.place);
    }
    painter->setPen(text);
    if (indexes.isEmpty())
        cell(content.left(), content.width(), Text::tr("No meetings in these weeks."));
    else if (indexes.size() > lines)
        cell(content.left(), content.width(),
             Text::tr("… and %n more", "meetings left out of the exported agenda",
                      int(indexes.size() - lines)));
    painter->restore();
}

} // namespace Entente::CalendarAgendaPainter
