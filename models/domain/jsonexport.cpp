#include "jsonexport.h"

#include "sentences.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

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

// A value's JSON as a member of a top-level array: indented one level deeper than the document.
QByteArray element(const QJsonValue& value)
{
    // QJsonDocument holds arrays and objects only: the value goes in a one-element array whose
    // brackets are then cut off.
    QByteArray bytes = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Indented);
    bytes = bytes.mid(2, bytes.size() - 5); // "[\n" ... "\n]\n"
    bytes.replace("\n    ", "\n        ");
    return "    " + bytes;
}

// The sentence of a document's report of a meeting, from its text and marks.
QString reportSentence(const Document& document, const QString& meetingId)
{
    const QList<int> marks = document.markIndexesFor(MarkKind::Meeting, meetingId);
    return marks.isEmpty() ? QString() : sentenceAt(document, document.marks.at(marks.first()).textStart);
}

template<typename MarkCount, typename SentenceOf>
bool writeJson(const Corpus& corpus, QIODevice* device, const MarkCount& markCount, const SentenceOf& sentenceOf)
{
    // The document toJson() gives (members in QJsonObject's key order), written a record at a
    // time: the whole tree of a large corpus takes several times the corpus's size.
    bool ok = true;
    const auto put = [&](QByteArrayView bytes) { ok = ok && device->write(bytes.data(), bytes.size()) == bytes.size(); };
    const auto array = [&](QByteArrayView name, qsizetype count, const auto& valueAt, bool last) {
        put("    \"");
        put(name);
        put("\": [");
        for (qsizetype i = 0; i < count && ok; ++i) {
            put(i == 0 ? "\n" : ",\n");
            put(element(valueAt(i)));
        }
        put(count == 0 ? "]" : "\n    ]");
        put(last ? "\n" : ",\n");
    };
    const QStringList diagnostics = diagnosticLines(corpus);
    put("{\n");
    array("actors", corpus.actors.size(), [&](qsizetype i) { return QJsonValue(actorJson(corpus.actors.at(i))); }, false);
    array("diagnostics", diagnostics.size(), [&](qsizetype i) { return QJsonValue(diagnostics.at(i)); }, false);
    array("documents", corpus.documents.size(),
        [&](qsizetype i) { return QJsonValue(documentJson(corpus.documents.at(i), markCount(i))); }, false);
    array("issues", corpus.issues.size(), [&](qsizetype i) { return QJsonValue(issueJson(corpus.issues.at(i))); }, false);
    array("meetings", corpus.meetings.size(),
        [&](qsizetype i) { return QJsonValue(meetingJson(corpus, corpus.meetings.at(i), sentenceOf)); }, true);
    put("}\n");
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
