// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/canvasaccessibility.h"

#include "model/document.h"
#include "model/kinds.h"
#include "model/validation/validator.h"
#include "widgets/panels/labels.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace continuity {

namespace {

// Translated in the "CanvasAccessibility" context; lupdate reads the qualified calls.
struct A11yText {
    Q_DECLARE_TR_FUNCTIONS(CanvasAccessibility)
};

QString nameOf(const Component &c)
{
    return c.name.isEmpty() ? c.id : c.name;
}

QString describeComponent(const Document &document, const Component &c,
                          const LiveValidator *validator)
{
    QString text = A11yText::tr("%1 %2").arg(kindLabel(c.kind), nameOf(c));
    if (const Component *region = document.component(c.parent))
        text = A11yText::tr("%1 in %2").arg(text, nameOf(*region));
    if (validator) {
        const std::vector<Finding> findings = validator->findingsFor(c.id);
        if (!findings.empty()) {
            QStringList messages;
            for (const Finding &f : findings)
                messages << f.message;
            const int n = int(findings.size());
            text = plural(A11yText::tr("%1; %n finding(s): %2", nullptr, n), n)
                       .arg(text, messages.join(QLatin1Char(' ')));
        }
    }
    return text;
}

}  // namespace

QString describeCanvasSelection(const Document &document, const LiveValidator *validator)
{
    const QStringList ids = document.selectedIds();
    const Design &design = document.design();
    if (ids.isEmpty()) {
        const int components = int(design.components.size());
        const int connections = int(design.connections.size());
        return plural(A11yText::tr("Nothing selected. The design holds %n component(s)", nullptr,
                                   components),
                      components)
               + plural(A11yText::tr(" and %n connection(s).", nullptr, connections), connections);
    }
    if (ids.size() == 1) {
        if (const Component *c = document.component(ids.front()))
            return A11yText::tr("Selected: %1.").arg(describeComponent(document, *c, validator));
        if (const Connection *k = design.connection(ids.front())) {
            const Component *from = document.component(k->from);
            const Component *to = document.component(k->to);
            return A11yText::tr("Selected: the connection from %1 to %2.")
                .arg(from ? nameOf(*from) : k->from, to ? nameOf(*to) : k->to);
        }
    }
    QStringList names;
    for (const QString &id : ids) {
        if (const Component *c = document.component(id))
            names << nameOf(*c);
    }
    const int n = int(ids.size());
    return plural(A11yText::tr("%n item(s) selected: %1.", nullptr, n), n)
        .arg(names.join(QStringLiteral(", ")));
}

void trackCanvasDescription(QWidget *canvas, Document *document, LiveValidator *validator)
{
    QPointer<QWidget> target(canvas);
    auto pending = std::make_shared<bool>(false);
    // Coalesced to once per event-loop turn: a drag or an undo changes much at once.
    const auto update = [target, document, validator, pending] {
        if (*pending)
            return;
        *pending = true;
        QTimer::singleShot(0, target, [target, document, validator, pending] {
            *pending = false;
            if (!target)
                return;
            const QString text = describeCanvasSelection(*document, validator);
            if (text == target->accessibleDescription())
                return;
            target->setAccessibleDescription(text);
            QAccessibleEvent event(target, QAccessible::DescriptionChanged);
            QAccessible::updateAccessibility(&event);
        });
    };
    QObject::connect(document, &Document::selectionChanged, canvas, update);
    QObject::connect(document, &Document::designReset, canvas, update);
    QObject::connect(document, &Document::componentsAdded, canvas, update);
    QObject::connect(document, &Document::componentsRemoved, canvas, update);
    QObject::connect(document, &Document::componentsChanged, canvas, update);
    if (validator)
        QObject::connect(validator, &LiveValidator::findingsChanged, canvas, update);
    update();
}

}  // namespace continuity
