// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QStringList>

#include <memory>
#include <optional>

class QMimeData;

namespace continuity {

class CanvasScene;

/// Copy and paste of design fragments: the components and connections copied, as the same JSON
/// a design file holds, under FragmentMimeType (and as text, for pasting into an editor). Works
/// between windows and between processes through the system clipboard.
namespace clipboard {

/// The fragment made of `ids`: those components, the children of the regions among them, and
/// the connections among them (a selected connection counts only with both ends). Positions
/// and sizes are those shown on `scene`, also where the design leaves them out.
Design fragmentOf(const CanvasScene &scene, const QStringList &ids);

/// The fragment as clipboard data.
std::unique_ptr<QMimeData> toMimeData(const Design &fragment);

/// Reads a fragment from clipboard data: FragmentMimeType, else text holding a design. The
/// data is untrusted (another process may have put it there): it goes through the same
/// checks as a file. nullopt when the data holds no fragment.
std::optional<Design> fromMimeData(const QMimeData *data);

/// The top-left corner of the area a fragment covers (its components' positions).
QPointF fragmentOrigin(const Design &fragment);

}  // namespace clipboard

}  // namespace continuity
