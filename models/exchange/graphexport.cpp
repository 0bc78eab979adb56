#include "graphexport.h"

#include "textescape.h"

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
        std::sort(edge.spells.begin(), edge.spells.end(),
                  [](const Spell& a, const Spell& b) { return a.first < b.first; });
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
    return Escape::isoDay(date);
}

// The file as one string: elements on their own lines, values escaped.
class XmlText
{
public:
    explicit XmlText(qsizetype reserve) { m_text.reserve(reserve); }
    XmlText& raw(QStringView text)
    {
        m_text += text;
        return *this;
    }
    template<typename A, typename B> XmlText& raw(const QStringBuilder<A, B>& text)
    {
        m_text += text;
        return *this;
    }
    XmlText& attribute(QStringView name, QStringView value)
    {
        m_text += u' ' + name + u"=\"";
        Escape::appendXml(m_text, value);
        m_text += u'"';
        return *this;
    }
    XmlText& element(QStringView indent, QStringView name, QStringView value, QStringView keyName,
                     QStringView key)
    {
        m_text += indent + u'<' + name;
        attribute(keyName, key);
        m_text += u'>';
        Escape::appendXml(m_text, value);
        m_text += u"</" + name + u">\n";
        return *this;
    }
    QByteArray utf8() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

void gexfAttribute(XmlText& xml, QStringView id, QStringView title, QStringView type)
{
    xml.raw(u"   <attribute")
        .attribute(u"id", id)
        .attribute(u"title", title)
        .attribute(u"type", type)
        .raw(u"/>\n");
}

void gexfValue(XmlText& xml, QStringView id, QStringView value)
{
    xml.raw(u"     <attvalue").attribute(u"for", id).attribute(u"value", value).raw(u"/>\n");
}

} // namespace

QByteArray gexf(const Corpus& corpus, const Filter& filter, const DerivedSide& derivedSide)
{
    const ActorGraph graph = ActorGraph::build(corpus, filter.graphFilter(), derivedSide);
    const QList<EdgeDays> days = edgeDays(corpus, graph);
    XmlText xml(graph.edges.size() * 300 + graph.nodes.size() * 400 + 2048);
    xml.raw(
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
        u" <meta>\n  <creator>Entente</creator>\n  <description>Actors and who met whom</description>\n "
        u"</meta>\n"
        u" <graph defaultedgetype=\"undirected\" mode=\"dynamic\" timeformat=\"date\" "
        u"timerepresentation=\"interval\">\n"
        u"  <attributes class=\"node\" mode=\"static\">\n");
    gexfAttribute(xml, u"name", u"name", u"string");
    gexfAttribute(xml, u"kind", u"kind", u"string");
    gexfAttribute(xml, u"side", u"side", u"string");
    gexfAttribute(xml, u"side_derived", u"side derived from the title", u"boolean");
    gexfAttribute(xml, u"role", u"role", u"string");
    gexfAttribute(xml, u"meetings", u"meetings", u"integer");
    xml.raw(u"  </attributes>\n  <attributes class=\"edge\" mode=\"static\">\n");
    gexfAttribute(xml, u"meetings", u"meetings", u"string");
    gexfAttribute(xml, u"first_day", u"first day", u"string");
    gexfAttribute(xml, u"last_day", u"last day", u"string");
    xml.raw(u"  </attributes>\n  <nodes count=\"" + QString::number(graph.nodes.size()) + u"\">\n");
    for (const ActorGraphNode& node : graph.nodes) {
        // Labels are xs:token: no line breaks, tabs or runs of spaces.
        xml.raw(u"   <node")
            .attribute(u"id", node.id)
            .attribute(u"label", node.name.simplified())
            .raw(u">\n    <attvalues>\n");
        gexfValue(xml, u"name", node.name);
        gexfValue(xml, u"kind", node.known ? toString(node.kind) : QString());
        gexfValue(xml, u"side", node.side);
        gexfValue(xml, u"side_derived", node.sideDerived ? u"true" : u"false");
        gexfValue(xml, u"role", roleOf(corpus, node));
        gexfValue(xml, u"meetings", QString::number(node.meetingCount));
        xml.raw(u"    </attvalues>\n   </node>\n");
    }
    xml.raw(u"  </nodes>\n  <edges count=\"" + QString::number(graph.edges.size()) + u"\">\n");
    for (qsizetype e = 0; e < graph.edges.size(); ++e) {
        const ActorGraphEdge& edge = graph.edges.at(e);
        xml.raw(u"   <edge id=\"e" + QString::number(e) + u'"')
            .attribute(u"source", graph.nodes.at(edge.source).id)
            .attribute(u"target", graph.nodes.at(edge.target).id)
            .raw(u" weight=\"" + QString::number(edge.weight()) + u"\">\n    <attvalues>\n");
        gexfValue(xml, u"meetings", edge.meetingIds.join(u' '));
        gexfValue(xml, u"first_day", day(days.at(e).first));
        gexfValue(xml, u"last_day", day(days.at(e).last));
        xml.raw(u"    </attvalues>\n");
        // An edge with an undated meeting exists at all times: no spells, which Gephi reads as always.
        if (!days.at(e).undated && !days.at(e).spells.isEmpty()) {
            xml.raw(u"    <spells>\n");
            for (const Spell& spell : days.at(e).spells)
                xml.raw(u"     <spell start=\"" + day(spell.first) + u"\" end=\"" + day(spell.last)
                        + u"\"/>\n");
            xml.raw(u"    </spells>\n");
        }
        xml.raw(u"   </edge>\n");
    }
    xml.raw(u"  </edges>\n </graph>\n</gexf>\n");
    return xml.utf8();
}

