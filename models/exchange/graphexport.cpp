#include "graphexport.h"

#include <QBuffer>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Entente::Exchange::GraphExport {

namespace {

struct Spell
{
    QDate first;
    QDate last;
};

// What the writers need of each edge beyond ActorGraph: the days of its meetings.
struct EdgeDays
{
    QList<Spell> spells; // merged: sorted, not overlapping (Gephi refuses overlapping intervals)
    bool undated = false; // a meeting without a date: the edge is there at every time
    QDate first;
    QDate last;
};

QList<EdgeDays> edgeDays(const Corpus& corpus, const ActorGraph& graph)
{
    QList<EdgeDays> days(graph.edges.size());
    for (qsizetype e = 0; e < graph.edges.size(); ++e) {
        EdgeDays& edge = days[e];
        for (const QString& id : graph.edges.at(e).meetingIds) {
            const int index = corpus.meetingIndex(id);
            if (index < 0)
                continue;
            const Meeting& meeting = corpus.meetings.at(index);
            const QDate first = meeting.start.first();
            QDate last = meeting.end.isValid() ? meeting.end.last() : meeting.start.last();
            if (!first.isValid()) {
                edge.undated = true;
                continue;
            }
            if (!last.isValid() || last < first)
                last = first;
            edge.spells.append({ first, last });
        }
        std::sort(edge.spells.begin(), edge.spells.end(), [](const Spell& a, const Spell& b) { return a.first < b.first; });
        QList<Spell> merged;
        for (const Spell& spell : std::as_const(edge.spells)) {
            if (!merged.isEmpty() && spell.first <= merged.last().last.addDays(1))
                merged.last().last = std::max(merged.last().last, spell.last);
            else
                merged.append(spell);
        }
        edge.spells = merged;
        if (!merged.isEmpty()) {
            edge.first = merged.first().first;
            edge.last = merged.last().last;
        }
    }
    return days;
}

QString roleOf(const Corpus& corpus, const ActorGraphNode& node)
{
    const int index = corpus.actorIndex(node.id);
    return index < 0 ? QString() : corpus.actors.at(index).role;
}

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

void attribute(QXmlStreamWriter& xml, const QString& id, const QString& title, const QString& type)
{
    xml.writeStartElement(QStringLiteral("attribute"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("title"), title);
    xml.writeAttribute(QStringLiteral("type"), type);
    xml.writeEndElement();
}

void attvalue(QXmlStreamWriter& xml, const QString& id, const QString& value)
{
    xml.writeStartElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), id);
    xml.writeAttribute(QStringLiteral("value"), value);
    xml.writeEndElement();
}

// GEXF labels are xs:token: no line breaks, tabs or runs of spaces.
QString token(const QString& text)
{
    return text.simplified();
}

} // namespace

