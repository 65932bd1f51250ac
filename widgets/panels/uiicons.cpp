// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/uiicons.h"

#include <QApplication>
#include <QFont>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <functional>

namespace continuity {

namespace {

using Draw = std::function<void(QPainter &, const QColor &)>;

// Paints on demand, at the requested size and in the palette of the moment, so that the icons
// stay sharp at any size and follow a theme change without being rebuilt.
class PaintedIconEngine : public QIconEngine
{
public:
    explicit PaintedIconEngine(Draw draw, bool monochrome)
        : m_draw(std::move(draw))
        , m_monochrome(monochrome)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor color = palette.color(QPalette::WindowText);
        if (mode == QIcon::Selected)
            color = palette.color(QPalette::HighlightedText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(m_monochrome ? 0.35 : 0.45);
        // All drawings are made on a 24 × 24 grid.
        const qreal side = std::min(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        m_draw(*painter, color);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pm = pixmap(size * scale, mode, state);
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_draw, m_monochrome); }

private:
    Draw m_draw;
    bool m_monochrome;
};

QPen linePen(const QColor &color, qreal width = 1.6)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

QIcon painted(Draw draw, bool monochrome = true)
{
    return QIcon(new PaintedIconEngine(std::move(draw), monochrome));
}

void drawMagnifier(QPainter &p, const QColor &c)
{
    p.setPen(linePen(c));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(10, 10), 6, 6);
    p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20));
}

void drawPage(QPainter &p, const QColor &c, const QRectF &r)
{
    QPainterPath page;
    page.addRoundedRect(r, 1.5, 1.5);
    p.setPen(linePen(c));
    p.setBrush(Qt::NoBrush);
    p.drawPath(page);
}

// An alignment icon: a guide line and two bars of different lengths snapped to it.
void drawAlign(QPainter &p, const QColor &c, Qt::Alignment a)
{
    p.setPen(linePen(c));
    const bool horizontal = a & (Qt::AlignLeft | Qt::AlignHCenter | Qt::AlignRight);
    QColor fill = c;
    fill.setAlphaF(0.25);
    p.setBrush(fill);
    if (horizontal) {
        const qreal x = a & Qt::AlignLeft ? 4 : a & Qt::AlignRight ? 20 : 12;
        p.drawLine(QPointF(x, 3), QPointF(x, 21));
        auto bar = [&](qreal y, qreal w) {
            const qreal left = a & Qt::AlignLeft    ? x + 2
                               : a & Qt::AlignRight ? x - 2 - w
                                                    : x - w / 2;
            p.drawRoundedRect(QRectF(left, y, w, 5), 1, 1);
        };
        bar(6, a & Qt::AlignHCenter ? 14 : 12);
        bar(13, a & Qt::AlignHCenter ? 8 : 7);
    } else {
        const qreal y = a & Qt::AlignTop ? 4 : a & Qt::AlignBottom ? 20 : 12;
        p.drawLine(QPointF(3, y), QPointF(21, y));
        auto bar = [&](qreal x, qreal h) {
            const qreal top = a & Qt::AlignTop      ? y + 2
                              : a & Qt::AlignBottom ? y - 2 - h
                                                    : y - h / 2;
            p.drawRoundedRect(QRectF(x, top, 5, h), 1, 1);
        };
        bar(6, a & Qt::AlignVCenter ? 14 : 12);
        bar(13, a & Qt::AlignVCenter ? 8 : 7);
    }
}

void drawCurvedArrow(QPainter &p, const QColor &c, bool mirrored)
{
    if (mirrored) {
        p.translate(24, 0);
        p.scale(-1, 1);
    }
    p.setPen(linePen(c, 1.8));
    p.setBrush(Qt::NoBrush);
    QPainterPath path;
    path.moveTo(5, 10);
    path.lineTo(14, 10);
    path.arcTo(QRectF(9, 10, 10, 10), 90, -180);
    path.lineTo(10, 20);
    p.drawPath(path);
    QPainterPath head;
    head.moveTo(9, 6);
    head.lineTo(5, 10);
    head.lineTo(9, 14);
    p.drawPath(head);
}

