// The multilevel force layout of one connected part of a graph (Hu 2005: "Efficient and high
// quality force-directed graph drawing"): the graph is coarsened by merging neighbours, the coarsest
// level is laid out from hashed positions, and each finer level starts from the coarser one.
#pragma once

#include "barneshut.h"
#include "forcelayout.h"

#include <QtGlobal>

#include <vector>

namespace Entente::ForceLayout {

struct WeightedEdge
{
    int a = 0; // a < b
    int b = 0;
    double w = 1;
};

// A graph renumbered 0..n-1.
struct Part
{
    int n = 0;
    std::vector<quint32> seed; // stableHash of each id
    std::vector<WeightedEdge> edges;
    std::vector<char> fixed; // pinned
    std::vector<Vec> pinnedAt;
};

std::vector<Vec> layoutMultilevel(const Part& part, const Options& options);

// A well-spread 32-bit mix (from the "lowbias32" hash), for seeds derived from seeds.
inline quint32 mix(quint32 h)
{
    h ^= h >> 16;
    h *= 0x7feb352dU;
    h ^= h >> 15;
    h *= 0x846ca68bU;
    h ^= h >> 16;
    return h;
}

} // namespace Entente::ForceLayout
