#include "ollamalog.h"

#include "common/checkedcast.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ogs {

namespace {

InferenceDevice deviceFrom(const LogRecord &r)
{
    InferenceDevice d;
    d.id = r.value(QStringLiteral("id"));
    d.filterId = r.value(QStringLiteral("filter_id"));
    d.library = r.value(QStringLiteral("library"));
    d.variant = r.value(QStringLiteral("variant"));
    d.compute = r.value(QStringLiteral("compute"));
    d.driver = r.value(QStringLiteral("driver"));
    d.name = r.value(QStringLiteral("name"));
    d.description = r.value(QStringLiteral("description"));
    d.libdirs = r.value(QStringLiteral("libdirs"));
    d.pciId = r.value(QStringLiteral("pci_id"));
    d.type = r.value(QStringLiteral("type"));
    d.total = r.value(QStringLiteral("total"));
    d.available = r.value(QStringLiteral("available"));
    d.totalBytes = parseSize(d.total);
    d.availableBytes = parseSize(d.available);
    d.evidence = r.raw;
    return d;
}

/// "[gfx1030 gfx1100]" → list.
QStringList bracketList(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\[([^\\]]*)\\]"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString firstGfx(const LogRecord &r)
{
    static const QRegularExpression gfx(QStringLiteral("^gfx[0-9a-f]+"));
    for (const QString &key : { QStringLiteral("gpu_type"), QStringLiteral("gfx"), QStringLiteral("compute"),
             QStringLiteral("target"), QStringLiteral("gfx_target") }) {
        const QString v = r.value(key);
        if (gfx.match(v).hasMatch())
            return v;
    }
    return {};
}

/// "### OS\n\nWindows" style answers of the GitHub issue form, when a pasted excerpt carries them.
QString issueFormAnswer(const QStringList &lines, const QString &heading)
{
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().compare(heading, Qt::CaseInsensitive) != 0)
            continue;
        for (int j = i + 1; j < lines.size() && j <= i + 3; ++j) {
            const QString v = lines.at(j).trimmed();
            if (!v.isEmpty())
                return v.startsWith(QLatin1Char('#')) ? QString() : v;
        }
    }
    return {};
}

QJsonObject compact(std::initializer_list<std::pair<const char *, QString>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields) {
        if (!v.isEmpty())
            o.insert(QLatin1String(k), v);
    }
    return o;
}

} // namespace

