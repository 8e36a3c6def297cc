// Ollama versions ("0.12.3", "v0.13.0-rc1") and `ollama --version` output.
#include "fuzzinput.h"
#include "ollamaversion.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = ogs::fuzz::text(data, size);
    const auto v = ogs::OllamaVersion::parse(text);
    if (v) {
        (void)v->toString();
        (void)v->compare(*v);
    }
    (void)ogs::parseOllamaVersionOutput(text);
    return 0;
}
