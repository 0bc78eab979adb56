// Each article's change is a chain of DocumentEdits results, each computed from the text the previous
// one left (parsed again in between), so that every rule of one-article editing (canonical record
// lines, evidence, refusals) holds across the corpus too. Any refusal refuses the whole change.
#include "corpusedits.h"
#include "format.h"
#include "lineindex.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Entente::CorpusEdits {

using DocumentEdits::EditResult;
using DocumentEdits::TextEdit;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CorpusEdits)
};

Plan refused(const QString& message)
{
    Plan plan;
    plan.error = message;
    return plan;
}

QString noSuchRecord(MarkKind kind, const QString& id)
{
    return Text::tr("there is no %1 '%2'").arg(toString(kind), id);
}

// One article's change, step by step.
class Steps
{
public:
    explicit Steps(const Document& doc)
        : m_original(doc)
    {
    }
    // The document as the steps so far left it, parsed when a further step asks for it.
    const Document& current()
    {
        if (m_steps.isEmpty())
            return m_original;
        if (m_stale)
            m_parsed = Format::parse(m_text, m_original.fileName);
        m_stale = false;
        return m_parsed;
    }
    // After a refusal nothing more is added.
    bool add(const EditResult& result)
    {
        if (!m_error.isEmpty())
            return false;
        if (!result.ok()) {
            m_error = result.error;
            return false;
        }
        if (result.edits.isEmpty())
            return true;
        m_text = DocumentEdits::apply(m_steps.isEmpty() ? m_original.text : m_text, result.edits);
        m_steps.append(result.edits);
        m_stale = true;
        return true;
    }
    // Adds the change to plan when the text changed; false (plan refused) after a refusal.
    bool finish(Plan* plan, int document, int marks) const
    {
        if (!m_error.isEmpty()) {
            *plan = refused(Text::tr("%1: %2").arg(QFileInfo(m_original.fileName).fileName(), m_error));
            return false;
        }
        if (!m_steps.isEmpty() && m_text != m_original.text)
            plan->changes.append({ document, m_steps, m_original.text, m_text, marks });
        return true;
    }

private:
    const Document& m_original;
    QString m_text; // after the steps so far
    Document m_parsed;
    bool m_stale = false;
    QList<QList<TextEdit>> m_steps;
    QString m_error;
};

