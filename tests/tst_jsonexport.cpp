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
