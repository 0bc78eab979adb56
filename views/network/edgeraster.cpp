#include "edgeraster.h"

#include "edgeitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace Entente {

namespace {

// Beyond the viewport, on each side, the picture covers half its size again: dragging the view
// a little blits the same picture moved. A large viewport (a maximised window on a high-density
// screen) gets less margin: a picture has at most mostPixels device pixels (64 MB).
constexpr double margin = 0.5;
constexpr double mostPixels = 16'000'000;

// A picture drawn at another zoom is shown scaled meanwhile only this far: further, it would blur.
constexpr double furthestScale = 3.0;
// After an edit (a node dragged), a new picture once the edits pause this long.
constexpr int settleMs = 150;

QRect pictureArea(const QRect& viewport, double ratio)
{
    const double pixels = double(viewport.width()) * viewport.height() * ratio * ratio;
    const double fits = pixels > 0 ? (std::sqrt(mostPixels / pixels) - 1) / 2 : margin;
    const double around = std::clamp(fits, 0.0, margin);
    const int x = int(viewport.width() * around), y = int(viewport.height() * around);
    return viewport.adjusted(-x, -y, x, y);
}

bool sameScale(const QTransform& a, const QTransform& b)
{
    return qFuzzyCompare(a.m11(), b.m11()) && qFuzzyCompare(1 + a.m12(), 1 + b.m12())
        && qFuzzyCompare(1 + a.m21(), 1 + b.m21()) && qFuzzyCompare(a.m22(), b.m22());
}

} // namespace

void drawEdgeGroups(QPainter* painter, const EdgeGroups& groups, const QColor& color, double extra,
                    double scale, bool raster, bool smooth)
{
    for (const auto& [weight, lines] : groups) {
        const double width = EdgeItem::widthFor(weight) + extra;
        const double onDevice = width * scale;
        if (raster && onDevice < 1.0) {
            // Thinner than a pixel: a hairline that covers as much as the line would. Aliased:
            // tens of thousands of faint one-pixel lines cost a fraction of smoothed ones and look
            // the same at this weight.
            QColor faint = color;
            faint.setAlphaF(float(color.alphaF() * std::max(onDevice, 0.15)));
            painter->setPen(QPen(faint, 0));
            painter->setRenderHint(QPainter::Antialiasing, false);
        } else {
            painter->setRenderHint(QPainter::Antialiasing, smooth);
            // Flat caps: the ends lie under the nodes, and the raster engine fills flat-capped
            // lines directly instead of stroking each one into a path.
            painter->setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
        }
        painter->drawLines(lines.constData(), int(lines.size()));
    }
}

EdgeRaster::EdgeRaster(std::function<EdgeLines()> lines, std::function<void()> repaint)
    : m_lines(std::move(lines))
    , m_repaint(std::move(repaint))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    connect(m_settle, &QTimer::timeout, this, &EdgeRaster::start);
    connect(&m_watcher, &QFutureWatcher<Picture>::finished, this, &EdgeRaster::finished);
}

EdgeRaster::~EdgeRaster()
{
    // A picture being drawn works on its own copies: it is left to finish and be dropped.
    m_watcher.disconnect(this);
}

void EdgeRaster::edited()
{
    m_edited = ++m_version;
    m_sinceEdit.start();
}

void EdgeRaster::replaced()
{
    ++m_version;
}

EdgeRaster::Outcome EdgeRaster::paint(QPainter* painter, const QRect& exposed, const QRect& viewport,
                                      const QColor& color)
{
    const QTransform transform = painter->worldTransform();
    Job job;
    job.transform = transform;
    job.ratio = painter->device()->devicePixelRatio();
    job.area = pictureArea(viewport, job.ratio);
    job.smooth = painter->testRenderHint(QPainter::Antialiasing);
    job.color = color;
    job.version = m_version;
    // A batch holding every worker of the pool (suggestions for every article) would hold the
    // picture back until it ends: the lines are drawn meanwhile. (A worker of its own would cost
    // the window 20 MB at 10,000 articles.)
    const QThreadPool* pool = QThreadPool::globalInstance();
    if (m_unavailable || (!m_busy && pool->activeThreadCount() >= pool->maxThreadCount()))
        return Outcome::Stale;
    if (m_picture.image.isNull()) {
        request(job, false);
        return Outcome::Missing;
    }
    const bool current = m_picture.version == m_version;
    if (!current && m_picture.version < m_edited) {
        request(job, true);
        return Outcome::Stale;
    }
    const bool sharp = current && sameScale(transform, m_picture.transform)
        && qFuzzyCompare(m_picture.image.devicePixelRatio(), job.ratio);
    // Where the picture lands now: moved by the pan since it was drawn, if only panned.
    const QPointF shift(transform.dx() - m_picture.transform.dx(), transform.dy() - m_picture.transform.dy());
    const QRectF placed = QRectF(m_picture.area).translated(shift);
    painter->save();
    if (sharp && placed.contains(QRectF(exposed))) {
        painter->setWorldTransform(QTransform());
        const QRectF target = QRectF(exposed);
        const double ratio = m_picture.image.devicePixelRatio();
        const QRectF source((target.topLeft() - placed.topLeft()) * ratio, target.size() * ratio);
        painter->drawImage(target, m_picture.image, source);
        painter->restore();
        return Outcome::Drawn;
    }
    request(job, false);
    const double scale = std::sqrt(std::abs(transform.determinant() / m_picture.transform.determinant()));
    if (scale < 1 / furthestScale || scale > furthestScale) {
        painter->restore();
        return Outcome::Missing;
    }
    // Meanwhile the old picture, carried by the change of transform: viewport now ← scene ← then.
    painter->setWorldTransform(QTransform());
    painter->setClipRect(exposed, Qt::IntersectClip); // scaled, only the part in view is drawn
    painter->setWorldTransform(m_picture.transform.inverted() * transform);
    painter->drawImage(QRectF(m_picture.area), m_picture.image);
    painter->restore();
    return Outcome::Drawn;
}

