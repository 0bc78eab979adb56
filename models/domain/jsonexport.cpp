#include "jsonexport.h"

#include "jsonbytes.h"
#include "sentences.h"

#include <QIODevice>
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


QJsonObject documentJson(const Document& doc, qsizetype marks)
{
    return QJsonObject { { QStringLiteral("file"), doc.fileName },
        { QStringLiteral("date"), doc.article.date.toString(Qt::ISODate) },
        { QStringLiteral("title"), doc.article.title }, { QStringLiteral("marks"), marks } };
}

QJsonObject actorJson(const Actor& actor)
{
    QJsonObject object { { QStringLiteral("id"), actor.id }, { QStringLiteral("name"), actor.name },
        { QStringLiteral("kind"), toString(actor.kind) }, { QStringLiteral("side"), actor.side },
        { QStringLiteral("role"), actor.role },
        { QStringLiteral("aliases"), QJsonArray::fromStringList(actor.aliases) },
        { QStringLiteral("origin"), origin(actor.origin) } };
    addExtra(object, actor.extra);
    return object;
}

// sentenceOf(document index, meeting id): the sentence of that document's report of the meeting.
template<typename SentenceOf>
QJsonObject meetingJson(const Corpus& corpus, const Meeting& meeting, const SentenceOf& sentenceOf)
{
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
        // As Corpus::meetingReports(), with the sentence from sentenceOf.
        for (const Corpus::Source& source : corpus.meetingSources(meeting.id)) {
            const Document& document = corpus.documents.at(source.document);
            const Meeting& report = document.meetings.at(source.row);
            sources.append(QJsonObject { { QStringLiteral("file"), report.origin.file },
                { QStringLiteral("line"), report.origin.line },
                { QStringLiteral("articleDate"), document.article.date.toString(Qt::ISODate) },
                { QStringLiteral("start"), date(report.start) }, { QStringLiteral("end"), date(report.end) },
                { QStringLiteral("place"), report.place }, { QStringLiteral("status"), toString(report.status) },
                { QStringLiteral("sentence"), sentenceOf(source.document, meeting.id) } });
        }
        object.insert(QStringLiteral("sources"), sources);
    }
    return object;
}

QJsonObject issueJson(const Issue& issue)
{
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
    return object;
}

QStringList diagnosticLines(const Corpus& corpus)
{
    QStringList lines;
    for (const Document& doc : corpus.documents) {
        for (const Diagnostic& d : doc.diagnostics)
            lines.append(d.toString());
    }
    for (const Diagnostic& d : corpus.conflicts)
        lines.append(d.toString());
    return lines;
}

// The sentence of a document's report of a meeting, from its text and marks.
QString reportSentence(const Document& document, const QString& meetingId)
{
    const QList<int> marks = document.markIndexesFor(MarkKind::Meeting, meetingId);
    return marks.isEmpty() ? QString() : sentenceAt(document, document.marks.at(marks.first()).textStart);
}

// The members of toJson()'s records, written as bytes: the same as QJsonDocument writes their
// objects (keys in QJsonObject's sorted order), at a fraction of the cost.
void writeDate(IndentedBytes& json, const FuzzyDate& date)
{
    if (!date.isValid()) {
        json.null();
        return;
    }
    json.beginObject();
    json.key("first");
    json.isoDate(date.first());
    json.key("last");
    json.isoDate(date.last());
    json.key("precision");
    json.string(toString(date.precision));
    json.key("timex");
    json.string(date.toTimex());
    json.key("value");
    json.string(date.toString());
    json.endObject();
}

void writeOrigin(IndentedBytes& json, const Origin& origin)
{
    json.beginObject();
    json.key("file");
    json.string(origin.file);
    json.key("line");
    json.number(origin.line);
    if (origin.spanStart >= 0) {
        json.key("spanEnd");
        json.number(origin.spanEnd);
        json.key("spanStart");
        json.number(origin.spanStart);
    }
    json.endObject();
}

void writeStrings(IndentedBytes& json, const QStringList& strings)
{
    json.beginArray();
    for (const QString& string : strings) {
        json.element();
        json.string(string);
    }
    json.endArray();
}

