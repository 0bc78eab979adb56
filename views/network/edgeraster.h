// The edges of a large network drawn once into a picture of the viewport (and a margin around it)
// on a worker thread, so that a paint of the window blits 20,000 edges instead of drawing them on
// the UI thread (4–6 ms at 10,000 articles, a third of raising the Network tab). The picture is
// kept for one view transform: panning within its margin blits it moved; after a zoom it is shown
// scaled for the frame or two until a sharp one comes. Exports and small graphs never use it.
#pragma once

#include <QColor>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QObject>
#include <QRect>
#include <QTransform>
#include <functional>
#include <map>

class QPainter;
class QTimer;

namespace Entente {

// Edge lines by weight (the weight sets the pen's width).
using EdgeGroups = std::map<int, QList<QLineF>>;
// Every edge's line and weight, by index (a null line for an edge gone): the EdgeLayer keeps it
// up to date, and a picture being drawn reads a shared copy of it, made for free.
struct EdgeLine
{
    QLineF line;
    int weight = 0;
};
using EdgeLines = QList<EdgeLine>;

// Draws groups of lines in color, each as wide as its weight asks plus extra, at scale device
// pixels per scene unit. On raster devices lines thinner than a pixel become faint hairlines.
void drawEdgeGroups(QPainter* painter, const EdgeGroups& groups, const QColor& color, double extra,
                    double scale, bool raster, bool smooth);

class EdgeRaster : public QObject
{
public:
    // lines(): every edge (asked on the UI thread); repaint(): the picture came.
    EdgeRaster(std::function<EdgeLines()> lines, std::function<void()> repaint);
    ~EdgeRaster() override;

    // What paint() could do for the exposed part of the viewport.
    enum class Outcome {
        Drawn, // the picture, for this transform, or moved or scaled to it until a sharp one comes
        Stale, // edges were edited since the picture: the caller draws them, a new picture follows
        Missing, // no picture yet (or of a far other zoom): one is on its way
    };
    // painter: the viewport's, with the scene-to-viewport transform; exposed and viewport in
    // viewport coordinates.
    Outcome paint(QPainter* painter, const QRect& exposed, const QRect& viewport, const QColor& color);

    // A few edges moved or went (a node dragged): until the next picture, the caller draws them.
    void edited();
    // The edges or their colour changed wholesale (a new layout): the old picture is shown until
    // the next one, a frame or two later, rather than drawing every edge on the UI thread.
    void replaced();

    bool hasPicture() const { return !m_picture.image.isNull() && m_picture.version == m_version; }
    bool isRendering() const { return m_busy; }
    // How many pictures were made, and the last one's size in device pixels (tests and benchmarks).
    int renderCount() const { return m_renders; }
    QSize pictureSize() const { return m_picture.image.size(); }

private:
    struct Picture
    {
        QImage image;
        QTransform transform; // scene → viewport, when it was drawn
        QRect area; // of the viewport (and beyond) that image covers
        quint64 version = 0;
    };
    struct Job
    {
        QTransform transform;
        QRect area;
        double ratio = 1.0; // device pixels per viewport pixel
        bool smooth = false;
        QColor color;
        quint64 version = 0; // of the edges when it was asked for (the colour is of then)
        bool operator==(const Job&) const = default;
    };
    void request(const Job& job, bool soon);
    void start();
    void finished();
    static Picture render(const Job& job, const EdgeLines& lines);

    std::function<EdgeLines()> m_lines;
    std::function<void()> m_repaint;
    Picture m_picture;
    quint64 m_version = 1; // of the edges
    quint64 m_edited = 0; // the version of the last edit: older pictures are not shown
    Job m_wanted; // the next picture to draw
    bool m_hasWanted = false;
    Job m_running; // the picture being drawn
    bool m_busy = false; // from its start until its result is taken
    bool m_unavailable = false; // a picture could not be made (no memory): paints draw the lines
    QTimer* m_settle; // after edits, the picture waits until they pause
    QElapsedTimer m_sinceEdit;
    QFutureWatcher<Picture> m_watcher;
    int m_renders = 0;
};

} // namespace Entente
