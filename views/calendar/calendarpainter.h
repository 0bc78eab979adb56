// The one paint function of the calendar: the widget's paintEvent and the export both call it, so an
// exported month looks like the screen. Text is drawn as text, so SVG and PDF stay vector.
#pragma once

#include "calendargeometry.h"
#include "corpus.h"

#include <QDate>
#include <QLocale>
#include <QPalette>

class QFontMetricsF;
class QPainter;

namespace Entente {

// What a month picture shows, besides where things go (CalendarGeometry).
struct CalendarScene
{
    const CalendarLayout* layout = nullptr;
    const Corpus* corpus = nullptr; // layout indexes refer to corpus->meetings
    QString selectedId; // the meeting drawn with a thick outline
    QDate today;
    QLocale locale;
    QPalette palette;
    CalendarFonts fonts;
};

// What a cell too full for its meetings says in a space `width` wide: "+3 more", "+3" when that does
// not fit, or nothing (a dot is drawn) when not even the count fits.
QString fittingMoreLabel(const QFontMetricsF& metrics, qreal width, int count);

// Month title, strip of month-only meetings, weekday names, grid with chips, legend.
void paintCalendar(QPainter* painter, const CalendarGeometry& geometry, const CalendarScene& scene);

} // namespace Entente
