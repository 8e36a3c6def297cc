#include "recommendation.h"

namespace ogs {

QString pathKey(PathId id)
{
    switch (id) {
    case PathId::Rocm:
        return QStringLiteral("rocm");
    case PathId::RocmOverride:
        return QStringLiteral("rocm-override");
    case PathId::Vulkan:
        return QStringLiteral("vulkan");
    case PathId::OllamaForAmd:
        return QStringLiteral("ollama-for-amd");
    case PathId::Cuda:
        return QStringLiteral("cuda");
    case PathId::Cpu:
        return QStringLiteral("cpu");
    case PathId::RemoteHost:
        return QStringLiteral("remote-host");
    }
    return QStringLiteral("cpu");
}

QList<PathId> allPathIds()
{
    return { PathId::Rocm, PathId::RocmOverride, PathId::Vulkan, PathId::OllamaForAmd, PathId::Cuda, PathId::Cpu,
        PathId::RemoteHost };
}

std::optional<PathId> pathFromKey(const QString &key)
{
    for (PathId id : allPathIds())
        if (pathKey(id) == key)
            return id;
    return std::nullopt;
}

void setEnv(EnvList &env, const QString &name, const QString &value)
{
    for (auto &entry : env) {
        if (entry.first == name) {
            entry.second = value;
            return;
        }
    }
    env.append({ name, value });
}

const PathAdvice *Recommendation::find(PathId id) const
{
    for (const PathAdvice &p : paths)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace ogs
