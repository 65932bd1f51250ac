// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/export/pngencoder.h"

#include <QCoreApplication>

#include <png.h>

#include <csetjmp>
#include <new>

namespace continuity {

namespace {

struct PngText {
    Q_DECLARE_TR_FUNCTIONS(PngText)
};

// Where libpng's output and its error go.
struct Sink {
    QByteArray bytes;
    QString error;
    bool outOfMemory = false;
};

void writeData(png_structp png, png_bytep data, size_t length)
{
    auto *sink = static_cast<Sink *>(png_get_io_ptr(png));
    try {
        sink->bytes.append(reinterpret_cast<const char *>(data), qsizetype(length));
    } catch (const std::bad_alloc &) {
        sink->outOfMemory = true;
    }
    // Outside the handler: png_error leaves by longjmp.
    if (sink->outOfMemory)
        png_error(png, "out of memory");
}

void flushData(png_structp) {}

void onError(png_structp png, png_const_charp message)
{
    auto *sink = static_cast<Sink *>(png_get_error_ptr(png));
    if (sink->error.isEmpty())
        sink->error = QString::fromUtf8(message);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// libpng's errors come back here by longjmp, so no object with a destructor lives in this
// frame. `fillerAfter`: the rows are 32-bit B, G, R, X (QImage::Format_RGB32 in memory on a
// little-endian machine); otherwise they are X, R, G, B, or exactly what the colour type says.
bool writeRows(png_structp png, png_infop info, const QImage &image, int colorType,
               bool filler, bool fillerAfter)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 colorType, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()),
                     png_uint_32(image.dotsPerMeterY()), PNG_RESOLUTION_METER);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, 1);
    png_write_info(png, info);
    if (filler) {
        if (fillerAfter)
            png_set_bgr(png);
        png_set_filler(png, 0, fillerAfter ? PNG_FILLER_AFTER : PNG_FILLER_BEFORE);
    }
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    return true;
}

}  // namespace

QByteArray encodePng(const QImage &source, QString *error)
{
    if (source.isNull()) {
        if (error)
            *error = PngText::tr("the image is empty");
        return {};
    }
    // Rows in one of the layouts writeRows takes, converting only when they are not.
    QImage image = source;
    int colorType = PNG_COLOR_TYPE_RGB;
    bool filler = false;
    if (image.hasAlphaChannel()) {
        colorType = PNG_COLOR_TYPE_RGB_ALPHA;
        if (image.format() != QImage::Format_RGBA8888)
            image = image.convertToFormat(QImage::Format_RGBA8888);
    } else if (image.format() == QImage::Format_RGB32) {
        filler = true;
    } else if (image.format() != QImage::Format_RGB888) {
        image = image.convertToFormat(QImage::Format_RGB888);
    }
    if (image.isNull()) {
        if (error)
            *error = PngText::tr("not enough memory to encode a %1 × %2 image")
                         .arg(source.width()).arg(source.height());
        return {};
    }

    Sink sink;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, onError, onWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    bool written = false;
    if (info) {
        png_set_write_fn(png, &sink, writeData, flushData);
        written = writeRows(png, info, image, colorType, filler,
                            QSysInfo::ByteOrder == QSysInfo::LittleEndian);
    }
    png_destroy_write_struct(&png, &info);
    if (!written) {
        if (error)
            *error = sink.outOfMemory || sink.error.isEmpty()
                         ? PngText::tr("not enough memory to encode a %1 × %2 image")
                               .arg(source.width()).arg(source.height())
                         : PngText::tr("the PNG encoder failed: %1").arg(sink.error);
        return {};
    }
    return std::move(sink.bytes);
}

}  // namespace continuity
