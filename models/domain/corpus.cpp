#include "corpus.h"

#include <QCoreApplication>
#include <QHash>

namespace Entente {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Corpus)
};

QString place(const Origin& origin)
{
    return QStringLiteral("%1:%2").arg(origin.file).arg(origin.line);
}

// Adds records by id; the first definition wins and differing ones are reported.
template<typename Record, typename Same, typename Join>
void mergeRecords(QList<Record>& into, QHash<QString, int>& index, const QList<Record>& records,
    QList<Diagnostic>& conflicts, const QString& what, Same same, Join join)
{
    for (const Record& record : records) {
        const auto found = index.constFind(record.id);
        if (found == index.cend()) {
            index.insert(record.id, int(into.size()));
            into.append(record);
            continue;
        }
        Record& kept = into[*found];
        if (!same(kept, record)) {
            conflicts.append({ record.origin.file, record.origin.line, 1, Severity::Warning,
                Text::tr("%1 '%2' is defined differently in %3; keeping that definition")
                    .arg(what, record.id, place(kept.origin)) });
        }
        join(kept, record);
    }
}

} // namespace

Corpus Corpus::merge(QList<Document> documents)
{
    Corpus corpus;
    corpus.documents = std::move(documents);
    QHash<QString, int>& actors = corpus.actorRows;
    QHash<QString, int>& meetings = corpus.meetingRows;
    QHash<QString, int>& issues = corpus.issueRows;
    for (const Document& doc : std::as_const(corpus.documents)) {
        mergeRecords(
            corpus.actors, actors, doc.actors, corpus.conflicts, Text::tr("actor"),
            [](const Actor& a, const Actor& b) {
                return a.name == b.name && a.kind == b.kind && a.side == b.side && (a.role == b.role || b.role.isEmpty());
            },
            [](Actor& kept, const Actor& other) {
                for (const QString& alias : other.aliases) {
                    if (!kept.aliases.contains(alias))
                        kept.aliases.append(alias);
                }
            });
        mergeRecords(
            corpus.meetings, meetings, doc.meetings, corpus.conflicts, Text::tr("meeting"),
            [](Meeting a, Meeting b) {
                a.origin = b.origin = {};
                return a == b;
            },
            [](Meeting&, const Meeting&) {});
        mergeRecords(
            corpus.issues, issues, doc.issues, corpus.conflicts, Text::tr("issue"),
            [](const Issue& a, const Issue& b) { return a.title == b.title; },
            [](Issue& kept, const Issue& other) {
                for (const StatusChange& change : other.history) {
                    const bool known = std::any_of(kept.history.cbegin(), kept.history.cend(), [&](const StatusChange& c) {
                        return c.date == change.date && c.status == change.status;
                    });
                    if (!known)
                        kept.history.append(change);
                }
                std::stable_sort(kept.history.begin(), kept.history.end(),
                    [](const StatusChange& a, const StatusChange& b) { return a.date.first() < b.date.first(); });
            });
    }
    return corpus;
}

namespace {

template<typename Record>
int indexOfId(const QList<Record>& records, const QHash<QString, int>& rows, QStringView id)
{
    if (rows.size() == records.size()) // built by merge()
        return rows.value(id.toString(), -1);
    const auto it = std::find_if(records.cbegin(), records.cend(), [id](const Record& r) { return r.id == id; });
    return it == records.cend() ? -1 : int(std::distance(records.cbegin(), it));
}

} // namespace

int Corpus::actorIndex(QStringView id) const
{
    return indexOfId(actors, actorRows, id);
}

int Corpus::meetingIndex(QStringView id) const
{
    return indexOfId(meetings, meetingRows, id);
}

int Corpus::issueIndex(QStringView id) const
{
    return indexOfId(issues, issueRows, id);
}

int Corpus::documentIndex(const QString& fileName) const
{
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (documents.at(i).fileName == fileName)
            return int(i);
    }
    return -1;
}

QString Corpus::actorName(QStringView id) const
{
    const int index = actorIndex(id);
    return index < 0 ? id.toString() : actors.at(index).name;
}

} // namespace Entente
