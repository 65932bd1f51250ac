// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/layout.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace continuity {

namespace layout {

QRectF componentRect(const Component &c)
{
    const QPointF topLeft = c.pos.value_or(QPointF());
    if (c.kind == ComponentKind::Region)
        return {topLeft, c.size.value_or(QSizeF(MinRegionWidth, MinRegionHeight))};
    return {topLeft, componentSize()};
}

QRectF regionContentRect(const QRectF &regionRect)
{
    return regionRect.adjusted(RegionMargin, RegionTitleHeight + RegionMargin, -RegionMargin,
                               -RegionMargin);
}

double ceilToGrid(double v)
{
    return std::ceil(v / GridSize) * GridSize;
}

double roundToGrid(double v)
{
    return std::round(v / GridSize) * GridSize;
}

}  // namespace layout

namespace {

using namespace layout;

// The boxes already on the canvas, bucketed by cell so that finding a free place stays cheap
// on designs of thousands of components.
class Occupancy
{
public:
    void add(const QRectF &r)
    {
        m_rects.push_back(r);
        const int index = static_cast<int>(m_rects.size()) - 1;
        forCells(r, [&](quint64 key) { m_cells[key].push_back(index); });
    }

    // Boxes closer than a grid step count as touching: a gap keeps labels and connectors apart.
    bool isFree(const QRectF &r) const
    {
        const QRectF padded = r.adjusted(-GridSize + 1, -GridSize + 1, GridSize - 1, GridSize - 1);
        bool free = true;
        forCells(padded, [&](quint64 key) {
            if (!free)
                return;
            const auto it = m_cells.constFind(key);
            if (it == m_cells.cend())
                return;
            for (int index : *it) {
                if (m_rects[static_cast<size_t>(index)].intersects(padded)) {
                    free = false;
                    return;
                }
            }
        });
        return free;
    }

private:
    static constexpr double Bucket = 400;

    template<typename F>
    static void forCells(const QRectF &r, F &&f)
    {
        // Bounded before the conversion, which is undefined for values beyond qint64.
        const auto cellOf = [](double v) -> qint64 {
            if (std::isnan(v))
                return 0;
            return static_cast<qint64>(std::clamp(std::floor(v / Bucket), -1e15, 1e15));
        };
        const qint64 x0 = cellOf(r.left());
        const qint64 x1 = cellOf(r.right());
        const qint64 y0 = cellOf(r.top());
        const qint64 y1 = cellOf(r.bottom());
        // A hand-written position far out (1e300) must not turn into billions of cells.
        if (x1 - x0 > 64 || y1 - y0 > 64) {
            f(std::numeric_limits<quint64>::max());
            return;
        }
        for (qint64 x = x0; x <= x1; ++x) {
            for (qint64 y = y0; y <= y1; ++y)
                f((static_cast<quint64>(static_cast<quint32>(x)) << 32)
                  | static_cast<quint32>(y));
        }
    }

public:
    std::size_t size() const { return m_rects.size(); }

private:
    std::vector<QRectF> m_rects;
    QHash<quint64, std::vector<int>> m_cells;
};

// A box blocks at most four cells of the grid a free place is looked for in, so a free one
// is found within this many tries, unless the coordinates are so large that the steps between
// cells vanish in their rounding: then the box goes where the search stands.
bool searchedEnough(int tries, const Occupancy &occupied)
{
    return static_cast<std::size_t>(tries) > 4 * occupied.size() + 16;
}

// Places the children of `region` that have no position in a grid below its title band.
void placeChildren(const Component &region, const std::vector<Component *> &children,
                   Occupancy &occupied)
{
    int missing = 0;
    for (const Component *c : children)
        missing += c->pos ? 0 : 1;
    if (missing == 0)
        return;
    const QPointF origin = *region.pos + QPointF(RegionMargin, RegionTitleHeight + RegionMargin);
    int columns;
    if (region.size) {
        const double room = region.size->width() - 2 * RegionMargin - ComponentWidth;
        columns = std::max(1, static_cast<int>(std::floor(room / CellWidth)) + 1);
    } else {
        // Square-ish, but never wider than four boxes: a region reads as a column of tiers.
        const int total = static_cast<int>(children.size());
        columns = std::clamp(static_cast<int>(std::ceil(std::sqrt(double(total)))), 1, 4);
    }
    int cell = 0;
    for (Component *c : children) {
        if (c->pos)
            continue;
        for (int tries = 0;; ++cell, ++tries) {
            const QPointF p(roundToGrid(origin.x() + (cell % columns) * CellWidth),
                            roundToGrid(origin.y() + (cell / columns) * CellHeight));
            const QRectF box(p, componentSize());
            if (occupied.isFree(box) || searchedEnough(tries, occupied)) {
                c->pos = p;
                occupied.add(box);
                ++cell;
                break;
            }
        }
    }
}

// Makes a region without a size just large enough for its children.
void fitRegion(Component &region, const std::vector<Component *> &children)
{
    if (region.size)
        return;
    const QPointF origin = *region.pos;
    double right = origin.x() + MinRegionWidth;
    double bottom = origin.y() + MinRegionHeight;
    for (const Component *c : children) {
        if (!c->pos)
            continue;
        right = std::max(right, c->pos->x() + ComponentWidth + RegionMargin);
        bottom = std::max(bottom, c->pos->y() + ComponentHeight + RegionMargin);
    }
    region.size = QSizeF(ceilToGrid(right - origin.x()), ceilToGrid(bottom - origin.y()));
}

}  // namespace

