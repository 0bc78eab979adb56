#include "duplicatefinder.h"

#include "actormatch.h"
#include "duplicategroups.h"
#include "meetingmatch.h"

#include <QSet>
#include <algorithm>

namespace Entente {

using namespace Duplicates;

namespace {

// Blocks larger than this are split by the first letter of the name; parts still larger are left
// out (thousands of actors named only "Wang" say nothing about which of them are one).
constexpr qsizetype largestBlock = 400;
// Actors grouped at least this surely count as one when meetings' participants are compared.
constexpr double sameActorForMeetings = 0.75;

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}

struct Entry
{
    int profile;
    int form;
};

class PairSet
{
public:
    void add(int a, int b)
    {
        if (a != b && !m_seen.contains(pairKey(a, b))) {
            m_seen.insert(pairKey(a, b));
            m_pairs.append({ std::min(a, b), std::max(a, b) });
        }
    }
    const QList<std::pair<int, int>>& pairs() const { return m_pairs; }

private:
    QSet<quint64> m_seen;
    QList<std::pair<int, int>> m_pairs;
};

void addBlockPairs(const QList<Entry>& block, const QList<ActorProfile>& profiles, PairSet* pairs)
{
    const auto allPairs = [&](const QList<Entry>& entries) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            for (qsizetype j = i + 1; j < entries.size(); ++j)
                pairs->add(entries.at(i).profile, entries.at(j).profile);
        }
    };
    if (block.size() <= largestBlock) {
        allPairs(block);
        return;
    }
    QHash<QChar, QList<Entry>> byLetter;
    for (const Entry& entry : block)
        byLetter[profiles.at(entry.profile).forms.at(entry.form).parts.first().front()].append(entry);
    for (const QList<Entry>& part : std::as_const(byLetter)) {
        if (part.size() <= largestBlock)
            allPairs(part);
    }
}

// Pairs of actors that share a normalised name part in a way a match can use.
QList<std::pair<int, int>> actorCandidates(const QList<ActorProfile>& profiles)
{
    QHash<QString, QList<Entry>> blocks;
    QHash<QString, QList<int>> singles; // one-part names → profiles
    QList<std::pair<int, QString>> probes; // a profile, a single-part name it could be
    for (int i = 0; i < profiles.size(); ++i) {
        const ActorProfile& profile = profiles.at(i);
        const QString group = profile.isPerson() ? QStringLiteral("p") : QStringLiteral("o");
        for (int f = 0; f < profile.forms.size(); ++f) {
            const QStringList& parts = profile.forms.at(f).parts;
            QStringList sortedParts = parts;
            sortedParts.sort();
            QList<Entry>& same = blocks[group + u"s:" + sortedParts.join(u' ')];
            if (same.isEmpty() || same.constLast().profile != i)
                same.append({ i, f });
            if (parts.size() == 1) {
                QList<int>& list = singles[group + parts.first()];
                if (list.isEmpty() || list.constLast() != i)
                    list.append(i);
                continue;
            }
            if (profile.isPerson()) {
                blocks[group + u"f:" + parts.last()].append({ i, f });
            } else {
                blocks[group + u"h:" + parts.first()].append({ i, f });
                blocks[group + u"t:" + parts.last()].append({ i, f });
                probes.append({ i, group + Names::initials(parts) });
            }
            probes.append({ i, group + parts.first() });
            probes.append({ i, group + parts.last() });
        }
    }
    PairSet pairs;
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        QList<Entry>& block = it.value();
        // One entry per profile: several forms of one actor in a block add nothing.
        QSet<int> seen;
        block.removeIf([&](const Entry& entry) {
            const bool again = seen.contains(entry.profile);
            seen.insert(entry.profile);
            return again;
        });
        addBlockPairs(block, profiles, &pairs);
    }
    for (const auto& [profile, key] : std::as_const(probes)) {
        const QList<int> matches = singles.value(key);
        if (matches.size() > largestBlock)
            continue;
        for (const int other : matches)
            pairs.add(profile, other);
    }
    return pairs.pairs();
}

QStringList filesOf(const Corpus& corpus, QList<int> documents)
{
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    QStringList files;
    for (const int document : std::as_const(documents))
        files.append(corpus.documents.at(document).fileName);
    return files;
}

size_t actorSignature(const ActorProfile& profile)
{
    QStringList parts;
    for (const Names::NameForm& form : profile.forms)
        parts.append(form.key());
    parts.sort();
    QStringList sides(profile.sides.begin(), profile.sides.end());
    sides.sort();
    return qHashMulti(0, int(profile.kind), parts.join(u'|'), sides.join(u'|'));
}