Draw drawingFor(ActionIcon icon)
{
    switch (icon) {
    case ActionIcon::New:
        return [](QPainter &p, const QColor &c) {
            QPainterPath page;
            page.moveTo(6, 3);
            page.lineTo(14, 3);
            page.lineTo(19, 8);
            page.lineTo(19, 21);
            page.lineTo(6, 21);
            page.closeSubpath();
            page.moveTo(14, 3);
            page.lineTo(14, 8);
            page.lineTo(19, 8);
            p.setPen(linePen(c));
            p.drawPath(page);
        };
    case ActionIcon::Open:
        return [](QPainter &p, const QColor &c) {
            QPainterPath folder;
            folder.moveTo(3, 19);
            folder.lineTo(3, 5);
            folder.lineTo(9, 5);
            folder.lineTo(11, 7);
            folder.lineTo(18, 7);
            folder.lineTo(18, 10);
            folder.moveTo(3, 19);
            folder.lineTo(6, 10);
            folder.lineTo(21, 10);
            folder.lineTo(18, 19);
            folder.closeSubpath();
            p.setPen(linePen(c));
            p.drawPath(folder);
        };
    case ActionIcon::Save:
        return [](QPainter &p, const QColor &c) {
            p.setPen(linePen(c));
            QPainterPath disk;
            disk.moveTo(4, 4);
            disk.lineTo(17, 4);
            disk.lineTo(20, 7);
            disk.lineTo(20, 20);
            disk.lineTo(4, 20);
            disk.closeSubpath();
            p.drawPath(disk);
            p.drawRect(QRectF(8, 4, 7, 5));
            p.drawRoundedRect(QRectF(7, 13, 10, 7), 1, 1);
        };
    case ActionIcon::Template:
        return [](QPainter &p, const QColor &c) {
            p.setPen(linePen(c));
            QColor fill = c;
            fill.setAlphaF(0.2);
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(3.5, 3.5, 7, 7), 1.5, 1.5);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(13.5, 3.5, 7, 7), 1.5, 1.5);
            p.drawRoundedRect(QRectF(3.5, 13.5, 7, 7), 1.5, 1.5);
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(13.5, 13.5, 7, 7), 1.5, 1.5);
        };
    case ActionIcon::Undo:
        return [](QPainter &p, const QColor &c) { drawCurvedArrow(p, c, false); };
    case ActionIcon::Redo:
        return [](QPainter &p, const QColor &c) { drawCurvedArrow(p, c, true); };
    case ActionIcon::Cut:
        return [](QPainter &p, const QColor &c) {
            p.setPen(linePen(c));
            p.drawEllipse(QPointF(7, 17.5), 3, 3);
            p.drawEllipse(QPointF(17, 17.5), 3, 3);
            p.drawLine(QPointF(9, 15), QPointF(17, 3.5));
            p.drawLine(QPointF(15, 15), QPointF(7, 3.5));
        };
    case ActionIcon::Copy:
        return [](QPainter &p, const QColor &c) {
            drawPage(p, c, QRectF(8.5, 8.5, 11.5, 12.5));
            p.setPen(linePen(c));
            QPainterPath back;
            back.moveTo(5.5, 16);
            back.lineTo(4.5, 16);
            back.lineTo(4.5, 3.5);
            back.lineTo(15.5, 3.5);
            back.lineTo(15.5, 5);
            p.drawPath(back);
        };
    case ActionIcon::Paste:
        return [](QPainter &p, const QColor &c) {
            drawPage(p, c, QRectF(5, 5, 14, 16));
            p.setPen(linePen(c));
            QColor fill = c;
            fill.setAlphaF(0.25);
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(9, 3, 6, 4), 1, 1);
            p.drawLine(QPointF(8.5, 12), QPointF(15.5, 12));
            p.drawLine(QPointF(8.5, 16), QPointF(13.5, 16));
        };
    case ActionIcon::Duplicate:
        return [](QPainter &p, const QColor &c) {
            drawPage(p, c, QRectF(8.5, 8.5, 12, 12));
            p.setPen(linePen(c));
            p.drawLine(QPointF(14.5, 11.5), QPointF(14.5, 17.5));
            p.drawLine(QPointF(11.5, 14.5), QPointF(17.5, 14.5));
            QPainterPath back;
            back.moveTo(5.5, 15.5);
            back.lineTo(3.5, 15.5);
            back.lineTo(3.5, 3.5);
            back.lineTo(15.5, 3.5);
            back.lineTo(15.5, 5.5);
            p.drawPath(back);
        };
    case ActionIcon::Delete:
        return [](QPainter &p, const QColor &c) {
            p.setPen(linePen(c));
            p.drawLine(QPointF(4, 7), QPointF(20, 7));
            QPainterPath lid;
            lid.moveTo(9, 7);
            lid.lineTo(9, 4);
            lid.lineTo(15, 4);
            lid.lineTo(15, 7);
            p.drawPath(lid);
            QPainterPath body;
            body.moveTo(6, 7);
            body.lineTo(7, 20.5);
            body.lineTo(17, 20.5);
            body.lineTo(18, 7);
            p.drawPath(body);
            p.drawLine(QPointF(10, 11), QPointF(10, 17));
            p.drawLine(QPointF(14, 11), QPointF(14, 17));
        };
    case ActionIcon::Connect:
        return [](QPainter &p, const QColor &c) {
            p.setPen(linePen(c));
            QPainterPath wire;
            wire.moveTo(7.5, 16.5);
            wire.cubicTo(12, 16.5, 12, 7.5, 16.5, 7.5);
            p.drawPath(wire);
            p.setBrush(c);
            p.drawRoundedRect(QRectF(2.5, 13.5, 5, 6), 1, 1);
            p.drawRoundedRect(QRectF(16.5, 4.5, 5, 6), 1, 1);
        };
    case ActionIcon::ZoomIn:
        return [](QPainter &p, const QColor &c) {
            drawMagnifier(p, c);
            p.drawLine(QPointF(7, 10), QPointF(13, 10));
            p.drawLine(QPointF(10, 7), QPointF(10, 13));
        };
    case ActionIcon::ZoomOut:
        return [](QPainter &p, const QColor &c) {
            drawMagnifier(p, c);
            p.drawLine(QPointF(7, 10), QPointF(13, 10));
        };
    case ActionIcon::Search:
        return [](QPainter &p, const QColor &c) { drawMagnifier(p, c); };
    case ActionIcon::ZoomFit:
        return [](QPainter &p, const QColor &c) {
            p.setPen(linePen(c));
            const qreal a = 4, b = 20, l = 5;
            p.drawPolyline(QPolygonF({QPointF(a, a + l), QPointF(a, a), QPointF(a + l, a)}));
            p.drawPolyline(QPolygonF({QPointF(b - l, a), QPointF(b, a), QPointF(b, a + l)}));
            p.drawPolyline(QPolygonF({QPointF(b, b - l), QPointF(b, b), QPointF(b - l, b)}));
            p.drawPolyline(QPolygonF({QPointF(a + l, b), QPointF(a, b), QPointF(a, b - l)}));
            QColor fill = c;
            fill.setAlphaF(0.25);
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(8.5, 8.5, 7, 7), 1, 1);
        };
    case ActionIcon::ZoomReset:
        return [](QPainter &p, const QColor &c) {
            p.setPen(linePen(c));
            p.drawRoundedRect(QRectF(3, 5, 18, 14), 2, 2);
            QFont font = QApplication::font();
            font.setPixelSize(9);
            font.setBold(true);
            p.setFont(font);
            p.drawText(QRectF(3, 5, 18, 14), Qt::AlignCenter, QStringLiteral("1:1"));
        };
    case ActionIcon::AlignLeft:
        return [](QPainter &p, const QColor &c) { drawAlign(p, c, Qt::AlignLeft); };
    case ActionIcon::AlignHCenter:
        return [](QPainter &p, const QColor &c) { drawAlign(p, c, Qt::AlignHCenter); };
    case ActionIcon::AlignRight:
        return [](QPainter &p, const QColor &c) { drawAlign(p, c, Qt::AlignRight); };
    case ActionIcon::AlignTop:
        return [](QPainter &p, const QColor &c) { drawAlign(p, c, Qt::AlignTop); };
    case ActionIcon::AlignVCenter:
        return [](QPainter &p, const QColor &c) { drawAlign(p, c, Qt::AlignVCenter); };
    case ActionIcon::AlignBottom:
        return [](QPainter &p, const QColor &c) { drawAlign(p, c, Qt::AlignBottom); };
    }
    return [](QPainter &, const QColor &) {};
}

