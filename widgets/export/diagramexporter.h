// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QRectF>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QPainter;

namespace continuity {

class CanvasScene;
class Document;
class LiveValidator;

/// The forms a diagram is exported in.
enum class DiagramFormat { Png, Svg, Pdf };

/// The format named `name` ("png", "svg", "pdf", any case), or nullopt.
std::optional<DiagramFormat> diagramFormatFromName(const QString &name);
/// The file suffix of a format, without the dot ("png").
QString diagramFormatSuffix(DiagramFormat format);

/// How a diagram is exported.
struct DiagramExportOptions {
    DiagramFormat format = DiagramFormat::Png;
    /// PNG: pixels per canvas unit (1 = the canvas at 100%). SVG and PDF: multiplies the
    /// nominal size (SVG width and height, the PDF page); the drawing stays vector.
    double scale = 1.0;
    /// No background: PNG pixels outside the drawing are fully transparent, the SVG has no
    /// background rectangle. (A PDF page is always white.)
    bool transparent = false;
    /// Draw the finding badges and colours, as the canvas shows them.
    bool showFindings = true;
    /// Only the selected components (a selected region brings its contents) and the
    /// connections among them or selected themselves; the whole design otherwise.
    bool selectionOnly = false;
    /// The light appearance whatever the application's; false: the application's palette.
    bool lightTheme = true;
    /// The diagram's title (SVG <title>, the PDF's title line); empty: the design's name.
    QString title;
    /// The date on the PDF's title line and in the SVG's description; invalid: today.
    QDate date;
};

/// Renders a design's diagram to PNG, SVG or PDF: one renderer for the menu, the command line
/// and the review report.
///
/// It draws with the canvas's own items, from a private CanvasScene on the document, so that
/// an export looks like the canvas but never shows the user's selection outlines, hover state
/// or zoom, and never disturbs the canvas while it runs. Every string that comes from the
/// design reaches the output escaped: an SVG is well-formed, self-contained (no external
/// references, icons as vector shapes defined once and placed with <use>, text as <text>) and holds no script or event attribute,
/// whatever the labels hold; the writer checks this before it hands out a byte.
///
/// A PNG is at most MaxImageSide pixels on a side and MaxImagePixels in all: a larger request
/// is drawn at the largest scale that fits (effectiveScale() tells which). Such a PNG is an
/// overview, drawn as the canvas draws a zoomed-out design; SVG and PDF keep every detail.
class DiagramExporter
{
public:
    static constexpr int MaxImageSide = 16384;
    static constexpr qint64 MaxImagePixels = 16LL * 1000 * 1000;

    /// Called during long exports with the number of items drawn and the total; return false
    /// to cancel (the export then fails with wasCanceled() true and writes nothing).
    using Progress = std::function<bool(int done, int total)>;

    /// Exports `document`, with the findings of `validator` (none when null). Both must
    /// outlive the exporter.
    explicit DiagramExporter(Document *document, LiveValidator *validator = nullptr);
    /// Exports the design `scene` shows, with its validator's findings.
    explicit DiagramExporter(const CanvasScene *scene);
    ~DiagramExporter();
    DiagramExporter(const DiagramExporter &) = delete;
    DiagramExporter &operator=(const DiagramExporter &) = delete;

    void setProgressHandler(Progress progress);

    /// Whether anything is selected that a selection export would draw.
    bool hasSelection() const;
    /// The area exported, in canvas units: the drawn items with a margin; empty when there is
    /// nothing to draw.
    QRectF diagramRect(const DiagramExportOptions &options) const;
    /// The size of the PNG these options give, after the size limits.
    QSize imageSize(const DiagramExportOptions &options) const;

    /// The diagram as an image (format ignored); a null image on failure or cancellation.
    QImage renderImage(const DiagramExportOptions &options);
    /// The diagram as a finished SVG or PDF document, or PNG file bytes, per options.format;
    /// empty on failure or cancellation.
    QByteArray render(const DiagramExportOptions &options);
    /// Writes render(options) to `device`.
    bool write(QIODevice *device, const DiagramExportOptions &options);
    /// Writes the export to `path` atomically: on failure or cancellation the file is left as
    /// it was.
    bool exportToFile(const QString &path, const DiagramExportOptions &options);

    /// Why the last export failed (empty after a success or a cancellation).
    QString errorString() const;
    bool wasCanceled() const;
    /// The scale the last PNG was drawn at (the requested one unless the limits lowered it).
    double effectiveScale() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace continuity
