// NetworkView: tooltips of nodes and edges, made when asked for.
#include "networkview.h"

#include "edgeitem.h"
#include "labels.h"
#include "nodeitem.h"

#include <QHelpEvent>
#include <QToolTip>

namespace Entente {

bool NetworkView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Hit hit = clickableItemAt(help->pos());
        const QString text = hit.node ? toolTipFor(hit.node) : hit.edge ? toolTipFor(hit.edge) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

QString NetworkView::toolTipFor(const QGraphicsItem* item) const
{
    if (const auto* node = qgraphicsitem_cast<const NodeItem*>(item)) {
        const int index = m_graph.nodeIndex(node->actorId());
        return index < 0 ? QString() : nodeToolTip(m_graph.nodes.at(index));
    }
    return {};
}

QString NetworkView::toolTipFor(const EdgeItem* edge) const
{
    if (!edge)
        return {};
    const int index = m_graph.edgeIndex(m_graph.nodeIndex(edge->source()->actorId()), m_graph.nodeIndex(edge->target()->actorId()));
    return index < 0 ? QString() : edgeToolTip(m_graph.edges.at(index));
}

QString NetworkView::nodeToolTip(const ActorGraphNode& node) const
{
    const Corpus& corpus = m_store->corpus();
    const int actor = m_actorRow.value(node.id, -1);
    QStringList details;
    if (actor >= 0 && !corpus.actors.at(actor).role.isEmpty())
        details.append(corpus.actors.at(actor).role.toHtmlEscaped());
    if (node.sideDerived)
        details.append(tr("%1 (side from title)").arg(node.side.toHtmlEscaped()));
    else if (!node.side.isEmpty())
        details.append(node.side.toHtmlEscaped());
    details.append(node.known ? Labels::actorKind(node.kind) : tr("Not defined as an actor"));
    return tr("<b>%1</b><br>%2<br>%n meeting(s)", nullptr, node.meetingCount)
        .arg(node.name.toHtmlEscaped(), details.join(QStringLiteral(" · ")));
}

QString NetworkView::edgeToolTip(const ActorGraphEdge& edge) const
{
    const Corpus& corpus = m_store->corpus();
    QString text = tr("<b>%1 – %2</b>: %n meeting(s)", nullptr, edge.weight())
                       .arg(m_graph.nodes.at(edge.source).name.toHtmlEscaped(),
                           m_graph.nodes.at(edge.target).name.toHtmlEscaped());
    for (const QString& id : edge.meetingIds) {
        const int index = m_meetingRow.value(id, -1);
        if (index < 0)
            continue;
        const Meeting& meeting = corpus.meetings.at(index);
        QString when = Labels::dateRange(meeting.start, meeting.end, locale());
        if (!meeting.place.isEmpty())
            when = tr("%1, %2", "date, place").arg(when, meeting.place.toHtmlEscaped());
        text += tr("<br>• %1: %2 (%3)")
                    .arg((meeting.title.isEmpty() ? meeting.id : meeting.title).toHtmlEscaped(), when,
                        Labels::meetingStatus(meeting.status));
    }
    return text;
}

} // namespace Entente
