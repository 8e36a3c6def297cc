#pragma once

#include "env/processrunner.h"

#include <QList>
#include <QMutex>
#include <QStringList>

#include <functional>

namespace ogs::ui::test {

/// Records every program the wizard runs (from any thread) and answers like a machine where
/// Ollama is a systemd service: systemctl daemon-reload / restart succeed (running `onRestart`
/// first), journalctl prints `journal`; anything else is not installed.
class RecordingRunner final : public ProcessRunner {
public:
    ProcessResult run(const QString &program, const QStringList &arguments, int) override
    {
        std::function<void()> restart;
        ProcessResult r;
        {
            QMutexLocker lock(&m_mutex);
            m_calls.append(QStringList { program } + arguments);
            if (program == QLatin1String("systemctl")
                && (arguments.value(0) == QLatin1String("daemon-reload")
                    || arguments.value(0) == QLatin1String("restart"))) {
                r = ProcessResult { true, systemctlExitCode, {} };
                if (arguments.value(0) == QLatin1String("restart"))
                    restart = onRestart;
            } else if (program == QLatin1String("journalctl")) {
                r = ProcessResult { true, 0, journal };
            }
        }
        if (restart)
            restart();
        return r;
    }
    QList<QStringList> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }

    QByteArray journal;
    int systemctlExitCode = 0;
    std::function<void()> onRestart; ///< runs on the caller's (worker) thread

private:
    mutable QMutex m_mutex;
    QList<QStringList> m_calls;
};

} // namespace ogs::ui::test
