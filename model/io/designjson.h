// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace continuity {

struct MigrationStep;

/// The design format version this build reads and writes (spec/design-format.md).
inline constexpr int CurrentFormatVersion = 1;
/// Larger files are refused before they are read.
inline constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
/// Deeper nesting of arrays and objects is refused before a JSON tree is built.
inline constexpr int MaxNestingDepth = 64;
/// Positions are read into -MaxCanvasCoordinate..MaxCanvasCoordinate and sizes into
/// 0..MaxCanvasCoordinate: a canvas ten million units across holds any real design, and
/// coordinates beyond it (1e300) would make placing, drawing and exporting meaningless.
inline constexpr double MaxCanvasCoordinate = 10'000'000;

/// Why a file was refused. `message` is translated, for the user, and says what is wrong and,
/// where the JSON could not be read, the line and column ("line 3, column 14: …").
/// `pointer` is the JSON pointer (RFC 6901) of the offending value or of the missing key, such
/// as "/components/3/kind"; empty when the fault is the whole file or has no place in the tree.
struct LoadError {
    QString message;
    QString pointer;
};

/// The outcome of reading a design: `design` when it was accepted, else `error`.
/// `migratedFrom` is the format version the file was written in when it was older than
/// CurrentFormatVersion and has been migrated, else 0 (format versions start at 1).
struct LoadResult {
    std::optional<Design> design;
    LoadError error;
    int migratedFrom = 0;

    bool ok() const { return design.has_value(); }
};

/// Reads a design file's bytes (UTF-8 JSON, format "continuity-design"). Never throws.
/// Refused, with a message and a pointer: more than MaxFileBytes, invalid UTF-8, nesting deeper
/// than MaxNestingDepth (both found by a scan of the bytes before any tree is built), invalid
/// JSON, a number out of range (1E999), a duplicate key within one object, and everything
/// designFromJson refuses.
LoadResult readDesign(const QByteArray &bytes);

/// The canonical bytes of a design: keys in the spec's fixed order, components and connections
/// in id order, property keys sorted, two-space indent, a trailing newline, whole numbers
/// written without a fraction (400, not 400.0; in properties too), non-ASCII text as UTF-8.
/// Empty names, parents, properties and assumptions are left out; a connection's kind only
/// when it has one. The same design always gives the same bytes, and for any design that
/// readDesign accepts, readDesign(writeDesign(d)) gives back a design equal to d.
QByteArray writeDesign(const Design &design);

/// The JSON tree of a design, keys in the order writeDesign writes them (for copy and paste);
/// designFromJson(designToJson(d)) gives back d.
nlohmann::ordered_json designToJson(const Design &design);

/// Builds a design from a JSON tree: checks "format" and "version" (a newer version is refused,
/// an older one goes through migrationSteps()), then the types of the format's own keys, the
/// component and connection kinds, the ids (valid, unique among components and connections
/// together), names (at most 200 characters, the design's and the components'), the deployment
/// model and the finiteness of positions and sizes. A refusal names the first fault found.
/// Finite positions and sizes beyond MaxCanvasCoordinate (and negative sizes) are brought to
/// the nearest value within it.
/// Accepted as they are, for the validator to report: references to missing ids, regional
/// components without a parent, property values of any type or range. One of x and y (or of
/// width and height) without the other is ignored, as if both were absent.
/// Kept: property objects exactly as written, assumptions, unknown top-level keys (in
/// Design::extra). Dropped: unknown keys inside a component or connection outside
/// "properties". Never throws. Does not check nesting depth: bytes from outside the program
/// (a file, the clipboard) go through readDesign, which does.
LoadResult designFromJson(const nlohmann::json &tree);

/// As above, migrating older versions through `steps` instead of the built-in chain.
LoadResult designFromJson(const nlohmann::json &tree, const std::vector<MigrationStep> &steps);

} // namespace continuity
