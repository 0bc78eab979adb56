#include "duplicategroups.h"

#include <QSet>
#include <algorithm>

namespace Entente::Duplicates {

namespace {
// Above this many representative pairs two groups are left apart: checking them would cost more
// than a proposal is worth, and groups that large are not one actor.
constexpr qsizetype maximumChecks = 2500;
} // namespace

Grouping::Grouping(int count, std::function<bool(int, int)> different, std::function<size_t(int)> signature)
    : m_different(std::move(different))
    , m_signature(std::move(signature))
{
    m_parent.resize(count);
    m_members.resize(count);
    m_representatives.resize(count);
    for (int i = 0; i < count; ++i) {
        m_parent[i] = i;
        m_members[i] = { i };
        m_representatives[i] = { i };
    }
}

void Grouping::reject(int a, int b)
{
    m_rejected[a].append(b);
    m_rejected[b].append(a);
}

int Grouping::groupOf(int item)
{
    int root = item;
    while (m_parent.at(root) != root)
        root = m_parent.at(root);
    while (m_parent.at(item) != root) {
        const int next = m_parent.at(item);
        m_parent[item] = root;
        item = next;
    }
    return root;
}

bool Grouping::joinable(int rootA, int rootB)
{
    const QList<int>& fewer = m_members.at(rootA).size() <= m_members.at(rootB).size() ? m_members.at(rootA)
                                                                                       : m_members.at(rootB);
    const int other = m_members.at(rootA).size() <= m_members.at(rootB).size() ? rootB : rootA;
    for (const int member : fewer) {
        for (const int partner : m_rejected.value(member)) {
            if (groupOf(partner) == other)
                return false;
        }
    }
    const QList<int>& ra = m_representatives.at(rootA);
    const QList<int>& rb = m_representatives.at(rootB);
    if (ra.size() * rb.size() > maximumChecks)
        return false;
    for (const int x : ra) {
        for (const int y : rb) {
            if (m_different(x, y))
                return false;
        }
    }
    return true;
}

QList<Candidate> Grouping::join(QList<Candidate> candidates)
{
    // Ties go by item, so that the result does not depend on the order pairs were found in.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
        if (x.score != y.score)
            return x.score > y.score;
        return std::pair(std::min(x.a, x.b), std::max(x.a, x.b))
            < std::pair(std::min(y.a, y.b), std::max(y.a, y.b));
    });
    QList<Candidate> used;
    for (const Candidate& candidate : std::as_const(candidates)) {
        int ra = groupOf(candidate.a);
        int rb = groupOf(candidate.b);
        if (ra == rb || !joinable(ra, rb))
            continue;
        if (m_members.at(ra).size() < m_members.at(rb).size())
            std::swap(ra, rb);
        m_parent[rb] = ra;
        m_members[ra].append(m_members.at(rb));
        m_members[rb].clear();
        QSet<size_t> signatures;
        for (const int item : std::as_const(m_representatives.at(ra)))
            signatures.insert(m_signature(item));
        for (const int item : std::as_const(m_representatives.at(rb))) {
            if (!signatures.contains(m_signature(item))) {
                signatures.insert(m_signature(item));
                m_representatives[ra].append(item);
            }
        }
        m_representatives[rb].clear();
        used.append(candidate);
    }
    return used;
}

} // namespace Entente::Duplicates
