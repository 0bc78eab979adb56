// The duplicate finder: proposes actors and meetings of a corpus that are likely one, each with a
// score, a reason the analyst can read and the articles involved. Actors are compared only with
// actors that share a normalised name part (blocks in hash maps), meetings only with meetings that
// share two participants and lie within days of each other, so the work grows with the corpus and
// not with its square. See docs/duplicates.md.
#pragma once

#include "corpus.h"
#include "duplicaterejections.h"

#include <functional>

namespace Entente {

struct DuplicateProposal
{
    MarkKind kind = MarkKind::Actor; // Actor or Meeting
    QString keepId; // the record to keep: the one more articles define
    QString mergeId; // the record that would go into keepId
    QString keepLabel; // names to show: the actor's name, the meeting's title or participants and date
    QString mergeLabel;
    double score = 0; // 0..1
    QString reason; // translated
    QStringList files; // the articles that define either record, in corpus order

    friend bool operator==(const DuplicateProposal&, const DuplicateProposal&) = default;
};

struct DuplicateOptions
{
    double minimumScore = 0.5;
    DuplicateRejections rejections; // pairs never proposed
    std::function<bool()> cancelled; // checked now and then; when it returns true the result is empty
};

// Proposals, highest score first.
QList<DuplicateProposal> findDuplicates(const Corpus& corpus, const DuplicateOptions& options = {});

} // namespace Entente
