#include "machineadvice.h"

#include "common/coretext.h"
#include "compattable.h"
#include "recommender.h"
#include "runtimeprobe.h"
#include "wslhost.h"

#include "ollama/ollamaclient.h"
#include "ollama/ollamahost.h"

#include <QProcessEnvironment>

namespace ogs {

MachineAdviceOptions MachineAdviceOptions::system()
{
    MachineAdviceOptions o;
    const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
    for (const char *key : { "LOCALAPPDATA", "HIP_PATH", "ProgramFiles" }) {
        const QString k = QString::fromLatin1(key);
        if (sys.contains(k))
            o.environment.insert(k, sys.value(k));
    }
    o.runner = processCommandRunner();
    // The server Ollama's own CLI would talk to: OLLAMA_HOST, resolved as Ollama does.
    const QUrl url = resolveOllamaHost(sys.value(QStringLiteral("OLLAMA_HOST"))).connectUrl();
    o.serverVersion = [url]() -> std::optional<OllamaVersion> {
        OllamaClientOptions options;
        options.baseUrl = url;
        options.connectTimeoutMs = 1500; // advice must not wait for a server that is not there
        options.firstByteTimeoutMs = 3000;
        options.totalTimeoutMs = 5000;
        OllamaClient client(options);
        OllamaCall *call = client.version();
        if (!call->wait())
            return std::nullopt;
        return OllamaVersion::parse(call->result().value(QStringLiteral("version")).toString());
    };
    return o;
}

std::optional<GpuInfo> pickPrimaryGpu(const QList<GpuInfo> &gpus)
{
    std::optional<GpuInfo> best;
    for (const GpuInfo &g : gpus) {
        if (g.isSoftware())
            continue;
        if (!best) {
            best = g;
            continue;
        }
        const bool gDiscrete = !g.integrated();
        const bool bDiscrete = !best->integrated();
        if (gDiscrete != bDiscrete) {
            if (gDiscrete)
                best = g;
            continue;
        }
        if (g.vramTotalBytes.value_or(0) > best->vramTotalBytes.value_or(0))
            best = g;
    }
    return best;
}

const PathAdvice *findPath(const Recommendation &rec, const QString &pathId)
{
    if (rec.paths.isEmpty())
        return nullptr;
    if (pathId == QLatin1String("best"))
        return &rec.paths.first();
    for (const PathAdvice &p : rec.paths) {
        if (pathKey(p.id) == pathId)
            return &p;
    }
    return nullptr;
}

MachineAdvice adviseMachine(const MachineAdviceOptions &o)
{
    MachineAdvice advice;
    RecommendInput &in = advice.input;
    QStringList notes;
    const Platform hostPlatform = PlatformProbe(o.detect.platformRoots).probe().platform;
    if (o.gpuGiven) {
        in.gpu = o.gpu;
    } else {
        const DetectionReport report = makeDetector(o.detect).run();
        in.gpu = pickPrimaryGpu(report.gpus);
        const auto usable
            = std::count_if(report.gpus.cbegin(), report.gpus.cend(), [](const GpuInfo &g) { return !g.isSoftware(); });
        if (usable > 1)
            notes << RecommendText::tr("%1 GPUs were found; this advice is for %2. Use --gpu to choose another.")
                         .arg(usable)
                         .arg(in.gpu->name.isEmpty() ? in.gpu->gfxTarget : in.gpu->name);
        for (const QString &w : report.warnings)
            notes << QStringLiteral("Detection: %1").arg(w);
        const bool hasIgpu
            = std::any_of(report.gpus.cbegin(), report.gpus.cend(), [](const GpuInfo &g) { return g.integrated(); });
        if (hasIgpu && in.gpu && !in.gpu->integrated())
            notes << RecommendText::tr(
                "This machine also has an integrated GPU. If Vulkan uses it or it is unstable, keep Vulkan on and set "
                "GGML_VK_VISIBLE_DEVICES to the discrete GPU's Vulkan index (Ollama docs/gpu.mdx).");
    }
    in.platform = o.platform.value_or(hostPlatform);
    if (o.vramBytes) {
        if (in.gpu)
            in.gpu->vramTotalBytes = *o.vramBytes;
        else
            notes << QStringLiteral("--vram is ignored: there is no GPU to give it to.");
    }
    in.model = o.model.trimmed();

    // Look at this machine's installs only when the advice is for this machine.
    const bool probeHost = in.platform == hostPlatform;
    const OllamaVersion newest = CompatTable::builtin().newestKnownVersion();
    if (!o.version && !o.unparsedVersion.isEmpty()) {
        advice.version.version = newest;
        advice.version.assumed = true;
        advice.version.note = RecommendText::tr(
            "'%1' is not an Ollama version (it looks like 0.12.11), so this advice assumes %2, the newest release this "
            "program knows. Give the version `ollama --version` prints to be exact.")
                                  .arg(o.unparsedVersion.left(40), newest.toString());
    } else {
        advice.version = resolveOllamaVersion(o.version, probeHost ? o.runner : CommandRunner(), newest,
            probeHost ? o.serverVersion : ServerVersionProbe());
    }
    in.version = advice.version.version;
    in.versionAssumed = advice.version.assumed;
    in.versionNote = advice.version.note;
    in.rocmInstalled = o.rocmInstalled;
    if (!in.rocmInstalled && probeHost && in.platform == Platform::Linux)
        in.rocmInstalled = probeLinuxRocm().installed;
    in.hipSdkInstalled = o.hipSdkInstalled;
    if (!in.hipSdkInstalled && probeHost && in.platform == Platform::Windows)
        in.hipSdkInstalled
            = probeWindowsHipSdk(o.environment, o.environment.value(QStringLiteral("ProgramFiles"))).installed;
    in.windowsVulkanLoader = o.windowsVulkanLoader;
    if (!in.windowsVulkanLoader && probeHost && in.platform == Platform::Windows)
        in.windowsVulkanLoader = hasWindowsVulkanLoader(o.detect.platformRoots.systemRoot);
    in.install = o.install;
    if (!in.install && probeHost)
        in.install = findOllamaInstall(defaultOllamaLibDirs(in.platform, o.environment));
    if (in.platform == Platform::Wsl2 && probeHost)
        in.wslHostAddress = wslWindowsHostAddress(o.detect.platformRoots.procRoot);

    advice.recommendation = Recommender().recommend(in);
    advice.recommendation.notes << notes;
    return advice;
}

} // namespace ogs