QString InferenceDevice::gfxTarget() const
{
    static const QRegularExpression gfx(QStringLiteral("^gfx[0-9a-f]+$"));
    if (gfx.match(compute).hasMatch())
        return compute;
    static const QRegularExpression radv(QStringLiteral("\\(RADV (GFX[0-9A-Fa-f]+)\\)"));
    const auto m = radv.match(description);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

namespace {

ParsedLog parseLines(const QStringList &lines)
{
    ParsedLog log;
    static const QRegularExpression listening(QStringLiteral("Listening on (\\S+) \\(version ([^)]+)\\)"));
    static const QRegularExpression offloaded(QStringLiteral("offloaded (\\d+)/(\\d+) layers to GPU"));
    static const QRegularExpression vulkanLine(QStringLiteral("ggml_vulkan: (\\d+) = (.*)$"));
    static const QRegularExpression nameVendor(QStringLiteral("^(.*) \\(([^()]*)\\)$"));
    static const QRegularExpression integratedLine(QStringLiteral("Integrated GPU \\((.*)\\) with LUID \\S+ detected"));
    static const QRegularExpression bytesField(QStringLiteral("(Shared|Dedicated) Total: ([0-9.]+) bytes"));
    static const QRegularExpression dxgiAdapter(QStringLiteral(
        "\\[DXGI\\] Adapter Description: (.*), LUID: \\S+, Dedicated: ([0-9.]+ GB), Shared: ([0-9.]+ GB)"));
    QString lastKfdNode;
    QString lastDrm;
    std::optional<int> lastVendor;
    std::optional<int> lastDevice;
    QList<std::pair<QString, std::pair<QString, QString>>> dxgiAdapters;
    bool windowsMarker = false;
    bool linuxMarker = false;
    bool wslMarker = false;

    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        if (line.contains(QLatin1String("microsoft-standard-WSL")) || line.contains(QLatin1String("/dev/dxg"))
            || line.contains(QLatin1String("HSA_ENABLE_DXG_DETECTION")))
            wslMarker = true;
        if (line.contains(QRegularExpression(QStringLiteral("[A-Z]:\\\\(Users|Program)")))
            || line.contains(QLatin1String("_windows.go")))
            windowsMarker = true;
        if (line.contains(QLatin1String("_linux.go")) || line.contains(QLatin1String("/sys/class/"))
            || line.contains(QLatin1String("systemd[")))
            linuxMarker = true;

        if (const auto m = listening.match(line); m.hasMatch()) {
            log.listenAddress = m.captured(1);
            log.ollamaVersion = m.captured(2);
        }
        if (const auto m = offloaded.match(line); m.hasMatch()) {
            log.offloadedLayers = std::make_pair(m.captured(1).toInt(), m.captured(2).toInt());
            log.offloadedEvidence = line;
        }
        if (const auto m = vulkanLine.match(line); m.hasMatch()) {
            VulkanDevice v;
            v.index = m.captured(1).toInt();
            const QStringList parts = m.captured(2).split(QLatin1String(" | "));
            const auto nv = nameVendor.match(parts.value(0).trimmed());
            v.name = nv.hasMatch() ? nv.captured(1) : parts.value(0).trimmed();
            v.vendor = nv.hasMatch() ? nv.captured(2) : QString();
            for (const QString &p : parts.mid(1)) {
                const QString key = p.section(QLatin1Char(':'), 0, 0).trimmed();
                const QString value = p.section(QLatin1Char(':'), 1).trimmed();
                if (key == QLatin1String("uma"))
                    v.uma = value == QLatin1String("1");
                else if (key == QLatin1String("fp16"))
                    v.fp16 = value == QLatin1String("1");
                else if (key == QLatin1String("matrix cores"))
                    v.matrixCores = value;
            }
            v.evidence = line;
            log.vulkanDevices.append(v);
            continue;
        }
        if (const auto m = integratedLine.match(line); m.hasMatch()) {
            log.integrated = true;
            auto it = bytesField.globalMatch(line);
            while (it.hasNext()) {
                const auto b = it.next();
                const auto bytes = checkedIntFromDouble<qint64>(b.captured(2).toDouble());
                if (!bytes)
                    continue; // a number no adapter has: not a fact
                if (b.captured(1) == QLatin1String("Shared"))
                    log.sharedTotalBytes = bytes;
                else
                    log.dedicatedTotalBytes = bytes;
            }
            for (const auto &[name, mem] : std::as_const(dxgiAdapters)) {
                if (name == m.captured(1)) {
                    log.dxgiDedicated = mem.first;
                    log.dxgiShared = mem.second;
                }
            }
            continue;
        }
        if (const auto m = dxgiAdapter.match(line); m.hasMatch()) {
            dxgiAdapters.append({ m.captured(1), { m.captured(2), m.captured(3) } });
            continue;
        }
        if (line.contains(QLatin1String("permissions not set up properly"))
            || line.contains(QLatin1String("add you user account to the render group"))
            || line.contains(QLatin1String("add your user account to the render group")))
            log.kfdPermissionEvidence = line;
        if (line.contains(QLatin1String("env=\"map[")) && line.contains(QLatin1String("server config"))) {
            log.hasServerConfig = true;
            log.serverConfig = parseGoEnvMap(line);
            log.serverConfigEvidence = line;
            const QString hsa = log.serverConfig.value(QStringLiteral("HSA_OVERRIDE_GFX_VERSION"));
            if (!hsa.isEmpty() && log.hsaOverride.isEmpty()) {
                log.hsaOverride = hsa;
                log.hsaOverrideEvidence = line;
            }
            continue;
        }

        const std::optional<LogRecord> rec = parseLogRecord(line);
        if (!rec)
            continue;
        const LogRecord &r = *rec;
        const QString &msg = r.msg;
        if (r.has(QStringLiteral("HSA_OVERRIDE_GFX_VERSION"))
            && !r.value(QStringLiteral("HSA_OVERRIDE_GFX_VERSION")).isEmpty()) {
            log.hsaOverride = r.value(QStringLiteral("HSA_OVERRIDE_GFX_VERSION"));
            log.hsaOverrideEvidence = line;
        }
        if (r.has(QStringLiteral("total_vram")) || r.has(QStringLiteral("total vram"))) {
            log.totalVram = r.has(QStringLiteral("total_vram")) ? r.value(QStringLiteral("total_vram"))
                                                                : r.value(QStringLiteral("total vram"));
            log.totalVramEvidence = line;
        }
        if (msg == QLatin1String("inference compute")) {
            const InferenceDevice d = deviceFrom(r);
            if (d.isCpu())
                log.cpuDevice = d;
            else
                log.gpus.append(d);
        } else if (msg.startsWith(QLatin1String("amdgpu is not supported"))
            || (msg.startsWith(QLatin1String("dropping ROCm device")) && !msg.contains(QLatin1String("initialize")))) {
            UnsupportedGpu u;
            u.gpu = r.has(QStringLiteral("gpu")) ? r.value(QStringLiteral("gpu")) : r.value(QStringLiteral("id"));
            u.gpuType = firstGfx(r);
            u.supportedTypes = bracketList(msg);
            u.libraryDir = r.has(QStringLiteral("library")) ? r.value(QStringLiteral("library"))
                                                            : r.value(QStringLiteral("libdir"));
            u.message = msg;
            u.evidence = line;
            log.unsupportedGpus.append(u);
        } else if (msg == QLatin1String("amdgpu is supported")) {
            log.supportedGpus.append({ r.value(QStringLiteral("gpu")), r.value(QStringLiteral("gpu_type")) });
        } else if (msg == QLatin1String("mapping amdgpu to drm sysfs nodes")) {
            lastKfdNode = r.value(QStringLiteral("amdgpu"));
            bool ok = false;
            const int vendor = r.value(QStringLiteral("vendor")).toInt(&ok);
            lastVendor = ok ? std::optional<int>(vendor) : std::nullopt;
            const int device = r.value(QStringLiteral("device")).toInt(&ok);
            lastDevice = ok ? std::optional<int>(device) : std::nullopt;
            lastDrm.clear();
        } else if (msg == QLatin1String("matched") && r.has(QStringLiteral("drm"))) {
            lastDrm = r.value(QStringLiteral("drm"));
        } else if (msg.contains(QLatin1String("iGPU detected skipping"))) {
            SkippedIgpu s { r.value(QStringLiteral("id")), r.value(QStringLiteral("total")), lastKfdNode, lastDrm, line,
                lastVendor, lastDevice };
            log.skippedIgpus.append(s);
        } else if (msg.startsWith(QLatin1String("filtering device"))) {
            log.filteredDevices.append({ r.value(QStringLiteral("id")), r.value(QStringLiteral("library")),
                r.value(QStringLiteral("pci_id")), r.value(QStringLiteral("libdir")), msg, line });
        } else if (msg.startsWith(QLatin1String("removing")) && r.has(QStringLiteral("id"))) {
            log.removedDevices.append({ r.value(QStringLiteral("id")), r.value(QStringLiteral("library")),
                r.value(QStringLiteral("pci_id")), r.value(QStringLiteral("libdir")), msg, line });
        } else if (msg == QLatin1String("no compatible GPUs were discovered")) {
            log.noCompatibleGpusEvidence = line;
        } else if (msg == QLatin1String("no compatible amdgpu devices detected")) {
            log.noCompatibleAmdgpuEvidence = line;
        } else if (msg == QLatin1String("entering low vram mode")) {
            log.lowVramMode = true;
        } else if (msg.contains(QLatin1String("Vulkan support disabled"))) {
            log.vulkanDisabledEvidence = line;
        } else if (msg.contains(QLatin1String("driver is too old"))
            || msg.contains(QLatin1String("amd.com/en/support/linux-drivers"))) {
            log.oldDriverEvidence = line;
        }
        if (r.level.startsWith(QLatin1String("WARN"))) {
            const QString e = r.value(QStringLiteral("error"));
            log.warnings << (e.isEmpty() ? msg : e);
        }
    }

    if (log.os.isEmpty()) {
        const QString formOs = issueFormAnswer(lines, QStringLiteral("### OS")).toLower();
        if (wslMarker || formOs.contains(QLatin1String("wsl")))
            log.os = QStringLiteral("wsl2");
        else if (windowsMarker || formOs.startsWith(QLatin1String("windows")))
            log.os = QStringLiteral("windows");
        else if (linuxMarker || formOs.startsWith(QLatin1String("linux")))
            log.os = QStringLiteral("linux");
        else if (formOs.startsWith(QLatin1String("mac")))
            log.os = QStringLiteral("macos");
    }
    if (log.ollamaVersion.isEmpty()) {
        const QString formVersion = issueFormAnswer(lines, QStringLiteral("### Ollama version"));
        static const QRegularExpression version(QStringLiteral("^v?(\\d+\\.\\d+(?:\\.\\d+)?)"));
        if (const auto m = version.match(formVersion); m.hasMatch())
            log.ollamaVersion = m.captured(1);
    }
    return log;
}

bool hasDiscovery(const ParsedLog &log)
{
    return !log.gpus.isEmpty() || log.cpuDevice || !log.unsupportedGpus.isEmpty() || !log.filteredDevices.isEmpty()
        || !log.vulkanDevices.isEmpty() || log.noCompatibleGpus() || log.offloadedLayers.has_value()
        || !log.skippedIgpus.isEmpty();
}

} // namespace

