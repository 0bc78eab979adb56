// Several articles merged: one actor, meeting or issue per id across articles, conflicts reported,
// every record remembering the article it came from.
//
// The corpus is kept incrementally: each id remembers which documents define it, so replacing,
// adding or removing one document recomputes only the ids that document names. Merging n records
// costs O(n log n) whatever the number of articles.
#pragma once

#include "document.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <functional>

namespace Entente {

// What one change did to the merged records, so that models and views update only that.
struct CorpusChange
{
    struct Ids
    {
        QStringList added; // new ids, appended at the end of the record list in this order
        QStringList removed; // ids no document defines any more (their rows are gone)
        QStringList changed; // ids whose merged record differs in anything that is shown
        QStringList moved; // ids whose record differs only in where it comes from (origin)
        bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && moved.isEmpty(); }
        // Whether the records themselves (not only their origins) changed.
        bool hasContentChanges() const { return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty(); }
    };
    Ids actors;
    Ids meetings;
    Ids issues;
    QList<int> documents; // indexes of the documents replaced or added
    // Other documents whose problems changed: an id they name without defining it came or went.
    QList<int> problemDocuments;
    bool conflictsChanged = false;

    bool isEmpty() const { return actors.isEmpty() && meetings.isEmpty() && issues.isEmpty() && documents.isEmpty() && !conflictsChanged; }
    bool hasContentChanges() const
    {
        return actors.hasContentChanges() || meetings.hasContentChanges() || issues.hasContentChanges();
    }
};

struct Corpus
{
    QList<Document> documents;
    QList<Actor> actors;
    QList<Meeting> meetings;
    QList<Issue> issues;
    // Definitions that disagree across articles, in document and line order.
    QList<Diagnostic> conflicts;
    // Row of each id and of each document file: views look them up per record, never linearly.
    QHash<QString, int> actorRows;
    QHash<QString, int> meetingRows;
    QHash<QString, int> issueRows;
    QHash<QString, int> documentRows;
    // Meetings of the corpus each actor id takes part in (an actor listed twice counts once).
    QHash<QString, int> meetingCounts;

    static Corpus merge(QList<Document> documents);

    // Replaces the document at index (an edit re-parsed it) and updates the merged records.
    CorpusChange replaceDocument(int index, Document document);
    // Replaces several documents (distinct indexes) at once: each id they name is recomputed once, so
    // a change of one id in n articles costs O(n log n), not n times that.
    CorpusChange replaceDocuments(QList<std::pair<int, Document>> replaced);
    // Adds documents after the existing ones.
    CorpusChange appendDocuments(QList<Document> documents);
    // Removes the document at index; later documents move up by one.
    CorpusChange removeDocument(int index);

    int actorIndex(QStringView id) const;
    int meetingIndex(QStringView id) const;
    int issueIndex(QStringView id) const;
    int documentIndex(const QString& fileName) const;
    // Display name of an actor id, or the id itself when no actor has it.
    QString actorName(QStringView id) const;
    int meetingCount(const QString& actorId) const { return meetingCounts.value(actorId); }
    // The problems of a document in this corpus: its diagnostics, without the warnings about ids it
    // names without defining that another article of the corpus defines.
    QList<Diagnostic> problems(int document) const;
    bool defines(MarkKind kind, const QString& id) const;

    // Where a record is defined: (document index, index in that document's list), in document
    // order. The first source is the definition that is kept.
    struct Source
    {
        int document = 0;
        int row = 0;
        friend bool operator==(const Source&, const Source&) = default;
    };
    QList<Source> actorSources(const QString& id) const { return m_actorSources.value(id); }
    QList<Source> meetingSources(const QString& id) const { return m_meetingSources.value(id); }
    QList<Source> issueSources(const QString& id) const { return m_issueSources.value(id); }
    // Documents that name id (in marks or meeting lists) without defining it, in no set order.
    QList<int> namingDocuments(MarkKind kind, const QString& id) const
    {
        return m_unresolved.value({ int(kind), id });
    }

    // One article's report of a meeting: its own definition, its date, and the sentence that reports
    // it (the one holding its first meeting mark), in document order.
    struct MeetingReport
    {
        int document = 0;
        Meeting meeting;
        QDate articleDate;
        QString sentence;
    };
    QList<MeetingReport> meetingReports(const QString& id) const;

private:
    enum class Kind { Actor, Meeting, Issue };
    using Sources = QHash<QString, QList<Source>>;
    // Runs edit (which changes documents and sources and names the ids it touched), then recomputes
    // those ids and reports what changed.
    CorpusChange apply(const std::function<void(QStringList*, QStringList*, QStringList*)>& edit);
    void addSources(int document);
    void removeSources(int document);
    void recompute(Kind kind, const QStringList& ids, CorpusChange::Ids* change);
    void rebuildConflicts();
    void countMeeting(const Meeting& meeting, int delta, QHash<QString, int>* touched);

    Sources m_actorSources;
    Sources m_meetingSources;
    Sources m_issueSources;
    // (kind, id) → the documents that name it without defining it (Document::unresolved).
    QHash<std::pair<int, QString>, QList<int>> m_unresolved;
    // Conflicts by (kind, id), so that recomputing an id replaces exactly its conflicts.
    QMap<std::pair<int, QString>, QList<Diagnostic>> m_conflicts;
    // Scratch state of apply(): actors whose meeting count changed, whether any conflict did.
    QSet<QString> m_touchedActors;
    bool m_conflictsChanged = false;
};

} // namespace Entente
