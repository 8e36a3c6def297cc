#include "buildidentity.h"

namespace ogs {

namespace {

bool namesFork(const QString &text)
{
    return text.contains(QLatin1String("likelovewant"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("ollama-for-amd"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("ollama for amd"), Qt::CaseInsensitive);
}

} // namespace

QStringList forkOnlyRocmTargets()
{
    return { QStringLiteral("gfx803"), QStringLiteral("gfx902"), QStringLiteral("gfx90c"), QStringLiteral("gfx1031"),
        QStringLiteral("gfx1032"), QStringLiteral("gfx1034"), QStringLiteral("gfx1035"), QStringLiteral("gfx1036") };
}

BuildIdentity identifyBuild(const OllamaLocation &location, const std::optional<OllamaInstall> &install)
{
    BuildIdentity id;
    if (!location.found())
        return id;
    if (location.uninstall) {
        const UninstallEntry &e = *location.uninstall;
        for (const QString &field : { e.publisher, e.urlInfoAbout, e.displayName }) {
            if (namesFork(field)) {
                id.build = OllamaBuild::OllamaForAmd;
                id.certain = true;
                id.evidence = QStringLiteral("the uninstall entry names the fork (\"%1\")").arg(field);
                return id;
            }
        }
    }
    if (install) {
        for (const QString &gfx : forkOnlyRocmTargets()) {
            if (install->rocmTargets.contains(gfx)) {
                id.build = OllamaBuild::OllamaForAmd;
                id.certain = true;
                id.evidence = QStringLiteral("%1 ships rocBLAS kernels for %2, which only ollama-for-amd builds")
                                  .arg(install->libDir, gfx);
                return id;
            }
        }
    }
    id.build = OllamaBuild::Official;
    // The fork's only code change is its ROCm target list, so a readable ROCm folder without any
    // fork-only target settles it; a publisher string alone does not (the fork may keep it).
    id.certain = install && install->hasRocm() && !install->rocmTargets.isEmpty();
    if (id.certain)
        id.evidence = QStringLiteral("%1 ships only the official ROCm targets").arg(install->libDir);
    else if (location.uninstall && !location.uninstall->publisher.isEmpty())
        id.evidence = QStringLiteral("published by \"%1\"; no ROCm kernels to tell the builds apart")
                          .arg(location.uninstall->publisher);
    else
        id.evidence = QStringLiteral("no sign of ollama-for-amd (no ROCm kernels to tell the builds apart)");
    return id;
}

} // namespace ogs