ParsedLog parseOllamaLog(const QString &text, LogScope scope)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    ParsedLog whole = parseLines(lines);
    if (scope == LogScope::WholeText)
        return whole;
    // A new run starts at each "server config" line (Ollama prints it first when it starts).
    QList<qsizetype> starts { 0 };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(QLatin1String("server config")) && lines.at(i).contains(QLatin1String("env=\"map["))
            && i > 0)
            starts.append(i);
    }
    starts.append(lines.size());
    const int runs = static_cast<int>(starts.size() - 1);
    // The newest run that got as far as GPU discovery; a run cut short (still starting) says nothing yet.
    for (int r = runs - 1; r >= 0; --r) {
        ParsedLog run = parseLines(lines.mid(starts.at(r), starts.at(r + 1) - starts.at(r)));
        if (!hasDiscovery(run) && r > 0)
            continue;
        if (run.os.isEmpty())
            run.os = whole.os;
        if (run.ollamaVersion.isEmpty() && runs == 1)
            run.ollamaVersion = whole.ollamaVersion;
        run.runCount = runs;
        run.runIndex = r;
        return run;
    }
    return whole;
}

std::optional<bool> ParsedLog::gpuUsed() const
{
    if (offloadedLayers)
        return offloadedLayers->first > 0;
    if (gpus.isEmpty() && (cpuDevice || noCompatibleGpus()))
        return false;
    return std::nullopt;
}

