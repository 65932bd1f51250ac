// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"
#include "model/validation/finding.h"

#include <QString>

namespace continuity {

/// User-visible, translated names of the format's values, for menus, panels and dialogs. The
/// file names (toString) stay what files and the command line use.

/// "Active-active", "Active-passive", "Passive-cold", "Single region".
QString deploymentModelLabel(DeploymentModel model);
/// One sentence: what the model is, for tooltips and the template dialog.
QString deploymentModelDescription(DeploymentModel model);
/// One sentence: what a component of this kind is, for the palette's tooltips.
QString kindDescription(ComponentKind kind);
/// "Traffic", "Uses", …
QString connectionKindLabel(ConnectionKind kind);
/// "Error", "Warning", "Info".
QString severityLabel(Severity severity);
/// The label of an enumerated property value ("azureSql" → "Azure SQL Database"); values
/// without a label of their own are shown as they are written, first letter capitalised.
QString choiceLabel(const QString &value);
/// A translated text with a count ("%n error(s)"): where no translation gave the plural forms,
/// the English source's "(s)" becomes "s", or nothing when `n` is 1.
QString plural(QString translated, int n);
/// The translated label of a property of the kinds table.
QString propertyLabel(const char *label);
/// What a component is called on screen: its name, else its id.
QString componentDisplayName(const Component &component);

}  // namespace continuity
