// The value validators and the per-target assignment writer: any value a user types either is
// refused or is written as a line that reads back to exactly that value.
#include "envkeys.h"
#include "envtarget.h"
#include "fuzzinput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *const keys[] = {"OLLAMA_HOST", "HSA_OVERRIDE_GFX_VERSION", "OLLAMA_MODELS",
                                       "CUDA_VISIBLE_DEVICES", "OLLAMA_KEEP_ALIVE", "OLLAMA_NUM_PARALLEL",
                                       "OLLAMA_VULKAN", "ROCR_VISIBLE_DEVICES"};
    const QString key = QString::fromLatin1(keys[data[0] % (sizeof keys / sizeof keys[0])]);
    const QString value = ogs::fuzz::text(data + 1, size - 1);
    (void)ogs::validateEnvValue(key, value);
    (void)ogs::exposesToNetwork(value);
    (void)ogs::printableValue(value);
    (void)ogs::findEnvKey(value);
    for (ogs::EnvTarget target : ogs::allEnvTargets()) {
        if (!ogs::isFileTarget(target))
            continue;
        const ogs::AssignmentLine line = ogs::formatAssignment(target, key, value);
        if (!line.ok())
            continue;
        const auto back = ogs::parseAssignment(target, line.line);
        if (!back || back->first != key || back->second != value)
            std::abort(); // written but does not read back as written
    }
    return 0;
}
