// Deterministic test graphs for the force layout: Barabási–Albert-like preferential attachment,
// each new node joining `perNode` distinct earlier nodes, so edges ≈ perNode × nodes.
#pragma once

#include "forcelayout.h"

#include <QSet>

#include <algorithm>

namespace Entente::Testing {

inline ForceLayout::Graph generatedGraph(int nodes, int perNode = 4, quint64 seed = 0x5eed)
{
    ForceLayout::Graph graph;
    for (int i = 0; i < nodes; ++i)
        graph.ids.append(QStringLiteral("n%1").arg(i));
    quint64 state = seed * 0x9e3779b97f4a7c15ull + 1;
    auto next = [&state] { // xorshift64*: the same sequence on every platform
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return (state * 0x2545f4914f6cdd1dull) >> 33;
    };
    QList<int> endpoints; // a node appears once per edge end: picking one is preferential
    const int core = std::min(nodes, perNode + 1);
    for (int a = 0; a < core; ++a) {
        for (int b = a + 1; b < core; ++b) {
            graph.edges.append({ a, b, 1.0 });
            endpoints << a << b;
        }
    }
    QSet<int> chosen;
    for (int v = core; v < nodes; ++v) {
        chosen.clear();
        QList<int> targets;
        while (targets.size() < perNode) {
            const int u = endpoints.at(qsizetype(next() % quint64(endpoints.size())));
            if (!chosen.contains(u)) {
                chosen.insert(u);
                targets.append(u); // in drawing order, not QSet order, which varies by process
            }
        }
        for (int u : std::as_const(targets)) {
            graph.edges.append({ u, v, 1.0 });
            endpoints << u << v;
        }
    }
    return graph;
}

} // namespace Entente::Testing