bool keepFirst(const ActorProfile& a, const ActorProfile& b)
{
    // The record more articles define; then the fuller name ("Antony Blinken" over "Tony Blinken").
    if (a.documents.size() != b.documents.size())
        return a.documents.size() > b.documents.size();
    if (a.name.size() != b.name.size())
        return a.name.size() > b.name.size();
    if (a.meetings != b.meetings)
        return a.meetings > b.meetings;
    return a.id < b.id;
}

struct ActorResult
{
    QList<DuplicateProposal> proposals;
    QHash<QString, QString> canonical; // actor id → the id of its group, for meetings
};

bool findActors(const Corpus& corpus, const DuplicateOptions& options, ActorResult* result)
{
    const QList<ActorProfile> profiles = actorProfiles(corpus, options.cancelled);
    if (options.cancelled && options.cancelled())
        return false;
    QList<Candidate> candidates;
    QHash<quint64, ActorMatch> matches;
    const QList<std::pair<int, int>> pairs = actorCandidates(profiles);
    for (qsizetype n = 0; n < pairs.size(); ++n) {
        if (n % 4096 == 0 && options.cancelled && options.cancelled())
            return false;
        const auto [a, b] = pairs.at(n);
        const ActorMatch match = compareActors(profiles.at(a), profiles.at(b));
        if (match.different || match.score <= 0 || match.score < options.minimumScore)
            continue;
        candidates.append({ a, b, match.score });
        matches.insert(pairKey(a, b), match);
    }
    QList<size_t> signatures;
    for (const ActorProfile& profile : std::as_const(profiles))
        signatures.append(actorSignature(profile));
    Grouping grouping(
        int(profiles.size()),
        [&](int x, int y) { return compareActors(profiles.at(x), profiles.at(y)).different; },
        [&](int x) { return signatures.at(x); });
    for (const DuplicateRejections::Pair& pair : options.rejections.pairs()) {
        const int a = corpus.actorIndex(pair.first);
        const int b = corpus.actorIndex(pair.second);
        if (pair.kind == MarkKind::Actor && a >= 0 && b >= 0)
            grouping.reject(a, b);
    }
    // Surely one actor: a second, plain grouping that meetings read their participants through.
    QHash<int, int> sure;
    const auto sureRoot = [&](int item) {
        while (sure.contains(item))
            item = sure.value(item);
        return item;
    };
    for (const Candidate& edge : grouping.join(candidates)) {
        const ActorMatch& match = matches[pairKey(edge.a, edge.b)];
        const bool aFirst = keepFirst(profiles.at(edge.a), profiles.at(edge.b));
        const ActorProfile& keep = profiles.at(aFirst ? edge.a : edge.b);
        const ActorProfile& merge = profiles.at(aFirst ? edge.b : edge.a);
        DuplicateProposal proposal;
        proposal.kind = MarkKind::Actor;
        proposal.keepId = keep.id;
        proposal.mergeId = merge.id;
        proposal.keepLabel = keep.name;
        proposal.mergeLabel = merge.name;
        proposal.score = edge.score;
        proposal.reason = describe(match, profiles.at(edge.a), profiles.at(edge.b));
        proposal.files = filesOf(corpus, keep.documents + merge.documents);
        result->proposals.append(proposal);
        if (edge.score >= sameActorForMeetings) {
            const int ra = sureRoot(edge.a);
            const int rb = sureRoot(edge.b);
            if (ra != rb)
                sure.insert(rb, ra);
        }
    }
    for (auto it = sure.cbegin(); it != sure.cend(); ++it)
        result->canonical.insert(profiles.at(it.key()).id, profiles.at(sureRoot(it.key())).id);
    return true;
}

bool startsBefore(const MeetingProfile& a, const MeetingProfile& b)
{
    if (a.first.isValid() != b.first.isValid())
        return a.first.isValid();
    return a.first < b.first;
}

// Meetings of one block (sharing participants), by date: each is compared with the ones that start
// before it ends (plus the slack of plans). Without dates, only small blocks are compared.
void addMeetingPairs(QList<int> block, const QList<MeetingProfile>& profiles, const QSet<int>* needOne,
                     PairSet* pairs)
{
    std::sort(block.begin(), block.end(),
              [&](int x, int y) { return startsBefore(profiles.at(x), profiles.at(y)); });
    for (qsizetype i = 0; i < block.size(); ++i) {
        const MeetingProfile& a = profiles.at(block.at(i));
        for (qsizetype j = i + 1; j < block.size(); ++j) {
            const MeetingProfile& b = profiles.at(block.at(j));
            if (a.first.isValid() && b.first.isValid() && b.first > a.last.addDays(plannedSlackDays))
                break;
            if ((!a.first.isValid() || !b.first.isValid()) && block.size() > 50)
                break;
            if (!needOne || needOne->contains(block.at(i)) || needOne->contains(block.at(j)))
                pairs->add(block.at(i), block.at(j));
        }
    }
}

