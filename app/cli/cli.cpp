// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "app/cli/cli.h"

#include "model/estimation/estimate.h"

#include "model/io/designfile.h"

#include <QCoreApplication>

#include <cstdio>

namespace continuity::cli {

const std::vector<Verb> &verbs()
{
    static const std::vector<Verb> table = {
        {"validate", QT_TRANSLATE_NOOP("Cli", "check a design against its deployment model"),
         &runValidate, false},
        {"estimate", QT_TRANSLATE_NOOP("Cli", "estimate cost, recovery time, data loss and availability"),
         &runEstimate, false},
        {"drill", QT_TRANSLATE_NOOP("Cli", "simulate failures: what survives, downtime, data loss"),
         &runDrill, false},
        {"export", QT_TRANSLATE_NOOP("Cli", "write a design as a diagram or as canonical JSON"),
         &runExport, true},
        {"report", QT_TRANSLATE_NOOP("Cli", "write a design's review report as HTML or PDF"),
         &runReport, true},
        {"rules", QT_TRANSLATE_NOOP("Cli", "list every validation rule"), &runRules, false},
    };
    return table;
}

const Verb *findVerb(const QString &name)
{
    for (const Verb &v : verbs()) {
        if (name == QLatin1String(v.name))
            return &v;
    }
    return nullptr;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The context lupdate gives tr() calls in this namespace.
static QString tr(const char *text)
{
    return QCoreApplication::translate("continuity::cli", text);
}

static void printUsage(QTextStream &s)
{
    s << tr("Usage: continuity [FILE]\n"
            "       continuity VERB [OPTIONS] FILE\n"
            "       continuity --version | --help | VERB --help\n\n"
            "Without a verb, opens the designer (on FILE if given).\n\n"
            "Verbs:\n");
    for (const Verb &v : verbs())
        s << QStringLiteral("  %1 %2\n")
                 .arg(QLatin1String(v.name), -10)
                 .arg(QCoreApplication::translate("Cli", v.summary));
    s << tr("\nExit status: 0 done; 1 validate found an error, or drill: the service does not "
            "survive; 2 the design file could not be read; 64 bad usage.\n");
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << QStringLiteral("continuity %1\n").arg(QStringLiteral(CONTINUITY_VERSION));
        out().flush();
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printUsage(out());
        out().flush();
        return ExitOk;
    }
    const Verb *verb = findVerb(first);
    if (!verb) {
        err() << tr("continuity: unknown verb '%1'\n").arg(first);
        printUsage(err());
        err().flush();
        return ExitUsage;
    }
    const int status = verb->run(arguments.mid(1));
    out().flush();
    err().flush();
    return status;
}

std::optional<Design> loadDesignOrReport(const QString &path)
{
    LoadResult result = loadDesignFile(path);
    if (!result.design) {
        QString where = result.error.pointer.isEmpty()
                            ? QString()
                            : tr(" (at %1)").arg(result.error.pointer);
        err() << QStringLiteral("continuity: %1%2\n").arg(result.error.message, where);
        err().flush();
        return std::nullopt;
    }
    return std::move(result.design);
}

std::optional<int> parseVerbOptions(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &description, int minPositional,
                                    int maxPositional)
{
    const QString verb = arguments.value(0);
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    // QCommandLineParser::process() would exit with status 1 on an error; the spec says 64.
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("continuity"));
    if (!parser.parse(withProgram))
        return usageError(verb, parser.errorText());
    if (parser.isSet(help)) {
        out() << parser.helpText().replace(QStringLiteral("continuity [options]"),
                                           QStringLiteral("continuity %1 [options]").arg(verb));
        out().flush();
        return ExitOk;
    }
    const int positional = static_cast<int>(parser.positionalArguments().size()) - 1;
    if (positional < minPositional)
        return usageError(verb, tr("missing argument"));
    if (positional > maxPositional)
        return usageError(verb, tr("too many arguments: %1")
                                    .arg(parser.positionalArguments().mid(1 + maxPositional)
                                             .join(QLatin1Char(' '))));
    return std::nullopt;
}

QString durationText(const std::optional<double> &seconds, const QString &none)
{
    if (!seconds)
        return none;
    if (*seconds < 60)
        return QStringLiteral("%1 s").arg(QString::number(*seconds, 'g', 10));
    return QStringLiteral("%1 s (%2)").arg(QString::number(*seconds, 'g', 10),
                                           formatDuration(*seconds));
}

int usageError(const QString &verb, const QString &message)
{
    err() << QStringLiteral("continuity %1: %2\n").arg(verb, message)
          << tr("Try 'continuity %1 --help'.\n").arg(verb);
    err().flush();
    return ExitUsage;
}

}  // namespace continuity::cli
