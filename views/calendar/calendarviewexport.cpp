// CalendarView as an ExportableView: the month with its agenda, or the year view, at a fixed width.
#include "calendaragendapainter.h"
#include "calendargrid.h"
#include "calendartext.h"
#include "calendarview.h"
#include "calendaryear.h"

#include <QPainter>

namespace Entente {

namespace {

constexpr qreal exportWidth = 1100;
constexpr qreal exportMargin = 12;
constexpr qreal exportDayCell = 24;

} // namespace

QString CalendarView::exportName() const
{
    return QStringLiteral("calendar");
}

QSizeF CalendarView::exportSize() const
{
    const QRectF content(exportMargin, exportMargin, exportWidth - 2 * exportMargin, 0);
    if (m_mode == Mode::Year) {
        const CalendarYearGeometry geometry = CalendarYearGeometry::compute(m_year->scene(), content, exportDayCell);
        return { exportWidth, std::ceil(geometry.height() + 2 * exportMargin) };
    }
    const CalendarScene scene = m_grid->scene();
    const CalendarGeometry geometry = CalendarGeometry::compute(m_grid->layout(), content, scene.fonts, CalendarGeometry::Fit::AllLanes);
    return { exportWidth, std::ceil(geometry.height() + CalendarAgendaPainter::height(scene) + 2 * exportMargin) };
}

void CalendarView::renderExport(QPainter* painter, const QRectF& target)
{
    const QSizeF natural = exportSize();
    if (target.isEmpty() || natural.isEmpty())
        return;
    const QRectF content = QRectF(QPointF(0, 0), natural).adjusted(exportMargin, exportMargin, -exportMargin, -exportMargin);
    painter->save();
    // Laid out at the natural size and scaled, so a wider export keeps the proportions of the picture.
    painter->translate(target.topLeft());
    painter->scale(target.width() / natural.width(), target.height() / natural.height());
    painter->fillRect(QRectF(QPointF(0, 0), natural), palette().color(QPalette::Base));
    if (m_mode == Mode::Year) {
        const CalendarYearScene scene = m_year->scene();
        paintCalendarYear(painter, CalendarYearGeometry::compute(scene, content, exportDayCell), scene);
    } else {
        CalendarScene scene = m_grid->scene();
        scene.selectedId.clear(); // the selection is a state of the screen, not part of the picture
        const CalendarGeometry geometry = CalendarGeometry::compute(m_grid->layout(), content, scene.fonts, CalendarGeometry::Fit::AllLanes);
        paintCalendar(painter, geometry, scene);
        CalendarAgendaPainter::paint(painter,
            QRectF(content.left(), geometry.legendRect.bottom(), content.width(), content.bottom() - geometry.legendRect.bottom()), scene);
    }
    painter->restore();
}

ExportCaption CalendarView::exportCaption() const
{
    ExportCaption caption;
    if (m_mode == Mode::Year) {
        caption.view = tr("Calendar, year view");
        caption.range = calendarYearTitle(m_year->data(), locale());
    } else {
        caption.view = tr("Calendar");
        caption.range = CalendarText::monthTitle(visibleMonth(), locale());
    }
    return caption;
}

} // namespace Entente
