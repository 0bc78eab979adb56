#include "csvimport.h"

#include "csvcodec.h"
#include "csvexport.h"
#include "format.h"
#include "recordparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Entente::Exchange::CsvImport {

namespace {

using CsvExport::Table;

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Exchange::CsvImport)
};

// The records of one output file, in row order.
struct Article
{
    Document values;
    QHash<QString, int> actorRows; // id → line, to report duplicates
    QHash<QString, int> meetingRows;
    QHash<QString, int> issueIndex; // id → index in values.issues
};

class Importer
{
public:
    void readFile(const QString& path);
    Result finish();

private:
    struct RowReader
    {
        const QString& file;
        const Csv::Row& row;
        const QHash<QString, int>& columns;
        QList<Diagnostic>& problems;
        bool ok = true;

        QString value(const QString& name) const
        {
            const int index = columns.value(name, -1);
            if (index < 0 || index >= row.fields.size())
                return {};
            return QString(row.fields.at(index)).replace(u'\n', u' ').remove(u'\r').trimmed();
        }
        void fail(const QString& name, const QString& message)
        {
            const int index = columns.value(name, -1);
            const int column = index >= 0 && index < row.columns.size() ? row.columns.at(index) : 1;
            problems.append(
                { file, row.line, column, Severity::Error, Text::tr("%1; the row is skipped").arg(message) });
            ok = false;
        }
        QString id(const QString& name)
        {
            const QString text = value(name);
            if (!isValidId(text))
                fail(name,
                     text.isEmpty()
                         ? Text::tr("the %1 column is empty").arg(name)
                         : Text::tr("bad id '%1': use letters, digits, '-', '_' or '.'").arg(text));
            return text;
        }
        QStringList ids(const QString& name)
        {
            const QStringList list = RecordParser::splitList(value(name));
            for (const QString& item : list) {
                if (!isValidId(item))
                    fail(name, Text::tr("bad id '%1' in %2").arg(item, name));
            }
            return list;
        }
        FuzzyDate date(const QString& name, bool required)
        {
            const QString text = value(name);
            const FuzzyDate date = FuzzyDate::parse(text);
            if (!date.isValid() && (required || !text.isEmpty()))
                fail(name,
                     Text::tr("'%1' is not a date (use 2023-07-13, 2023-W28, 2023-07 or ~2023-07-13)")
                         .arg(text));
            return date;
        }
    };

    std::optional<Table> tableOf(const QString& path, const QStringList& header) const;
    Article& articleFor(const RowReader& reader, const QString& path);
    void readActor(RowReader& r, const QString& path);
    void readMeeting(RowReader& r, const QString& path);
    void readIssue(RowReader& r, const QString& path);
    void readStatus(RowReader& r, const QString& path);
    Issue& issueIn(Article& article, const QString& id);

    QList<QString> m_order; // output paths in the order first seen
    QHash<QString, Article> m_articles;
    QHash<QString, QString> m_issueTitles; // from the issues table, for status rows in other files
    QList<Diagnostic> m_problems;
    int m_rows = 0;
    int m_imported = 0;
};

std::optional<Table> Importer::tableOf(const QString& path, const QStringList& header) const
{
    const QString base = QFileInfo(path).completeBaseName().toLower();
    for (Table table : CsvExport::tables()) {
        if (base.startsWith(CsvExport::tableName(table)))
            return table;
    }
    const auto has = [&header](const char16_t* name) {
        return header.contains(QStringView(name));
    };
    if (has(u"participants") && has(u"start"))
        return Table::Meetings;
    if (has(u"meeting") && has(u"actor"))
        return Table::Participants;
    if (has(u"issue") && has(u"date") && has(u"status"))
        return Table::Statuses;
    if (has(u"name") && has(u"id"))
        return Table::Actors;
    if (has(u"title") && has(u"id"))
        return Table::Issues;
    return std::nullopt;
}

Article& Importer::articleFor(const RowReader& reader, const QString& path)
{
    QString name = safeRelativePath(reader.value(QStringLiteral("article")));
    if (name.isEmpty())
        name = QFileInfo(path).completeBaseName();
    const QFileInfo info(name);
    if (info.suffix() == u"entente" || info.suffix() == u"txt")
        name.chop(info.suffix().size() + 1);
    name += QStringLiteral(".entente");
    if (!m_articles.contains(name)) {
        m_order.append(name);
        m_articles.insert(name, {});
        m_articles[name].values.fileName = name;
    }
    return m_articles[name];
}

