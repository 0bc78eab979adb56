// Groups of likely duplicates from scored pairs, best pairs first, so that one person written five
// ways is four proposals and not ten. Two groups are never joined when they hold a pair known to be
// different (the finder's veto) or a pair the analyst rejected: "Biden" may be Joe or Hunter Biden,
// but not both.
#pragma once

#include <QHash>
#include <QList>
#include <functional>

namespace Entente::Duplicates {

struct Candidate
{
    int a = 0;
    int b = 0;
    double score = 0;
};

class Grouping
{
public:
    // different(x, y): known to be two. signature(x): items of equal signature are different from
    // the same items, so that a group of thirty "Boeing"s is checked once, not thirty times.
    Grouping(int count, std::function<bool(int, int)> different, std::function<size_t(int)> signature);

    void reject(int a, int b);
    // Joins along candidates, best score first; returns the candidates used (a spanning forest).
    QList<Candidate> join(QList<Candidate> candidates);
    int groupOf(int item);

private:
    bool joinable(int rootA, int rootB);

    std::function<bool(int, int)> m_different;
    std::function<size_t(int)> m_signature;
    QList<int> m_parent;
    QList<QList<int>> m_members; // of each root
    QList<QList<int>> m_representatives; // of each root: one member per signature
    QHash<int, QList<int>> m_rejected;
};

} // namespace Entente::Duplicates
