// The compatibility table (ollama-compat.json) and path rules (path-rules.json) loaders;
// the first byte picks which one reads the rest.
#include "compattable.h"
#include "fuzzinput.h"
#include "pathrules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray json = ogs::fuzz::bytes(data + 1, size - 1);
    QString error;
    if (data[0] & 1) {
        const ogs::PathRules rules = ogs::PathRules::fromJson(json, &error);
        (void)rules.speedFor(QStringLiteral("AMD Radeon RX 7900 XTX"));
    } else {
        (void)ogs::CompatTable::fromJson(json, &error);
    }
    return 0;
}
