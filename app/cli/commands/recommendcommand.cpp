#include "recommendcommand.h"

#include "gpuspec.h"

#include "budget/sizeparse.h"
#include "cli/cli.h"
#include "cli/clioutput.h"
#include "compat/ollamainstall.h"
#include "compat/recommendationjson.h"
#include "compat/recommender.h"
#include "compat/runtimeprobe.h"
#include "compat/machineadvice.h"
#include "compat/versionprobe.h"
#include "compat/wslhost.h"
#include "detect/detectoptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace ogs::cli {

namespace {

const QString kCommand = QStringLiteral("recommend");

std::optional<Platform> platformFromKey(const QString &key)
{
    for (Platform p : { Platform::Linux, Platform::Windows, Platform::Wsl2 })
        if (platformKey(p) == key.trimmed().toLower())
            return p;
    return std::nullopt;
}

std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString envLine(const EnvList &env)
{
    QStringList parts;
    for (const auto &[k, v] : env)
        parts << QStringLiteral("%1=%2").arg(k, v);
    return parts.join(QStringLiteral("  "));
}

void printText(const RecommendInput &in, const ResolvedVersion &version, const Recommendation &rec)
{
    QTextStream &o = out();
    if (in.gpu) {
        const GpuInfo &g = *in.gpu;
        QStringList facts;
        if (!g.gfxTarget.isEmpty())
            facts << g.gfxTarget;
        if (!g.generation.isEmpty())
            facts << g.generation;
        if (g.vramTotalBytes)
            facts << humanBytes(g.vramTotalBytes);
        if (g.integrated())
            facts << QStringLiteral("integrated");
        static const QMap<QString, QString> vendorNames { { QStringLiteral("amd"), QStringLiteral("AMD") },
            { QStringLiteral("nvidia"), QStringLiteral("NVIDIA") },
            { QStringLiteral("intel"), QStringLiteral("Intel") } };
        o << "GPU: "
          << (g.name.isEmpty()
                     ? QStringLiteral("%1 GPU").arg(vendorNames.value(vendorKey(g.vendor), vendorKey(g.vendor)))
                     : g.name);
        if (!facts.isEmpty())
            o << " (" << facts.join(QStringLiteral(", ")) << ")";
        o << " on " << platformKey(in.platform) << "\n";
    } else {
        o << "GPU: none usable, on " << platformKey(in.platform) << "\n";
    }
    o << "Ollama: " << version.version.toString();
    if (version.assumed)
        o << " (assumed: the installed version is unknown)";
    else
        o << " (from " << versionOriginKey(version.origin) << ")";
    o << "\n";
    if (rec.rocm && !rec.rocm->gfx.isEmpty())
        o << "ROCm support for " << rec.rocm->gfx << ": " << (rec.rocm->effective ? "yes" : "no") << " (decided by the "
          << rec.rocm->decidedBy << ")\n";
    o << "\n";
    for (const PathAdvice &p : rec.paths) {
        const QString speed = p.relativeSpeed.min == p.relativeSpeed.max
            ? QString::number(p.relativeSpeed.min)
            : QStringLiteral("%1-%2").arg(p.relativeSpeed.min).arg(p.relativeSpeed.max);
        o << p.rank << ". " << pathKey(p.id) << "  [" << p.stability << ", " << speed << "% of native speed";
        if (p.tokens)
            o << ", about " << p.tokens->tokensPerSecond.min << "-" << p.tokens->tokensPerSecond.max
              << " tokens/s with " << p.tokens->model;
        o << "]\n";
        o << "   Set:     " << (p.env.isEmpty() ? QStringLiteral("nothing") : envLine(p.env)) << "\n";
        if (!p.unset.isEmpty())
            o << "   Remove:  " << p.unset.join(QStringLiteral(", ")) << " (if set)\n";
        for (const QString &r : p.requirements)
            o << "   Needs:   " << r << "\n";
        for (const QString &r : p.reasons)
            o << "   Why:     " << r << "\n";
        for (const QString &w : p.warnings)
            o << "   Warning: " << w << "\n";
        if (!p.optionalEnv.isEmpty())
            o << "   If it happens: " << envLine(p.optionalEnv) << "\n";
    }
    if (!rec.rejected.isEmpty()) {
        o << "\nNot offered:\n";
        for (const RejectedPath &r : rec.rejected)
            o << "  " << pathKey(r.id) << ": " << r.reason << "\n";
    }
    if (!rec.notes.isEmpty()) {
        o << "\nNotes:\n";
        for (const QString &n : rec.notes)
            o << "  - " << n << "\n";
    }
    o.flush();
}

} // namespace

