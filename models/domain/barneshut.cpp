#include "barneshut.h"

#include <algorithm>
#include <iterator>
#include <numeric>

namespace Entente::ForceLayout {

namespace {

constexpr int leafSize = 8; // bodies summed directly: cheaper than splitting further
constexpr int maximumDepth = 40; // coincident bodies would otherwise split forever

} // namespace

void BarnesHut::build(const std::vector<Vec>& pos, const std::vector<double>& mass)
{
    m_pos = &pos;
    m_mass = &mass;
    m_cells.clear();
    m_order.resize(pos.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (pos.empty())
        return;
    double minX = pos[0].x, minY = pos[0].y, maxX = minX, maxY = minY;
    for (const Vec& p : pos) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    const double size = std::max({ maxX - minX, maxY - minY, 1e-6 }) * 1.0001;
    m_cells.push_back({ minX, minY, size, 0, 0, 0, 0, int(pos.size()), -1 });
    split(0, 0);
}

Vec BarnesHut::force(int i, double strength, double theta) const
{
    const std::vector<Vec>& pos = *m_pos;
    const std::vector<double>& mass = *m_mass;
    const Vec p = pos[size_t(i)];
    const double theta2 = theta * theta;
    Vec f;
    int stack[4 * maximumDepth + 8];
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Cell& cell = m_cells[size_t(stack[--top])];
        if (cell.mass <= 0)
            continue;
        if (cell.child < 0) {
            for (int k = cell.begin; k < cell.end; ++k) {
                const int j = m_order[size_t(k)];
                if (j != i)
                    addRepulsion(f, p, pos[size_t(j)], mass[size_t(j)] * strength, i, j);
            }
            continue;
        }
        const double dx = p.x - cell.cx, dy = p.y - cell.cy;
        const double d2 = dx * dx + dy * dy;
        // A cell holding the body itself is always opened: its own mass must not push it.
        const bool inside = p.x >= cell.x && p.x <= cell.x + cell.size && p.y >= cell.y
            && p.y <= cell.y + cell.size;
        if (!inside && cell.size * cell.size < theta2 * d2) {
            const double s = cell.mass * strength / d2;
            f.x += dx * s;
            f.y += dy * s;
        } else {
            for (int c = 0; c < 4; ++c)
                stack[top++] = cell.child + c;
        }
    }
    return f;
}

void BarnesHut::split(int index, int depth)
{
    const std::vector<Vec>& pos = *m_pos;
    const std::vector<double>& mass = *m_mass;
    const Cell cell = m_cells[size_t(index)];
    if (cell.end - cell.begin <= leafSize || depth >= maximumDepth) {
        double total = 0, sx = 0, sy = 0;
        for (int k = cell.begin; k < cell.end; ++k) {
            const int j = m_order[size_t(k)];
            total += mass[size_t(j)];
            sx += pos[size_t(j)].x * mass[size_t(j)];
            sy += pos[size_t(j)].y * mass[size_t(j)];
        }
        Cell& leaf = m_cells[size_t(index)];
        leaf.mass = total;
        leaf.cx = total > 0 ? sx / total : cell.x;
        leaf.cy = total > 0 ? sy / total : cell.y;
        return;
    }
    const double half = cell.size / 2, midX = cell.x + half, midY = cell.y + half;
    const auto first = m_order.begin() + cell.begin, last = m_order.begin() + cell.end;
    const auto right = std::partition(first, last, [&](int j) { return pos[size_t(j)].x < midX; });
    const auto leftTop = std::partition(first, right, [&](int j) { return pos[size_t(j)].y < midY; });
    const auto rightTop = std::partition(right, last, [&](int j) { return pos[size_t(j)].y < midY; });
    const int bounds[5] = { cell.begin, int(leftTop - m_order.begin()), int(right - m_order.begin()),
        int(rightTop - m_order.begin()), cell.end };
    const double xs[4] = { cell.x, cell.x, midX, midX };
    const double ys[4] = { cell.y, midY, cell.y, midY };
    const int child = int(m_cells.size());
    for (int c = 0; c < 4; ++c)
        m_cells.push_back({ xs[c], ys[c], half, 0, 0, 0, bounds[c], bounds[c + 1], -1 });
    double total = 0, sx = 0, sy = 0;
    for (int c = 0; c < 4; ++c) {
        split(child + c, depth + 1);
        const Cell& done = m_cells[size_t(child + c)];
        total += done.mass;
        sx += done.cx * done.mass;
        sy += done.cy * done.mass;
    }
    Cell& parent = m_cells[size_t(index)];
    parent.child = child;
    parent.mass = total;
    parent.cx = total > 0 ? sx / total : cell.x;
    parent.cy = total > 0 ? sy / total : cell.y;
}

} // namespace Entente::ForceLayout
