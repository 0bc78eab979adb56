// Reading a MEANTIME article (NewsReader's XML: tokens, entity and TIMEX3 mentions, entities and the
// mentions that refer to them) into running text with the spans of its mentions, for
// suggestevaluation.cpp and
// meantimeactors.h.
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Entente::Evaluation {

struct MeantimeDocument
{
    QString id;
    QString text;
    QDate creationDate;
    int creationMention = -1; // the TIMEX3 of the article's own date line
    struct Span
    {
        int start = -1;
        int end = -1;
    };
    QHash<int, Span> mentionSpans; // entity mention or TIMEX3 m_id -> text span
    QHash<int, bool> named; // entity mention m_id -> syntactic type NAM
    QHash<int, QString> syntacticTypes; // entity mention m_id -> NAM, PRE.NAM, PRO, ... (empty: none given)
    struct Timex
    {
        int mention = -1;
        QString type;
        QString value;
    };
    QList<Timex> timexes;
    QList<int> entityOrder; // ENTITY m_ids in the file's order
    QHash<int, QString> entityTypes; // ENTITY m_id -> PER, ORG, LOC, ...
    QHash<int, QString> entityInstances; // ENTITY m_id -> its cross-document instance id
    QHash<int, QList<int>> entityMentions; // ENTITY m_id -> its mention m_ids
};

// The article at path; an empty text when it cannot be read.
MeantimeDocument readMeantime(const QString& path);

} // namespace Entente::Evaluation
