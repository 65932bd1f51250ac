// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/estimation/estimate.h"

#include <QObject>

#include <memory>
#include <vector>

namespace continuity {

class Catalog;
class Document;

/// Keeps the estimate of a document up to date as it changes. After an edit it reprices only
/// the components the edit can affect, and recomputes the recovery figures from per-region
/// sums and the availability only when an edit can change it.
///
/// The work is done when the figures are read: estimate() and alternatives() are current as
/// soon as an intent returns, however many signals it emitted. estimateChanged() is emitted for
/// each change of the document; a widget coalesces it to one refresh per event-loop turn.
class LiveEstimator : public QObject
{
    Q_OBJECT

public:
    /// `catalog` defaults to Catalog::builtin(); it must outlive the estimator.
    explicit LiveEstimator(Document *document, const Catalog *catalog = nullptr,
                           QObject *parent = nullptr);
    ~LiveEstimator() override;

    /// The figures of the design as it is: equal to estimateDesign(document->design(),
    /// {.costTerms = false}), except for the order in which the total's floating-point sum was
    /// taken. The cost lines hold their figures; costLine() gives one with its terms.
    const Estimate &estimate() const;
    /// One component's cost line with its terms and basis (as estimateDesign() gives it); an
    /// empty line for an id that is not a priced component.
    CostLine costLine(const QString &componentId) const;
    /// The design under each of the four models: equal to alternatives(document->design()).
    const std::vector<Alternative> &alternatives() const;
    const Catalog &catalog() const;

signals:
    /// The figures may have changed; read them with estimate() and alternatives().
    void estimateChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace continuity
