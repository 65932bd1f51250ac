// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QRectF>
#include <QSizeF>

namespace continuity {

/// The canvas geometry shared by the editor and the exports, in scene units (pixels at 100%).
namespace layout {

/// A component (anything but a region) is a box of this size at its (x, y) top-left.
inline constexpr double ComponentWidth = 120;
inline constexpr double ComponentHeight = 80;
/// The band at the top of a region that holds its name, location and zones.
inline constexpr double RegionTitleHeight = 40;
/// Space between a region's border (or title band) and its children.
inline constexpr double RegionMargin = 20;
/// The snapping grid.
inline constexpr int GridSize = 20;
/// Distance between the top-left corners of neighbouring boxes placed by layoutMissingPositions:
/// room between them for connectors and their labels.
inline constexpr double CellWidth = 200;
inline constexpr double CellHeight = 140;
/// Space between regions placed side by side, and between the row of global services and the
/// regions below it.
inline constexpr double RegionGap = 80;
/// The smallest region: room for one box inside its margins.
inline constexpr double MinRegionWidth = 2 * RegionMargin + ComponentWidth;
inline constexpr double MinRegionHeight = RegionTitleHeight + 2 * RegionMargin + ComponentHeight;
/// The size addComponent gives a new region.
inline constexpr double DefaultRegionWidth = 560;
inline constexpr double DefaultRegionHeight = 400;

inline QSizeF componentSize() { return {ComponentWidth, ComponentHeight}; }

/// The rectangle a component covers: a region's stored size (or the smallest region when it
/// has none), a box for every other kind. A component without a position sits at the origin.
QRectF componentRect(const Component &c);

/// The area of a region where its children go: below the title band, inside the margins.
QRectF regionContentRect(const QRectF &regionRect);

/// Rounds a value up to the next multiple of the grid.
double ceilToGrid(double v);
/// Rounds a value to the nearest multiple of the grid.
double roundToGrid(double v);

}  // namespace layout

/// Gives every component without a position one, and every region without a size one, so that
/// a design written by hand or by a script reads well on the canvas and in the exports:
/// - a regional component is placed inside its region, in a grid of cells (layout::CellWidth by
///   layout::CellHeight) below the title band, skipping cells taken by positioned boxes;
/// - a region without a size gets one that holds its children with a layout::RegionMargin
///   margin (at least the smallest region);
/// - regions without a position go side by side, to the right of the positioned ones, in id
///   order; when some of their children have positions, the region is put around them instead;
/// - global services (and components whose parent is missing or not a region) go in a row
///   above the regions, skipping taken places.
/// Positions and sizes that are present are never changed, even where they overlap; a region
/// whose stored size is too small for the grid gets rows below its border. Positions are
/// multiples of layout::GridSize. Does nothing to a design where everything is placed.
void layoutMissingPositions(Design &design);

/// True when some component lacks a position, or some region lacks a size.
bool hasMissingPositions(const Design &design);

}  // namespace continuity
