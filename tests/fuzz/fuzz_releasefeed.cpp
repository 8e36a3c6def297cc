// Getting Ollama: the release feed (GitHub releases JSON), sha256sum lists and .sha256 files,
// os-release and a systemd unit's ExecStart. The first byte picks the parser.
#include "fuzzinput.h"
#include "getollama/linuxinstallmethod.h"
#include "getollama/ollamalocator.h"
#include "getollama/releasefeed.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = ogs::fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0: {
        QString error;
        if (const auto r = ogs::parseRelease(input, &error)) {
            (void)r->windowsInstaller();
            (void)r->checksumList();
        }
        break;
    }
    case 1:
        (void)ogs::parseChecksumList(input);
        (void)ogs::parseChecksumFile(input);
        break;
    case 2: {
        const ogs::OsRelease os = ogs::parseOsRelease(input);
        (void)ogs::chooseLinuxInstallMethod(os, ogs::PathId::Vulkan, std::nullopt);
        break;
    }
    default:
        (void)ogs::execStartProgram(input);
        break;
    }
    return 0;
}
