// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace continuity {

/// `image` as a PNG file: 8-bit RGB, or RGBA when the image has an alpha channel, with its
/// resolution (pHYs) when it has one. Diagrams are large flat areas: rows go unfiltered and
/// lightly compressed, which for them is both smaller and more than twice as fast as the
/// adaptive filtering QImageWriter leaves libpng to do. Empty on failure, with `error` (if
/// given) saying why.
QByteArray encodePng(const QImage &image, QString *error = nullptr);

}  // namespace continuity
