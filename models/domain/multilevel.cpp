#include "multilevel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Entente::ForceLayout {

namespace {

// One level of the multilevel hierarchy; level 0 is the graph itself, each next one about half as
// many nodes, made by merging neighbours.
struct Level
{
    int n = 0;
    std::vector<double> mass; // how many nodes of the graph this node stands for
    std::vector<quint32> seed; // from the id hash: first positions and visiting order
    std::vector<char> fixed;
    std::vector<Vec> pinnedAt;
    std::vector<WeightedEdge> edges;
    std::vector<int> coarse; // node → its node on the next coarser level
};

// Hu's repulsion constant: f_r = C·K²/d against f_a = d²/K, so an edge settles at C^(1/3)·K.
constexpr double repulsionConstant = 0.2;
constexpr double stepCooling = 0.9;
constexpr int coarsestSize = 30;

double unit(quint32 bits)
{
    return double(bits & 0xffffffu) / double(0x1000000);
}

// Merges matched neighbours (heavy-edge matching, lightest pairs first), then lets each node left
// alone join a neighbour's pair, so stars shrink too. Never puts two pinned nodes together.
bool coarsen(Level& fine, Level& coarse)
{
    const int n = fine.n;
    std::vector<int> start(static_cast<size_t>(n) + 1, 0);
    for (const WeightedEdge& e : fine.edges) {
        ++start[size_t(e.a) + 1];
        ++start[size_t(e.b) + 1];
    }
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> fill(start.begin(), start.end() - 1);
    std::vector<std::pair<int, double>> adjacent(size_t(start.back()));
    for (const WeightedEdge& e : fine.edges) {
        adjacent[size_t(fill[size_t(e.a)]++)] = { e.b, e.w };
        adjacent[size_t(fill[size_t(e.b)]++)] = { e.a, e.w };
    }
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return fine.seed[size_t(a)] != fine.seed[size_t(b)] ? fine.seed[size_t(a)] < fine.seed[size_t(b)] : a < b;
    });

    // Picks the neighbour that most prefers u: heavy edge, light masses; ties to the lower index.
    auto bestNeighbour = [&](int u, auto&& allowed) {
        int best = -1;
        double bestScore = -1;
        for (int k = start[size_t(u)]; k < start[size_t(u) + 1]; ++k) {
            const auto [v, w] = adjacent[size_t(k)];
            if (v == u || !allowed(v))
                continue;
            const double score = w / (fine.mass[size_t(u)] * fine.mass[size_t(v)]);
            if (score > bestScore || (score == bestScore && v < best)) {
                best = v;
                bestScore = score;
            }
        }
        return best;
    };

    std::vector<int> leader(static_cast<size_t>(n), -1);
    for (int u : order) {
        if (leader[size_t(u)] >= 0)
            continue;
        const int v = bestNeighbour(u, [&](int other) {
            return leader[size_t(other)] < 0 && !(fine.fixed[size_t(u)] && fine.fixed[size_t(other)]);
        });
        leader[size_t(u)] = v < 0 ? u : std::min(u, v);
        if (v >= 0)
            leader[size_t(v)] = std::min(u, v);
    }
    std::vector<char> groupFixed(static_cast<size_t>(n), 0);
    std::vector<char> paired(static_cast<size_t>(n), 0);
    for (int u = 0; u < n; ++u) {
        if (leader[size_t(u)] != u)
            paired[size_t(leader[size_t(u)])] = paired[size_t(u)] = 1;
        if (fine.fixed[size_t(u)])
            groupFixed[size_t(leader[size_t(u)])] = 1;
    }
    for (int u : order) {
        if (paired[size_t(u)])
            continue;
        const int v = bestNeighbour(u, [&](int other) {
            return paired[size_t(other)] && !(fine.fixed[size_t(u)] && groupFixed[size_t(leader[size_t(other)])]);
        });
        if (v >= 0) {
            leader[size_t(u)] = leader[size_t(v)];
            groupFixed[size_t(leader[size_t(v)])] |= fine.fixed[size_t(u)];
        }
    }

    std::vector<int> id(static_cast<size_t>(n), -1);
    int count = 0;
    for (int u = 0; u < n; ++u) {
        if (leader[size_t(u)] == u)
            id[size_t(u)] = count++;
    }
    if (count > n * 0.8 || count == n)
        return false; // too little gained: lay this level out directly
    fine.coarse.resize(size_t(n));
    coarse.n = count;
    coarse.mass.assign(size_t(count), 0);
    coarse.seed.assign(size_t(count), 0);
    coarse.fixed.assign(size_t(count), 0);
    coarse.pinnedAt.assign(size_t(count), {});
    for (int u = 0; u < n; ++u) {
        const int c = id[size_t(leader[size_t(u)])];
        fine.coarse[size_t(u)] = c;
        coarse.mass[size_t(c)] += fine.mass[size_t(u)];
        if (leader[size_t(u)] == u)
            coarse.seed[size_t(c)] = fine.seed[size_t(u)];
        if (fine.fixed[size_t(u)]) {
            coarse.fixed[size_t(c)] = 1;
            coarse.pinnedAt[size_t(c)] = fine.pinnedAt[size_t(u)];
        }
    }
    std::vector<std::pair<quint64, double>> merged;
    merged.reserve(fine.edges.size());
    for (const WeightedEdge& e : fine.edges) {
        int a = fine.coarse[size_t(e.a)], b = fine.coarse[size_t(e.b)];
        if (a == b)
            continue;
        if (a > b)
            std::swap(a, b);
        merged.push_back({ (quint64(quint32(a)) << 32) | quint32(b), e.w });
    }
    std::sort(merged.begin(), merged.end());
    for (const auto& [key, w] : merged) {
        const int a = int(key >> 32), b = int(key & 0xffffffffu);
        if (!coarse.edges.empty() && coarse.edges.back().a == a && coarse.edges.back().b == b)
            coarse.edges.back().w += w;
        else
            coarse.edges.push_back({ a, b, w });
    }
    return true;
}

