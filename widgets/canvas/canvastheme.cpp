// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/canvastheme.h"

namespace continuity {

QColor mixColors(const QColor &a, const QColor &b, double t)
{
    const auto mix = [t](double x, double y) { return x + (y - x) * t; };
    return QColor::fromRgbF(static_cast<float>(mix(a.redF(), b.redF())),
                            static_cast<float>(mix(a.greenF(), b.greenF())),
                            static_cast<float>(mix(a.blueF(), b.blueF())),
                            static_cast<float>(mix(a.alphaF(), b.alphaF())));
}

CanvasTheme CanvasTheme::fromPalette(const QPalette &palette)
{
    CanvasTheme t;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    t.dark = base.lightness() < text.lightness();
    // Each colour is chosen per appearance where a fixed hue must keep its contrast: a red that
    // reads on white is too dark on charcoal.
    if (t.dark) {
        t.canvas = mixColors(base, QColor(Qt::black), 0.25);
        t.itemFill = mixColors(base, text, 0.07);
        t.regionFill = mixColors(t.canvas, text, 0.035);
        t.regionTitleFill = mixColors(t.canvas, text, 0.09);
        t.error = QColor(0xf8, 0x71, 0x71);
        t.warning = QColor(0xfb, 0xbf, 0x24);
        t.info = QColor(0x60, 0xa5, 0xfa);
        t.valid = QColor(0x4a, 0xde, 0x80);
        t.connection = {QColor(0x38, 0xbd, 0xf8), mixColors(base, text, 0.55),
                        QColor(0x4a, 0xde, 0x80), QColor(0x2d, 0xd4, 0xbf),
                        QColor(0xa7, 0x8b, 0xfa), QColor(0xe8, 0x79, 0xf9)};
    } else {
        t.canvas = mixColors(base, text, 0.035);
        t.itemFill = base;
        t.regionFill = mixColors(t.canvas, text, 0.025);
        t.regionTitleFill = mixColors(t.canvas, text, 0.07);
        t.error = QColor(0xdc, 0x26, 0x26);
        t.warning = QColor(0xd9, 0x77, 0x06);
        t.info = QColor(0x25, 0x63, 0xeb);
        t.valid = QColor(0x16, 0xa3, 0x4a);
        t.connection = {QColor(0x03, 0x69, 0xa1), mixColors(base, text, 0.5),
                        QColor(0x15, 0x80, 0x3d), QColor(0x0f, 0x76, 0x6e),
                        QColor(0x6d, 0x28, 0xd9), QColor(0xa2, 0x1c, 0xaf)};
    }
    t.grid = mixColors(t.canvas, text, t.dark ? 0.16 : 0.2);
    t.itemBorder = mixColors(t.itemFill, text, 0.28);
    t.text = text;
    t.mutedText = mixColors(t.itemFill, text, 0.62);
    t.regionBorder = mixColors(t.canvas, text, 0.32);
    t.selection = palette.color(QPalette::Highlight);
    t.dropTarget = t.selection;
    t.invalid = t.error;
    t.labelFill = t.itemFill;
    return t;
}

CanvasFonts CanvasFonts::fromFont(const QFont &base)
{
    const auto sized = [&base](int pixels, bool bold) {
        QFont f = base;
        f.setPixelSize(pixels);
        f.setBold(bold);
        return f;
    };
    return {sized(12, true), sized(10, false), sized(14, true), sized(11, false),
            sized(10, true)};
}

QColor CanvasTheme::severityColor(Severity severity) const
{
    switch (severity) {
    case Severity::Error: return error;
    case Severity::Warning: return warning;
    case Severity::Info: return info;
    }
    return error;
}

}  // namespace continuity
