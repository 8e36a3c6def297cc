#pragma once

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup bundle [--output FILE] [--log FILE] [--bench FILE] [--home DIR] [--state-dir DIR] [--sysfs-root
/// DIR]
/// [--json]`: writes the diagnostic bundle (the wizard's "Save diagnostic bundle…") as a zip file.
int runBundle(const QStringList &args);

} // namespace ogs::cli