// Hu's adaptive-step force iterations on one level.
void relax(const Level& level, std::vector<Vec>& pos, Vec centre, double k, int iterations, double step,
    const Options& options)
{
    const int n = level.n;
    const double strength = repulsionConstant * k * k;
    const bool exact = n < options.exactBelow;
    std::vector<Vec> force(static_cast<size_t>(n));
    // A merged node of mass m repels like m^¾: two such nodes then settle ~√m apart, as the area of
    // m nodes needs (the plain product m·m would spread coarse levels far too wide).
    std::vector<double> charge(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        charge[size_t(i)] = std::pow(level.mass[size_t(i)], 0.75);
    BarnesHut tree;
    double energy = std::numeric_limits<double>::max();
    int progress = 0;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        std::fill(force.begin(), force.end(), Vec());
        if (exact) {
            for (int i = 0; i < n; ++i) {
                for (int j = i + 1; j < n; ++j) {
                    Vec f;
                    BarnesHut::addRepulsion(f, pos[size_t(i)], pos[size_t(j)],
                        strength * charge[size_t(i)] * charge[size_t(j)], i, j);
                    force[size_t(i)].x += f.x;
                    force[size_t(i)].y += f.y;
                    force[size_t(j)].x -= f.x;
                    force[size_t(j)].y -= f.y;
                }
            }
        } else {
            tree.build(pos, charge);
            for (int i = 0; i < n; ++i) {
                const Vec f = tree.force(i, strength * charge[size_t(i)], options.theta);
                force[size_t(i)] = f;
            }
        }
        for (const WeightedEdge& e : level.edges) {
            const double dx = pos[size_t(e.b)].x - pos[size_t(e.a)].x, dy = pos[size_t(e.b)].y - pos[size_t(e.a)].y;
            const double s = std::sqrt(dx * dx + dy * dy) * e.w / k;
            force[size_t(e.a)].x += dx * s;
            force[size_t(e.a)].y += dy * s;
            force[size_t(e.b)].x -= dx * s;
            force[size_t(e.b)].y -= dy * s;
        }
        double newEnergy = 0;
        for (int i = 0; i < n; ++i) {
            if (level.fixed[size_t(i)])
                continue;
            Vec& f = force[size_t(i)];
            const double dx = centre.x - pos[size_t(i)].x, dy = centre.y - pos[size_t(i)].y;
            const double g = options.gravity * level.mass[size_t(i)];
            f.x += dx * g;
            f.y += dy * g;
            const double length = std::sqrt(f.x * f.x + f.y * f.y);
            newEnergy += length * length;
            if (length > 0) {
                pos[size_t(i)].x += step * f.x / length;
                pos[size_t(i)].y += step * f.y / length;
            }
        }
        // Grow the step after five improving iterations in a row, shrink it otherwise.
        if (newEnergy < energy) {
            if (++progress >= 5) {
                progress = 0;
                step /= stepCooling;
            }
        } else {
            progress = 0;
            step *= stepCooling;
        }
        energy = newEnergy;
        if (step < k * 1e-3)
            break; // settled
    }
}

} // namespace

