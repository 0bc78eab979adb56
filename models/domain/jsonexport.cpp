#include "jsonexport.h"

#include <QJsonArray>

namespace Entente::Json {

namespace {

QJsonValue date(const FuzzyDate& date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("value"), date.toString() },
        { QStringLiteral("precision"), toString(date.precision) },
        { QStringLiteral("timex"), date.toTimex() }, // the TIMEX3 value, for temporal corpora
        { QStringLiteral("first"), date.first().toString(Qt::ISODate) },
        { QStringLiteral("last"), date.last().toString(Qt::ISODate) } };
}

QJsonObject origin(const Origin& origin)
{
    QJsonObject object { { QStringLiteral("file"), origin.file }, { QStringLiteral("line"), origin.line } };
    if (origin.spanStart >= 0) {
        object.insert(QStringLiteral("spanStart"), origin.spanStart);
        object.insert(QStringLiteral("spanEnd"), origin.spanEnd);
    }
    return object;
}

void addExtra(QJsonObject& object, const ExtraFields& extra)
{
    if (extra.isEmpty())
        return;
    QJsonObject fields;
    for (const ExtraField& field : extra)
        fields.insert(field.key, field.value);
    object.insert(QStringLiteral("extra"), fields);
}

} // namespace

QJsonObject toJson(const Corpus& corpus)
{
    QJsonArray documents, actors, meetings, issues, diagnostics;
    for (const Document& doc : corpus.documents) {
        documents.append(QJsonObject { { QStringLiteral("file"), doc.fileName },
            { QStringLiteral("date"), doc.article.date.toString(Qt::ISODate) },
            { QStringLiteral("title"), doc.article.title }, { QStringLiteral("marks"), doc.marks.size() } });
        for (const Diagnostic& d : doc.diagnostics)
            diagnostics.append(d.toString());
    }
    for (const Diagnostic& d : corpus.conflicts)
        diagnostics.append(d.toString());
    for (const Actor& actor : corpus.actors) {
        QJsonObject object { { QStringLiteral("id"), actor.id }, { QStringLiteral("name"), actor.name },
            { QStringLiteral("kind"), toString(actor.kind) }, { QStringLiteral("side"), actor.side },
            { QStringLiteral("role"), actor.role },
            { QStringLiteral("aliases"), QJsonArray::fromStringList(actor.aliases) },
            { QStringLiteral("origin"), origin(actor.origin) } };
        addExtra(object, actor.extra);
        actors.append(object);
    }
    for (const Meeting& meeting : corpus.meetings) {
        QJsonObject object { { QStringLiteral("id"), meeting.id }, { QStringLiteral("title"), meeting.title },
            { QStringLiteral("participants"), QJsonArray::fromStringList(meeting.participants) },
            { QStringLiteral("start"), date(meeting.start) }, { QStringLiteral("end"), date(meeting.end) },
            { QStringLiteral("place"), meeting.place }, { QStringLiteral("status"), toString(meeting.status) },
            { QStringLiteral("kind"), meeting.kind }, { QStringLiteral("issues"), QJsonArray::fromStringList(meeting.issues) },
            { QStringLiteral("origin"), origin(meeting.origin) } };
        addExtra(object, meeting.extra);
        // Every article that reports the meeting, with what it says (docs/format.md).
        if (corpus.meetingSources(meeting.id).size() > 1) {
            QJsonArray sources;
            for (const Corpus::MeetingReport& report : corpus.meetingReports(meeting.id)) {
                sources.append(QJsonObject { { QStringLiteral("file"), report.meeting.origin.file },
                    { QStringLiteral("line"), report.meeting.origin.line },
                    { QStringLiteral("articleDate"), report.articleDate.toString(Qt::ISODate) },
                    { QStringLiteral("start"), date(report.meeting.start) }, { QStringLiteral("end"), date(report.meeting.end) },
                    { QStringLiteral("place"), report.meeting.place },
                    { QStringLiteral("status"), toString(report.meeting.status) },
                    { QStringLiteral("sentence"), report.sentence } });
            }
            object.insert(QStringLiteral("sources"), sources);
        }
        meetings.append(object);
    }
    for (const Issue& issue : corpus.issues) {
        QJsonArray history;
        for (const StatusChange& change : issue.history) {
            QJsonObject object { { QStringLiteral("date"), date(change.date) },
                { QStringLiteral("status"), toString(change.status) }, { QStringLiteral("evidence"), change.evidence },
                { QStringLiteral("note"), change.note }, { QStringLiteral("origin"), origin(change.origin) } };
            addExtra(object, change.extra);
            history.append(object);
        }
        QJsonObject object { { QStringLiteral("id"), issue.id }, { QStringLiteral("title"), issue.title },
            { QStringLiteral("status"), toString(issue.currentStatus()) }, { QStringLiteral("history"), history },
            { QStringLiteral("origin"), origin(issue.origin) } };
        addExtra(object, issue.extra);
        issues.append(object);
    }
    return { { QStringLiteral("documents"), documents }, { QStringLiteral("actors"), actors },
        { QStringLiteral("meetings"), meetings }, { QStringLiteral("issues"), issues },
        { QStringLiteral("diagnostics"), diagnostics } };
}

} // namespace Entente::Json
