// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/estimation/estimate.h"

#include <QCoreApplication>

namespace continuity {

struct Component;
struct Fact;
struct Resolved;

namespace estimation {

/// Translates estimate texts: EstimateText::tr("…") (context "Estimate"). Qualified calls let
/// lupdate file them under the context they are looked up in.
struct EstimateText {
    Q_DECLARE_TR_FUNCTIONS(Estimate)
};

/// A number for a term's text: at most `decimals` decimals, no trailing zeros, no grouping.
QString num(double value, int decimals = 4);
/// Seconds for a term's text: "60 s", or "3600 s (1 h)" when a minute or more.
QString secondsText(double seconds);
/// An SLA fraction as a percentage for a term's text: "99.95 %".
QString percentText(double fraction);

/// The value an estimate used for a catalog entry, with its provenance; `value` is the resolved
/// one (the design's override where it has one). An empty value reads as 0.
FactRef refOf(const Resolved &resolved);
/// A component property the user set, used in place of a catalog default.
FactRef designRef(const Component &component, const char *key, double value, const QString &unit);

/// A term whose principal entry is inputs.front() (none: a term with no source, e.g. a sum).
Term makeTerm(QString what, double amount, QString unit, std::vector<FactRef> inputs);

}  // namespace estimation
}  // namespace continuity
