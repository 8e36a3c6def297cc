// One whole (non-streamed) Ollama API response through every JSON reader.
#include "fuzzinput.h"
#include "ollamatypes.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject o = QJsonDocument::fromJson(ogs::fuzz::bytes(data, size)).object();
    (void)ogs::parseGenerateStats(o).promptEvalRate();
    (void)ogs::parsePullProgress(o);
    for (const ogs::LocalModel &m : ogs::parseTags(o))
        (void)ogs::normalizeModelName(m.name);
    (void)ogs::parseRunningModels(o);
    (void)ogs::parseShow(o);
    (void)ogs::parseVersion(o);
    return 0;
}