// "extra" goes between the members before and after it; its own keys are the analyst's, sorted (and
// a repeated key kept once, the last value) by a QJsonObject exactly as toJson() has them.
void writeExtra(IndentedBytes& json, const ExtraFields& extra)
{
    if (extra.isEmpty())
        return;
    QJsonObject fields;
    for (const ExtraField& field : extra)
        fields.insert(field.key, field.value);
    json.key("extra");
    json.beginObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        json.key(it.key());
        json.string(it.value().toString());
    }
    json.endObject();
}

void writeActor(IndentedBytes& json, const Actor& actor)
{
    json.beginObject();
    json.key("aliases");
    writeStrings(json, actor.aliases);
    writeExtra(json, actor.extra);
    json.key("id");
    json.string(actor.id);
    json.key("kind");
    json.string(toString(actor.kind));
    json.key("name");
    json.string(actor.name);
    json.key("origin");
    writeOrigin(json, actor.origin);
    json.key("role");
    json.string(actor.role);
    json.key("side");
    json.string(actor.side);
    json.endObject();
}

void writeDocument(IndentedBytes& json, const Document& doc, qsizetype marks)
{
    json.beginObject();
    json.key("date");
    json.isoDate(doc.article.date);
    json.key("file");
    json.string(doc.fileName);
    json.key("marks");
    json.number(marks);
    json.key("title");
    json.string(doc.article.title);
    json.endObject();
}

void writeIssue(IndentedBytes& json, const Issue& issue)
{
    json.beginObject();
    writeExtra(json, issue.extra);
    json.key("history");
    json.beginArray();
    for (const StatusChange& change : issue.history) {
        json.element();
        json.beginObject();
        json.key("date");
        writeDate(json, change.date);
        json.key("evidence");
        json.string(change.evidence);
        writeExtra(json, change.extra);
        json.key("note");
        json.string(change.note);
        json.key("origin");
        writeOrigin(json, change.origin);
        json.key("status");
        json.string(toString(change.status));
        json.endObject();
    }
    json.endArray();
    json.key("id");
    json.string(issue.id);
    json.key("origin");
    writeOrigin(json, issue.origin);
    json.key("status");
    json.string(toString(issue.currentStatus()));
    json.key("title");
    json.string(issue.title);
    json.endObject();
}

template<typename SentenceOf>
void writeMeeting(IndentedBytes& json, const Corpus& corpus, const Meeting& meeting, const SentenceOf& sentenceOf)
{
    json.beginObject();
    json.key("end");
    writeDate(json, meeting.end);
    writeExtra(json, meeting.extra);
    json.key("id");
    json.string(meeting.id);
    json.key("issues");
    writeStrings(json, meeting.issues);
    json.key("kind");
    json.string(meeting.kind);
    json.key("origin");
    writeOrigin(json, meeting.origin);
    json.key("participants");
    writeStrings(json, meeting.participants);
    json.key("place");
    json.string(meeting.place);
    // Every article that reports the meeting, with what it says (docs/format.md), as meetingJson().
    const QList<Corpus::Source> sources = corpus.meetingSources(meeting.id);
    if (sources.size() > 1) {
        json.key("sources");
        json.beginArray();
        for (const Corpus::Source& source : sources) {
            const Document& document = corpus.documents.at(source.document);
            const Meeting& report = document.meetings.at(source.row);
            json.element();
            json.beginObject();
            json.key("articleDate");
            json.isoDate(document.article.date);
            json.key("end");
            writeDate(json, report.end);
            json.key("file");
            json.string(report.origin.file);
            json.key("line");
            json.number(report.origin.line);
            json.key("place");
            json.string(report.place);
            json.key("sentence");
            json.string(sentenceOf(source.document, meeting.id));
            json.key("start");
            writeDate(json, report.start);
            json.key("status");
            json.string(toString(report.status));
            json.endObject();
        }
        json.endArray();
    }
    json.key("start");
    writeDate(json, meeting.start);
    json.key("status");
    json.string(toString(meeting.status));
    json.key("title");
    json.string(meeting.title);
    json.endObject();
}

