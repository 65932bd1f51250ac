// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Build-time tool: renders the application's SVG icon into the raster icons the platforms
// want, so that the SVG stays the one source of the icon.
//
//   continuity_iconrender INPUT.svg OUTPUT.png SIZE        one square PNG
//   continuity_iconrender INPUT.svg OUTPUT.ico SIZE...     Windows icon, one PNG entry a size
//   continuity_iconrender INPUT.svg OUTPUT.icns SIZE...    macOS icon, one PNG entry a size
//
// Exit status: 0 written, 1 the SVG could not be read or the output not written, 64 bad usage.

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>
#include <optional>
#include <vector>

namespace continuity {
namespace {

constexpr int ExitUsage = 64;

void appendLittleEndian(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    for (int i = 3; i >= 0; --i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

/// Renders the whole SVG (its view box) into a transparent square image of `size` pixels.
QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

/// An ICO file whose entries are PNG streams (read by Windows Vista and later). An ICO entry
/// stores its width and height in one byte each, 0 meaning 256, so 256 is the largest size.
QByteArray ico(const std::vector<QByteArray> &pngs, const std::vector<int> &sizes)
{
    QByteArray out;
    appendLittleEndian(out, 0, 2);   // reserved
    appendLittleEndian(out, 1, 2);   // type: icon
    appendLittleEndian(out, static_cast<quint32>(pngs.size()), 2);
    quint32 offset = 6 + 16 * static_cast<quint32>(pngs.size());
    for (std::size_t i = 0; i < pngs.size(); ++i) {
        const quint32 side = sizes[i] == 256 ? 0 : static_cast<quint32>(sizes[i]);
        appendLittleEndian(out, side, 1);
        appendLittleEndian(out, side, 1);
        appendLittleEndian(out, 0, 1);   // no palette
        appendLittleEndian(out, 0, 1);   // reserved
        appendLittleEndian(out, 1, 2);   // colour planes
        appendLittleEndian(out, 32, 2);  // bits per pixel
        appendLittleEndian(out, static_cast<quint32>(pngs[i].size()), 4);
        appendLittleEndian(out, offset, 4);
        offset += static_cast<quint32>(pngs[i].size());
    }
    for (const QByteArray &data : pngs)
        out.append(data);
    return out;
}

/// The ICNS element type that holds a PNG of `size` pixels, if macOS has one for that size.
std::optional<QByteArray> icnsType(int size)
{
    switch (size) {
    case 16: return QByteArrayLiteral("icp4");
    case 32: return QByteArrayLiteral("icp5");
    case 64: return QByteArrayLiteral("icp6");
    case 128: return QByteArrayLiteral("ic07");
    case 256: return QByteArrayLiteral("ic08");
    case 512: return QByteArrayLiteral("ic09");
    case 1024: return QByteArrayLiteral("ic10");
    default: return std::nullopt;
    }
}

QByteArray icns(const std::vector<QByteArray> &pngs, const std::vector<int> &sizes)
{
    QByteArray body;
    for (std::size_t i = 0; i < pngs.size(); ++i) {
        body.append(*icnsType(sizes[i]));
        appendBigEndian(body, 8 + static_cast<quint32>(pngs[i].size()));
        body.append(pngs[i]);
    }
    QByteArray out("icns");
    appendBigEndian(out, 8 + static_cast<quint32>(body.size()));
    return out + body;
}

int usage(const char *message)
{
    std::fprintf(stderr,
                 "continuity_iconrender: %s\n"
                 "Usage: continuity_iconrender INPUT.svg OUTPUT.png SIZE\n"
                 "       continuity_iconrender INPUT.svg OUTPUT.ico|OUTPUT.icns SIZE...\n",
                 message);
    return ExitUsage;
}

/// Passes Qt's messages on, except the one about a missing login session: build machines have
/// none, and it says nothing about the icon.
void forwardMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int run(const QStringList &arguments)
{
    if (arguments.size() < 4)
        return usage("missing arguments");
    const QString input = arguments.at(1);
    const QString output = arguments.at(2);
    const QString kind = QFileInfo(output).suffix().toLower();
    if (kind != QLatin1String("png") && kind != QLatin1String("ico")
        && kind != QLatin1String("icns"))
        return usage("the output must end in .png, .ico or .icns");

    std::vector<int> sizes;
    for (const QString &text : arguments.mid(3)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return usage("a size is a whole number of pixels from 1 to 1024");
        if (kind == QLatin1String("ico") && size > 256)
            return usage("an ICO entry is at most 256 pixels");
        if (kind == QLatin1String("icns") && !icnsType(size))
            return usage("ICNS sizes are 16, 32, 64, 128, 256, 512 and 1024");
        sizes.push_back(size);
    }
    if (kind == QLatin1String("png") && sizes.size() != 1)
        return usage("a PNG takes exactly one size");

    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "continuity_iconrender: %s: not a readable SVG\n",
                     qPrintable(input));
        return 1;
    }
    std::vector<QByteArray> pngs;
    for (int size : sizes)
        pngs.push_back(png(render(renderer, size)));

    QByteArray data;
    if (kind == QLatin1String("png"))
        data = pngs.front();
    else if (kind == QLatin1String("ico"))
        data = ico(pngs, sizes);
    else
        data = icns(pngs, sizes);

    // A half-written icon must never be taken for a finished one by the next build.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "continuity_iconrender: %s: %s\n", qPrintable(output),
                     qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}

}  // namespace
}  // namespace continuity

int main(int argc, char *argv[])
{
    // A build machine has no display, and rendering needs none.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(continuity::forwardMessage);
    QGuiApplication app(argc, argv);
    return continuity::run(app.arguments());
}
