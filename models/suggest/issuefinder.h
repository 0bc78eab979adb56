// Issues: recurring bilateral topics (hacking, trade, military channels, ...) and what the article
// says about their status ("remain unresolved", "has denied", "a renewed start to dialogue"). Each
// status change is dated by its sentence (or the meeting the sentence speaks of, or the article date)
// and tied to its words by the Issue mark's anchor (StatusChange::evidence).
#pragma once

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

struct IssueFindings
{
    QList<Issue> issues; // only issues with at least one status change; known ones keep their ids
    QList<IssueMention> mentions; // in text order
};

// blocked: tokens already given to actor, date or meeting marks.
IssueFindings findIssues(const TokenizedText& text, const QList<DateExpression>& dates,
    MeetingFindings& meetings, const QList<Issue>& knownIssues, const QList<bool>& blocked, QDate articleDate);

} // namespace Entente::Suggest
