#pragma once

#include "env/processrunner.h"

#include <QStringList>
#include <QTextStream>

namespace ogs {

/// Where the privileged install helper works. The executable fixes root to "/" and the work folder
/// to one under /var/lib/ollama-gpu-setup; only tests hand in temporary ones.
struct InstallHelperContext {
    QString root = QStringLiteral("/"); ///< for etc/os-release
    QString workDir;                    ///< root-owned: the script's private copy goes here
    ProcessRunner *runner = nullptr;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    int timeoutMs = 30 * 60 * 1000;
};

/// The install verbs of the privileged helper (started through pkexec):
///   install-package NAME      NAME one of allowedLinuxPackages(), on Arch-like systems only:
///                             pacman -S --needed --noconfirm NAME; systemctl enable --now ollama.service
///   install-script --file FILE --expect-sha256 HEX [--version X.Y.Z]
///                             reads FILE (at most 1 MiB), checks its SHA-256 is HEX (the hash the user
///                             was shown), copies it into the helper's own folder and runs that copy with sh
///                             (OLLAMA_VERSION=X.Y.Z when given).
/// Nothing else. Exit codes: 0 done, 1 failed, 2 refused request.
int runInstallHelper(const QStringList &args, const InstallHelperContext &context);

/// True when `args` is for runInstallHelper (its first word starts with "install-").
bool isInstallHelperRequest(const QStringList &args);

} // namespace ogs
