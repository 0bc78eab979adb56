// GEXF checked against the published GEXF 1.3 schema with xmllint, and its spells read back; GraphML
// read back by igraph's GraphML reader (C library), attributes and all.
#include "dataexport.h"
#include "exchangetesting.h"
#include "graphexport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <cstdio>
#include <igraph.h>

using namespace Entente;
using namespace Entente::Exchange;

namespace {

// The spells of every edge, by "source target" (ids sorted).
QHash<QString, QStringList> gexfSpells(const QByteArray& gexf)
{
    QHash<QString, QStringList> spells;
    QXmlStreamReader xml(gexf);
    QString edge;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"edge") {
            QStringList ends { xml.attributes().value(u"source").toString(),
                               xml.attributes().value(u"target").toString() };
            ends.sort();
            edge = ends.join(u' ');
            spells.insert(edge, {});
        } else if (xml.name() == u"spell") {
            spells[edge].append(xml.attributes().value(u"start") + u".." + xml.attributes().value(u"end"));
        }
    }
    return spells;
}

} // namespace

class TestGraphExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString validate(const QByteArray& gexf, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + path;
        file.write(gexf);
        file.close();
        QProcess xmllint;
        xmllint.start(QStringLiteral("xmllint"),
                      { QStringLiteral("--noout"), QStringLiteral("--schema"),
                        Testing::sharedData(QStringLiteral("schemas/gexf-1.3/gexf.xsd")), path });
        if (!xmllint.waitForFinished(60000) || xmllint.exitCode() != 0)
            return QString::fromUtf8(xmllint.readAllStandardError());
        return {};
    }

private Q_SLOTS:
    void initTestCase() { igraph_set_attribute_table(&igraph_cattribute_table); }

    void gexfIsValidAgainstTheSchema_data()
    {
        QTest::addColumn<QStringList>("sides");
        QTest::addColumn<QDate>("from");
        QTest::newRow("everything") << QStringList() << QDate();
        QTest::newRow("from July 12") << QStringList() << QDate(2023, 7, 12);
        QTest::newRow("China's side") << QStringList { QStringLiteral("China") } << QDate();
    }
    void gexfIsValidAgainstTheSchema()
    {
        if (Testing::sharedData(QStringLiteral("schemas/gexf-1.3/gexf.xsd")).isEmpty())
            QSKIP("the GEXF 1.3 schema is not in ../shared/data/schemas/gexf-1.3");
        if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
            QSKIP("xmllint is not installed");
        QFETCH(QStringList, sides);
        QFETCH(QDate, from);
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        Filter filter;
        filter.sides = sides;
        filter.from = from;
        // With a derived side, so that the boolean side_derived attribute is checked as well.
        const DerivedSide derived = [](const Actor& actor) { return actor.side.isEmpty() ? QStringLiteral("Mars") : QString(); };
        const QByteArray gexf = GraphExport::gexf(corpus, filter, derived);
        const QString error
            = validate(gexf, QStringLiteral("%1.gexf").arg(QString::fromUtf8(QTest::currentDataTag())));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void gexfEdgesPlayOnTheTimeline()
    {
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        const QByteArray gexf = GraphExport::gexf(corpus, {});
        const QHash<QString, QStringList> spells = gexfSpells(gexf);
        QCOMPARE(spells.value(QStringLiteral("blinken wang-yi")),
                 QStringList(
                     { QStringLiteral("2023-06-18..2023-06-18"), QStringLiteral("2023-07-13..2023-07-13") }));
        QCOMPARE(spells.value(QStringLiteral("li-qiang yellen")),
                 QStringList({ QStringLiteral("2023-07-03..2023-07-09") }));
        // Two meetings of the same pair, the first inside the second's month: one spell, no overlap.
        QCOMPARE(spells.value(QStringLiteral("baerbock qin-gang")),
                 QStringList(
                     { QStringLiteral("2023-07-17..2023-07-17"), QStringLiteral("2023-10-01..2023-10-31") }));
        QXmlStreamReader xml(gexf);
        bool dynamic = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"graph")
                dynamic = xml.attributes().value(u"mode") == u"dynamic"
                    && xml.attributes().value(u"timeformat") == u"date";
        }
        QVERIFY(dynamic);
        QVERIFY(!xml.hasError());
    }

    void graphmlReadsBackInIgraph()
    {
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        const QString path = m_dir.filePath(QStringLiteral("actors.graphml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(GraphExport::graphml(corpus, {}));
        file.close();

        FILE* in = std::fopen(QFile::encodeName(path).constData(), "r");
        QVERIFY(in);
        igraph_t graph;
        const igraph_error_t status = igraph_read_graph_graphml(&graph, in, 0);
        std::fclose(in);
        QCOMPARE(int(status), int(IGRAPH_SUCCESS));
        const ActorGraph expected = ActorGraph::build(corpus);
        QCOMPARE(qsizetype(igraph_vcount(&graph)), expected.nodes.size());
        QCOMPARE(qsizetype(igraph_ecount(&graph)), expected.edges.size());
        QVERIFY(!igraph_is_directed(&graph));

        QHash<QString, igraph_integer_t> vertexOf;
        for (igraph_integer_t v = 0; v < igraph_vcount(&graph); ++v)
            vertexOf.insert(QString::fromUtf8(VAS(&graph, "id", v)), v);
        const igraph_integer_t baerbock = vertexOf.value(QStringLiteral("baerbock"), -1);
        QVERIFY(baerbock >= 0);
        QCOMPARE(QString::fromUtf8(VAS(&graph, "name", baerbock)), QStringLiteral("Annalena Baerbock"));
        QCOMPARE(QString::fromUtf8(VAS(&graph, "side", baerbock)), QStringLiteral("Germany"));
        QCOMPARE(QString::fromUtf8(VAS(&graph, "role", baerbock)), QStringLiteral("Außenministerin"));
        QCOMPARE(QString::fromUtf8(VAS(&graph, "kind", vertexOf.value(QStringLiteral("asean")))),
                 QStringLiteral("organisation"));
        QCOMPARE(int(VAN(&graph, "meeting_count", baerbock)), 2);

        igraph_integer_t edge = -1;
        igraph_get_eid(&graph, &edge, baerbock, vertexOf.value(QStringLiteral("qin-gang")), IGRAPH_UNDIRECTED,
                       false);
        QVERIFY(edge >= 0);
        QCOMPARE(EAN(&graph, "weight", edge), 2.0);
        QCOMPARE(QString::fromUtf8(EAS(&graph, "meetings", edge)),
                 QStringLiteral("berlin-talks beijing-follow-up"));
        QCOMPARE(QString::fromUtf8(EAS(&graph, "first_day", edge)), QStringLiteral("2023-07-17"));
        QCOMPARE(QString::fromUtf8(EAS(&graph, "last_day", edge)), QStringLiteral("2023-10-31"));
        igraph_destroy(&graph);
    }

    void networkFiltersApply()
    {
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        Filter filter;
        filter.statuses = { MeetingStatus::Planned };
        const QHash<QString, QStringList> spells = gexfSpells(GraphExport::gexf(corpus, filter));
        QVERIFY(spells.contains(QStringLiteral("biden xi-jinping")));
        QVERIFY(!spells.contains(QStringLiteral("li-qiang yellen")));
        QCOMPARE(spells.value(QStringLiteral("blinken wang-yi")),
                 QStringList({ QStringLiteral("2023-07-13..2023-07-13") }));
    }
};

QTEST_GUILESS_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