const char *themeName(ActionIcon icon)
{
    switch (icon) {
    case ActionIcon::New: return "document-new";
    case ActionIcon::Open: return "document-open";
    case ActionIcon::Save: return "document-save";
    case ActionIcon::Undo: return "edit-undo";
    case ActionIcon::Redo: return "edit-redo";
    case ActionIcon::Cut: return "edit-cut";
    case ActionIcon::Copy: return "edit-copy";
    case ActionIcon::Paste: return "edit-paste";
    case ActionIcon::Delete: return "edit-delete";
    case ActionIcon::ZoomIn: return "zoom-in";
    case ActionIcon::ZoomOut: return "zoom-out";
    case ActionIcon::ZoomFit: return "zoom-fit-best";
    case ActionIcon::ZoomReset: return "zoom-original";
    case ActionIcon::Search: return "edit-find";
    default: return nullptr;
    }
}

}  // namespace

QIcon actionIcon(ActionIcon icon)
{
    QIcon own = painted(drawingFor(icon));
    if (const char *name = themeName(icon))
        return QIcon::fromTheme(QLatin1String(name), own);
    return own;
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor(0xd1, 0x34, 0x38);
    case Severity::Warning: return QColor(0xe8, 0xa2, 0x02);
    case Severity::Info: return QColor(0x00, 0x78, 0xd4);
    }
    return Qt::gray;
}

