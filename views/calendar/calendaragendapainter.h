// The agenda of an exported month, painted as text under the grid: one line per meeting (dates, status,
// title, place), so what a chip had to elide is still readable in full in the picture.
#pragma once

#include "calendarpainter.h"

namespace Entente::CalendarAgendaPainter {

qreal height(const CalendarScene& scene);
void paint(QPainter* painter, const QRectF& area, const CalendarScene& scene);

} // namespace Entente::CalendarAgendaPainter
