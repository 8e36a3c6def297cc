#include "ollamabuild.h"

#include "common/coretext.h"

namespace ogs {

QString buildKey(OllamaBuild build)
{
    return build == OllamaBuild::Official ? QStringLiteral("official") : QStringLiteral("ollama-for-amd");
}

std::optional<OllamaBuild> buildFromKey(const QString &key)
{
    if (key == QLatin1String("official"))
        return OllamaBuild::Official;
    if (key == QLatin1String("ollama-for-amd"))
        return OllamaBuild::OllamaForAmd;
    return std::nullopt;
}

QString buildDisplayName(OllamaBuild build)
{
    return build == OllamaBuild::Official ? InstallText::tr("the official build")
                                          : InstallText::tr("the ollama-for-amd build");
}

} // namespace ogs
