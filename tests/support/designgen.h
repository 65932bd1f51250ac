// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

namespace continuity::testsupport {

/// Generates a large design deterministically from `seed`, in the shape design/QUALITY.md
/// describes: `components` components in components/50 regions (200 for 10,000), 1.5
/// connections per component, a third of them spanning the whole canvas (router edges to
/// far gateways, replication between far regions, the firewall policy to every hub).
/// Every component has a position; the design is structurally sound, so that validation and
/// estimation do real work rather than reporting dangling ids.
Design generateDesign(int components, unsigned seed = 1);

}  // namespace continuity::testsupport
