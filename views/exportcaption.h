// What an exported picture shows, said in words under it: the view, the date range and the active
// filters (lanes, bins, network filters). `entente export` prints the same words on stderr.
#pragma once

#include <QLocale>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

namespace Entente {

class ExportableView;
struct ActorGraphFilter;

struct ExportCaption
{
    QString view; // "Meetings per quarter"
    QString range; // "2011 – 2023"; empty: every date
    QStringList filters; // "lanes: actor pairs", "sides: USA, China"; empty: none

    // "Meetings per quarter · 2011 – 2023 · lanes: actor pairs; sides: USA"
    QString text() const;
    friend bool operator==(const ExportCaption&, const ExportCaption&) = default;
};

namespace ExportCaptions {

// The caption of any view: its own, or for the network one made from its filter.
ExportCaption of(const ExportableView& view);
// The network's caption for a filter (the network view does not describe itself yet).
ExportCaption forNetwork(const ActorGraphFilter& filter, const QLocale& locale);

// Height of the strip under a picture of width that holds the caption, wrapped.
qreal height(const ExportCaption& caption, qreal width);
// Paints the caption in strip (its own background, text in lines).
void paint(QPainter* painter, const QRectF& strip, const ExportCaption& caption);
// Paints view in the top viewSize of the picture and the caption below it.
void renderWithCaption(ExportableView& view, QPainter* painter, const QSizeF& viewSize, const ExportCaption& caption);

} // namespace ExportCaptions
} // namespace Entente
