// Issues: recurring bilateral topics (hacking, trade, military channels, ...) and what the article
// says about their status ("remain unresolved", "has denied", "a renewed start to dialogue"). Each
// status change is dated by its sentence (or the meeting the sentence speaks of, or the article date)
// and tied to its words by the Issue mark's anchor (StatusChange::evidence).
#pragma once

#include "idpool.h"
#include "meetingfinder.h"

namespace Entente::Suggest {

struct IssueMention
{
    int first = 0; // tokens of the mark
    int end = 0;
    int issue = -1; // index in IssueFindings::issues
    QString anchor;
    double confidence = 0;
    QString reason;
};

// Finds issues block after block of one article.
class IssueFinder
{
public:
    IssueFinder(const QList<Issue>& knownIssues, QDate articleDate);
    ~IssueFinder();
    // The issue marks of one block in text order (IssueMention::issue indexes issueAt()); blocked:
    // tokens already given to actor, date or meeting marks; sentenceMeetings: the meeting each
    // sentence speaks of (MeetingFinder::find()).
    QList<IssueMention> find(const TokenizedText& text, const QList<DateExpression>& dates, MeetingFinder& meetings,
        const QList<int>& sentenceMeetings, const QList<bool>& blocked);
    const Issue& issueAt(int index) const { return m_issues[index]; }
    // Issues with at least one status change (history in date order); known ones keep their ids.
    QList<Issue> issues() const;

private:
    class Block;
    QList<Issue> m_issues;
    PhraseTable m_knownTopics;
    IdPool m_anchors; // evidence anchors, unique in the article
    QSet<QString> m_changes; // "issue|status|date" of every change made
    QDate m_articleDate;
};

} // namespace Entente::Suggest
