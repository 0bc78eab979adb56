// Screenshots of the time views for reviews and the README: `timeviewshots FOLDER [en|de|zh_CN] [ARTICLES]`
// opens a generated corpus of articles from 2011 to 2023 (and the sample; in Chinese also an article
// with Chinese issue titles) in the language asked for, and saves the timeline, the year calendar, the
// meetings chart and the issue chart as FOLDER/charts-<view>-<language>.png.
#include "calendar/calendarview.h"
#include "charts/issuestatuschart.h"
#include "charts/meetingschart.h"
#include "corpusgenerator.h"
#include "corpusstore.h"
#include "format.h"
#include "timeline/timelineview.h"
#include "timerowscanvas.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Entente;

namespace {

Document chineseIssues()
{
    const QString text = QStringLiteral(
        "中美双方就多个议题进行了会谈。\n=== entente ===\narticle: date=2023-06-01; title=议题\n"
        "issue nanhai: 中美关于南海航行自由与岛礁建设问题的长期分歧\n"
        "status nanhai: 2016-07-12; escalating\nstatus nanhai: ~2018-03-01; stalled\nstatus nanhai: 2021-W10; in-dialogue\n"
        "issue maoyi: 贸易关税与市场准入\n"
        "status maoyi: 2018-03; escalating\nstatus maoyi: 2020-01-15; in-dialogue\nstatus maoyi: 2022-06-01; resolved\n"
        "issue qihou: 气候变化合作\nstatus qihou: 2014-11-12; in-dialogue\nstatus qihou: 2017-06; stalled\n"
        "status qihou: 2021-04-17; in-dialogue\n");
    return Format::parse(text, QStringLiteral("zh-issues.entente"));
}

void save(QWidget* widget, const QString& path)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        qWarning("not exposed: %s", qPrintable(path));
    QTest::qWait(100);
    if (!widget->grab().save(path))
        qWarning("could not write %s", qPrintable(path));
    else
        qInfo("wrote %s", qPrintable(path));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        qCritical("usage: timeviewshots FOLDER [en|de|zh_CN] [ARTICLES]");
        return 2;
    }
    const QString folder = arguments.at(1);
    const QString language = arguments.value(2, QStringLiteral("en"));
    const int articles = arguments.value(3, QStringLiteral("300")).toInt();
    const QLocale locale(language);
    QLocale::setDefault(locale);
    QTranslator entente;
    if (entente.load(QStringLiteral("entente_") + language, QStringLiteral(ENTENTE_QM_DIR)))
        QCoreApplication::installTranslator(&entente);
    QTranslator qt;
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);

    Testing::CorpusSpec spec;
    spec.articles = articles;
    spec.firstDay = QDate(2011, 1, 1);
    spec.lastDay = QDate(2023, 12, 31);
    Testing::CorpusGenerator generator(spec);
    QList<Document> documents;
    for (int n = 0; n < spec.articles; ++n)
        documents.append(Format::parse(generator.article(n), generator.fileName(n)));
    documents.append(Format::load(QStringLiteral(ENTENTE_SAMPLE)));
    if (language.startsWith(u"zh"))
        documents.append(chineseIssues());
    CorpusStore store;
    store.setDocuments(std::move(documents));
    QDir().mkpath(folder);
    const auto path = [&](const char* view) { return QDir(folder).filePath(QStringLiteral("charts-%1-%2.png").arg(QLatin1String(view), language)); };

    TimelineView timeline(&store);
    timeline.resize(1200, 720);
    timeline.setLaneKind(LaneKind::SidePairs);
    save(&timeline, path("timeline"));
    // The sample's meetings of summer 2023, Kerry's visit selected: its lane and weeks.
    timeline.setLaneKind(LaneKind::Issues);
    store.setCurrent({ MarkKind::Meeting, QStringLiteral("kerry-visit") });
    timeline.showSelectedMeeting();
    timeline.setDateRange(QDate(2023, 5, 20), QDate(2023, 8, 10));
    save(&timeline, path("timeline-zoomed"));

    CalendarView calendar(&store);
    calendar.resize(1200, 760);
    calendar.setYear(2019);
    save(&calendar, path("calendar-year"));

    MeetingsChart meetings(&store);
    meetings.resize(1100, 560);
    save(&meetings, path("meetings"));

    IssueStatusChart issues(&store);
    issues.resize(1200, 720);
    save(&issues, path("issues"));
    return 0;
}
