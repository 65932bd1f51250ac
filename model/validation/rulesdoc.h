// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace continuity {

/// The user documentation of the rules, docs/rules.md, generated from allRules(): every rule
/// with its id, severity, model, when it fires and the guidance it comes from, grouped by model.
/// English (the source texts), Markdown, ending with a newline.
QString rulesMarkdown();

}  // namespace continuity
