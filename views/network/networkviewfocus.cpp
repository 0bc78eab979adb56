// NetworkView: what is shown and found: actors without meetings, the ego view, the legend's
// visibility, finding an actor, and which labels are drawn at the current zoom.
#include "networkview.h"

#include "labelitem.h"
#include "nodeitem.h"

#include <QAction>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStringListModel>
#include <QToolTip>

#include <algorithm>

namespace Entente {

void NetworkView::setUpFind()
{
    m_findField->setPlaceholderText(tr("Find actor…"));
    m_findField->setAccessibleName(tr("Find actor"));
    m_findField->setToolTip(tr("Type a name or alias; Enter selects the actor and centres it, Esc closes"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setFixedWidth(240);
    m_findField->hide();
    m_findCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_findCompleter->setFilterMode(Qt::MatchContains);
    m_findField->setCompleter(m_findCompleter);
    connect(m_findField, &QLineEdit::returnPressed, this, [this] { findActor(m_findField->text()); });
    connect(m_findCompleter, qOverload<const QString&>(&QCompleter::activated), this,
        [this](const QString& text) { findActor(text); });
    auto* closeFind = new QAction(tr("Close Find"), m_findField);
    closeFind->setShortcut(Qt::Key_Escape);
    closeFind->setShortcutContext(Qt::WidgetShortcut);
    m_findField->addAction(closeFind);
    connect(closeFind, &QAction::triggered, this, [this] {
        m_findField->hide();
        setFocus(Qt::ShortcutFocusReason);
    });
}

void NetworkView::setShowIsolated(bool show)
{
    ActorGraphFilter filter = m_filter;
    filter.includeIsolated = show;
    setFilter(filter);
}

void NetworkView::setEgoActor(const QString& actorId)
{
    if (actorId == m_filter.focus)
        return;
    ActorGraphFilter filter = m_filter;
    filter.focus = actorId;
    setFilter(filter);
    Q_EMIT egoActorChanged(actorId);
}

void NetworkView::toggleEgoView()
{
    if (!m_filter.focus.isEmpty()) {
        setEgoActor({});
        return;
    }
    const RecordRef current = m_store->current();
    if (current.kind == MarkKind::Actor && m_graph.nodeIndex(current.id) >= 0)
        setEgoActor(current.id);
    else
        QToolTip::showText(mapToGlobal(viewport()->geometry().center()),
            tr("Select an actor first: the ego view shows it and the actors it met"), this);
}

void NetworkView::updateEgoBanner()
{
    if (m_filter.focus.isEmpty()) {
        m_egoBanner->hide();
        return;
    }
    const int focus = m_graph.nodeIndex(m_filter.focus);
    const QString name = focus >= 0 ? m_graph.nodes.at(focus).name : m_filter.focus;
    const int others = std::max(0, int(m_graph.nodes.size()) - 1);
    m_egoBanner->setText(tr("Ego view of %1: %n actor(s) met. Esc or E shows the whole network", nullptr, others).arg(name));
    m_egoBanner->adjustSize();
    m_egoBanner->show();
    placeOverlays();
}

void NetworkView::setLegendVisible(bool visible)
{
    if (visible == m_legendVisible)
        return;
    m_legendVisible = visible;
    QSettings().setValue(QStringLiteral("network/legend"), visible);
    m_legendOverlay->setVisible(visible && !m_legend.isEmpty());
    if (!m_userZoomed)
        fitAll();
    Q_EMIT legendVisibleChanged(visible);
}

QRect NetworkView::legendGeometry() const
{
    if (!m_legendOverlay->isVisible() && !(m_legendVisible && !m_legend.isEmpty()))
        return {};
    return QRect(m_legendOverlay->pos() - viewport()->pos(), m_legendOverlay->size());
}

void NetworkView::placeOverlays()
{
    const QRect area = viewport()->geometry();
    const int margin = int(legendMargin);
    m_legendOverlay->move(area.topLeft() + QPoint(margin, margin));
    m_findField->move(area.right() - m_findField->width() - margin, area.top() + margin);
    m_egoBanner->move(area.left() + margin, area.bottom() - m_egoBanner->height() - margin);
    m_findField->raise();
    m_egoBanner->raise();
}

void NetworkView::buildFindIndex()
{
    if (!m_findIndex.isEmpty())
        return;
    const Corpus& corpus = m_store->corpus();
    QStringList completions;
    for (const ActorGraphNode& node : std::as_const(m_graph.nodes)) {
        completions.append(node.name);
        m_findIndex.insert(node.name.toCaseFolded(), node.id);
        m_findIndex.insert(node.id.toCaseFolded(), node.id);
        const int row = m_actorRow.value(node.id, -1);
        if (row < 0)
            continue;
        for (const QString& alias : corpus.actors.at(row).aliases) {
            if (alias.isEmpty() || m_findIndex.contains(alias.toCaseFolded()))
                continue;
            completions.append(alias);
            m_findIndex.insert(alias.toCaseFolded(), node.id);
        }
    }
    completions.removeDuplicates();
    completions.sort(Qt::CaseInsensitive);
    m_findModel->setStringList(completions);
}

QStringList NetworkView::findCompletions()
{
    buildFindIndex();
    return m_findModel->stringList();
}

void NetworkView::showFind()
{
    buildFindIndex(); // once per graph: the completer and the lookup share it
    placeOverlays();
    m_findField->show();
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
}

bool NetworkView::findActor(const QString& text)
{
    buildFindIndex();
    const QString id = m_findIndex.value(text.trimmed().toCaseFolded());
    NodeItem* node = id.isEmpty() ? nullptr : nodeItem(id);
    if (!node) {
        QToolTip::showText(m_findField->mapToGlobal(QPoint(0, m_findField->height())),
            text.trimmed().isEmpty() ? QString() : tr("No actor shown here is called “%1”").arg(text.trimmed()), m_findField);
        return false;
    }
    m_store->setCurrent({ MarkKind::Actor, id });
    centerOn(node->scenePos()); // the node, not the middle of node and label
    return true;
}

bool NetworkView::event(QEvent* event)
{
    // Ctrl+F in the network finds an actor, not a word of the article: the window's Find yields.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Find) || (key->key() == Qt::Key_Escape && !m_filter.focus.isEmpty())) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}


void NetworkView::drawBackground(QPainter* painter, const QRectF& rect)
{
    // Before any label paints: which labels this zoom and scroll have room for. Repaints for
    // hovering or selection keep the last choice.
    const QTransform transform = viewportTransform();
    const QRectF area = viewport()->rect();
    if (m_placementStale || transform != m_placedFor || area != m_placedArea) {
        placeLabels(transform, area);
        m_placedFor = transform;
        m_placedArea = area;
        m_placementStale = false;
    }
    QGraphicsView::drawBackground(painter, rect);
}

void NetworkView::placeLabels(const QTransform& sceneToDevice, const QRectF& area, bool whole)
{
    const QFontMetricsF metrics(m_labelFont);
    const double labelPixels = metrics.height() * metrics.averageCharWidth() * 14; // a name of ~14 letters
    const int limit = LabelBudget::limitFor(sceneToDevice.m11(), area.width() * area.height(), labelPixels);
    m_labelBudget.drawn.fill(false, m_byRank.size());
    // A grid of cells over the area, each listing the labels placed over it: a new label is
    // compared with its neighbours only. Nodes are top-level items without transforms, so a label's
    // anchor is the node's position plus the label's offset.
    constexpr double cell = 64.0;
    const int columns = int(area.width() / cell) + 1;
    const int rows = int(area.height() / cell) + 1;
    QList<QList<QRectF>> grid(qsizetype(columns) * rows);
    auto cellRange = [&](const QRectF& r, int* x0, int* x1, int* y0, int* y1) {
        *x0 = std::clamp(int((r.left() - area.left()) / cell), 0, columns - 1);
        *x1 = std::clamp(int((r.right() - area.left()) / cell), 0, columns - 1);
        *y0 = std::clamp(int((r.top() - area.top()) / cell), 0, rows - 1);
        *y1 = std::clamp(int((r.bottom() - area.top()) / cell), 0, rows - 1);
    };
    int count = 0;
    for (qsizetype rank = 0; rank < m_byRank.size() && count < limit; ++rank) {
        const NodeItem* node = m_nodes.value(m_byRank.at(rank));
        if (!node)
            continue;
        const LabelItem* label = node->label();
        const QPointF anchor = sceneToDevice.map(node->pos() + label->pos());
        const QRectF box = label->boundingRect();
        const QRectF onDevice(anchor.x() - box.width() / 2, anchor.y(), box.width(), box.height());
        if (whole ? !area.contains(onDevice) : !area.intersects(onDevice))
            continue;
        const QRectF core = onDevice.adjusted(2, 1, -2, -1); // halos may touch
        int x0 = 0, x1 = 0, y0 = 0, y1 = 0;
        cellRange(core, &x0, &x1, &y0, &y1);
        bool free = true;
        for (int y = y0; y <= y1 && free; ++y) {
            for (int x = x0; x <= x1 && free; ++x) {
                for (const QRectF& other : std::as_const(grid[qsizetype(y) * columns + x])) {
                    if (other.intersects(core)) {
                        free = false;
                        break;
                    }
                }
            }
        }
        if (!free)
            continue;
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x)
                grid[qsizetype(y) * columns + x].append(core);
        }
        m_labelBudget.drawn[rank] = true;
        ++count;
    }
    for (NodeItem* node : std::as_const(m_nodes))
        node->label()->syncDrawn();
}

} // namespace Entente
