#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogs::bench {

/// One command to time.
struct Command {
    QString label;   ///< as written in reports: "vulkaninfo --summary"
    QString program;
    QStringList args;
};

/// One run: wall-clock time, and the CPU time (user + system) the child used where the OS tells.
struct Timing {
    double wallMs = 0;
    std::optional<double> cpuMs;
};

/// Starts the command with QProcess (stdout discarded) and waits; nothing, with *error naming the
/// command and its stderr, when it could not start, timed out or exited non-zero.
std::optional<Timing> timeOnce(const Command &command, QString *error);

/// Runs the command once and returns its stdout (empty on failure).
QByteArray captureOutput(const Command &command);

double median(QList<double> values);

/// Every run of one command.
struct Series {
    Command command;
    QList<Timing> runs;
    double wallMedian() const;
    double wallMin() const;
    double wallMax() const;
    std::optional<double> cpuMedian() const; ///< empty when any run lacks CPU time
};

} // namespace ogs::bench
