// PLOVER event records read back with a JSON parser: CONSULT for held meetings, AGREE (intent) for
// planned ones, actors split by side, dates, place and the source sentence; one object a line.
#include "exchangetesting.h"
#include "ploverexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Entente;
using namespace Entente::Exchange;

class TestPloverExport : public QObject
{
    Q_OBJECT

private:
    static QHash<QString, QJsonObject> records(const QByteArray& jsonLines)
    {
        QHash<QString, QJsonObject> byId;
        for (const QByteArray& line : jsonLines.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            if (error.error != QJsonParseError::NoError)
                qFatal("not JSON: %s", line.constData());
            byId.insert(object.value(u"id").toString(), object);
        }
        return byId;
    }

private Q_SLOTS:
    void meetingsBecomeEventRecords()
    {
        Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        corpus.meetings[corpus.meetingIndex(u"biden-xi-summit")].status = MeetingStatus::Cancelled;
        const PloverExport::Result result
            = PloverExport::write(corpus, Selection::of(corpus, {}), PloverExport::Layout::JsonLines);
        QCOMPARE(result.leftOut, QStringList { QStringLiteral("biden-xi-summit") });
        QCOMPARE(result.events, corpus.meetings.size() - 1);
        QCOMPARE(result.data.count('\n'), result.events);
        const QHash<QString, QJsonObject> byId = records(result.data);

        const QJsonObject yellen = byId.value(QStringLiteral("yellen-visit"));
        QCOMPARE(yellen.value(u"event").toString(), QStringLiteral("CONSULT"));
        QCOMPARE(yellen.value(u"mode").toString(), QStringLiteral("visit"));
        QCOMPARE(yellen.value(u"date").toString(), QStringLiteral("2023-07-03"));
        QCOMPARE(yellen.value(u"dateEnd").toString(), QStringLiteral("2023-07-09"));
        QCOMPARE(yellen.value(u"datePrecision").toString(), QStringLiteral("week"));
        QCOMPARE(yellen.value(u"source").toArray().at(0).toObject().value(u"actorText").toString(),
                 QStringLiteral("Janet Yellen"));
        QCOMPARE(yellen.value(u"source").toArray().at(0).toObject().value(u"code").toString(),
                 QStringLiteral("USA"));
        QCOMPARE(yellen.value(u"target").toArray().at(0).toObject().value(u"actorText").toString(),
                 QStringLiteral("Li Qiang"));
        QCOMPARE(yellen.value(u"placeName").toString(), QStringLiteral("Beijing"));
        QCOMPARE(yellen.value(u"eventText").toString(), QStringLiteral("visited China"));
        QVERIFY(yellen.value(u"text").toString().startsWith(
            QStringLiteral("US Treasury Secretary Janet Yellen visited China")));
        QCOMPARE(yellen.value(u"issues").toArray(),
                 QJsonArray { QStringLiteral("Trade irritants and tariffs") });

        const QJsonObject jakarta = byId.value(QStringLiteral("jakarta-talks"));
        QCOMPARE(jakarta.value(u"event").toString(), QStringLiteral("AGREE"));
        QCOMPARE(jakarta.value(u"mode").toString(), QStringLiteral("intent"));

        const QJsonObject kerry = byId.value(QStringLiteral("kerry-visit"));
        QCOMPARE(kerry.value(u"source").toArray().size(), 1);
        QVERIFY(kerry.value(u"target").toArray().isEmpty());

        const QJsonObject zh = byId.value(QStringLiteral("kerry-wang-beijing"));
        QCOMPARE(zh.value(u"text").toString(),
                 QStringLiteral("美国气候特使约翰·克里7月18日在北京会见了中国外交部长王毅。"));
        QCOMPARE(zh.value(u"publication").toString(), QStringLiteral("克里在北京会见王毅"));
    }

    void arrayLayoutIsOneJsonDocument()
    {
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        Filter filter;
        filter.statuses = { MeetingStatus::Held };
        const QByteArray data
            = PloverExport::write(corpus, Selection::of(corpus, filter), PloverExport::Layout::Array).data;
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(data, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 5);
        for (const QJsonValue& value : array)
            QCOMPARE(value.toObject().value(u"event").toString(), QStringLiteral("CONSULT"));
    }
};

QTEST_GUILESS_MAIN(TestPloverExport)
#include "tst_ploverexport.moc"
