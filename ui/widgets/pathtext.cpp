#include "pathtext.h"

#include <QCoreApplication>

namespace ogs::ui {

// The context is spelt out in every call (not a local tr() helper): lupdate files a free
// tr() under the enclosing namespace, which would not match the context looked up here.
QString pathTitle(PathId id)
{
    switch (id) {
    case PathId::Rocm: return QCoreApplication::translate("ogs::ui::PathText", "ROCm (native)");
    case PathId::RocmOverride: return QCoreApplication::translate("ogs::ui::PathText", "ROCm with a gfx override");
    case PathId::Vulkan: return QCoreApplication::translate("ogs::ui::PathText", "Vulkan");
    case PathId::OllamaForAmd: return QCoreApplication::translate("ogs::ui::PathText", "ollama-for-amd (community build)");
    case PathId::Cuda: return QCoreApplication::translate("ogs::ui::PathText", "CUDA (NVIDIA)");
    case PathId::Cpu: return QCoreApplication::translate("ogs::ui::PathText", "Processor only (no GPU)");
    case PathId::RemoteHost: return QCoreApplication::translate("ogs::ui::PathText", "Ollama on the Windows host");
    }
    return pathKey(id);
}

QString stabilityText(const QString &stability)
{
    if (stability == QLatin1String("production"))
        return QCoreApplication::translate("ogs::ui::PathText", "production");
    if (stability == QLatin1String("experimental"))
        return QCoreApplication::translate("ogs::ui::PathText", "experimental");
    if (stability == QLatin1String("community"))
        return QCoreApplication::translate("ogs::ui::PathText", "community-maintained");
    return stability;
}

QString speedText(const PathAdvice &path)
{
    const Range &r = path.relativeSpeed;
    if (r.min == r.max)
        return QCoreApplication::translate("ogs::ui::PathText", "%1 % of native speed").arg(r.max);
    return QCoreApplication::translate("ogs::ui::PathText", "%1–%2 % of native speed").arg(r.min).arg(r.max);
}

QString tokensText(const PathAdvice &path)
{
    if (!path.tokens)
        return QString();
    const Range &r = path.tokens->tokensPerSecond;
    return QCoreApplication::translate("ogs::ui::PathText", "about %1–%2 tokens/s with %3")
        .arg(r.min)
        .arg(r.max)
        .arg(path.tokens->model);
}

} // namespace ogs::ui