QColor severityTextColor(Severity severity)
{
    // On a dark window the dark reds and blues below read at 2:1; these lighter ones at 7:1.
    if (QApplication::palette().color(QPalette::Window).lightness() < 128) {
        switch (severity) {
        case Severity::Error: return QColor(0xff, 0x8f, 0x8f);
        case Severity::Warning: return QColor(0xff, 0xc6, 0x6d);
        case Severity::Info: return QColor(0x8c, 0xc8, 0xff);
        }
    }
    switch (severity) {
    case Severity::Error: return QColor(0xb1, 0x1d, 0x23);
    case Severity::Warning: return QColor(0x9a, 0x5b, 0x00);
    case Severity::Info: return QColor(0x00, 0x5a, 0xa3);
    }
    return Qt::darkGray;
}

QIcon severityIcon(Severity severity)
{
    return painted(
        [severity](QPainter &p, const QColor &) {
            const QColor fill = severityColor(severity);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            QColor mark = Qt::white;
            if (severity == Severity::Warning) {
                QPainterPath triangle;
                triangle.moveTo(12, 2.5);
                triangle.lineTo(22.5, 20.5);
                triangle.lineTo(1.5, 20.5);
                triangle.closeSubpath();
                p.setPen(QPen(fill, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                p.drawPath(triangle);
                mark = QColor(0x3b, 0x2a, 0x00);
                p.setPen(QPen(mark, 2.4, Qt::SolidLine, Qt::RoundCap));
                p.drawLine(QPointF(12, 9), QPointF(12, 14));
                p.drawPoint(QPointF(12, 17.6));
                return;
            }
            p.drawEllipse(QPointF(12, 12), 10.5, 10.5);
            p.setPen(QPen(mark, 2.4, Qt::SolidLine, Qt::RoundCap));
            if (severity == Severity::Error) {
                p.drawLine(QPointF(8.5, 8.5), QPointF(15.5, 15.5));
                p.drawLine(QPointF(15.5, 8.5), QPointF(8.5, 15.5));
            } else {
                p.drawPoint(QPointF(12, 7.2));
                p.drawLine(QPointF(12, 11), QPointF(12, 17));
            }
        },
        false);
}

}  // namespace continuity
