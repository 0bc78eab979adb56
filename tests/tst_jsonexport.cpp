// The corpus as JSON (`entente --dump`): the streamed writer gives exactly the document of toJson(),
// for an empty corpus, the sample, and a fixture whose articles report meetings twice (sources).
#include "corpus.h"
#include "format.h"
#include "jsonexport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Entente;

namespace {

Document parsed(const QString& name, const QString& text)
{
    return Format::parse(text, name);
}

} // namespace

class TestJsonExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedIsTheSameDocument_data()
    {
        QTest::addColumn<QList<Document>>("documents");
        QTest::newRow("empty") << QList<Document> {};
        QFile sample(QStringLiteral(ENTENTE_SAMPLE));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QTest::newRow("sample") << QList<Document> { parsed(QStringLiteral("sample.entente"), QString::fromUtf8(sample.readAll())) };
        // The corpus fixture: 30 articles over more than ten years, meetings reported twice.
        QList<Document> fixture;
        for (const QString& path : Format::findArticleFiles({ QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/corpus30") }).files)
            fixture.append(Format::load(path));
        QVERIFY(fixture.size() >= 30);
        fixture.first().fileName = QStringLiteral("quoted \"name\"\nwith a break.entente"); // escaped in strings
        QTest::newRow("corpus30") << fixture;
        // One meeting, planned in one article and held in a later one: its sources are listed.
        const QString planned = QStringLiteral("[Kerry]{actor=kerry} [will meet]{meeting=talks} [Lavrov]{actor=lavrov} next week.\n\n"
                                               "=== entente ===\narticle: date=2013-05-01\nactor kerry: John Kerry; person; USA\n"
                                               "actor lavrov: Sergei Lavrov; person; Russia\n"
                                               "meeting talks: kerry, lavrov; 2013-W19; place=Moscow; status=planned\n");
        const QString held = QStringLiteral("[Kerry]{actor=kerry} [met]{meeting=talks} \"Lavrov\" on Tuesday.\n\n"
                                            "=== entente ===\narticle: date=2013-05-08\n"
                                            "meeting talks: kerry, lavrov; 2013-05-07; place=Moscow; status=held\n");
        QTest::newRow("a meeting reported twice")
            << QList<Document> { parsed(QStringLiteral("a.entente"), planned), parsed(QStringLiteral("b.entente"), held) };
    }
    void streamedIsTheSameDocument()
    {
        QFETCH(QList<Document>, documents);
        const Corpus corpus = Corpus::merge(documents);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(Json::write(corpus, &buffer));
        QJsonParseError error;
        const QJsonDocument streamed = QJsonDocument::fromJson(buffer.data(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QStringLiteral(" at %1").arg(error.offset)));
        QCOMPARE(streamed.object(), Json::toJson(corpus));
        if (QByteArrayView(QTest::currentDataTag()) == "a meeting reported twice")
            QCOMPARE(streamed.object().value(QStringLiteral("meetings")).toArray().first().toObject().value(QStringLiteral("sources")).toArray().size(), 2);
        // Indented like a document of its own: two levels for a record's members.
        if (!corpus.actors.isEmpty())
            QVERIFY(buffer.data().contains("\n    \"actors\": [\n        {\n            \"aliases\""));
    }

    // --dump keeps of each article only a summary of its text and marks: the same bytes come out.
    void summariesGiveTheSameBytes_data() { streamedIsTheSameDocument_data(); }
    void summariesGiveTheSameBytes()
    {
        QFETCH(QList<Document>, documents);
        QBuffer whole;
        QVERIFY(whole.open(QIODevice::WriteOnly));
        QVERIFY(Json::write(Corpus::merge(documents), &whole));
        QList<Json::ArticleSummary> summaries;
        for (Document& document : documents) {
            summaries.append(Json::ArticleSummary::of(document));
            document.text = QString();
            document.marks.clear();
        }
        QBuffer summarised;
        QVERIFY(summarised.open(QIODevice::WriteOnly));
        QVERIFY(Json::write(Corpus::merge(documents), summaries, &summarised));
        QCOMPARE(summarised.data(), whole.data());
        if (QByteArrayView(QTest::currentDataTag()) == "a meeting reported twice") {
            QCOMPARE(summaries.first().marks, 3);
            QCOMPARE(summaries.first().meetingSentences.value(QStringLiteral("talks")), QStringLiteral("Kerry will meet Lavrov next week."));
            QVERIFY(whole.data().contains("\"sentence\": \"Kerry met \\\"Lavrov\\\" on Tuesday.\""));
        }
    }

    // The streamed bytes are QJsonDocument's own for toJson() (but for "[]" for an empty top-level
    // list), whatever the strings hold: controls, quotes, surrogates without their other half, text
    // beyond the BMP, the analyst's extra keys in any order, dates of every precision and odd years.
    void bytesAreQtsIndentedJson_data() { streamedIsTheSameDocument_data(); }
    void bytesAreQtsIndentedJson()
    {
        QFETCH(QList<Document>, documents);
        const auto check = [](const Corpus& corpus) {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(Json::write(corpus, &buffer));
            const QByteArray expected = QJsonDocument(Json::toJson(corpus)).toJson(QJsonDocument::Indented).replace("[\n    ]", "[]");
            QCOMPARE(buffer.data(), expected);
        };
        check(Corpus::merge(documents));
        if (documents.isEmpty())
            return;
        const QString odd = QStringLiteral("a\"b\\c/d\te\bf\fg\rh\ni") + QChar(0x01) + QChar(0x1f) + QChar(0x7f) + QChar(0xe9)
            + QChar(0x4e2d) + QChar(0xd83d) + QChar(0xde00) + QChar(0xd83d) + u'x' + QChar(0xde00) + QChar(0x2028) + QChar(0xfffe)
            + QChar(0xd800);
        Document& first = documents.first();
        first.fileName = odd;
        first.article.title = odd;
        first.article.date = QDate(812, 3, 4);
        Actor actor;
        actor.id = QStringLiteral("odd");
        actor.name = odd;
        actor.aliases = { odd, QString(), QStringLiteral("Ödön") };
        actor.extra = { { QStringLiteral("zeta"), odd }, { QStringLiteral("Alpha"), QStringLiteral("1") },
                        { QStringLiteral("zeta"), QStringLiteral("again") }, { QStringLiteral("été"), QString() },
                        { QStringLiteral("a b"), QStringLiteral("\"") } };
        actor.origin = { odd, 3, -1, -1 };
        first.actors.append(actor);
        const QList<FuzzyDate> dates { {}, FuzzyDate::parse(QStringLiteral("2023-07-13")), FuzzyDate::parse(QStringLiteral("2023-W28")),
                                       FuzzyDate::parse(QStringLiteral("2023-07")), FuzzyDate::parse(QStringLiteral("2023-Q3")),
                                       FuzzyDate::parse(QStringLiteral("2023")), FuzzyDate::parse(QStringLiteral("202X")), FuzzyDate::parse(QStringLiteral("2023-SU")),
                                       FuzzyDate::parse(QStringLiteral("20XX")), FuzzyDate::parse(QStringLiteral("~2023-07-13")),
                                       FuzzyDate::parse(QStringLiteral("0812-03-04")) };
        Issue issue;
        issue.id = QStringLiteral("odd-issue");
        issue.title = odd;
        issue.extra = { { QStringLiteral("b"), odd } };
        for (qsizetype i = 0; i < dates.size(); ++i) {
            Meeting meeting;
            meeting.id = QStringLiteral("odd-%1").arg(i);
            meeting.title = odd;
            meeting.participants = { QStringLiteral("odd") };
            meeting.start = dates.at(i);
            meeting.end = dates.at((i + 1) % dates.size());
            meeting.kind = odd;
            meeting.extra = { { QStringLiteral("x"), QStringLiteral("1") } };
            meeting.origin = { odd, int(i), int(i), int(i) + 2 };
            first.meetings.append(meeting);
            issue.history.append({ dates.at(i), IssueStatus::Stalled, odd, odd, { { odd, odd } }, { odd, 1, 0, 1 } });
        }
        first.issues.append(issue);
        check(Corpus::merge(documents));
    }

    void refusedWriteIsReported()
    {
        const Corpus corpus = Corpus::merge({ parsed(QStringLiteral("x.entente"), QStringLiteral("[A]{actor=a}\n\n=== entente ===\nactor a: A; person\n")) });
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QVERIFY(!Json::write(corpus, &readOnly));
    }
};

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