qsizetype errorCount(const Document& doc)
{
    return std::count_if(doc.diagnostics.cbegin(), doc.diagnostics.cend(),
                         [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

// The marks naming `from` name `to` instead (or are unwrapped, keeping their words, when `to` is
// empty), and the meetings listing it list `to` (or no longer list it). For articles that name an id
// they do not define; checked like every DocumentEdits result.
EditResult retarget(const Document& doc, MarkKind kind, const QString& from, const QString& to)
{
    QList<TextEdit> edits;
    for (const int index : doc.markIndexesFor(kind, from)) {
        const Mark& mark = doc.marks.at(index);
        if (to.isEmpty()) {
            edits.append({ mark.start, mark.textStart - mark.start, {} });
            edits.append({ mark.textEnd, mark.end - mark.textEnd, {} });
        } else {
            const QString suffix = Format::formatMark(kind, to, {}, mark.anchor).sliced(1); // "]{kind=to}"
            edits.append({ mark.textEnd, mark.end - mark.textEnd, suffix });
        }
    }
    if (kind != MarkKind::Meeting) {
        LineIndex lines(doc.text);
        for (Meeting meeting : doc.meetings) {
            QStringList& list = kind == MarkKind::Actor ? meeting.participants : meeting.issues;
            if (!list.contains(from))
                continue;
            if (to.isEmpty())
                list.removeAll(from);
            else
                std::replace(list.begin(), list.end(), from, to);
            list.removeDuplicates();
            const qsizetype start = lines.lineStart(meeting.origin.line);
            const qsizetype lineBreak = doc.text.indexOf(u'\n', start);
            const qsizetype end = lineBreak < 0 ? doc.text.size() : lineBreak;
            edits.append({ int(start), int(end - start), Format::formatMeeting(meeting) });
        }
    }
    std::sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.start < b.start; });
    const Document after = Format::parse(DocumentEdits::apply(doc.text, edits), doc.fileName);
    if (after.plainText() != doc.plainText() || errorCount(after) > errorCount(doc))
        return { {}, Text::tr("this change would alter the article's words or break the file") };
    return { edits, {} };
}

// Runs change on every document that uses an id, or records why it was left alone.
template<typename Change>
Plan forEachDocument(const Corpus& corpus, const QList<int>& documents, const SkipReason& skip, Change change)
{
    Plan plan;
    for (const int document : documents) {
        if (const QString reason = skip ? skip(document) : QString(); !reason.isEmpty()) {
            plan.skipped.append({ document, reason });
            continue;
        }
        const Document& doc = corpus.documents.at(document);
        Steps steps(doc);
        const int marks = change(doc, steps);
        if (!steps.finish(&plan, document, marks))
            return plan;
    }
    return plan;
}

QList<int> sortedUnique(QList<int> documents)
{
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    return documents;
}

QList<Corpus::Source> sourcesOf(const Corpus& corpus, MarkKind kind, const QString& id)
{
    switch (kind) {
    case MarkKind::Actor:
        return corpus.actorSources(id);
    case MarkKind::Meeting:
        return corpus.meetingSources(id);
    case MarkKind::Issue:
        return corpus.issueSources(id);
    case MarkKind::Date:
        break;
    }
    return {};
}

// The names from's definitions give (in source order, each once), to become aliases of into. Once:
// every article defining into goes through them, and k articles defining from repeat its name k times.
QStringList namesOf(const Corpus& corpus, const QString& from)
{
    QStringList names;
    QSet<QString> seen;
    const auto add = [&](const QString& name) {
        if (!seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    };
    for (const Corpus::Source& source : corpus.actorSources(from)) {
        const Actor& actor = corpus.documents.at(source.document).actors.at(source.row);
        add(actor.name);
        for (const QString& alias : actor.aliases)
            add(alias);
    }
    return names;
}

// The article's own definition of into (else the corpus's) with the added names as aliases. Every
// article defining into gets the same names in the same order, so their definitions stay equal.
Actor mergedActor(const Corpus& corpus, const Document& doc, const QString& into, const QStringList& names)
{
    const int own = doc.actorIndex(into);
    Actor merged = own >= 0 ? doc.actors.at(own) : corpus.actors.at(corpus.actorIndex(into));
    // Aliases are a comma-separated list, so a name with a comma cannot be one. A set, as an actor
    // may have tens of thousands of aliases.
    QSet<QString> known(merged.aliases.cbegin(), merged.aliases.cend());
    known.insert(merged.name);
    for (const QString& name : names) {
        if (!name.isEmpty() && !name.contains(u',') && !known.contains(name)) {
            known.insert(name);
            merged.aliases.append(name);
        }
    }
    return merged;
}

Plan mergeActors(const Corpus& corpus, const QString& from, const QString& into, const SkipReason& skip)
{
    QList<int> documents = documentsUsing(corpus, MarkKind::Actor, from);
    for (const Corpus::Source& source : corpus.actorSources(into))
        documents.append(source.document);
    const QStringList names = namesOf(corpus, from);
    return forEachDocument(corpus, sortedUnique(documents), skip, [&](const Document& doc, Steps& steps) {
        const bool definesFrom = doc.actorIndex(from) >= 0;
        if (definesFrom || doc.actorIndex(into) >= 0) {
            const Actor merged = mergedActor(corpus, doc, into, names);
            steps.add(DocumentEdits::setRecord(doc, Format::formatActor(merged)));
        }
        if (definesFrom)
            steps.add(DocumentEdits::mergeActors(steps.current(), from, into));
        else
            steps.add(retarget(steps.current(), MarkKind::Actor, from, into));
        return int(doc.markIndexesFor(MarkKind::Actor, from).size());
    });
}

Plan mergeMeetings(const Corpus& corpus, const QString& from, const QString& into, const SkipReason& skip)
{
    const QList<int> documents = documentsUsing(corpus, MarkKind::Meeting, from);
    return forEachDocument(corpus, documents, skip, [&](const Document& doc, Steps& steps) {
        if (const int gone = doc.meetingIndex(from); gone >= 0) {
            // The article's own report of into, else its report of from under into's id: articles may
            // report one meeting differently (their sources are listed, not overwritten).
            const int own = doc.meetingIndex(into);
            Meeting merged = doc.meetings.at(own >= 0 ? own : gone);
            merged.id = into;
            merged.participants += doc.meetings.at(gone).participants;
            merged.participants.removeDuplicates();
            merged.issues += doc.meetings.at(gone).issues;
            merged.issues.removeDuplicates();
            steps.add(DocumentEdits::setRecord(doc, Format::formatMeeting(merged)));
            steps.add(DocumentEdits::removeRecord(steps.current(), MarkKind::Meeting, from, false));
        }
        steps.add(retarget(steps.current(), MarkKind::Meeting, from, into));
        return int(doc.markIndexesFor(MarkKind::Meeting, from).size());
    });
}

} // namespace

int Plan::marks() const
{
    int total = 0;
    for (const ArticleChange& change : changes)
        total += change.marks;
    return total;
}

QList<int> documentsUsing(const Corpus& corpus, MarkKind kind, const QString& id)
{
    QList<int> documents = corpus.namingDocuments(kind, id);
    for (const Corpus::Source& source : sourcesOf(corpus, kind, id))
        documents.append(source.document);
    return sortedUnique(documents);
}

Plan renameId(const Corpus& corpus, MarkKind kind, const QString& from, const QString& to, const SkipReason& skip)
{
    if (kind == MarkKind::Date)
        return refused(Text::tr("dates have no ids"));
    if (!isValidId(to))
        return refused(Text::tr("bad id '%1': use letters, digits, '-', '_' or '.'").arg(to));
    if (from == to)
        return {};
    if (!documentsUsing(corpus, kind, to).isEmpty())
        return refused(Text::tr("the %1 id '%2' is already used").arg(toString(kind), to));
    const QList<int> documents = documentsUsing(corpus, kind, from);
    if (documents.isEmpty())
        return refused(noSuchRecord(kind, from));
    return forEachDocument(corpus, documents, skip, [&](const Document& doc, Steps& steps) {
        steps.add(DocumentEdits::renameId(doc, kind, from, to));
        return int(doc.markIndexesFor(kind, from).size());
    });
}

Plan merge(const Corpus& corpus, MarkKind kind, const QString& from, const QString& into, const SkipReason& skip)
{
    if (kind != MarkKind::Actor && kind != MarkKind::Meeting)
        return refused(Text::tr("only actors and meetings can be merged"));
    if (from == into)
        return refused(Text::tr("a record cannot be merged into itself"));
    if (!corpus.defines(kind, into))
        return refused(noSuchRecord(kind, into));
    if (documentsUsing(corpus, kind, from).isEmpty())
        return refused(noSuchRecord(kind, from));
    return kind == MarkKind::Actor ? mergeActors(corpus, from, into, skip) : mergeMeetings(corpus, from, into, skip);
}

Plan removeRecord(const Corpus& corpus, MarkKind kind, const QString& id, const SkipReason& skip)
{
    if (kind == MarkKind::Date)
        return refused(Text::tr("dates have no records"));
    const QList<int> documents = documentsUsing(corpus, kind, id);
    if (documents.isEmpty())
        return refused(noSuchRecord(kind, id));
    return forEachDocument(corpus, documents, skip, [&](const Document& doc, Steps& steps) {
        const int marks = int(doc.markIndexesFor(kind, id).size());
        const int record = kind == MarkKind::Actor ? doc.actorIndex(id)
            : kind == MarkKind::Meeting            ? doc.meetingIndex(id)
                                                   : doc.issueIndex(id);
        const bool defines = record >= 0;
        // DocumentEdits::removeRecord needs a record or a mark; a meeting list alone is retargeted.
        if (defines || marks > 0)
            steps.add(DocumentEdits::removeRecord(doc, kind, id, true));
        else
            steps.add(retarget(doc, kind, id, {}));
        return marks;
    });
}

} // namespace Entente::CorpusEdits