template<typename MarkCount, typename SentenceOf>
bool writeJson(const Corpus& corpus, QIODevice* device, const MarkCount& markCount, const SentenceOf& sentenceOf)
{
    // The document toJson() gives, as QJsonDocument writes it but for "[]" for an empty list, a
    // record at a time into a buffer written out when full: neither the tree of a large corpus nor
    // its whole text is ever in memory.
    constexpr qsizetype flushAt = 256 * 1024;
    QByteArray buffer;
    buffer.reserve(flushAt + 64 * 1024);
    bool ok = true;
    const auto flush = [&] {
        ok = ok && device->write(buffer.constData(), buffer.size()) == buffer.size();
        buffer.clear();
    };
    const auto array = [&](QByteArrayView name, qsizetype count, const auto& writeAt, bool last) {
        buffer += "    \"";
        buffer += name;
        buffer += "\": [";
        for (qsizetype i = 0; i < count && ok; ++i) {
            buffer += i == 0 ? "\n" : ",\n";
            buffer += "        ";
            IndentedBytes json(buffer, 2); // a record of a list of the top-level object
            writeAt(json, i);
            if (buffer.size() >= flushAt)
                flush();
        }
        buffer += count == 0 ? "]" : "\n    ]";
        buffer += last ? "\n" : ",\n";
    };
    const QStringList diagnostics = diagnosticLines(corpus);
    buffer += "{\n";
    array("actors", corpus.actors.size(), [&](IndentedBytes& json, qsizetype i) { writeActor(json, corpus.actors.at(i)); }, false);
    array("diagnostics", diagnostics.size(), [&](IndentedBytes& json, qsizetype i) { json.string(diagnostics.at(i)); }, false);
    array("documents", corpus.documents.size(),
        [&](IndentedBytes& json, qsizetype i) { writeDocument(json, corpus.documents.at(i), markCount(i)); }, false);
    array("issues", corpus.issues.size(), [&](IndentedBytes& json, qsizetype i) { writeIssue(json, corpus.issues.at(i)); }, false);
    array("meetings", corpus.meetings.size(),
        [&](IndentedBytes& json, qsizetype i) { writeMeeting(json, corpus, corpus.meetings.at(i), sentenceOf); }, true);
    buffer += "}\n";
    flush();
    return ok;
}

} // namespace

ArticleSummary ArticleSummary::of(const Document& document)
{
    ArticleSummary summary;
    summary.marks = int(document.marks.size());
    for (const Meeting& meeting : document.meetings) {
        if (!summary.meetingSentences.contains(meeting.id)) {
            if (QString sentence = reportSentence(document, meeting.id); !sentence.isNull())
                summary.meetingSentences.insert(meeting.id, std::move(sentence));
        }
    }
    return summary;
}

QJsonObject toJson(const Corpus& corpus)
{
    QJsonArray documents, actors, meetings, issues;
    for (const Document& doc : corpus.documents)
        documents.append(documentJson(doc, doc.marks.size()));
    for (const Actor& actor : corpus.actors)
        actors.append(actorJson(actor));
    for (const Meeting& meeting : corpus.meetings)
        meetings.append(meetingJson(corpus, meeting, [&corpus](int document, const QString& id) {
            return reportSentence(corpus.documents.at(document), id);
        }));
    for (const Issue& issue : corpus.issues)
        issues.append(issueJson(issue));
    return { { QStringLiteral("documents"), documents }, { QStringLiteral("actors"), actors },
        { QStringLiteral("meetings"), meetings }, { QStringLiteral("issues"), issues },
        { QStringLiteral("diagnostics"), QJsonArray::fromStringList(diagnosticLines(corpus)) } };
}

bool write(const Corpus& corpus, QIODevice* device)
{
    return writeJson(
        corpus, device, [&corpus](qsizetype document) { return corpus.documents.at(document).marks.size(); },
        [&corpus](int document, const QString& id) { return reportSentence(corpus.documents.at(document), id); });
}

bool write(const Corpus& corpus, const QList<ArticleSummary>& summaries, QIODevice* device)
{
    Q_ASSERT(summaries.size() == corpus.documents.size());
    return writeJson(
        corpus, device, [&summaries](qsizetype document) { return qsizetype(summaries.at(document).marks); },
        [&summaries](int document, const QString& id) { return summaries.at(document).meetingSentences.value(id); });
}

} // namespace Entente::Json