QStringList ParsedLog::backends() const
{
    QStringList result;
    auto add = [&result](const QString &b) {
        for (const QString &have : std::as_const(result)) {
            if (have.compare(b, Qt::CaseInsensitive) == 0)
                return;
        }
        result << b;
    };
    for (const InferenceDevice &d : gpus)
        add(d.library);
    if (!vulkanDevices.isEmpty())
        add(QStringLiteral("vulkan"));
    if (cpuDevice && gpus.isEmpty())
        add(cpuDevice->library);
    return result;
}

QJsonObject ParsedLog::toFactsJson() const
{
    QJsonObject o;
    if (!os.isEmpty())
        o.insert(QStringLiteral("os"), os);
    if (!ollamaVersion.isEmpty())
        o.insert(QStringLiteral("ollama_version"), ollamaVersion);
    if (!backends().isEmpty())
        o.insert(QStringLiteral("backends"), QJsonArray::fromStringList(backends()));
    if (!gpus.isEmpty()) {
        QJsonArray a;
        static const QRegularExpression vendorDevice(QStringLiteral("^[0-9a-f]{4}:[0-9a-f]{4}$"));
        for (const InferenceDevice &d : gpus) {
            QJsonObject g = compact({ { "id", d.id }, { "filter_id", d.filterId }, { "library", d.library },
                { "variant", d.variant }, { "compute", d.compute }, { "driver", d.driver }, { "name", d.name },
                { "description", d.description }, { "libdirs", d.libdirs }, { "pci_id", d.pciId }, { "type", d.type },
                { "total", d.total }, { "available", d.available } });
            if (vendorDevice.match(d.name).hasMatch())
                g.insert(QStringLiteral("pci_vendor_device"), d.name);
            a.append(g);
        }
        o.insert(QStringLiteral("gpus"), a);
    }
    if (cpuDevice) {
        const InferenceDevice &d = *cpuDevice;
        o.insert(QStringLiteral("cpu_inference_compute"),
            compact({ { "id", d.id }, { "library", d.library }, { "variant", d.variant }, { "total", d.total },
                { "available", d.available } }));
    }
    if (!unsupportedGpus.isEmpty()) {
        QJsonArray a;
        for (const UnsupportedGpu &u : unsupportedGpus) {
            QJsonObject g = compact({ { "gpu", u.gpu }, { "gpu_type", u.gpuType }, { "message", u.message },
                { "library_dir", u.libraryDir } });
            g.insert(QStringLiteral("supported_types"), QJsonArray::fromStringList(u.supportedTypes));
            a.append(g);
        }
        o.insert(QStringLiteral("unsupported_gpus"), a);
    }
    if (!supportedGpus.isEmpty()) {
        QJsonArray a;
        for (const auto &[gpu, type] : supportedGpus)
            a.append(compact({ { "gpu", gpu }, { "gpu_type", type } }));
        o.insert(QStringLiteral("amdgpu_supported"), a);
    }
    if (!skippedIgpus.isEmpty()) {
        QJsonArray a;
        for (const SkippedIgpu &s : skippedIgpus) {
            QJsonObject g
                = compact({ { "id", s.id }, { "total", s.total }, { "kfd_node", s.kfdNode }, { "drm", s.drm } });
            g.insert(QStringLiteral("message"), QStringLiteral("unsupported Radeon iGPU detected skipping"));
            if (s.vendor)
                g.insert(QStringLiteral("vendor_decimal"), *s.vendor);
            if (s.device) {
                g.insert(QStringLiteral("device_decimal"), *s.device);
                g.insert(QStringLiteral("device_hex"), QStringLiteral("0x%1").arg(*s.device, 4, 16, QLatin1Char('0')));
            }
            a.append(g);
        }
        o.insert(QStringLiteral("skipped_igpus"), a);
    }
    for (const auto &[key, list] :
        { std::make_pair("filtered_devices", &filteredDevices), std::make_pair("removed_devices", &removedDevices) }) {
        if (list->isEmpty())
            continue;
        QJsonArray a;
        for (const DroppedDevice &d : *list)
            a.append(compact({ { "id", d.id }, { "library", d.library }, { "pci_id", d.pciId }, { "libdir", d.libdir },
                { "message", d.message } }));
        o.insert(QLatin1String(key), a);
    }
    if (!vulkanDevices.isEmpty()) {
        QJsonArray a;
        for (const VulkanDevice &v : vulkanDevices) {
            QJsonObject g = compact({ { "name", v.name }, { "vendor", v.vendor }, { "matrix_cores", v.matrixCores } });
            g.insert(QStringLiteral("index"), v.index);
            g.insert(QStringLiteral("uma"), v.uma);
            g.insert(QStringLiteral("fp16"), v.fp16);
            a.append(g);
        }
        o.insert(QStringLiteral("vulkan_devices"), a);
    }
    if (integrated)
        o.insert(QStringLiteral("integrated"), true);
    if (sharedTotalBytes || !dxgiDedicated.isEmpty()) {
        QJsonObject m = compact({ { "dxgi_dedicated", dxgiDedicated }, { "dxgi_shared", dxgiShared } });
        if (sharedTotalBytes)
            m.insert(QStringLiteral("shared_total_bytes"), static_cast<double>(*sharedTotalBytes));
        if (dedicatedTotalBytes)
            m.insert(QStringLiteral("dedicated_total_bytes"), static_cast<double>(*dedicatedTotalBytes));
        o.insert(QStringLiteral("memory"), m);
    }
    if (!hsaOverride.isEmpty())
        o.insert(QStringLiteral("hsa_override_gfx_version"), hsaOverride);
    if (noCompatibleGpus())
        o.insert(QStringLiteral("no_compatible_gpus"), true);
    if (!noCompatibleAmdgpuEvidence.isEmpty())
        o.insert(QStringLiteral("no_compatible_amdgpu"), true);
    if (totalVram)
        o.insert(QStringLiteral("total_vram"), *totalVram);
    if (lowVramMode)
        o.insert(QStringLiteral("low_vram_mode"), true);
    if (offloadedLayers)
        o.insert(QStringLiteral("offloaded_layers"),
            QJsonObject { { QStringLiteral("gpu"), offloadedLayers->first },
                { QStringLiteral("total"), offloadedLayers->second } });
    if (gpuDiscovered())
        o.insert(QStringLiteral("gpu_discovered"), true);
    if (const auto used = gpuUsed())
        o.insert(QStringLiteral("gpu_used"), *used);
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (hasServerConfig) {
        QJsonObject env;
        for (auto it = serverConfig.begin(); it != serverConfig.end(); ++it)
            env.insert(it.key(), it.value());
        o.insert(QStringLiteral("server_config"), env);
    }
    return o;
}

} // namespace ogs
