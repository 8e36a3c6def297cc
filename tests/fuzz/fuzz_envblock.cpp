// The marked-block readers of every file target: ~/.bashrc, ~/.profile, ~/.zshrc, fish conf.d,
// /etc/environment and the systemd drop-in. The first byte picks the target; the rest is the file.
// A file whose block scans cleanly must also rewrite cleanly and scan back to the same values.
#include "envtarget.h"
#include "fuzzinput.h"
#include "markedblock.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const ogs::EnvTarget targets[] = {ogs::EnvTarget::Systemd, ogs::EnvTarget::Bashrc,
                                             ogs::EnvTarget::Profile, ogs::EnvTarget::Zshrc,
                                             ogs::EnvTarget::Fish, ogs::EnvTarget::EtcEnvironment};
    const ogs::EnvTarget target = targets[data[0] % (sizeof targets / sizeof targets[0])];
    const QByteArray file = ogs::fuzz::bytes(data + 1, size - 1);
    const QString path = QStringLiteral("/fuzz/file");

    const ogs::BlockScan scan = ogs::scanBlock(target, file, path);
    (void)ogs::linesSettingKeyOutsideBlock(target, file, QStringLiteral("OLLAMA_HOST"));
    for (const QByteArray &line : ogs::splitLinesKeepEnds(file)) {
        (void)ogs::parseAssignment(target, line);
        (void)ogs::lineSetsKey(target, line, QStringLiteral("HSA_OVERRIDE_GFX_VERSION"));
    }
    if (!scan.ok())
        return 0;
    const ogs::EnvAssignments values{{QStringLiteral("OLLAMA_HOST"), QStringLiteral("127.0.0.1:11434")}};
    const ogs::BlockRewrite rewrite = ogs::rewriteBlock(target, file, values, path);
    if (rewrite.ok()) {
        const ogs::BlockScan again = ogs::scanBlock(target, rewrite.bytes, path);
        if (!again.ok() || again.values != values)
            std::abort(); // our own block did not read back
    }
    (void)ogs::rewriteBlock(target, file, {}, path);
    return 0;
}
