// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT

// The loader's path from untrusted bytes to what the designer shows: read the bytes as the
// designer and the command line do, then validate, estimate, run a drill, place what has no
// position (as opening a design in the editor does) and write the design back. Built as
// a libFuzzer target with clang (fuzz_design) and, with any compiler, as a replay driver that
// runs the same function over every file it is given (fuzz_design_replay).

#include "model/catalog/catalog.h"
#include "model/estimation/estimate.h"
#include "model/graph.h"
#include "model/io/designjson.h"
#include "model/layout.h"
#include "model/simulation/drill.h"
#include "model/validation/validator.h"

#include <QByteArray>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// Inputs above this are cut, as libFuzzer's -max_len=65536 does; the loader's own size limit
// is tested elsewhere with real files.
constexpr std::size_t MaxInputBytes = 64 * 1024;

void check(bool condition)
{
    // A broken promise of the loader is a finding too, as much as a crash is.
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace continuity;
    if (size > MaxInputBytes)
        size = MaxInputBytes;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const LoadResult loaded = readDesign(bytes);
    if (!loaded.ok()) {
        check(!loaded.error.message.isEmpty());
        return 0;
    }
    const Design &design = *loaded.design;
    const Catalog &catalog = Catalog::builtin();
    (void)validateDesign(design, std::nullopt, &catalog);
    (void)estimateDesign(design, catalog);
    {
        // A drill that fails the first region (the single points of failure the drill panel
        // lists are the same drill for every target, too slow to repeat for each input).
        const DesignGraph graph(design, &catalog);
        for (const auto &[id, component] : design.components) {
            if (component.kind != ComponentKind::Region)
                continue;
            if (const auto failure = parseDrillFailure(graph, QStringLiteral("region:") + id))
                (void)runDrill(graph, {*failure});
            break;
        }
    }

    // The canonical writer's promise: what it writes reads back as the same design, and writing
    // that again gives the same bytes.
    const QByteArray written = writeDesign(design);
    const LoadResult again = readDesign(written);
    check(again.ok());
    check(writeDesign(*again.design) == written);

    // Opening a design in the editor places what has no position: it ends, and everything is
    // placed at finite coordinates.
    Design placed = design;
    layoutMissingPositions(placed);
    check(!hasMissingPositions(placed));
    for (const auto &[id, component] : placed.components) {
        const QRectF r = layout::componentRect(component);
        check(std::isfinite(r.left()) && std::isfinite(r.top()) && std::isfinite(r.right())
              && std::isfinite(r.bottom()));
    }
    return 0;
}

#ifdef CONTINUITY_FUZZ_REPLAY
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

// Runs every file named on the command line, and every file under every folder named, through
// the fuzz target. Exit status 0 when all ran (a failure aborts).
int main(int argc, char *argv[])
{
    int runs = 0;
    const auto runFile = [&runs](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            std::exit(1);
        }
        const QByteArray bytes = file.read(MaxInputBytes);
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                               static_cast<std::size_t>(bytes.size()));
        ++runs;
    };
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                runFile(it.next());
        } else {
            runFile(arg);
        }
    }
    std::printf("%d inputs ran without a finding\n", runs);
    return runs > 0 ? 0 : 1;
}
#endif
