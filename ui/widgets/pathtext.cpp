#include "pathtext.h"

#include <QCoreApplication>

namespace ogs::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ogs::ui::PathText", text);
}

} // namespace

QString pathTitle(PathId id)
{
    switch (id) {
    case PathId::Rocm: return tr("ROCm (native)");
    case PathId::RocmOverride: return tr("ROCm with a gfx override");
    case PathId::Vulkan: return tr("Vulkan");
    case PathId::OllamaForAmd: return tr("ollama-for-amd (community build)");
    case PathId::Cuda: return tr("CUDA (NVIDIA)");
    case PathId::Cpu: return tr("Processor only (no GPU)");
    case PathId::RemoteHost: return tr("Ollama on the Windows host");
    }
    return pathKey(id);
}

QString stabilityText(const QString &stability)
{
    if (stability == QLatin1String("production"))
        return tr("production");
    if (stability == QLatin1String("experimental"))
        return tr("experimental");
    if (stability == QLatin1String("community"))
        return tr("community-maintained");
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
