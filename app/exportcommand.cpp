#include "exportcommand.h"

#include "calendar/calendarview.h"
#include "charts/issuestatuschart.h"
#include "charts/meetingschart.h"
#include "commandhelpers.h"
#include "corpusstore.h"
#include "dataexportcommand.h"
#include "network/networkview.h"
#include "timeline/timelineview.h"
#include "exportableview.h"
#include "safefile.h"
#include "viewexporter.h"
#include "viewfactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QWidget>

#include <cmath>
#include <memory>

namespace Entente::ExportCommand {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ExportCommand)
};

// Bounds of the size options: beyond them an export is empty, unreadable or takes minutes and gigabytes.
constexpr int minimumWidth = 16;
constexpr int maximumWidth = 16000;
constexpr double minimumScale = 0.1;
constexpr double maximumScale = 8;

int usageError(const QString& message)
{
    qCritical("entente export: %s", qPrintable(message));
    qCritical("%s", qPrintable(Text::tr("usage: entente export FILE|FOLDER... --view calendar|network|issues|meetings|timeline "
                                        "--format png|svg|pdf --output PATH [--month YYYY-MM] [--from DATE] [--to DATE] "
                                        "[--width N] [--scale N]")));
    return 2;
}

// A day, week, month or year as the format writes it, or a bare year: the first or last day it may mean.
QDate parseBound(const QString& text, bool last)
{
    const FuzzyDate date = FuzzyDate::parse(text);
    if (date.isValid())
        return last ? date.last() : date.first();
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    if (!ok || text.trimmed().size() != 4 || year < 1)
        return {};
    return last ? QDate(year, 12, 31) : QDate(year, 1, 1);
}

// Applies --from/--to to a view; an error message when the view cannot show that range.
QString applyRange(QWidget* widget, const QString& view, QDate from, QDate to)
{
    if (auto* calendar = qobject_cast<CalendarView*>(widget)) {
        from = from.isValid() ? from : to;
        to = to.isValid() ? to : from;
        const qint64 months = qint64(to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        if (months > CalendarView::maximumMonths)
            return Text::tr("the calendar shows at most %1 months; the timeline and the meetings chart show any span")
                .arg(CalendarView::maximumMonths);
        if (months == 1)
            calendar->setMonth(from.year(), from.month());
        else
            calendar->setMonths(from, to);
    } else if (auto* timeline = qobject_cast<TimelineView*>(widget)) {
        timeline->setDateRange(from, to);
    } else if (auto* issues = qobject_cast<IssueStatusChart*>(widget)) {
        issues->setDateRange(from, to);
    } else if (auto* meetings = qobject_cast<MeetingsChart*>(widget)) {
        meetings->setDateRange(from, to);
    } else if (auto* network = qobject_cast<NetworkView*>(widget)) {
        network->setDateRange(from, to);
    } else {
        return Text::tr("--from and --to do not apply to the %1 view").arg(view);
    }
    return {};
}

} // namespace

