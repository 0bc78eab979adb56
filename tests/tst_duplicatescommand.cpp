// `entente duplicates` run as a user would: the real executable on a copy of the corpus30 fixture,
// its JSON, its exit codes, and --reject remembered in the folder's .entente-duplicates.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDuplicatesCommand : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Result entente(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(ENTENTE_EXECUTABLE), QStringList { u"duplicates"_s } + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(),
                 QString::fromUtf8(process.readAllStandardError()) };
    }
    static QJsonArray proposals(const Result& result)
    {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError || !json.isArray())
            qWarning("not a JSON array: %s", qPrintable(error.errorString()));
        return json.array();
    }
    static QJsonObject withIds(const QJsonArray& array, const QString& a, const QString& b)
    {
        for (const QJsonValue& value : array) {
            const QJsonArray ids = value[u"ids"_s].toArray();
            if (ids.size() == 2 && ((ids[0] == a && ids[1] == b) || (ids[0] == b && ids[1] == a)))
                return value.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;
    QString m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath(u"corpus"_s);
        QVERIFY(QDir().mkpath(m_corpus));
        const QDir fixture(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/corpus30"));
        for (const QString& name : fixture.entryList({ u"*.entente"_s }, QDir::Files))
            QVERIFY(QFile::copy(fixture.filePath(name), QDir(m_corpus).filePath(name)));
    }

    void printsProposalsAsJson()
    {
        const Result result = entente({ m_corpus });
        QCOMPARE(result.exitCode, 0);
        const QJsonArray array = proposals(result);
        QVERIFY(array.size() >= 10);
        const QJsonObject lavrov = withIds(array, u"lavrov"_s, u"sergey-lavrov"_s);
        QCOMPARE(lavrov[u"kind"_s].toString(), u"actor"_s);
        QCOMPARE(lavrov[u"ids"_s].toArray(), QJsonArray({ u"lavrov"_s, u"sergey-lavrov"_s }));
        QVERIFY(lavrov[u"score"_s].toDouble() > 0.9 && lavrov[u"score"_s].toDouble() <= 1.0);
        QVERIFY(lavrov[u"reason"_s].toString().contains(u"Sergey Lavrov"_s));
        const QJsonArray files = lavrov[u"files"_s].toArray();
        QCOMPARE(files.size(), 12);
        QVERIFY(files.contains(QDir(m_corpus).filePath(u"2013-09-geneva-report.entente"_s)));

        const QJsonObject jakarta = withIds(array, u"asean-sidelines-talks"_s, u"blinken-wang-jakarta"_s);
        QCOMPARE(jakarta[u"kind"_s].toString(), u"meeting"_s);
        QCOMPARE(jakarta[u"ids"_s].toArray().first().toString(), u"asean-sidelines-talks"_s);

        QVERIFY(withIds(array, u"biden"_s, u"hunter-biden"_s).isEmpty());
        QVERIFY(withIds(array, u"joe-biden"_s, u"hunter-biden"_s).isEmpty());
        // Highest score first.
        for (qsizetype i = 1; i < array.size(); ++i)
            QVERIFY(array[i - 1][u"score"_s].toDouble() >= array[i][u"score"_s].toDouble());
    }

    void rejectedPairsAreRememberedForTheFolder()
    {
        const Result rejected = entente({ u"--reject"_s, u"actor:sergey-lavrov,lavrov"_s, m_corpus });
        QCOMPARE(rejected.exitCode, 0);
        QVERIFY(withIds(proposals(rejected), u"lavrov"_s, u"sergey-lavrov"_s).isEmpty());
        QFile file(QDir(m_corpus).filePath(u".entente-duplicates"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("actor lavrov sergey-lavrov\n"));

        const Result later = entente({ m_corpus });
        QCOMPARE(later.exitCode, 0);
        QVERIFY(withIds(proposals(later), u"lavrov"_s, u"sergey-lavrov"_s).isEmpty());
        QVERIFY(!withIds(proposals(later), u"kerry"_s, u"john-kerry"_s).isEmpty());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing to read") << QStringList {};
        QTest::newRow("score out of range") << QStringList { u"--min-score"_s, u"2"_s, u"x.entente"_s };
        QTest::newRow("bad rejection") << QStringList { u"--reject"_s, u"issue:a,b"_s, u"x.entente"_s };
        QTest::newRow("no articles in folder") << QStringList { QStringLiteral(ENTENTE_SOURCE_DIR "/docs") };
    }
    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const Result result = entente(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.contains(u"entente duplicates"_s));
    }
};

QTEST_GUILESS_MAIN(TestDuplicatesCommand)
#include "tst_duplicatescommand.moc"
