// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/icons.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QSvgRenderer>

#include <array>
#include <memory>

namespace continuity {

namespace {

QString fileName(ComponentKind kind)
{
    return toString(kind);
}

struct Renderers {
    std::array<std::unique_ptr<QSvgRenderer>, ComponentKindCount> renderers;
    QHash<quint64, QPixmap> pixmaps;
};

Renderers &renderers()
{
    static Renderers r;
    return r;
}

}  // namespace

QString iconPath(const QString &name)
{
    const QString resource = QStringLiteral(":/icons/%1.svg").arg(name);
    if (QFileInfo::exists(resource))
        return resource;
#ifdef CONTINUITY_ICON_DIR
    const QString file = QStringLiteral(CONTINUITY_ICON_DIR "/%1.svg").arg(name);
    if (QFileInfo::exists(file))
        return file;
#endif
    return {};
}

QIcon kindIcon(ComponentKind kind)
{
    const QString path = iconPath(fileName(kind));
    return path.isEmpty() ? QIcon() : QIcon(path);
}

QIcon appIcon()
{
    const QString path = iconPath(QStringLiteral("continuity"));
    return path.isEmpty() ? QIcon() : QIcon(path);
}

QColor kindAccent(ComponentKind kind)
{
    // Keep in step with the stroke colours of resources/icons/*.svg.
    switch (kind) {
    case ComponentKind::Region: return QColor(0x64, 0x74, 0x8b);
    case ComponentKind::FrontDoor:
    case ComponentKind::TrafficManager:
    case ComponentKind::ApplicationGateway: return QColor(0x0b, 0x8f, 0xd0);
    case ComponentKind::AksCluster:
    case ComponentKind::ContainerRegistry: return QColor(0x5b, 0x5f, 0xe0);
    case ComponentKind::Database:
    case ComponentKind::StorageAccount: return QColor(0x17, 0xa3, 0x4a);
    case ComponentKind::KeyVault:
    case ComponentKind::Firewall:
    case ComponentKind::FirewallPolicy: return QColor(0xc0, 0x2c, 0xcf);
    case ComponentKind::LogAnalytics:
    case ComponentKind::BackupVault: return QColor(0x0d, 0x94, 0x88);
    }
    return QColor(0x64, 0x74, 0x8b);
}

static QSvgRenderer *kindRenderer(ComponentKind kind)
{
    auto &renderer = renderers().renderers[static_cast<size_t>(kind)];
    if (!renderer) {
        renderer = std::make_unique<QSvgRenderer>();
        const QString path = iconPath(fileName(kind));
        if (!path.isEmpty())
            renderer->load(path);
    }
    return renderer.get();
}

QPixmap kindPixmap(ComponentKind kind, int pixelSize)
{
    Renderers &r = renderers();
    const quint64 key = (quint64(static_cast<int>(kind)) << 32) | quint32(pixelSize);
    const auto it = r.pixmaps.constFind(key);
    if (it != r.pixmaps.cend())
        return *it;
    // Zooming through many levels renders many sizes; keep the cache small.
    if (r.pixmaps.size() > 400)
        r.pixmaps.clear();
    QSvgRenderer *renderer = kindRenderer(kind);
    QPixmap pixmap(pixelSize, pixelSize);
    pixmap.fill(Qt::transparent);
    if (renderer->isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer->render(&painter, QRectF(0, 0, pixelSize, pixelSize));
    }
    r.pixmaps.insert(key, pixmap);
    return pixmap;
}

static VectorIconSink &iconSink()
{
    static VectorIconSink sink;
    return sink;
}

void setVectorIconSink(VectorIconSink sink)
{
    iconSink() = std::move(sink);
}

QByteArray kindIconSource(ComponentKind kind)
{
    QFile file(iconPath(fileName(kind)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void drawKindIcon(QPainter *painter, ComponentKind kind, const QRectF &rect, int pixelSize)
{
    const QPaintEngine *engine = painter->paintEngine();
    const QPaintEngine::Type type = engine ? engine->type() : QPaintEngine::Raster;
    if (type == QPaintEngine::SVG && iconSink()) {
        iconSink()(painter, kind, rect);
        return;
    }
    if (type == QPaintEngine::SVG || type == QPaintEngine::Pdf) {
        QSvgRenderer *renderer = kindRenderer(kind);
        if (renderer->isValid())
            renderer->render(painter, rect);
        return;
    }
    painter->drawPixmap(rect, kindPixmap(kind, pixelSize), QRectF(0, 0, pixelSize, pixelSize));
}

}  // namespace continuity
