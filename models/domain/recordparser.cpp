#include "recordparser.h"

#include <QCoreApplication>

namespace Entente {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Format)
};

bool isKeyedField(QStringView field, qsizetype* eq)
{
    *eq = field.indexOf(u'=');
    if (*eq <= 0)
        return false;
    for (QChar c : field.first(*eq)) {
        if (!(c.isLower() || c.isDigit() || c == u'-' || c == u'_'))
            return false;
    }
    return true;
}

} // namespace

RecordParser::RecordParser(Document& document)
    : m_doc(document)
{
}

void RecordParser::parse(QStringView section, int firstLine)
{
    int lineNumber = firstLine;
    qsizetype start = section.indexOf(u'\n');
    while (start >= 0 && start < section.size()) {
        ++start;
        ++lineNumber;
        qsizetype end = section.indexOf(u'\n', start);
        if (end < 0)
            end = section.size();
        parseLine(section.sliced(start, end - start), lineNumber);
        start = end;
    }
}

void RecordParser::parseLine(QStringView line, int lineNumber)
{
    m_line = lineNumber;
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
        return;
    const qsizetype colon = line.indexOf(u':');
    if (colon < 0) {
        error(1, Text::tr("a record needs 'type id: fields', for example 'actor blinken: Antony Blinken'"));
        return;
    }
    const QStringView head = line.first(colon).trimmed();
    const qsizetype space = head.indexOf(u' ');
    const QStringView type = space < 0 ? head : head.first(space);
    const QStringView idText = space < 0 ? QStringView() : head.sliced(space + 1).trimmed();
    const QString id = idText.toString();
    const QList<Field> fields = splitFields(line.sliced(colon + 1), int(colon) + 2);

    if (type == u"article") {
        parseArticle(fields);
        return;
    }
    const bool knownType = type == u"actor" || type == u"meeting" || type == u"issue" || type == u"status";
    if (!knownType) {
        error(1, Text::tr("unknown record type '%1' (expected article, actor, meeting, issue or status)").arg(type));
        return;
    }
    if (id.isEmpty() || id.contains(u' ')) {
        error(int(type.size()) + 2, Text::tr("the %1 record needs one id before ':'").arg(type));
        return;
    }
    if (!isValidId(id)) {
        // Marks could not name it, and a mark written with it would change the article's words.
        const qsizetype idColumn = idText.data() - line.data() + 1;
        error(int(idColumn), Text::tr("bad id '%1': use letters, digits, '-', '_' or '.'").arg(id));
        return;
    }
    if (type == u"actor")
        parseActor(id, fields);
    else if (type == u"meeting")
        parseMeeting(id, fields);
    else if (type == u"issue")
        parseIssue(id, fields);
    else
        parseStatus(id, fields);
}

void RecordParser::parseArticle(const QList<Field>& fields)
{
    for (const Field& field : fields) {
        if (field.key == u"date") {
            m_doc.article.date = QDate::fromString(field.value, Qt::ISODate);
            if (!m_doc.article.date.isValid())
                error(field.column, Text::tr("'%1' is not a date (use YYYY-MM-DD)").arg(field.value));
        } else if (field.key == u"title") {
            m_doc.article.title = field.value;
        } else if (!field.key.isEmpty()) {
            m_doc.article.extra.append({ field.key, field.value });
        } else {
            error(field.column, Text::tr("article fields are key=value, for example date=2023-07-12"));
        }
    }
}

void RecordParser::parseActor(const QString& id, const QList<Field>& fields)
{
    if (m_actorIds.contains(id)) {
        error(1, Text::tr("actor '%1' is defined twice").arg(id));
        return;
    }
    Actor actor;
    actor.id = id;
    actor.origin = { m_doc.fileName, m_line, -1, -1 };
    int position = 0;
    for (const Field& field : fields) {
        if (field.key.isEmpty()) {
            if (position == 0) {
                actor.name = field.value;
            } else if (position == 1) {
                if (!field.value.isEmpty() && !fromString(field.value, &actor.kind)) // empty: not given
                    error(field.column, Text::tr("unknown actor kind '%1' (expected person, organisation or state)").arg(field.value));
            } else if (position == 2) {
                actor.side = field.value;
            } else {
                error(field.column, Text::tr("too many fields: an actor has name; kind; side, then key=value fields"));
            }
            ++position;
        } else if (field.key == u"role") {
            actor.role = field.value;
        } else if (field.key == u"aliases") {
            actor.aliases = splitList(field.value);
        } else {
            actor.extra.append({ field.key, field.value });
        }
    }
    if (actor.name.isEmpty()) {
        error(1, Text::tr("actor '%1' has no name").arg(id));
        actor.name = id;
    }
    m_actorIds.insert(id);
    m_doc.actors.append(std::move(actor));
}