void EdgeRaster::request(const Job& job, bool soon)
{
    if (m_busy && job == m_running) {
        m_hasWanted = false; // what is being drawn is what is wanted now
        return;
    }
    m_wanted = job;
    m_hasWanted = true;
    if (m_busy)
        return; // started when the running one ends
    // Started after this paint, not during it: the worker would take the second core from the rest
    // of the window's paint. Edits come in bursts: then once they pause (see start()).
    if (!soon)
        m_settle->start(0);
    else if (!m_settle->isActive())
        m_settle->start(settleMs);
}

void EdgeRaster::start()
{
    if (!m_hasWanted || m_busy)
        return;
    if (m_sinceEdit.isValid() && m_sinceEdit.elapsed() < settleMs) {
        m_settle->start(int(settleMs - m_sinceEdit.elapsed())); // still editing
        return;
    }
    m_settle->stop();
    m_hasWanted = false;
    m_running = m_wanted;
    m_busy = true;
    // A shared copy of the lines: the UI thread's next change detaches its own.
    m_watcher.setFuture(QtConcurrent::run(&EdgeRaster::render, m_running, m_lines()));
}

EdgeRaster::Picture EdgeRaster::render(const Job& job, const EdgeLines& lines)
{
    // The edges that may cross the area, by pen.
    const QRectF scene = job.transform.inverted().mapRect(QRectF(job.area));
    EdgeGroups groups;
    for (const EdgeLine& edge : lines) {
        if (edge.line.isNull())
            continue;
        const double pad = EdgeItem::widthFor(edge.weight);
        const QRectF bounds
            = QRectF(edge.line.p1(), edge.line.p2()).normalized().adjusted(-pad, -pad, pad, pad);
        if (bounds.intersects(scene))
            groups[edge.weight].append(edge.line);
    }
    Picture picture;
    picture.transform = job.transform;
    picture.area = job.area;
    picture.version = job.version;
    picture.image = QImage(job.area.size() * job.ratio, QImage::Format_ARGB32_Premultiplied);
    if (picture.image.isNull())
        return picture; // no memory for it
    picture.image.setDevicePixelRatio(job.ratio);
    picture.image.fill(Qt::transparent);
    QPainter painter(&picture.image);
    painter.translate(-QPointF(job.area.topLeft()));
    painter.setWorldTransform(job.transform, true);
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(job.transform);
    drawEdgeGroups(&painter, groups, job.color, 0.0, scale, true, job.smooth);
    return picture;
}

void EdgeRaster::finished()
{
    // Setting the watcher's future to none signals finished too: nothing to take then.
    if (!m_watcher.future().isValid() || m_watcher.future().resultCount() == 0)
        return;
    Picture picture = m_watcher.future().takeResult();
    m_watcher.setFuture({});
    m_busy = false;
    ++m_renders;
    if (picture.image.isNull()) {
        m_unavailable = true;
        m_hasWanted = false;
        m_repaint();
        return;
    }
    // Edited while it was drawn: not shown, and the next one waits until the edits pause.
    const bool edited = picture.version < m_edited;
    m_picture = std::move(picture); // newer than the last in any case
    if (m_hasWanted) {
        if (!edited)
            m_settle->start(0);
        else if (!m_settle->isActive())
            m_settle->start(settleMs);
    }
    if (!edited)
        m_repaint();
}

} // namespace Entente