bool hasMissingPositions(const Design &design)
{
    for (const auto &[id, c] : design.components) {
        if (!c.pos || (c.kind == ComponentKind::Region && !c.size))
            return true;
    }
    return false;
}

void layoutMissingPositions(Design &design)
{
    if (!hasMissingPositions(design))
        return;

    std::vector<Component *> regions;
    QHash<QString, std::vector<Component *>> childrenOf;
    std::vector<Component *> others;
    Occupancy occupied;
    for (auto &[id, c] : design.components) {
        if (c.kind == ComponentKind::Region) {
            regions.push_back(&c);
            continue;
        }
        const Component *parent = design.component(c.parent);
        if (parent && parent->kind == ComponentKind::Region)
            childrenOf[c.parent].push_back(&c);
        else
            others.push_back(&c);
        if (c.pos)
            occupied.add(componentRect(c));
    }

    // Regions that can be placed where they stand: those with a position, and those around
    // their positioned children.
    std::vector<Component *> pending;
    double regionsRight = -std::numeric_limits<double>::infinity();
    double regionsTop = std::numeric_limits<double>::infinity();
    double regionsLeft = std::numeric_limits<double>::infinity();
    for (Component *region : regions) {
        const std::vector<Component *> &children = childrenOf[region->id];
        if (!region->pos) {
            double left = std::numeric_limits<double>::infinity();
            double top = std::numeric_limits<double>::infinity();
            for (const Component *c : children) {
                if (c->pos) {
                    left = std::min(left, c->pos->x());
                    top = std::min(top, c->pos->y());
                }
            }
            if (std::isinf(left)) {
                pending.push_back(region);
                continue;
            }
            region->pos = QPointF(std::floor((left - RegionMargin) / GridSize) * GridSize,
                                  std::floor((top - RegionTitleHeight - RegionMargin) / GridSize)
                                      * GridSize);
        }
        placeChildren(*region, children, occupied);
        fitRegion(*region, children);
        const QRectF r = componentRect(*region);
        regionsRight = std::max(regionsRight, r.right());
        regionsTop = std::min(regionsTop, r.top());
        regionsLeft = std::min(regionsLeft, r.left());
    }

    // The rest go side by side to the right, top-aligned with the others.
    double x = std::isinf(regionsRight) ? 0 : ceilToGrid(regionsRight + RegionGap);
    const double y = std::isinf(regionsTop) ? 0 : roundToGrid(regionsTop);
    for (Component *region : pending) {
        region->pos = QPointF(x, y);
        placeChildren(*region, childrenOf[region->id], occupied);
        fitRegion(*region, childrenOf[region->id]);
        x = ceilToGrid(x + region->size->width() + RegionGap);
        regionsTop = std::min(regionsTop, y);
        regionsLeft = std::min(regionsLeft, region->pos->x());
    }

    // Global services in a row above the regions, left-aligned with them.
    const double rowY = std::isinf(regionsTop)
        ? 0
        : roundToGrid(regionsTop - RegionGap - ComponentHeight);
    const double rowX = std::isinf(regionsLeft) ? 0 : roundToGrid(regionsLeft);
    int cell = 0;
    for (Component *c : others) {
        if (c->pos)
            continue;
        for (int tries = 0;; ++cell, ++tries) {
            const QPointF p(rowX + cell * CellWidth, rowY);
            const QRectF box(p, componentSize());
            if (occupied.isFree(box) || searchedEnough(tries, occupied)) {
                c->pos = p;
                occupied.add(box);
                ++cell;
                break;
            }
        }
    }
}

}  // namespace continuity
