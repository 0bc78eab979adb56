// Barnes–Hut approximation of all-pairs repulsion for the force layout: a quadtree whose cells
// stand in for their bodies when they look small from far away, O(n log n) instead of O(n²).
#pragma once

#include <vector>

namespace Entente::ForceLayout {

struct Vec
{
    double x = 0;
    double y = 0;
};

class BarnesHut
{
public:
    // Keeps pointers to pos and mass until the next build.
    void build(const std::vector<Vec>& pos, const std::vector<double>& mass);

    // Repulsion on body i from every other body, with magnitude strength·mass_j / distance.
    Vec force(int i, double strength, double theta) const;

    // Adds the repulsion of a body at q on one at p (indices i, j part coincident bodies the
    // same way every time).
    static void addRepulsion(Vec& f, Vec p, Vec q, double scale, int i, int j)
    {
        double dx = p.x - q.x, dy = p.y - q.y;
        double d2 = dx * dx + dy * dy;
        if (d2 < 1e-12) {
            dx = i < j ? -1e-3 : 1e-3;
            dy = ((i + j) % 2 == 0) ? 1e-3 : -1e-3;
            d2 = dx * dx + dy * dy;
        }
        f.x += dx * scale / d2;
        f.y += dy * scale / d2;
    }

private:
    struct Cell
    {
        double x, y, size; // square extent
        double mass, cx, cy; // total mass and centre of mass
        int begin, end; // range of m_order
        int child; // first of four consecutive children, -1 for a leaf
    };

    void split(int index, int depth);

    const std::vector<Vec>* m_pos = nullptr;
    const std::vector<double>* m_mass = nullptr;
    std::vector<Cell> m_cells;
    std::vector<int> m_order; // bodies, grouped by cell
};

} // namespace Entente::ForceLayout
