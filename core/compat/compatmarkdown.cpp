#include "compatmarkdown.h"

#include "gfxtarget.h"

namespace ogs {

namespace {

/// "≥ 0.5.8, < 0.31.2; ≥ 0.33.0" for the releases whose list contains gfx.
QString versionRanges(const CompatTable &table, const QString &gfx, RocmOs os)
{
    QStringList ranges;
    const QList<CompatRelease> &releases = table.releases();
    int start = -1;
    for (int i = 0; i <= releases.size(); ++i) {
        const bool has = i < releases.size() && releases.at(i).targets(os).contains(gfx);
        if (has && start < 0)
            start = i;
        if (!has && start >= 0) {
            QString r = QStringLiteral("≥ %1").arg(releases.at(start).since.toString());
            if (i < releases.size())
                r += QStringLiteral(", < %1").arg(releases.at(i).since.toString());
            ranges << r;
            start = -1;
        }
    }
    return ranges.isEmpty() ? QStringLiteral("—") : ranges.join(QStringLiteral("; "));
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("**yes**") : QStringLiteral("no");
}

QString describe(const RuleCondition &c)
{
    QStringList parts;
    if (!c.platforms.isEmpty())
        parts << QStringLiteral("platform %1").arg(c.platforms.join(QStringLiteral(" or ")));
    if (!c.vendors.isEmpty())
        parts << QStringLiteral("vendor %1").arg(c.vendors.join(QStringLiteral(" or ")));
    if (!c.gfx.pattern().isEmpty())
        parts << QStringLiteral("gfx matches `%1`").arg(c.gfx.pattern());
    if (!c.gfxNot.pattern().isEmpty())
        parts << QStringLiteral("gfx does not match `%1`").arg(c.gfxNot.pattern());
    if (!c.model.pattern().isEmpty())
        parts << QStringLiteral("model matches `%1`").arg(c.model.pattern());
    if (c.integrated)
        parts << (*c.integrated ? QStringLiteral("integrated GPU") : QStringLiteral("discrete GPU"));
    if (c.minVersion)
        parts << QStringLiteral("Ollama ≥ %1").arg(c.minVersion->toString());
    if (c.rocmNative)
        parts << (*c.rocmNative ? QStringLiteral("ROCm supports the GPU")
                                : QStringLiteral("ROCm does not support the GPU"));
    if (!c.rocmInstalled.isEmpty())
        parts << QStringLiteral("ROCm / HIP SDK installed: %1").arg(c.rocmInstalled.join(QStringLiteral(" or ")));
    return parts.isEmpty() ? QStringLiteral("always") : parts.join(QStringLiteral(", "));
}

QString effects(const PathRule &rule)
{
    QStringList out;
    for (const RuleEffect &e : rule.effects) {
        QStringList what;
        if (e.promote)
            what << QStringLiteral("ranked first");
        for (const auto &[k, v] : e.env)
            what << QStringLiteral("`%1=%2`").arg(k, v);
        for (const auto &[k, v] : e.optionalEnv)
            what << QStringLiteral("if needed `%1=%2`").arg(k, v);
        if (!e.requirements.isEmpty())
            what << QStringLiteral("requirement");
        if (!e.warnings.isEmpty())
            what << QStringLiteral("warning");
        if (!e.reasons.isEmpty() && !e.promote && e.env.isEmpty())
            what << QStringLiteral("reason");
        out << QStringLiteral("`%1`: %2").arg(pathKey(e.path), what.join(QStringLiteral(", ")));
    }
    return out.join(QStringLiteral("<br>"));
}

QString cell(QString s)
{
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

} // namespace

QString renderCompatibilityMarkdown(const CompatTable &table, const PathRules &rules)
{
    const OllamaVersion newest = table.newestKnownVersion();
    QString md;
    md += QStringLiteral("# Compatibility\n\n");
    md += QStringLiteral("<!-- Generated from resources/data/ollama-compat.json and resources/data/path-rules.json.\n"
                         "     Do not edit by hand: run `ninja -C build update-compatibility-doc` (tst_compatdoc fails "
                         "when this file is stale). -->\n\n");
    md += QStringLiteral(
        "Which AMD GPUs the official Ollama builds run through ROCm, by Ollama version and operating system, "
        "and the rules `ollama-gpu-setup recommend` applies on top. The newest release this table knows is **%1**.\n\n")
              .arg(newest.toString());
    md += QStringLiteral(
        "**Your own install is the final word.** Ollama decides ROCm support by looking for "
        "`lib/ollama/<rocm dir>/rocblas/library/TensileLibrary_lazy_<gfx>.dat`. `ollama-gpu-setup recommend` reads "
        "the same files (Linux: `/usr/local/lib/ollama`, `/usr/lib/ollama`; Windows: "
        "`%LOCALAPPDATA%\\Programs\\Ollama\\lib\\ollama`; or `--ollama-dir DIR`) and says when they disagree with this "
        "table.\n\n");

    md += QStringLiteral("## ROCm support by gfx target\n\n");
    md += QStringLiteral("Version ranges of official Ollama releases whose ROCm build ships the target. "
                         "Targets without ROCm support still run through Vulkan (see below).\n\n");
    md += QStringLiteral("| gfx target | generation | example cards | Linux | Windows | newest (%1) Linux | newest "
                         "Windows | ollama-for-amd (Windows) |\n")
              .arg(newest.toString());
    md += QStringLiteral("|---|---|---|---|---|---|---|---|\n");
    for (const QString &gfx : table.allTargets()) {
        const GfxTargetInfo *info = table.targetInfo(gfx);
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(gfx, info ? info->generation : QString(), info ? cell(info->examples) : QString(),
                      versionRanges(table, gfx, RocmOs::Linux), versionRanges(table, gfx, RocmOs::Windows),
                      yesNo(table.isSupported(gfx, newest, RocmOs::Linux)),
                      yesNo(table.isSupported(gfx, newest, RocmOs::Windows)),
                      yesNo(table.forkWindowsTargets().contains(gfx)));
    }

    md += QStringLiteral("\n## HSA_OVERRIDE_GFX_VERSION (Linux only)\n\n");
    md += QStringLiteral(
        "For a target the Linux build lacks, `recommend` offers the nearest shipped target of the same family. "
        "The override has no effect on Windows (ROCm there does not go through HSA), so it is never offered "
        "there.\n\n");
    md += QStringLiteral("| gfx target | poses as (Ollama %1) | HSA_OVERRIDE_GFX_VERSION |\n|---|---|---|\n")
              .arg(newest.toString());
    const QStringList linuxNewest = table.supportedTargets(newest, RocmOs::Linux);
    for (const QString &gfx : table.allTargets()) {
        if (linuxNewest.contains(gfx))
            continue;
        const QString target = table.overrideTarget(gfx, linuxNewest);
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(gfx, target.isEmpty() ? QStringLiteral("— (no same-family target; use Vulkan)") : target,
                      target.isEmpty() ? QStringLiteral("—") : QStringLiteral("`%1`").arg(hsaOverrideValue(target)));
    }

    md += QStringLiteral("\n## Behaviour that changed by version\n\n| since | change | source |\n|---|---|---|\n");
    md += QStringLiteral("| %1 | Vulkan backend ships, opt-in with `OLLAMA_VULKAN=1` | %2 |\n")
              .arg(table.vulkanOptIn().since.toString(), cell(table.vulkanOptIn().source));
    md += QStringLiteral("| %1 | Vulkan on by default (`OLLAMA_VULKAN=0` turns it off) | %2 |\n")
              .arg(table.vulkanDefault().since.toString(), cell(table.vulkanDefault().source));
    md += QStringLiteral("| %1 | integrated GPUs need `OLLAMA_IGPU_ENABLE=1` (except ROCm gfx1151) | %2 |\n")
              .arg(table.igpuEnable().since.toString(), cell(table.igpuEnable().source));
    for (const CompatRelease &r : table.releases())
        md += QStringLiteral("| %1 | ROCm targets: Linux `%2`, Windows `%3` | %4 |\n")
                  .arg(r.since.toString(), r.linuxTargets.join(QLatin1Char(' ')),
                      r.windowsTargets.join(QLatin1Char(' ')), cell(r.source));
    md += QStringLiteral("\nollama-for-amd (Windows only): `%1` — %2, %3\n")
              .arg(table.forkWindowsTargets().join(QLatin1Char(' ')), table.forkSource(), table.forkUrl());

    md += QStringLiteral("\n## Paths\n\n| id | what | stability | speed (ROCm = 100 %) |\n|---|---|---|---|\n");
    for (PathId id : allPathIds()) {
        const PathProfile p = rules.profile(id);
        const QString speed = p.relativeSpeed.min == p.relativeSpeed.max
            ? QStringLiteral("%1 %").arg(p.relativeSpeed.min)
            : QStringLiteral("%1–%2 %").arg(p.relativeSpeed.min).arg(p.relativeSpeed.max);
        md += QStringLiteral("| `%1` | %2 | %3 | %4 |\n").arg(pathKey(id), cell(p.title), p.stability, speed);
    }
    md += QStringLiteral("\n`vulkan` counts as production from Ollama %1, when it became the default; before that "
                         "Ollama called it experimental.\n")
              .arg(table.vulkanDefault().since.toString());

    md += QStringLiteral(
        "\n## Known-bug and requirement rules\n\n| rule | applies when | changes | reference |\n|---|---|---|---|\n");
    for (const PathRule &r : rules.rules())
        md += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                  .arg(r.id, cell(describe(r.when)), effects(r), cell(r.reference));

    md += QStringLiteral("\n## Expected speed by card\n\nGeneration speed with `%1`, from the seed guide; other paths "
                         "are scaled by their relative speed.\n\n"
                         "| card | tokens/s | measured on |\n|---|---|---|\n")
              .arg(rules.speedModel());
    for (const CardSpeed &s : rules.speeds())
        md += QStringLiteral("| %1 | %2–%3 | %4 |\n")
                  .arg(s.card)
                  .arg(s.tokensPerSecond.min)
                  .arg(s.tokensPerSecond.max)
                  .arg(pathKey(s.measuredOn));
    return md;
}

} // namespace ogs
