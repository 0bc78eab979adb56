// What every chart and view offers for File ▸ Export View and `entente export`: its whole content
// painted on any QPainter (a PNG image, an SVG generator or a PDF writer).
#pragma once

#include "exportcaption.h"

#include <QSizeF>
#include <QString>

class QPainter;
class QRectF;

namespace Entente {

class ExportableView
{
public:
    virtual ~ExportableView() = default;

    // Short name used on the command line and in file names: calendar, network, issues, meetings.
    virtual QString exportName() const = 0;
    // The size, in logical pixels, at which the whole view is readable with no label clipped.
    virtual QSizeF exportSize() const = 0;
    // PNG only, when no width is asked for: the size to draw at, in logical pixels. A view that stays
    // legible smaller than exportSize() and would take seconds to draw at it (a network of thousands
    // of actors: its names keep their size) answers less; --width and --scale still reach the whole.
    virtual QSizeF defaultPngSize() const { return exportSize(); }
    // Paints the whole view into target. Must draw text as text (SVG and PDF stay vector).
    virtual void renderExport(QPainter* painter, const QRectF& target) = 0;
    // Finishes work running in the background (a layout) so that the export shows the corpus as it
    // is; called before exportSize().
    virtual void prepareExport() {}
    // What the picture shows in words (view, date range, filters), printed under it. The view's
    // export name stands for it when the view says nothing.
    virtual ExportCaption exportCaption() const { return {}; }
};

} // namespace Entente
