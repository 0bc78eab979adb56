// Several articles merged: one actor per id across articles, conflicts reported, every record
// remembering the article it came from.
#pragma once

#include "document.h"

#include <QHash>

namespace Entente {

struct Corpus
{
    QList<Document> documents;
    QList<Actor> actors;
    QList<Meeting> meetings;
    QList<Issue> issues;
    QList<Diagnostic> conflicts;
    // Row of each id, filled by merge(): views look ids up per record, which must not be linear.
    QHash<QString, int> actorRows;
    QHash<QString, int> meetingRows;
    QHash<QString, int> issueRows;

    static Corpus merge(QList<Document> documents);

    int actorIndex(QStringView id) const;
    int meetingIndex(QStringView id) const;
    int issueIndex(QStringView id) const;
    int documentIndex(const QString& fileName) const;
    // Display name of an actor id, or the id itself when no actor has it.
    QString actorName(QStringView id) const;
};

} // namespace Entente