QByteArray gexf(const Corpus& corpus, const Filter& filter)
{
    const ActorGraph graph = ActorGraph::build(corpus, filter.graphFilter());
    const QList<EdgeDays> days = edgeDays(corpus, graph);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Entente"));
    xml.writeTextElement(QStringLiteral("description"), QStringLiteral("Actors and who met whom"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    xml.writeAttribute(QStringLiteral("timerepresentation"), QStringLiteral("interval"));

    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    attribute(xml, QStringLiteral("name"), QStringLiteral("name"), QStringLiteral("string"));
    attribute(xml, QStringLiteral("kind"), QStringLiteral("kind"), QStringLiteral("string"));
    attribute(xml, QStringLiteral("side"), QStringLiteral("side"), QStringLiteral("string"));
    attribute(xml, QStringLiteral("role"), QStringLiteral("role"), QStringLiteral("string"));
    attribute(xml, QStringLiteral("meetings"), QStringLiteral("meetings"), QStringLiteral("integer"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    attribute(xml, QStringLiteral("meetings"), QStringLiteral("meetings"), QStringLiteral("string"));
    attribute(xml, QStringLiteral("first_day"), QStringLiteral("first day"), QStringLiteral("string"));
    attribute(xml, QStringLiteral("last_day"), QStringLiteral("last day"), QStringLiteral("string"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("nodes"));
    xml.writeAttribute(QStringLiteral("count"), QString::number(graph.nodes.size()));
    for (const ActorGraphNode& node : graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.id);
        xml.writeAttribute(QStringLiteral("label"), token(node.name));
        xml.writeStartElement(QStringLiteral("attvalues"));
        attvalue(xml, QStringLiteral("name"), node.name);
        attvalue(xml, QStringLiteral("kind"), node.known ? toString(node.kind) : QString());
        attvalue(xml, QStringLiteral("side"), node.side);
        attvalue(xml, QStringLiteral("role"), roleOf(corpus, node));
        attvalue(xml, QStringLiteral("meetings"), QString::number(node.meetingCount));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("edges"));
    xml.writeAttribute(QStringLiteral("count"), QString::number(graph.edges.size()));
    for (qsizetype e = 0; e < graph.edges.size(); ++e) {
        const ActorGraphEdge& edge = graph.edges.at(e);
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(e));
        xml.writeAttribute(QStringLiteral("source"), graph.nodes.at(edge.source).id);
        xml.writeAttribute(QStringLiteral("target"), graph.nodes.at(edge.target).id);
        xml.writeAttribute(QStringLiteral("weight"), QString::number(edge.weight()));
        xml.writeStartElement(QStringLiteral("attvalues"));
        attvalue(xml, QStringLiteral("meetings"), edge.meetingIds.join(u' '));
        attvalue(xml, QStringLiteral("first_day"), day(days.at(e).first));
        attvalue(xml, QStringLiteral("last_day"), day(days.at(e).last));
        xml.writeEndElement();
        // An edge with an undated meeting exists at all times: no spells, which Gephi reads as always.
        if (!days.at(e).undated && !days.at(e).spells.isEmpty()) {
            xml.writeStartElement(QStringLiteral("spells"));
            for (const Spell& spell : days.at(e).spells) {
                xml.writeStartElement(QStringLiteral("spell"));
                xml.writeAttribute(QStringLiteral("start"), day(spell.first));
                xml.writeAttribute(QStringLiteral("end"), day(spell.last));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return buffer.data();
}

QByteArray graphml(const Corpus& corpus, const Filter& filter)
{
    const ActorGraph graph = ActorGraph::build(corpus, filter.graphFilter());
    const QList<EdgeDays> days = edgeDays(corpus, graph);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
        QStringLiteral("http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    const auto key = [&xml](const QString& id, const QString& target, const QString& type) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("for"), target);
        xml.writeAttribute(QStringLiteral("attr.name"), id);
        xml.writeAttribute(QStringLiteral("attr.type"), type);
        xml.writeEndElement();
    };
    key(QStringLiteral("name"), QStringLiteral("node"), QStringLiteral("string"));
    key(QStringLiteral("kind"), QStringLiteral("node"), QStringLiteral("string"));
    key(QStringLiteral("side"), QStringLiteral("node"), QStringLiteral("string"));
    key(QStringLiteral("role"), QStringLiteral("node"), QStringLiteral("string"));
    key(QStringLiteral("meeting_count"), QStringLiteral("node"), QStringLiteral("int"));
    key(QStringLiteral("weight"), QStringLiteral("edge"), QStringLiteral("double"));
    key(QStringLiteral("meetings"), QStringLiteral("edge"), QStringLiteral("string"));
    key(QStringLiteral("first_day"), QStringLiteral("edge"), QStringLiteral("string"));
    key(QStringLiteral("last_day"), QStringLiteral("edge"), QStringLiteral("string"));
    const auto data = [&xml](const QString& keyId, const QString& value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), keyId);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("actors"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    for (const ActorGraphNode& node : graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.id);
        data(QStringLiteral("name"), node.name);
        data(QStringLiteral("kind"), node.known ? toString(node.kind) : QString());
        data(QStringLiteral("side"), node.side);
        data(QStringLiteral("role"), roleOf(corpus, node));
        data(QStringLiteral("meeting_count"), QString::number(node.meetingCount));
        xml.writeEndElement();
    }
    for (qsizetype e = 0; e < graph.edges.size(); ++e) {
        const ActorGraphEdge& edge = graph.edges.at(e);
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(e));
        xml.writeAttribute(QStringLiteral("source"), graph.nodes.at(edge.source).id);
        xml.writeAttribute(QStringLiteral("target"), graph.nodes.at(edge.target).id);
        data(QStringLiteral("weight"), QString::number(edge.weight()));
        data(QStringLiteral("meetings"), edge.meetingIds.join(u' '));
        data(QStringLiteral("first_day"), day(days.at(e).first));
        data(QStringLiteral("last_day"), day(days.at(e).last));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return buffer.data();
}

} // namespace Entente::Exchange::GraphExport