void RecordParser::parseMeeting(const QString& id, const QList<Field>& fields)
{
    if (m_meetingIds.contains(id)) {
        error(1, Text::tr("meeting '%1' is defined twice").arg(id));
        return;
    }
    Meeting meeting;
    meeting.id = id;
    meeting.origin = { m_doc.fileName, m_line, -1, -1 };
    QList<Reference> references;
    int position = 0;
    bool ok = true;
    for (const Field& field : fields) {
        if (field.key.isEmpty()) {
            if (position == 0) {
                meeting.participants = idList(field, MarkKind::Actor, references);
            } else if (position == 1) {
                std::tie(meeting.start, meeting.end) = parseDateRange(field.value);
                if (!meeting.start.isValid()) {
                    error(field.column, Text::tr("'%1' is not a date or range (use 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or start..end)").arg(field.value));
                    ok = false;
                } else if (meeting.end.last() < meeting.start.first()) {
                    error(field.column, Text::tr("the meeting ends before it starts"));
                    ok = false;
                }
            } else {
                error(field.column, Text::tr("too many fields: a meeting has participants; date, then key=value fields"));
            }
            ++position;
        } else if (field.key == u"place") {
            meeting.place = field.value;
        } else if (field.key == u"status") {
            // A bad status is reported but keeps the meeting, so it does not vanish while being typed.
            if (!fromString(field.value, &meeting.status))
                error(field.column, Text::tr("unknown meeting status '%1' (expected planned, held, cancelled or failed)").arg(field.value));
        } else if (field.key == u"kind") {
            meeting.kind = field.value;
        } else if (field.key == u"issues") {
            meeting.issues = idList(field, MarkKind::Issue, references);
        } else if (field.key == u"title") {
            meeting.title = field.value;
        } else {
            meeting.extra.append({ field.key, field.value });
        }
    }
    if (meeting.participants.isEmpty()) {
        error(1, Text::tr("meeting '%1' has no participants").arg(id));
        ok = false;
    }
    if (position < 2 && ok) {
        error(1, Text::tr("meeting '%1' has no date").arg(id));
        ok = false;
    }
    m_meetingIds.insert(id); // even when invalid, so that a second definition is still reported
    if (ok) {
        m_doc.meetings.append(std::move(meeting));
        m_references.append(references);
    }
}

QStringList RecordParser::idList(const Field& field, MarkKind kind, QList<Reference>& references)
{
    QStringList ids;
    const QStringView value(field.value);
    const int valueColumn = field.column + (field.key.isEmpty() ? 0 : int(field.key.size()) + 1);
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype end = value.indexOf(u',', start);
        if (end < 0)
            end = value.size();
        const QStringView raw = value.sliced(start, end - start);
        const QStringView item = raw.trimmed();
        if (!item.isEmpty()) {
            const int column = valueColumn + int(start + (item.data() - raw.data()));
            if (isValidId(item)) {
                ids.append(item.toString());
                references.append({ kind, ids.constLast(), m_line, column, false });
            } else {
                error(column, Text::tr("bad id '%1': use letters, digits, '-', '_' or '.'").arg(item));
            }
        }
        start = end + 1;
    }
    return ids;
}

void RecordParser::parseIssue(const QString& id, const QList<Field>& fields)
{
    if (m_issueIndexes.contains(id)) {
        error(1, Text::tr("issue '%1' is defined twice").arg(id));
        return;
    }
    Issue issue;
    issue.id = id;
    issue.origin = { m_doc.fileName, m_line, -1, -1 };
    for (const Field& field : fields) {
        if (field.key.isEmpty() && issue.title.isEmpty())
            issue.title = field.value;
        else if (field.key.isEmpty())
            error(field.column, Text::tr("too many fields: an issue has a title, then key=value fields"));
        else
            issue.extra.append({ field.key, field.value });
    }
    if (issue.title.isEmpty())
        issue.title = id;
    m_issueIndexes.insert(id, int(m_doc.issues.size()));
    m_doc.issues.append(std::move(issue));
}