std::vector<Vec> layoutMultilevel(const Part& part, const Options& options)
{
    const int n = part.n;
    if (n <= 1) // nothing to balance
        return n == 0 ? std::vector<Vec>() : std::vector<Vec> { part.fixed[0] ? part.pinnedAt[0] : Vec() };
    std::vector<Level> levels(1);
    Level& finest = levels[0];
    finest.n = n;
    finest.mass.assign(size_t(n), 1.0);
    finest.seed = part.seed;
    finest.fixed = part.fixed;
    finest.pinnedAt = part.pinnedAt;
    finest.edges = part.edges;
    Vec centre; // the pinned nodes' centroid: the rest gathers around them
    int pinnedCount = 0;
    for (int i = 0; i < n; ++i) {
        if (part.fixed[size_t(i)]) {
            centre.x += part.pinnedAt[size_t(i)].x;
            centre.y += part.pinnedAt[size_t(i)].y;
            ++pinnedCount;
        }
    }
    if (pinnedCount > 0)
        centre = { centre.x / pinnedCount, centre.y / pinnedCount };

    while (levels.back().n > coarsestSize && levels.size() < 40) {
        Level coarser;
        if (!coarsen(levels.back(), coarser))
            break;
        levels.push_back(std::move(coarser));
    }

    const double k = options.edgeLength / std::cbrt(repulsionConstant);
    std::vector<Vec> pos;
    for (int l = int(levels.size()) - 1; l >= 0; --l) {
        const Level& level = levels[size_t(l)];
        std::vector<Vec> next(size_t(level.n));
        if (l == int(levels.size()) - 1) { // coarsest: spread by id hash over a square of the graph's area
            const double side = k * std::sqrt(double(n));
            for (int i = 0; i < level.n; ++i) {
                const quint32 s = level.seed[size_t(i)];
                next[size_t(i)] = { centre.x + (unit(s) - 0.5) * side, centre.y + (unit(mix(s)) - 0.5) * side };
            }
        } else { // finer: start at the merged node's place, slightly apart
            const Level& coarser = levels[size_t(l) + 1];
            for (int i = 0; i < level.n; ++i) {
                const int c = level.coarse[size_t(i)];
                const double spread = 0.5 * k * std::sqrt(coarser.mass[size_t(c)]);
                const quint32 s = mix(level.seed[size_t(i)] ^ 0x9e3779b9u);
                next[size_t(i)] = { pos[size_t(c)].x + (unit(s) - 0.5) * spread,
                    pos[size_t(c)].y + (unit(mix(s)) - 0.5) * spread };
            }
        }
        for (int i = 0; i < level.n; ++i) {
            if (level.fixed[size_t(i)])
                next[size_t(i)] = level.pinnedAt[size_t(i)];
        }
        pos = std::move(next);
        const bool coarsest = l == int(levels.size()) - 1;
        relax(level, pos, centre, k, coarsest ? options.iterations : options.refineIterations,
            coarsest ? k * std::max(1.0, std::sqrt(double(level.n)) / 4) : k * 0.5, options);
    }

    return pos;
}

} // namespace Entente::ForceLayout
