#include "charts/issuestatuschart.h"
#include "charts/meetingschart.h"
#include "corpusstore.h"
#include "format.h"
#include "viewexporter.h"

#include <QtTest>
#include <QValueAxis>

using namespace Entente;

class ChartsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pictures();
};

void ChartsTest::pictures()
{
    const QString dir = qEnvironmentVariable("ENTENTE_CHART_PICTURES");
    if (dir.isEmpty())
        QSKIP("no picture dir");
    CorpusStore store;
    store.setDocuments({ Format::load(QStringLiteral(ENTENTE_SAMPLE)) });
    IssueStatusChart issues(&store);
    MeetingsChart meetings(&store);
    issues.resize(900, 420);
    meetings.resize(700, 400);
    issues.show();
    meetings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&issues));
    QVERIFY(QTest::qWaitForWindowExposed(&meetings));
    issues.grab().save(dir + u"/issues-screen.png");
    meetings.grab().save(dir + u"/meetings-screen.png");
    QString error;
    for (auto format : { ViewExporter::ImageFormat::Png, ViewExporter::ImageFormat::Svg, ViewExporter::ImageFormat::Pdf }) {
        ViewExporter::Options options;
        options.format = format;
        QVERIFY2(ViewExporter::write(issues, dir + u"/issues." + ViewExporter::suffix(format), options, &error), qPrintable(error));
        QVERIFY2(ViewExporter::write(meetings, dir + u"/meetings." + ViewExporter::suffix(format), options, &error), qPrintable(error));
    }
    qDebug() << meetings.countAxis()->min() << meetings.countAxis()->max() << meetings.countAxis()->tickCount() << meetings.countAxis()->labelFormat() << meetings.countAxis()->labelsVisible() << meetings.countAxis()->tickType() << meetings.chart()->localizeNumbers();
    store.setCurrent({ MarkKind::Issue, QStringLiteral("hacking") });
    issues.grab().save(dir + u"/issues-current.png");
}

QTEST_MAIN(ChartsTest)
#include "tst_charts.moc"
