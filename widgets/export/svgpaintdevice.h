// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QPaintDevice>
#include <QSizeF>
#include <QString>
#include <QTransform>

#include <memory>

namespace continuity {

class SvgPaintEngine;

/// A paint device that records what a QPainter draws on it as SVG elements: paths, rectangles,
/// ellipses, lines and polygons with their fill and stroke, text as <text>, clipping as
/// <clipPath>, images inlined as PNG.
///
/// It writes the drawing's elements only; the caller wraps them in the document (the root
/// <svg>, title, description and the definitions the drawing refers to, see placeSymbol()).
/// Every string it writes (text, font family) is escaped, and characters XML cannot hold
/// become spaces, so the elements are well-formed whatever the text holds.
///
/// Unlike QSvgGenerator it clips, writes UTF-8 straight into one buffer and states each
/// element's style on the element, so that a large diagram is written several times faster
/// and in about half the bytes. One device unit is one SVG user unit, at 96 to the inch.
class SvgPaintDevice : public QPaintDevice
{
public:
    /// A drawing of `size` user units.
    explicit SvgPaintDevice(const QSizeF &size);
    ~SvgPaintDevice() override;
    SvgPaintDevice(const SvgPaintDevice &) = delete;
    SvgPaintDevice &operator=(const SvgPaintDevice &) = delete;

    QPaintEngine *paintEngine() const override;

    /// Draws the symbol the document defines as `id` (a <use> of "#id"), placed by `transform`
    /// from the symbol's coordinates to the device's, at `opacity`. Call it while a painter is
    /// active on the device, at the point in the stacking order where the symbol belongs.
    void placeSymbol(const QString &id, const QTransform &transform, double opacity);

    /// The elements drawn so far, as UTF-8; the device starts over empty.
    QByteArray takeElements();

    /// Appends `value` to `out` in the fewest characters that keep it to `decimals` places
    /// ("12", "0.5", "-3.125").
    static void appendNumber(QByteArray &out, double value, int decimals = 3);
    /// Appends `text` to `out` as UTF-8 fit for XML content and quoted attribute values:
    /// & < > " ' escaped, the characters XML 1.0 does not allow written as spaces.
    static void appendEscaped(QByteArray &out, QStringView text);

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSizeF m_size;
    std::unique_ptr<SvgPaintEngine> m_engine;
};

}  // namespace continuity