void RecordParser::parseStatus(const QString& id, const QList<Field>& fields)
{
    const int issueIndex = m_issueIndexes.value(id, -1);
    if (issueIndex < 0) {
        error(1, Text::tr("status of an unknown issue '%1' (define 'issue %1: title' before it)").arg(id));
        return;
    }
    StatusChange change;
    change.origin = { m_doc.fileName, m_line, -1, -1 };
    int position = 0;
    for (const Field& field : fields) {
        if (field.key.isEmpty()) {
            if (position == 0) {
                change.date = FuzzyDate::parse(field.value);
                if (!change.date.isValid()) {
                    error(field.column, Text::tr("'%1' is not a date (use 2023-07-13, 2023-W28, 2023-07, 2023-Q3, 2023-SU, 2023 or ~2023-07-13)").arg(field.value));
                    return;
                }
            } else if (position == 1) {
                if (!fromString(field.value, &change.status)) {
                    error(field.column, Text::tr("unknown issue status '%1' (expected open, in-dialogue, stalled, escalating or resolved)").arg(field.value));
                    return;
                }
            } else {
                error(field.column, Text::tr("too many fields: a status has date; status, then key=value fields"));
            }
            ++position;
        } else if (field.key == u"evidence") {
            change.evidence = field.value;
        } else if (field.key == u"note") {
            change.note = field.value;
        } else {
            change.extra.append({ field.key, field.value });
        }
    }
    if (position < 2) {
        error(1, Text::tr("a status needs a date and a status, for example 'status hacking: 2023-07-11; escalating'"));
        return;
    }
    QList<StatusChange>& history = m_doc.issues[issueIndex].history;
    const auto at = std::upper_bound(history.begin(), history.end(), change.date.first(),
        [](const QDate& date, const StatusChange& other) { return date < other.date.first(); });
    history.insert(at, std::move(change));
}

void RecordParser::error(int column, const QString& message, Severity severity)
{
    m_doc.diagnostics.append({ m_doc.fileName, m_line, column, severity, message });
}

std::pair<FuzzyDate, FuzzyDate> RecordParser::parseDateRange(QStringView text)
{
    const qsizetype dots = text.indexOf(u"..");
    if (dots < 0) {
        const FuzzyDate date = FuzzyDate::parse(text);
        return { date, date };
    }
    const FuzzyDate start = FuzzyDate::parse(text.first(dots));
    const FuzzyDate end = FuzzyDate::parse(text.sliced(dots + 2));
    if (!start.isValid() || !end.isValid())
        return {};
    return { start, end };
}

QStringList RecordParser::splitList(QStringView text)
{
    QStringList items;
    for (QStringView item : text.tokenize(u',')) {
        item = item.trimmed();
        if (!item.isEmpty())
            items.append(item.toString());
    }
    return items;
}

QList<RecordParser::Field> RecordParser::splitFields(QStringView text, int firstColumn)
{
    QList<Field> fields;
    QString current;
    int fieldStart = 0;
    const auto finish = [&] {
        QStringView raw(current);
        qsizetype leading = 0;
        while (leading < raw.size() && raw[leading].isSpace())
            ++leading;
        raw = raw.trimmed();
        Field field;
        field.column = firstColumn + fieldStart + int(leading);
        qsizetype eq = -1;
        if (isKeyedField(raw, &eq)) {
            field.key = raw.first(eq).toString();
            field.value = raw.sliced(eq + 1).trimmed().toString();
        } else {
            field.value = raw.toString();
        }
        fields.append(std::move(field));
        current.clear();
    };
    // Copies runs between separators and escapes in one go rather than character by character.
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'\\' && c != u';')
            continue;
        if (c == u'\\' && i + 1 < text.size() && (text[i + 1] == u';' || text[i + 1] == u'\\')) {
            current.append(text.sliced(run, i - run)).append(text[i + 1]);
            run = ++i + 1;
        } else if (c == u';') {
            current.append(text.sliced(run, i - run));
            finish();
            fieldStart = int(i) + 1;
            run = i + 1;
        }
    }
    current.append(text.sliced(run));
    finish();
    // An empty field keeps the place of a positional field ("a; ; c": c is the third), so only the
    // empty fields after the last positional one are dropped ("a; key=b;").
    const auto isEmpty = [](const Field& f) { return f.key.isEmpty() && f.value.isEmpty(); };
    const auto lastPositional = std::find_if(fields.crbegin(), fields.crend(), [&](const Field& f) {
        return f.key.isEmpty() && !f.value.isEmpty();
    });
    const qsizetype keepUpTo = fields.crend() - lastPositional; // fields before this index may stay empty
    for (qsizetype i = fields.size() - 1; i >= keepUpTo; --i) {
        if (isEmpty(fields.at(i)))
            fields.removeAt(i);
    }
    return fields;
}

} // namespace Entente
