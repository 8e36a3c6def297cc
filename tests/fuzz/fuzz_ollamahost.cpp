// OLLAMA_HOST values as a user (or another tool) sets them.
#include "fuzzinput.h"
#include "ollamahost.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ogs::OllamaHost host = ogs::resolveOllamaHost(ogs::fuzz::text(data, size));
    (void)host.hostPort();
    (void)host.url();
    (void)host.connectUrl();
    return 0;
}
