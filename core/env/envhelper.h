#pragma once

#include "envtarget.h"
#include "processrunner.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ogs {

/// Where the privileged helper works. The executable fixes these to "/" and
/// /var/lib/ollama-gpu-setup; only tests hand in temporary ones.
struct EnvHelperContext {
    EnvRoots roots;
    QString stateDir;
    ProcessRunner *runner = nullptr; ///< systemctl daemon-reload / restart ollama
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
};

/// The privileged helper (started through pkexec) for the files under /etc:
///   apply --target systemd|etc-environment (--set KEY=VALUE | --unset KEY)... --expect-sha256 HEX|absent
///         [--allow-network-exposure] [--no-restart]
///   undo  [--no-restart]
/// It accepts only the allow-listed keys, only those two targets (fixed paths), and a plan that
/// matches what the unprivileged side showed (the file's SHA-256 before the change); it does
/// nothing else. Exit codes as the CLI: 0 done, 1 failed, 2 refused request.
int runEnvHelper(const QStringList &args, const EnvHelperContext &context);

/// The helper's state directory on a real system.
QString envHelperStateDir();

} // namespace ogs
