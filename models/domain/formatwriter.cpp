// Writing Entente records in canonical form (the form parse() reads back unchanged).
#include "format.h"

namespace Entente::Format {

namespace {

QString escaped(QString value)
{
    if (value.contains(u'\\') || value.contains(u';'))
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u';', QStringLiteral("\\;"));
    return value;
}

class RecordLine
{
public:
    RecordLine(QStringView type, QStringView id)
        : m_line(id.isEmpty() ? QString(type + u':') : QString(type + u' ' + id + u':'))
    {
    }
    RecordLine& field(const QString& value)
    {
        m_line += QStringView(m_fields++ ? u"; " : u" ") + escaped(value);
        return *this;
    }
    RecordLine& key(QStringView key, const QString& value)
    {
        if (!value.isEmpty())
            field(key + u'=' + value);
        return *this;
    }
    RecordLine& extra(const ExtraFields& fields)
    {
        for (const ExtraField& f : fields) // even when empty: the reader keeps "key=" too
            field(f.key + u'=' + f.value);
        return *this;
    }
    QString text() const { return m_line; }

private:
    QString m_line;
    int m_fields = 0;
};

QString dateRange(const FuzzyDate& start, const FuzzyDate& end)
{
    if (end == start || !end.isValid())
        return start.toString();
    return start.toString() + u".." + end.toString();
}

} // namespace

QString formatArticle(const ArticleInfo& info)
{
    return RecordLine(u"article", {})
        .key(u"date", info.date.toString(Qt::ISODate))
        .key(u"title", info.title)
        .extra(info.extra)
        .text();
}

QString formatActor(const Actor& actor)
{
    RecordLine line(u"actor", actor.id);
    line.field(actor.name).field(toString(actor.kind));
    if (!actor.side.isEmpty())
        line.field(actor.side);
    return line.key(u"role", actor.role).key(u"aliases", actor.aliases.join(u", ")).extra(actor.extra).text();
}

QString formatMeeting(const Meeting& meeting)
{
    return RecordLine(u"meeting", meeting.id)
        .field(meeting.participants.join(u", "))
        .field(dateRange(meeting.start, meeting.end))
        .key(u"place", meeting.place)
        .key(u"status", toString(meeting.status))
        .key(u"kind", meeting.kind)
        .key(u"issues", meeting.issues.join(u", "))
        .key(u"title", meeting.title)
        .extra(meeting.extra)
        .text();
}

QString formatIssue(const Issue& issue)
{
    return RecordLine(u"issue", issue.id).field(issue.title).extra(issue.extra).text();
}

QString formatStatus(const QString& issueId, const StatusChange& change)
{
    return RecordLine(u"status", issueId)
        .field(change.date.toString())
        .field(toString(change.status))
        .key(u"evidence", change.evidence)
        .key(u"note", change.note)
        .extra(change.extra)
        .text();
}

QString formatMark(MarkKind kind, QStringView ref, QStringView words, QStringView anchor)
{
    QString mark = u'[' + words + u"]{" + toString(kind) + u'=' + ref;
    if (!anchor.isEmpty())
        mark += u" #" + anchor;
    return mark + u'}';
}

QString write(const Document& document)
{
    QString out = document.text.first(document.articleEnd());
    const bool hasRecords = document.article != ArticleInfo {} || !document.actors.isEmpty()
        || !document.meetings.isEmpty() || !document.issues.isEmpty();
    if (!hasRecords)
        return out;
    if (!out.isEmpty()) // an empty article: the delimiter is the first line
        out += u'\n';
    out += recordsDelimiter + u'\n';
    if (document.article != ArticleInfo {})
        out += formatArticle(document.article) + u'\n';
    for (const Actor& actor : document.actors)
        out += formatActor(actor) + u'\n';
    for (const Meeting& meeting : document.meetings)
        out += formatMeeting(meeting) + u'\n';
    for (const Issue& issue : document.issues) {
        out += formatIssue(issue) + u'\n';
        for (const StatusChange& change : issue.history)
            out += formatStatus(issue.id, change) + u'\n';
    }
    return out;
}

} // namespace Entente::Format