int runRecommend(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption platform(QStringLiteral("platform"),
        QStringLiteral("Advise for linux, windows or wsl2 instead of this machine."), QStringLiteral("P"));
    const QCommandLineOption gpu(QStringLiteral("gpu"),
        QStringLiteral("Advise for this GPU: a gfx target (gfx1010), a PCI id (1002:731f, or 1002:73bf:c1 with the "
                       "revision) or none."),
        QStringLiteral("G"));
    const QCommandLineOption vram(QStringLiteral("vram"),
        QStringLiteral("The GPU's VRAM: 8G / 8GB = 8*10^9 bytes, 8GiB = 8*2^30 bytes, or plain bytes."),
        QStringLiteral("SIZE"));
    const QCommandLineOption model(QStringLiteral("model"),
        QStringLiteral("The Ollama model you will run, e.g. qwen3.5:4b (some GPUs have model-specific bugs)."),
        QStringLiteral("NAME"));
    const QCommandLineOption version(QStringLiteral("ollama-version"),
        QStringLiteral("Ollama's version, X.Y.Z (default: ask `ollama --version`)."), QStringLiteral("X.Y.Z"));
    const QCommandLineOption rocm(QStringLiteral("rocm-installed"),
        QStringLiteral("Linux: whether AMD ROCm is installed (default: look in /opt/rocm)."), QStringLiteral("yes|no"));
    const QCommandLineOption hip(QStringLiteral("hip-sdk"),
        QStringLiteral("Windows: whether the AMD HIP SDK is installed (default: look for HIP_PATH)."),
        QStringLiteral("yes|no"));
    const QCommandLineOption ollamaDir(QStringLiteral("ollama-dir"),
        QStringLiteral("Read the Ollama install in DIR (default: where the installer puts it)."),
        QStringLiteral("DIR"));
    const QCommandLineOption sysfs(
        QStringLiteral("sysfs-root"), QStringLiteral("Detect GPUs under DIR instead of /sys."), QStringLiteral("DIR"));
    parser.addOptions({ json, platform, gpu, vram, model, version, rocm, hip, ollamaDir, sysfs });
    if (auto stop = parseCommandLine(parser, kCommand,
            QStringLiteral("Ranks the ways to run Ollama on this GPU and says exactly what to set.\n"
                           "Every option overrides what detection found."),
            args))
        return *stop;

    // Validate every flag before doing any work, so a typo never produces advice.
    std::optional<Platform> platformFlag;
    if (parser.isSet(platform)) {
        platformFlag = platformFromKey(parser.value(platform));
        if (!platformFlag)
            return usageError(kCommand,
                QStringLiteral("--platform: '%1' is not one of linux, windows, wsl2").arg(parser.value(platform)));
    }
    std::optional<GpuSpec> gpuFlag;
    if (parser.isSet(gpu)) {
        gpuFlag = parseGpuSpec(parser.value(gpu));
        if (!gpuFlag)
            return usageError(kCommand,
                QStringLiteral("--gpu: '%1' is not a gfx target (gfx1030), a PCI id (1002:731f) or 'none'")
                    .arg(parser.value(gpu)));
    }
    std::optional<qint64> vramFlag;
    if (parser.isSet(vram)) {
        vramFlag = parseByteSize(parser.value(vram));
        if (!vramFlag || *vramFlag <= 0)
            return usageError(kCommand, memorySizeError(QStringLiteral("vram"), parser.value(vram), vramFlag));
    }
    // A version that is no version still gets advice, for the newest known release, saying so (issue #15).
    const std::optional<OllamaVersion> versionFlag
        = parser.isSet(version) ? OllamaVersion::parse(parser.value(version)) : std::nullopt;
    std::optional<bool> rocmFlag;
    if (parser.isSet(rocm)) {
        rocmFlag = yesNo(parser.value(rocm));
        if (!rocmFlag)
            return usageError(
                kCommand, QStringLiteral("--rocm-installed: '%1' is not yes or no").arg(parser.value(rocm)));
    }
    std::optional<bool> hipFlag;
    if (parser.isSet(hip)) {
        hipFlag = yesNo(parser.value(hip));
        if (!hipFlag)
            return usageError(kCommand, QStringLiteral("--hip-sdk: '%1' is not yes or no").arg(parser.value(hip)));
    }
    std::optional<OllamaInstall> installFlag;
    if (parser.isSet(ollamaDir)) {
        const QString dir = parser.value(ollamaDir);
        if (dir.isEmpty() || !QFileInfo(dir).isDir())
            return usageError(kCommand, QStringLiteral("--ollama-dir: '%1' is not a directory").arg(dir));
        QString whyNot;
        installFlag = scanOllamaInstall(dir, &whyNot);
        if (!installFlag)
            return usageError(kCommand, QStringLiteral("--ollama-dir: %1").arg(whyNot));
    }
    MachineAdviceOptions options = MachineAdviceOptions::system();
    if (auto stop = takeDirectoryOption(parser, sysfs, kCommand, &options.detect.sysfsRoot))
        return *stop;
    options.platform = platformFlag;
    if (gpuFlag) {
        options.gpuGiven = true;
        options.gpu = gpuFlag->gpu;
    }
    options.vramBytes = vramFlag;
    options.model = parser.value(model);
    options.version = versionFlag;
    if (parser.isSet(version) && !versionFlag)
        options.unparsedVersion = parser.value(version).trimmed().isEmpty() ? QStringLiteral("(empty)")
                                                                            : parser.value(version);
    options.rocmInstalled = rocmFlag;
    options.hipSdkInstalled = hipFlag;
    options.install = installFlag;
    const MachineAdvice advice = adviseMachine(options);
    const RecommendInput &in = advice.input;
    const ResolvedVersion &resolved = advice.version;
    const Recommendation &rec = advice.recommendation;
    if (parser.isSet(json)) {
        QJsonObject o = recommendationToJson(in, resolved, rec);
        if (resolved.assumed)
            o.insert(QStringLiteral("ollama_version_note"), resolved.note);
        printJson(o);
    } else {
        printText(in, resolved, rec);
    }
    return ExitOk;
}

std::optional<PathEnvironment> pathEnvironmentForThisMachine(const QString &pathId, QString *error)
{
    const MachineAdvice advice = adviseMachine(MachineAdviceOptions::system());
    const PathAdvice *path = findPath(advice.recommendation, pathId);
    if (!path) {
        QStringList offered{QStringLiteral("best")};
        for (const PathAdvice &p : advice.recommendation.paths)
            offered << pathKey(p.id);
        *error = QStringLiteral("'%1' is not a path recommended for this machine (offered: %2)").arg(pathId, offered.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return PathEnvironment{pathKey(path->id), path->env, path->unset};
}

} // namespace ogs::cli
