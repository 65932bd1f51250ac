// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace continuity {

/// Makes untrusted text safe in XML content and in double- or single-quoted attribute values:
/// escapes & < > " ' and drops the characters XML 1.0 does not allow (controls other than tab
/// and line breaks, U+FFFE, U+FFFF, unpaired surrogates).
QString xmlEscaped(const QString &text);

/// Checks that `svg` is well-formed and safe to open anywhere: no script, foreignObject or
/// other active element, no on* event attribute, no reference outside the document (an href
/// is either a fragment "#id" or an inline "data:image/png|jpeg" URI) and no DOCTYPE or
/// entity declarations. On failure returns false and says why in `why`.
bool checkSvgSafety(const QByteArray &svg, QString *why = nullptr);

}  // namespace continuity