int run(const QStringList& arguments)
{
    if (DataExportCommand::applies(arguments)) // csv, gexf, graphml, ics, brat, plover: no --view
        return DataExportCommand::run(arguments);
    QCommandLineParser parser;
    const QCommandLineOption view(QStringLiteral("view"), Text::tr("The view to export."), QStringLiteral("view"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("png, svg or pdf (default: from the output's suffix)."),
        QStringLiteral("format"));
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("The image file to write."), QStringLiteral("path"));
    const QCommandLineOption month(QStringLiteral("month"), Text::tr("The calendar's month, YYYY-MM."), QStringLiteral("month"));
    const QCommandLineOption from(QStringLiteral("from"),
        Text::tr("First day shown: YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY (calendar: its month; timeline and charts: "
                 "that day; network: meetings from then)."),
        QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Last day shown, in the same forms (a month or year means its last day)."),
        QStringLiteral("date"));
    const QCommandLineOption width(QStringLiteral("width"), Text::tr("Width in logical pixels."), QStringLiteral("N"));
    const QCommandLineOption scale(QStringLiteral("scale"), Text::tr("PNG pixels per logical pixel."), QStringLiteral("N"));
    const QCommandLineOption lang(QStringLiteral("lang"), Text::tr("Language."), QStringLiteral("language"));
    parser.addOptions({ view, format, output, month, from, to, width, scale, lang });
    if (!parser.parse(QStringList { QStringLiteral("entente-export") } + arguments))
        return usageError(parser.errorText());

    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(Text::tr("name at least one article file or folder"));
    if (!parser.isSet(view) || !ViewFactory::names().contains(parser.value(view)))
        return usageError(Text::tr("--view must be one of: %1").arg(ViewFactory::names().join(QStringLiteral(", "))));
    if (!parser.isSet(output))
        return usageError(Text::tr("--output PATH is required"));
    const std::optional<ViewExporter::ImageFormat> imageFormat = parser.isSet(format)
        ? ViewExporter::formatFromName(parser.value(format))
        : ViewExporter::formatFromPath(parser.value(output));
    if (!imageFormat)
        return usageError(Text::tr("--format must be png, svg or pdf"));
    ViewExporter::Options options;
    options.format = *imageFormat;
    bool ok = true;
    if (parser.isSet(width)) {
        options.width = parser.value(width).toInt(&ok);
        if (!ok || options.width < minimumWidth || options.width > maximumWidth)
            return usageError(Text::tr("--width must be a whole number from %1 to %2, not '%3'")
                    .arg(minimumWidth)
                    .arg(maximumWidth)
                    .arg(parser.value(width)));
    }
    if (parser.isSet(scale)) {
        // "nan" and "inf" read as numbers, and a tiny scale makes an image of no pixels at all.
        options.scale = parser.value(scale).toDouble(&ok);
        if (!ok || !std::isfinite(options.scale) || options.scale < minimumScale || options.scale > maximumScale)
            return usageError(Text::tr("--scale must be a number from %1 to %2, not '%3'")
                    .arg(minimumScale)
                    .arg(maximumScale)
                    .arg(parser.value(scale)));
    }
    QDate first;
    if (parser.isSet(month)) {
        first = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid())
            return usageError(Text::tr("--month must be YYYY-MM, not '%1'").arg(parser.value(month)));
        if (parser.value(view) != u"calendar")
            return usageError(Text::tr("--month applies to the calendar view only"));
    }
    const QDate fromDay = parser.isSet(from) ? parseBound(parser.value(from), false) : QDate();
    const QDate toDay = parser.isSet(to) ? parseBound(parser.value(to), true) : QDate();
    if (parser.isSet(from) && !fromDay.isValid())
        return usageError(Text::tr("--from must be a date such as 2023-07-13, 2023-07, 2023-W28 or 2023, not '%1'").arg(parser.value(from)));
    if (parser.isSet(to) && !toDay.isValid())
        return usageError(Text::tr("--to must be a date such as 2023-07-13, 2023-07, 2023-W28 or 2023, not '%1'").arg(parser.value(to)));
    if (fromDay.isValid() && toDay.isValid() && toDay < fromDay)
        return usageError(Text::tr("--to (%1) is before --from (%2)").arg(parser.value(to), parser.value(from)));
    if (first.isValid() && (fromDay.isValid() || toDay.isValid()))
        return usageError(Text::tr("give either --month or --from/--to"));

    // Refused before the (possibly long) load: an export never replaces a device, a FIFO or a folder.
    if (const QString refused = SafeFile::whyNotWritable(parser.value(output)); !refused.isEmpty()) {
        qCritical("entente export: %s", qPrintable(refused));
        return 1;
    }

    QList<Document> documents;
    bool loaded = true;
    const Format::ArticleFiles found = Format::findArticleFiles(paths);
    for (const QString& folder : found.emptyFolders) {
        qCritical("%s", qPrintable(Text::tr("%1: error: a folder with no articles (no .entente or .txt files in it)").arg(folder)));
        loaded = false;
    }
    for (const Format::SkippedFile& skipped : found.skipped)
        qCritical("%s", qPrintable(Text::tr("%1: warning: skipped: %2").arg(skipped.path, skipped.reason)));
    // The views draw records, never the words or the marks: the text is the largest part of a
    // document, its marks next (a folder of 20,000 articles kept it all, twice its size in memory).
    if (CommandHelpers::loadFiles(found.files, &documents, CommandHelpers::keepRecords) > 0)
        loaded = false;
    if (documents.isEmpty()) {
        qCritical("%s", qPrintable(Text::tr("entente export: no readable article files")));
        return 1;
    }
    CorpusStore store;
    store.setDocuments(std::move(documents));
    const std::unique_ptr<QWidget> widget(ViewFactory::create(parser.value(view), &store));
    if (first.isValid())
        static_cast<CalendarView*>(widget.get())->setMonth(first.year(), first.month());
    if (fromDay.isValid() || toDay.isValid()) {
        if (const QString problem = applyRange(widget.get(), parser.value(view), fromDay, toDay); !problem.isEmpty())
            return usageError(problem);
    }
    ExportableView* exportable = ViewFactory::exportable(widget.get());
    exportable->prepareExport();
    widget->resize(exportable->exportSize().toSize());
    options.title = Text::tr("Entente %1").arg(parser.value(view));
    QString error;
    QString notice;
    if (!ViewExporter::write(*exportable, parser.value(output), options, &error, &notice)) {
        qCritical("entente export: %s", qPrintable(error));
        return 1;
    }
    if (!notice.isEmpty())
        qWarning("entente export: %s", qPrintable(notice));
    // What the picture shows, as its caption says: view, date range, filters.
    qInfo("%s", qPrintable(Text::tr("entente export: %1: %2").arg(parser.value(output), ExportCaptions::of(*exportable).text())));
    return loaded ? 0 : 1;
}

} // namespace Entente::ExportCommand
