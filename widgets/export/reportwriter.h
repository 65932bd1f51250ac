// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace continuity {

class Catalog;
class Document;
class LiveValidator;

/// The forms a review report is written in.
enum class ReportFormat { Html, Pdf };

/// The format named `name` ("html", "htm", "pdf", any case), or nullopt.
std::optional<ReportFormat> reportFormatFromName(const QString &name);

/// How a report is written.
struct ReportOptions {
    ReportFormat format = ReportFormat::Html;
    /// The date the report is dated; invalid: today.
    QDate date;
};

/// The review report of a design, for the design reviews architects take their designs to:
/// the design's name, model and date; the diagram; the findings with hints and references;
/// the estimates with their terms; the trade-off charts and the cost breakdown; a drill of the
/// loss of each region and the single points of failure; the assumptions; the catalog entries
/// the figures use, with their sources and dates.
///
/// HTML: one self-contained file (images inlined as data: URIs, style inline, no script, and a
/// content security policy that forbids any), well-formed as XML, readable in a browser and
/// printable. PDF: A4 pages, each with a header naming the design and a page number.
///
/// Every string that comes from the design is escaped: a name holding markup shows as the
/// characters it holds. The writer never changes the design.
class ReportWriter
{
public:
    /// Called as the report is assembled with the steps done and the total; return false to
    /// cancel (the report then fails with wasCanceled() true and writes nothing).
    using Progress = std::function<bool(int done, int total)>;

    /// Reports on `document`, with the findings of `validator` (computed afresh when null) and
    /// the figures of `catalog` (the built-in one when null). All must outlive the writer.
    explicit ReportWriter(Document *document, LiveValidator *validator = nullptr,
                          const Catalog *catalog = nullptr);
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    void setProgressHandler(Progress progress);

    /// The finished report; empty on failure or cancellation.
    QByteArray render(const ReportOptions &options);
    /// Writes the report to `path` atomically: on failure or cancellation the file is left as
    /// it was.
    bool exportToFile(const QString &path, const ReportOptions &options);

    /// Why the last report failed (empty after a success or a cancellation).
    QString errorString() const;
    bool wasCanceled() const;

    /// The ids of the report's sections, in order (the HTML's <section id=…>).
    static QStringList sectionIds();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace continuity
