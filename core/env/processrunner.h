#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ogs {

/// What a finished (or failed-to-start) program left behind.
struct ProcessResult {
    bool started = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError {}; ///< kept apart; `ollama --version` prints its client version here
};

/// Runs external programs (systemctl, ps, journalctl); tests hand in a scripted double.
class ProcessRunner {
public:
    virtual ~ProcessRunner() = default;
    virtual ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs) = 0;
};

/// The real thing, on QProcess; a program that is not installed reports started = false.
class SystemProcessRunner final : public ProcessRunner {
public:
    ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs) override;
};

} // namespace ogs
