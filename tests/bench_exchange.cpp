// Exporting 100,000 meetings to each data format (target: under 2 s each). The corpus is generated in
// memory: 1,000 articles of 100 meetings, each meeting marked in its own sentence with its date and
// two to four of 2,000 actors of 20 sides, and 200 issues with status changes; parsing is not timed.
#include "dataexport.h"
#include "format.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <ctime>
#include <random>

using namespace Entente;
using namespace Entente::Exchange;

namespace {

constexpr int articleCount = 1000;
constexpr int meetingsPerArticle = 100;
constexpr int actorCount = 2000;
constexpr int issueCount = 200;
constexpr qint64 targetMs = 2000;

Corpus generatedCorpus()
{
    std::mt19937 random(20230712);
    const auto pick = [&random](int n) {
        return int(random() % quint32(n));
    };
    const QStringList statuses { QStringLiteral("planned"), QStringLiteral("held"),
                                 QStringLiteral("cancelled"), QStringLiteral("failed") };
    QList<Document> documents;
    for (int a = 0; a < articleCount; ++a) {
        QString text;
        QString records
            = QStringLiteral("=== entente ===\narticle: date=2023-07-12; title=Generated article %1\n")
                  .arg(a);
        QSet<int> actorsHere;
        QList<int> participantsOf;
        for (int m = 0; m < meetingsPerArticle; ++m) {
            const QString id = QStringLiteral("m%1-%2").arg(a).arg(m);
            const int count = 2 + pick(3);
            QStringList participants;
            for (int p = 0; p < count; ++p) {
                const int actor = pick(actorCount);
                if (!participants.contains(QStringLiteral("a%1").arg(actor))) {
                    participants.append(QStringLiteral("a%1").arg(actor));
                    actorsHere.insert(actor);
                }
            }
            const QDate day = QDate(2020, 1, 1).addDays(pick(1800));
            text += QStringLiteral(
                        "[Minister %1]{actor=%2} [met]{meeting=%3} officials from Österreich and 北京 ")
                        .arg(participants.first().mid(1), participants.first(), id);
            text += QStringLiteral("[on %1]{date=%2} to discuss [trade]{issue=i%3} and more.\n")
                        .arg(day.toString(Qt::ISODate), day.toString(Qt::ISODate))
                        .arg(pick(issueCount));
            records += QStringLiteral("meeting %1: %2; %3; place=City %4; status=%5; kind=talks; issues=i%6; "
                                      "title=Talks %1\n")
                           .arg(id, participants.join(QStringLiteral(", ")), day.toString(Qt::ISODate))
                           .arg(pick(50))
                           .arg(statuses.at(pick(4)))
                           .arg(pick(issueCount));
        }
        for (int actor : std::as_const(actorsHere)) {
            records += QStringLiteral("actor a%1: Actor %1 Ä; person; Side %2; role=Minister\n")
                           .arg(actor)
                           .arg(actor % 20);
        }
        for (int i = a % 5; i < issueCount; i += 5) {
            records += QStringLiteral("issue i%1: Issue %1\nstatus i%1: %2; in-dialogue\n")
                           .arg(i)
                           .arg(QDate(2020, 1, 1).addDays(pick(1800)).toString(Qt::ISODate));
        }
        Document doc
            = Format::parse(text + u'\n' + records, QStringLiteral("/corpus/article-%1.entente").arg(a));
        if (doc.hasErrors())
            qFatal("generated article %d: %s", a, qPrintable(doc.diagnostics.first().toString()));
        documents.append(std::move(doc));
    }
    return Corpus::merge(std::move(documents));
}

} // namespace

class BenchExchange : public QObject
{
    Q_OBJECT

private:
    Corpus m_corpus;

    // CPU time is what the target is about: on a shared machine the wall clock also counts the
    // other processes' turns.
    void report(const char* format, qint64 wallMs, qint64 cpuMs, qint64 bytes)
    {
        qInfo("%-8s %6lld ms CPU  %6lld ms wall  %8.1f MB  (%d meetings)", format, cpuMs, wallMs,
              double(bytes) / (1024.0 * 1024.0), int(m_corpus.meetings.size()));
        QVERIFY2(cpuMs < targetMs,
                 qPrintable(QStringLiteral("%1 took %2 ms").arg(QLatin1String(format)).arg(cpuMs)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_corpus = generatedCorpus();
        QCOMPARE(m_corpus.meetings.size(), articleCount * meetingsPerArticle);
        qInfo("generated and parsed %d meetings in %lld ms", int(m_corpus.meetings.size()), timer.elapsed());
    }

    // What File ▸ Export Data… and `entente export` run: the selection, the sources and the bytes of
    // every file, without writing them.
    void exportFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("path");
        QTest::newRow("csv") << int(DataFormat::Csv) << QStringLiteral("/out/tables");
        QTest::newRow("gexf") << int(DataFormat::Gexf) << QStringLiteral("/out/network.gexf");
        QTest::newRow("graphml") << int(DataFormat::Graphml) << QStringLiteral("/out/network.graphml");
        QTest::newRow("ics") << int(DataFormat::Ics) << QStringLiteral("/out/meetings.ics");
        QTest::newRow("brat") << int(DataFormat::Brat) << QStringLiteral("/out/brat");
        QTest::newRow("plover") << int(DataFormat::Plover) << QStringLiteral("/out/events.jsonl");
    }
    void exportFormat()
    {
        QFETCH(int, format);
        QFETCH(QString, path);
        ExportOptions options;
        options.format = DataFormat(format);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const PreparedExport prepared = prepareExport(m_corpus, path, options);
        const qint64 cpuMs = qint64(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        const qint64 ms = timer.elapsed();
        qint64 bytes = 0;
        for (const OutputFile& file : prepared.files)
            bytes += file.bytes.size();
        QVERIFY(prepared.error.isEmpty());
        report(QTest::currentDataTag(), ms, cpuMs, bytes);
    }
};

QTEST_GUILESS_MAIN(BenchExchange)
#include "bench_exchange.moc"