QByteArray graphml(const Corpus& corpus, const Filter& filter, const DerivedSide& derivedSide)
{
    const ActorGraph graph = ActorGraph::build(corpus, filter.graphFilter(), derivedSide);
    const QList<EdgeDays> days = edgeDays(corpus, graph);
    XmlText xml(graph.edges.size() * 250 + graph.nodes.size() * 300 + 2048);
    xml.raw(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            u"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            u"xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            u"xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            u"http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    const auto key = [&xml](QStringView id, QStringView target, QStringView type) {
        xml.raw(u" <key")
            .attribute(u"id", id)
            .attribute(u"for", target)
            .attribute(u"attr.name", id)
            .attribute(u"attr.type", type)
            .raw(u"/>\n");
    };
    key(u"name", u"node", u"string");
    key(u"kind", u"node", u"string");
    key(u"side", u"node", u"string");
    key(u"side_derived", u"node", u"boolean");
    key(u"role", u"node", u"string");
    key(u"meeting_count", u"node", u"int");
    key(u"weight", u"edge", u"double");
    key(u"meetings", u"edge", u"string");
    key(u"first_day", u"edge", u"string");
    key(u"last_day", u"edge", u"string");
    xml.raw(u" <graph id=\"actors\" edgedefault=\"undirected\">\n");
    for (const ActorGraphNode& node : graph.nodes) {
        xml.raw(u"  <node").attribute(u"id", node.id).raw(u">\n");
        xml.element(u"   ", u"data", node.name, u"key", u"name");
        xml.element(u"   ", u"data", node.known ? toString(node.kind) : QString(), u"key", u"kind");
        xml.element(u"   ", u"data", node.side, u"key", u"side");
        xml.element(u"   ", u"data", node.sideDerived ? u"true" : u"false", u"key", u"side_derived");
        xml.element(u"   ", u"data", roleOf(corpus, node), u"key", u"role");
        xml.element(u"   ", u"data", QString::number(node.meetingCount), u"key", u"meeting_count");
        xml.raw(u"  </node>\n");
    }
    for (qsizetype e = 0; e < graph.edges.size(); ++e) {
        const ActorGraphEdge& edge = graph.edges.at(e);
        xml.raw(u"  <edge id=\"e" + QString::number(e) + u'"')
            .attribute(u"source", graph.nodes.at(edge.source).id)
            .attribute(u"target", graph.nodes.at(edge.target).id)
            .raw(u">\n");
        xml.element(u"   ", u"data", QString::number(edge.weight()), u"key", u"weight");
        xml.element(u"   ", u"data", edge.meetingIds.join(u' '), u"key", u"meetings");
        xml.element(u"   ", u"data", day(days.at(e).first), u"key", u"first_day");
        xml.element(u"   ", u"data", day(days.at(e).last), u"key", u"last_day");
        xml.raw(u"  </edge>\n");
    }
    xml.raw(u" </graph>\n</graphml>\n");
    return xml.utf8();
}

} // namespace Entente::Exchange::GraphExport
