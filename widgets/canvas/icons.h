// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

#include <functional>

class QPainter;

namespace continuity {

/// The icon of a component kind, drawn by the project (resources/icons/<kind>.svg), for the
/// palette, menus and panels. Readable from 16 to 64 pixels on light and dark backgrounds.
QIcon kindIcon(ComponentKind kind);
/// The application's icon (resources/icons/continuity.svg).
QIcon appIcon();

/// Where an icon file is read from: the resource ":/icons/<name>.svg" when the binary holds it,
/// else the source tree's resources/icons folder (for builds that have not registered the
/// resources yet), else an empty string.
QString iconPath(const QString &name);

/// The accent colour of a kind's family (networking, compute, data, security, operations),
/// the colour its icon is drawn in.
QColor kindAccent(ComponentKind kind);

/// A kind's icon rendered at `pixelSize` device pixels, cached: the canvas paints thousands of
/// items, and rendering SVG for each would cost more than the rest of the frame.
QPixmap kindPixmap(ComponentKind kind, int pixelSize);

/// Draws a kind's icon into `rect`: on vector devices (SVG, PDF) as the icon's own vector
/// shapes, so that exports stay sharp and hold no bitmaps; elsewhere as kindPixmap at
/// `pixelSize`.
void drawKindIcon(QPainter *painter, ComponentKind kind, const QRectF &rect, int pixelSize);

/// While set, drawKindIcon hands the icons it would draw on an SVG device to `sink` (with the
/// painter, whose transform and opacity place them) instead of drawing them: an SVG export
/// then writes each kind's shapes once and refers to them. Pass an empty function to unset.
using VectorIconSink = std::function<void(QPainter *, ComponentKind, const QRectF &)>;
void setVectorIconSink(VectorIconSink sink);
/// The icon file of a kind, as SVG source (empty when there is none).
QByteArray kindIconSource(ComponentKind kind);

}  // namespace continuity