void Importer::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append({ path, 0, 0, Severity::Error, file.errorString() });
        return;
    }
    const Csv::Table table = Csv::read(file.readAll());
    if (!table.error.isEmpty())
        m_problems.append({ path, table.errorLine, table.errorColumn, Severity::Error, table.error });
    QStringList header;
    for (const QString& name : table.header)
        header.append(name.trimmed().toLower());
    const std::optional<Table> kind = tableOf(path, header);
    if (!kind) {
        m_problems.append({ path, 1, 1, Severity::Error,
                            Text::tr("not an actors, meetings, issues or statuses table (see the header); "
                                     "the file is skipped") });
        return;
    }
    if (*kind == Table::Participants)
        return; // the meetings table has the participants
    const QHash<Table, QStringList> required {
        { Table::Actors, { QStringLiteral("id"), QStringLiteral("name") } },
        { Table::Meetings,
          { QStringLiteral("id"), QStringLiteral("participants"), QStringLiteral("start") } },
        { Table::Issues, { QStringLiteral("id"), QStringLiteral("title") } },
        { Table::Statuses, { QStringLiteral("issue"), QStringLiteral("date"), QStringLiteral("status") } },
    };
    QHash<QString, int> columns;
    for (qsizetype i = 0; i < header.size(); ++i)
        columns.insert(header.at(i), int(i));
    for (const QString& name : required.value(*kind)) {
        if (!columns.contains(name)) {
            m_problems.append({ path, 1, 1, Severity::Error,
                                Text::tr("the header has no '%1' column; the file is skipped").arg(name) });
            return;
        }
    }
    for (const Csv::Row& row : table.rows) {
        ++m_rows;
        RowReader reader { path, row, columns, m_problems };
        switch (*kind) {
        case Table::Actors:
            readActor(reader, path);
            break;
        case Table::Meetings:
            readMeeting(reader, path);
            break;
        case Table::Issues:
            readIssue(reader, path);
            break;
        case Table::Statuses:
            readStatus(reader, path);
            break;
        case Table::Participants:
            break;
        }
        if (reader.ok)
            ++m_imported;
    }
}

void Importer::readActor(RowReader& r, const QString& path)
{
    Actor actor;
    actor.id = r.id(QStringLiteral("id"));
    actor.name = r.value(QStringLiteral("name"));
    if (actor.name.isEmpty())
        r.fail(QStringLiteral("name"), Text::tr("the actor has no name"));
    const QString kind = r.value(QStringLiteral("kind"));
    if (!kind.isEmpty() && !fromString(kind, &actor.kind))
        r.fail(QStringLiteral("kind"),
               Text::tr("unknown actor kind '%1' (expected person, organisation or state)").arg(kind));
    actor.side = r.value(QStringLiteral("side"));
    actor.role = r.value(QStringLiteral("role"));
    actor.aliases = RecordParser::splitList(r.value(QStringLiteral("aliases")));
    actor.extra = CsvExport::extraFromText(r.value(QStringLiteral("extra")));
    if (!r.ok)
        return;
    Article& article = articleFor(r, path);
    if (const int line = article.actorRows.value(actor.id); line > 0) {
        r.fail(QStringLiteral("id"),
               Text::tr("actor '%1' is already defined on line %2").arg(actor.id).arg(line));
        return;
    }
    article.actorRows.insert(actor.id, r.row.line);
    article.values.actors.append(std::move(actor));
}