// The meeting more articles report is kept, then the report of what happened over the plan.
bool keepFirst(const MeetingProfile& a, int documentsA, const MeetingProfile& b, int documentsB)
{
    if (documentsA != documentsB)
        return documentsA > documentsB;
    if ((a.status == MeetingStatus::Held) != (b.status == MeetingStatus::Held))
        return a.status == MeetingStatus::Held;
    return a.id < b.id;
}

bool findMeetings(const Corpus& corpus, const DuplicateOptions& options,
                  const QHash<QString, QString>& canonical, QList<DuplicateProposal>* proposals)
{
    QList<MeetingProfile> profiles;
    profiles.reserve(corpus.meetings.size());
    QHash<QString, QList<int>> byPair;
    QHash<QString, QList<int>> byActor; // every meeting of an actor, where it has a one-actor meeting
    QSet<int> alone; // meetings with one participant
    QHash<QString, QStringList> places;
    for (int row = 0; row < corpus.meetings.size(); ++row) {
        if (row % 1024 == 0 && options.cancelled && options.cancelled())
            return false;
        profiles.append(meetingProfile(corpus, row, canonical, &places));
        const QStringList& people = profiles.constLast().participants;
        if (people.size() == 1)
            alone.insert(row);
        // Summits: pairs among the first dozen are enough to find the same summit twice.
        const qsizetype counted = std::min<qsizetype>(people.size(), 12);
        for (qsizetype i = 0; i < counted; ++i) {
            for (qsizetype j = i + 1; j < counted; ++j)
                byPair[people.at(i) + u'\n' + people.at(j)].append(row);
        }
    }
    for (const int row : std::as_const(alone))
        byActor.insert(profiles.at(row).participants.first(), {});
    for (int row = 0; row < profiles.size(); ++row) {
        for (const QString& id : profiles.at(row).participants) {
            if (auto it = byActor.find(id); it != byActor.end())
                it->append(row);
        }
    }
    PairSet pairs;
    for (const QList<int>& block : std::as_const(byPair))
        addMeetingPairs(block, profiles, nullptr, &pairs);
    for (const QList<int>& block : std::as_const(byActor))
        addMeetingPairs(block, profiles, &alone, &pairs);

    QList<Candidate> candidates;
    QHash<quint64, MeetingMatch> matches;
    for (const auto& [a, b] : pairs.pairs()) {
        const MeetingMatch match = compareMeetings(profiles.at(a), profiles.at(b));
        if (match.different || match.score <= 0 || match.score < options.minimumScore)
            continue;
        candidates.append({ a, b, match.score });
        matches.insert(pairKey(a, b), match);
    }
    Grouping grouping(
        int(profiles.size()),
        [&](int x, int y) { return compareMeetings(profiles.at(x), profiles.at(y)).different; },
        [](int x) { return size_t(x); });
    for (const DuplicateRejections::Pair& pair : options.rejections.pairs()) {
        const int a = corpus.meetingIndex(pair.first);
        const int b = corpus.meetingIndex(pair.second);
        if (pair.kind == MarkKind::Meeting && a >= 0 && b >= 0)
            grouping.reject(a, b);
    }
    for (const Candidate& edge : grouping.join(candidates)) {
        const QList<int> documentsA = meetingDocuments(corpus, edge.a);
        const QList<int> documentsB = meetingDocuments(corpus, edge.b);
        const bool aFirst = keepFirst(profiles.at(edge.a), int(documentsA.size()), profiles.at(edge.b),
                                      int(documentsB.size()));
        const MeetingProfile& keep = profiles.at(aFirst ? edge.a : edge.b);
        const MeetingProfile& merge = profiles.at(aFirst ? edge.b : edge.a);
        DuplicateProposal proposal;
        proposal.kind = MarkKind::Meeting;
        proposal.keepId = keep.id;
        proposal.mergeId = merge.id;
        proposal.keepLabel = meetingLabel(corpus, keep.row);
        proposal.mergeLabel = meetingLabel(corpus, merge.row);
        proposal.score = edge.score;
        proposal.reason = describe(matches.value(pairKey(edge.a, edge.b)), keep, merge, corpus);
        proposal.files = filesOf(corpus, documentsA + documentsB);
        proposals->append(proposal);
    }
    return true;
}

} // namespace

QList<DuplicateProposal> findDuplicates(const Corpus& corpus, const DuplicateOptions& options)
{
    ActorResult actors;
    if (!findActors(corpus, options, &actors))
        return {};
    QList<DuplicateProposal> proposals = std::move(actors.proposals);
    if (!findMeetings(corpus, options, actors.canonical, &proposals))
        return {};
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const DuplicateProposal& a, const DuplicateProposal& b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         return std::pair(a.keepId, a.mergeId) < std::pair(b.keepId, b.mergeId);
                     });
    return proposals;
}

} // namespace Entente
