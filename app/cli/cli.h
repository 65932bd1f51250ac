// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace continuity::cli {

/// Exit statuses of the command line (spec/cli.md).
enum ExitStatus {
    ExitOk = 0,
    ExitFailed = 1,        ///< validate: an error finding; drill: the service does not survive
    ExitUnreadable = 2,    ///< the design file could not be read
    ExitUsage = 64,        ///< bad command-line usage
};

/// A verb of the command line: its name, a one-line summary and what runs it. `run` receives
/// the arguments from the verb on (arguments[0] is the verb) and returns the exit status.
struct Verb {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
    bool needsGui;   ///< renders (export, report): runs on the offscreen platform
};

const std::vector<Verb> &verbs();
const Verb *findVerb(const QString &name);

/// Runs the command line for `arguments` (arguments[0] is the program). Returns the exit status.
int run(const QStringList &arguments);

/// The standard streams, UTF-8.
QTextStream &out();
QTextStream &err();

/// Loads a design for a verb; on failure prints the loader's message (naming the file and the
/// JSON pointer) and returns nullopt: the verb exits with ExitUnreadable.
std::optional<Design> loadDesignOrReport(const QString &path);

/// Parses a verb's options (arguments[0] is the verb). Returns nullopt when the verb goes on,
/// else the status to exit with: ExitOk after printing the help, ExitUsage on an error or when
/// the number of positional arguments is not within [minPositional, maxPositional].
std::optional<int> parseVerbOptions(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &description, int minPositional,
                                    int maxPositional);

/// A duration for the text output: "36 s", or "3600 s (1 h)" from a minute up; `none` when
/// there is no value.
QString durationText(const std::optional<double> &seconds, const QString &none);

/// Reports a usage error of `verb` with its help hint; returns ExitUsage.
int usageError(const QString &verb, const QString &message);

// The verbs.
int runValidate(const QStringList &arguments);
int runRules(const QStringList &arguments);
int runEstimate(const QStringList &arguments);
int runDrill(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runReport(const QStringList &arguments);

}  // namespace continuity::cli
