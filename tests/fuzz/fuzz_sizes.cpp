// Sizes as users and Ollama write them ("8G", "7.5 GB", "512MiB", log "size=\"1.2 GiB\"").
#include "fuzzinput.h"
#include "logfmt.h"
#include "sizeparse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = ogs::fuzz::text(data, size);
    if (const auto bytes = ogs::parseByteSize(text))
        (void)ogs::formatBytesBoth(*bytes);
    (void)ogs::parseSize(text);
    return 0;
}
