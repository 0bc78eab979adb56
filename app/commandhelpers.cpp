#include "commandhelpers.h"

#include "format.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QtConcurrentMap>

#include <algorithm>

namespace Entente::CommandHelpers {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CommandHelpers)
};

} // namespace

int loadFiles(const QStringList& files, QList<Document>* documents, const Keep& keep)
{
    // Chunks keep the unreadable files reported in file order, and bound the whole documents (text
    // and marks) held at once to one chunk's.
    constexpr qsizetype chunk = 256;
    int failed = 0;
    QList<qsizetype> indexes;
    for (qsizetype first = 0; first < files.size(); first += chunk) {
        indexes.resize(std::min(chunk, files.size() - first));
        for (qsizetype i = 0; i < indexes.size(); ++i)
            indexes[i] = first + i;
        QList<Document> loaded = QtConcurrent::blockingMapped(indexes, [&files, &keep](qsizetype file) {
            Document doc = Format::load(files.at(file));
            if (keep && !doc.unreadable)
                keep(file, doc);
            return doc;
        });
        for (Document& doc : loaded) {
            if (doc.unreadable) {
                qCritical("%s", qPrintable(doc.diagnostics.first().toString()));
                ++failed;
                continue;
            }
            documents->append(std::move(doc));
        }
    }
    return failed;
}

bool loadArticles(const QStringList& paths, QList<Document>* documents, const Keep& keep)
{
    return loadFiles(Format::articleFiles(paths), documents, keep) == 0;
}

void keepRecords(qsizetype, Document& document)
{
    document.text = QString();
    document.marks = {};
}

Exchange::PreparedSpans takeSpans(const QStringList& files, FileSpans* perFile)
{
    Exchange::PreparedSpans sentences;
    for (size_t file = 0; file < perFile->size(); ++file) {
        if ((*perFile)[file])
            sentences.insert(files.at(qsizetype(file)), std::move(*(*perFile)[file]));
    }
    *perFile = {};
    return sentences;
}

FilterOptions::FilterOptions()
    : from(QStringLiteral("from"),
           Text::tr("Only meetings and status changes from this day (YYYY-MM-DD, or a week or month)."),
           QStringLiteral("date"))
    , to(QStringLiteral("to"), Text::tr("Only meetings and status changes up to this day."),
         QStringLiteral("date"))
    , sides(QStringLiteral("sides"),
            Text::tr("Only meetings with a participant of these sides (comma-separated)."),
            QStringLiteral("sides"))
    , statuses(QStringLiteral("statuses"),
               Text::tr("Only meetings of these statuses: planned, held, cancelled, failed."),
               QStringLiteral("statuses"))
{ }

bool FilterOptions::read(const QCommandLineParser& parser, Exchange::Filter* filter, QString* error) const
{
    const auto date = [&](const QCommandLineOption& option, bool first, QDate* day) {
        if (!parser.isSet(option))
            return true;
        const FuzzyDate parsed = FuzzyDate::parse(parser.value(option));
        if (!parsed.isValid()) {
            *error = Text::tr("--%1 must be a date such as 2023-07-13, 2023-W28 or 2023-07, not '%2'")
                         .arg(option.names().first(), parser.value(option));
            return false;
        }
        *day = first ? parsed.first() : parsed.last();
        return true;
    };
    if (!date(from, true, &filter->from) || !date(to, false, &filter->to))
        return false;
    if (filter->from.isValid() && filter->to.isValid() && filter->to < filter->from) {
        *error = Text::tr("--to is before --from");
        return false;
    }
    if (parser.isSet(sides))
        filter->sides = parser.value(sides).split(u',', Qt::SkipEmptyParts);
    for (QString& side : filter->sides)
        side = side.trimmed();
    if (parser.isSet(statuses)) {
        for (const QString& name : parser.value(statuses).split(u',', Qt::SkipEmptyParts)) {
            MeetingStatus status;
            if (!fromString(name.trimmed(), &status)) {
                *error
                    = Text::tr("--statuses: unknown meeting status '%1' (planned, held, cancelled or failed)")
                          .arg(name);
                return false;
            }
            filter->statuses.append(status);
        }
    }
    return true;
}

void printProblems(const QList<Diagnostic>& problems)
{
    for (const Diagnostic& d : problems) {
        if (d.file.isEmpty())
            qWarning(
                "%s",
                qPrintable((d.severity == Severity::Error ? Text::tr("error: %1") : Text::tr("warning: %1"))
                               .arg(d.message)));
        else
            qWarning("%s", qPrintable(d.toString()));
    }
}

void printLine(const QString& text)
{
    QTextStream out(stdout);
    out << text << Qt::endl;
}

} // namespace Entente::CommandHelpers