void Importer::readMeeting(RowReader& r, const QString& path)
{
    Meeting meeting;
    meeting.id = r.id(QStringLiteral("id"));
    meeting.title = r.value(QStringLiteral("title"));
    meeting.participants = r.ids(QStringLiteral("participants"));
    if (r.ok && meeting.participants.isEmpty())
        r.fail(QStringLiteral("participants"), Text::tr("the meeting has no participants"));
    const QString start = r.value(QStringLiteral("start"));
    if (start.contains(QStringLiteral(".."))) { // "start..end" in one column, as the format writes it
        std::tie(meeting.start, meeting.end) = RecordParser::parseDateRange(start);
        if (!meeting.start.isValid() || !meeting.end.isValid())
            r.fail(QStringLiteral("start"), Text::tr("'%1' is not a date range").arg(start));
    } else {
        meeting.start = r.date(QStringLiteral("start"), true);
        meeting.end = r.date(QStringLiteral("end"), false);
        if (!meeting.end.isValid())
            meeting.end = meeting.start;
    }
    if (r.ok && meeting.end.last() < meeting.start.first())
        r.fail(QStringLiteral("end"), Text::tr("the meeting ends before it starts"));
    const QString status = r.value(QStringLiteral("status"));
    if (!status.isEmpty() && !fromString(status, &meeting.status))
        r.fail(QStringLiteral("status"),
               Text::tr("unknown meeting status '%1' (expected planned, held, cancelled or failed)")
                   .arg(status));
    meeting.place = r.value(QStringLiteral("place"));
    meeting.kind = r.value(QStringLiteral("kind"));
    meeting.issues = r.ids(QStringLiteral("issues"));
    meeting.extra = CsvExport::extraFromText(r.value(QStringLiteral("extra")));
    if (!r.ok)
        return;
    Article& article = articleFor(r, path);
    if (const int line = article.meetingRows.value(meeting.id); line > 0) {
        r.fail(QStringLiteral("id"),
               Text::tr("meeting '%1' is already defined on line %2").arg(meeting.id).arg(line));
        return;
    }
    article.meetingRows.insert(meeting.id, r.row.line);
    article.values.meetings.append(std::move(meeting));
}

Issue& Importer::issueIn(Article& article, const QString& id)
{
    auto found = article.issueIndex.constFind(id);
    if (found == article.issueIndex.cend()) {
        found = article.issueIndex.insert(id, int(article.values.issues.size()));
        Issue issue;
        issue.id = id;
        issue.title = m_issueTitles.value(id, id);
        article.values.issues.append(issue);
    }
    return article.values.issues[*found];
}

void Importer::readIssue(RowReader& r, const QString& path)
{
    const QString id = r.id(QStringLiteral("id"));
    const QString title = r.value(QStringLiteral("title"));
    if (title.isEmpty())
        r.fail(QStringLiteral("title"), Text::tr("the issue has no title"));
    if (!r.ok)
        return;
    m_issueTitles.insert(id, title);
    Issue& issue = issueIn(articleFor(r, path), id);
    issue.title = title;
    issue.extra = CsvExport::extraFromText(r.value(QStringLiteral("extra")));
}

void Importer::readStatus(RowReader& r, const QString& path)
{
    const QString id = r.id(QStringLiteral("issue"));
    StatusChange change;
    change.date = r.date(QStringLiteral("date"), true);
    const QString status = r.value(QStringLiteral("status"));
    if (!fromString(status, &change.status))
        r.fail(QStringLiteral("status"),
               Text::tr(
                   "unknown issue status '%1' (expected open, in-dialogue, stalled, escalating or resolved)")
                   .arg(status));
    change.evidence = r.value(QStringLiteral("evidence"));
    if (!change.evidence.isEmpty() && !isValidId(change.evidence))
        r.fail(QStringLiteral("evidence"), Text::tr("bad anchor '%1'").arg(change.evidence));
    change.note = r.value(QStringLiteral("note"));
    change.extra = CsvExport::extraFromText(r.value(QStringLiteral("extra")));
    if (!r.ok)
        return;
    Issue& issue = issueIn(articleFor(r, path), id);
    issue.history.append(change);
}

Result Importer::finish()
{
    Result result;
    result.problems = m_problems;
    result.rows = m_rows;
    result.imported = m_imported;
    for (const QString& name : std::as_const(m_order)) {
        Document& doc = m_articles[name].values;
        for (Issue& issue : doc.issues) {
            if (issue.title == issue.id) // status rows read before the issues table
                issue.title = m_issueTitles.value(issue.id, issue.id);
            std::stable_sort(
                issue.history.begin(), issue.history.end(),
                [](const StatusChange& a, const StatusChange& b) { return a.date.first() < b.date.first(); });
        }
        doc.text.clear();
        doc.recordsStart = -1;
        const QString text = Format::write(doc);
        // What is written must read back without errors; anything else is a bug worth reporting.
        const Document check = Format::parse(text, name);
        for (const Diagnostic& d : check.diagnostics) {
            if (d.severity == Severity::Error)
                result.problems.append(d);
        }
        result.files.append({ name, text.toUtf8() });
    }
    return result;
}

} // namespace

Result import(const QStringList& csvFiles)
{
    Importer importer;
    for (const QString& path : csvFiles)
        importer.readFile(path);
    return importer.finish();
}

} // namespace Entente::Exchange::CsvImport
