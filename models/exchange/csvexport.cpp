#include "csvexport.h"

#include "csvcodec.h"
#include "recordparser.h"
#include "sources.h"
#include "textescape.h"

namespace Entente::Exchange::CsvExport {

namespace {

QString escaped(QString value)
{
    return value.replace(u'\\', QStringLiteral("\\\\")).replace(u';', QStringLiteral("\\;"));
}

QString day(const QDate& date)
{
    return Escape::isoDay(date);
}

QString lastDay(const Meeting& meeting)
{
    return day(meeting.end.isValid() ? meeting.end.last() : meeting.start.last());
}

QString endText(const Meeting& meeting)
{
    return meeting.end.isValid() && meeting.end != meeting.start ? meeting.end.toString() : QString();
}

} // namespace

QList<Table> tables()
{
    return { Table::Actors, Table::Meetings, Table::Participants, Table::Issues, Table::Statuses };
}

QString tableName(Table table)
{
    switch (table) {
    case Table::Actors:
        return QStringLiteral("actors");
    case Table::Meetings:
        return QStringLiteral("meetings");
    case Table::Participants:
        return QStringLiteral("participants");
    case Table::Issues:
        return QStringLiteral("issues");
    case Table::Statuses:
        return QStringLiteral("statuses");
    }
    return {};
}

std::optional<Table> tableFromName(const QString& name)
{
    for (Table table : tables()) {
        if (tableName(table) == name)
            return table;
    }
    return std::nullopt;
}

QStringList header(Table table)
{
    switch (table) {
    case Table::Actors:
        return { QStringLiteral("id"),    QStringLiteral("name"),    QStringLiteral("kind"),
                 QStringLiteral("side"),  QStringLiteral("role"),    QStringLiteral("aliases"),
                 QStringLiteral("extra"), QStringLiteral("article"), QStringLiteral("line") };
    case Table::Meetings:
        return { QStringLiteral("id"),       QStringLiteral("title"),   QStringLiteral("participants"),
                 QStringLiteral("start"),    QStringLiteral("end"),     QStringLiteral("first_day"),
                 QStringLiteral("last_day"), QStringLiteral("place"),   QStringLiteral("status"),
                 QStringLiteral("kind"),     QStringLiteral("issues"),  QStringLiteral("source"),
                 QStringLiteral("extra"),    QStringLiteral("article"), QStringLiteral("line") };
    case Table::Participants:
        return { QStringLiteral("meeting"), QStringLiteral("actor"), QStringLiteral("name"),
                 QStringLiteral("kind"),    QStringLiteral("side"),  QStringLiteral("article"),
                 QStringLiteral("line") };
    case Table::Issues:
        return { QStringLiteral("id"),    QStringLiteral("title"),   QStringLiteral("status"),
                 QStringLiteral("extra"), QStringLiteral("article"), QStringLiteral("line") };
    case Table::Statuses:
        return { QStringLiteral("issue"),    QStringLiteral("date"),   QStringLiteral("first_day"),
                 QStringLiteral("last_day"), QStringLiteral("status"), QStringLiteral("evidence"),
                 QStringLiteral("note"),     QStringLiteral("source"), QStringLiteral("extra"),
                 QStringLiteral("article"),  QStringLiteral("line") };
    }
    return {};
}

QString extraText(const ExtraFields& extra)
{
    QStringList fields;
    for (const ExtraField& field : extra)
        fields.append(field.key + u'=' + escaped(field.value));
    return fields.join(QStringLiteral("; "));
}

ExtraFields extraFromText(const QString& text)
{
    ExtraFields extra;
    for (const RecordParser::Field& field : RecordParser::splitFields(text, 1)) {
        if (!field.key.isEmpty())
            extra.append({ field.key, field.value });
    }
    return extra;
}

QByteArray write(const Corpus& corpus, const Selection& selection, Table table)
{
    return write(corpus, selection, table, Sources(corpus));
}

QByteArray write(const Corpus& corpus, const Selection& selection, Table table, const Sources& sources)
{
    Csv::Writer out;
    out.row(header(table));
    const auto origin = [&sources](const Origin& o) {
        return QStringList { sources.articleName(o.file), QString::number(o.line) };
    };
    const auto sentence = [](const QList<SourceSentence>& list) {
        QStringList sentences;
        for (const SourceSentence& s : list) {
            if (!s.sentence.isEmpty())
                sentences.append(s.sentence);
        }
        return sentences.join(u'\n');
    };
    switch (table) {
    case Table::Actors:
        for (int index : selection.actors) {
            const Actor& a = corpus.actors.at(index);
            out.row(QStringList { a.id, a.name, toString(a.kind), a.side, a.role,
                                  a.aliases.join(QStringLiteral(", ")), extraText(a.extra) }
                    + origin(a.origin));
        }
        break;
    case Table::Meetings:
        for (int index : selection.meetings) {
            const Meeting& m = corpus.meetings.at(index);
            out.row(QStringList { m.id, m.title, m.participants.join(QStringLiteral(", ")),
                                  m.start.toString(), endText(m), day(m.start.first()), lastDay(m), m.place,
                                  toString(m.status), m.kind, m.issues.join(QStringLiteral(", ")),
                                  sentence(sources.meetingSources(m)), extraText(m.extra) }
                    + origin(m.origin));
        }
        break;
    case Table::Participants:
        for (int index : selection.meetings) {
            const Meeting& m = corpus.meetings.at(index);
            for (const QString& id : m.participants) {
                const int actor = corpus.actorIndex(id);
                const Actor* a = actor < 0 ? nullptr : &corpus.actors.at(actor);
                out.row(QStringList { m.id, id, a ? a->name : QString(), a ? toString(a->kind) : QString(),
                                      a ? a->side : QString() }
                        + origin(m.origin));
            }
        }
        break;
    case Table::Issues:
        for (int index : selection.issues) {
            const Issue& i = corpus.issues.at(index);
            out.row(QStringList { i.id, i.title, toString(i.currentStatus()), extraText(i.extra) }
                    + origin(i.origin));
        }
        break;
    case Table::Statuses:
        for (const StatusRef& ref : selection.statuses) {
            const Issue& issue = corpus.issues.at(ref.issue);
            const StatusChange& c = issue.history.at(ref.change);
            out.row(QStringList { issue.id, c.date.toString(), day(c.date.first()), day(c.date.last()),
                                  toString(c.status), c.evidence, c.note, sentence(sources.statusSources(c)),
                                  extraText(c.extra) }
                    + origin(c.origin));
        }
        break;
    }
    return out.data();
}

} // namespace Entente::Exchange::CsvExport
