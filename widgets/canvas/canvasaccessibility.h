// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace continuity {

class Document;
class LiveValidator;

/// What a screen reader says about the canvas beyond its name: the graphics items are not
/// accessible objects of their own, so the canvas describes the selection ("AKS cluster
/// aks-east in East US 2, 2 findings: …") or, with nothing selected, what the design holds.
QString describeCanvasSelection(const Document &document, const LiveValidator *validator);

/// Keeps `canvas`'s accessible description up to date with describeCanvasSelection as the
/// selection, the design and the findings change, and tells assistive technology.
void trackCanvasDescription(QWidget *canvas, Document *document, LiveValidator *validator);

}  // namespace continuity
