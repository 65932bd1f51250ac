// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/clipboard.h"

#include "model/document.h"
#include "model/io/designjson.h"
#include "model/layout.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/componentitem.h"

#include <QMimeData>
#include <QSet>

#include <cmath>
#include <limits>

namespace continuity::clipboard {

Design fragmentOf(const CanvasScene &scene, const QStringList &ids)
{
    const Document &doc = *scene.document();
    Design fragment;
    fragment.deploymentModel = doc.deploymentModel();
    QStringList pending = ids;
    QSet<QString> connectionIds;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (doc.connection(id)) {
            connectionIds.insert(id);
            continue;
        }
        const Component *c = doc.component(id);
        if (!c || fragment.components.count(id))
            continue;
        Component copy = *c;
        if (const ComponentItem *item = scene.componentItem(id)) {
            copy.pos = item->rect().topLeft();
            if (c->kind == ComponentKind::Region)
                copy.size = item->rect().size();
        }
        fragment.components.emplace(id, std::move(copy));
        if (c->kind == ComponentKind::Region)
            pending += doc.childrenOf(id);
    }
    // Connections among the copied components come along; a selected one needs both ends.
    for (const auto &[id, c] : fragment.components) {
        for (const QString &cid : doc.connectionsOf(id))
            connectionIds.insert(cid);
    }
    for (const QString &cid : std::as_const(connectionIds)) {
        const Connection *c = doc.connection(cid);
        if (c && fragment.components.count(c->from) && fragment.components.count(c->to))
            fragment.connections.emplace(cid, *c);
    }
    return fragment;
}

std::unique_ptr<QMimeData> toMimeData(const Design &fragment)
{
    const QByteArray bytes = QByteArray::fromStdString(designToJson(fragment).dump(2));
    auto data = std::make_unique<QMimeData>();
    data->setData(QString::fromLatin1(FragmentMimeType), bytes);
    data->setText(QString::fromUtf8(bytes));
    return data;
}

std::optional<Design> fromMimeData(const QMimeData *data)
{
    if (!data)
        return std::nullopt;
    QByteArray bytes;
    if (data->hasFormat(QString::fromLatin1(FragmentMimeType))) {
        bytes = data->data(QString::fromLatin1(FragmentMimeType));
    } else if (data->hasText()) {
        const QString text = data->text();
        // Only text that says what it is: pasting a random note must not try to load it.
        if (!text.trimmed().startsWith(QLatin1Char('{'))
            || !text.contains(QLatin1String("continuity-design")))
            return std::nullopt;
        bytes = text.toUtf8();
    } else {
        return std::nullopt;
    }
    LoadResult result = readDesign(bytes);
    if (!result.design || result.design->components.empty())
        return std::nullopt;
    layoutMissingPositions(*result.design);
    return std::move(result.design);
}

QPointF fragmentOrigin(const Design &fragment)
{
    double left = std::numeric_limits<double>::infinity();
    double top = std::numeric_limits<double>::infinity();
    for (const auto &[id, c] : fragment.components) {
        if (!c.pos)
            continue;
        left = std::min(left, c.pos->x());
        top = std::min(top, c.pos->y());
    }
    if (std::isinf(left))
        return {};
    return {left, top};
}

}  // namespace continuity::clipboard
