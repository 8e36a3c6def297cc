#include "ollamalog.h"

#include "common/checkedcast.h"

#include "logpatterns.h"
#include "logreader.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

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

/// Markers of the log's OS in paths and source files (the first that appears decides nothing alone).
struct OsMarkers {
    bool windows = false, linuxOs = false, wsl = false, macos = false;
    void read(const QString &line)
    {
        static const QRegularExpression winPath(QStringLiteral("\\b[A-Z]:\\\\(?:Users|Program|Windows)|\\.dll\\b"));
        static const QRegularExpression linuxPath(QStringLiteral("/usr(?:/local)?/lib/ollama|/sys/class/|/dev/kfd"));
        if (line.contains(QLatin1String("microsoft-standard-WSL")) || line.contains(QLatin1String("/dev/dxg"))
            || line.contains(QLatin1String("HSA_ENABLE_DXG_DETECTION")))
            wsl = true;
        if (line.contains(QLatin1String("_windows.go")) || line.contains(winPath))
            windows = true;
        if (line.contains(QLatin1String("_linux.go")) || line.contains(QLatin1String("systemd["))
            || line.contains(linuxPath))
            linuxOs = true;
        if (line.contains(QLatin1String("_darwin.go")) || line.contains(QLatin1String("/Applications/Ollama.app"))
            || line.contains(QLatin1String("library=Metal")))
            macos = true;
    }
};

/// A record without slog prefix: msg from `msg=`, or the words before the first key=value ("inference compute
/// id=cpu library=cpu"); attributes from the rest. nullopt when there is no key=value at all.
std::optional<LogRecord> fragmentRecord(const QString &text)
{
    static const QRegularExpression firstKey(QStringLiteral("(?:^|\\s)([A-Za-z_][A-Za-z0-9_.]*)=[^=\\s]"));
    const auto m = firstKey.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    LogRecord r;
    r.raw = text;
    r.attrs = parseLogfmt(text.mid(m.capturedStart(1)));
    r.level = r.value(QStringLiteral("level"));
    r.source = r.value(QStringLiteral("source"));
    r.msg = r.has(QStringLiteral("msg")) ? r.value(QStringLiteral("msg")) : text.left(m.capturedStart(1)).trimmed();
    return r;
}

void readVulkanDevice(const QString &line, ParsedLog &log)
{
    static const QRegularExpression vulkanLine(QStringLiteral("ggml_vulkan: (\\d+) = (.*)$"));
    static const QRegularExpression nameVendor(QStringLiteral("^(.*) \\(([^()]*)\\)$"));
    const auto m = vulkanLine.match(line);
    if (!m.hasMatch())
        return;
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
}

/// The Windows DXGI memory lines of the 0.12–0.29 Vulkan discovery.
struct DxgiState {
    QList<std::pair<QString, std::pair<QString, QString>>> adapters;
    bool read(const QString &line, ParsedLog &log)
    {
        static const QRegularExpression integratedLine(
            QStringLiteral("Integrated GPU \\((.*)\\) with LUID \\S+ detected"));
        static const QRegularExpression bytesField(QStringLiteral("(Shared|Dedicated) Total: ([0-9.]+) bytes"));
        static const QRegularExpression dxgiAdapter(QStringLiteral(
            "\\[DXGI\\] Adapter Description: (.*), LUID: \\S+, Dedicated: ([0-9.]+ GB), Shared: ([0-9.]+ GB)"));
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
            for (const auto &[name, mem] : std::as_const(adapters)) {
                if (name == m.captured(1)) {
                    log.dxgiDedicated = mem.first;
                    log.dxgiShared = mem.second;
                }
            }
            return true;
        }
        if (const auto m = dxgiAdapter.match(line); m.hasMatch()) {
            adapters.append({ m.captured(1), { m.captured(2), m.captured(3) } });
            return true;
        }
        return false;
    }
};

/// Records the table has no needle for, recognised by shape: llama-server's device list, `ollama ps` rows.
bool readShapedRecord(const QString &line, ParsedLog &log)
{
    static const QRegularExpression runnerDevice(
        QStringLiteral("\\b(?:ROCm|CUDA|Vulkan|Metal|SYCL)\\d+: .* \\(\\d+ MiB, \\d+ MiB free\\)"));
    static const QRegularExpression psRow(
        QStringLiteral("^(\\S+)\\s+(?:[0-9a-f]{12}\\s+)?\\S+ [KMGT]?B\\s+(\\d+%(?:/\\d+%)? (?:CPU/GPU|CPU|GPU))\\b"));
    if (runnerDevice.match(line).hasMatch()) {
        log.runnerDeviceEvidence << line;
        return true;
    }
    if (const auto m = psRow.match(line); m.hasMatch()) {
        log.psRows.append({ m.captured(1), m.captured(2), line });
        return true;
    }
    return false;
}

/// Reads one record the table classified; `r` is its structured form (nullopt for llama.cpp/ps lines).
struct RecordParser {
    ParsedLog &log;
    QString lastKfdNode, lastDrm;
    std::optional<int> lastVendor, lastDevice;

    void plainText(LogKind kind, const QString &line)
    {
        static const QRegularExpression listening(QStringLiteral("Listening on (\\S+) \\(version ([^)]+)\\)"));
        static const QRegularExpression offloaded(QStringLiteral("offloaded (\\d+)/(\\d+) layers to GPU"));
        static const QRegularExpression fit(
            QStringLiteral("projected to use (\\d+) MiB of device memory vs\\.? (\\d+) MiB of free device memory"));
        static const QRegularExpression evalRate(QStringLiteral("(?:^|[^t] )eval rate:\\s+([0-9.]+) tokens/s"));
        switch (kind) {
        case LogKind::Listening:
            if (const auto m = listening.match(line); m.hasMatch()) {
                log.listenAddress = m.captured(1);
                log.ollamaVersion = m.captured(2);
            }
            break;
        case LogKind::Offloaded:
            if (const auto m = offloaded.match(line); m.hasMatch()) {
                log.offloadedLayers = std::make_pair(m.captured(1).toInt(), m.captured(2).toInt());
                log.offloadedEvidence = line;
            }
            break;
        case LogKind::FitProjected:
            if (const auto m = fit.match(line); m.hasMatch()) {
                log.fitMiB = std::make_pair(m.captured(1).toLongLong(), m.captured(2).toLongLong());
                log.fitEvidence = line;
            }
            break;
        case LogKind::VulkanDevice:
            readVulkanDevice(line, log);
            break;
        case LogKind::GgmlDeviceLine:
        case LogKind::GgmlInitFound:
            log.runnerDeviceEvidence << line;
            break;
        case LogKind::KfdPermission:
            log.kfdPermissionEvidence = line;
            break;
        case LogKind::EvalRate:
            if (const auto m = evalRate.match(line); m.hasMatch()) {
                log.evalRate = m.captured(1).toDouble();
                log.evalRateEvidence = line;
            }
            break;
        case LogKind::ServerConfig:
            if (line.contains(QLatin1String("env=\"map[")) || line.contains(QLatin1String("env=map["))) {
                log.hasServerConfig = true;
                log.serverConfig = parseGoEnvMap(line);
                log.serverConfigEvidence = line;
                const QString hsa = log.serverConfig.value(QStringLiteral("HSA_OVERRIDE_GFX_VERSION"));
                if (!hsa.isEmpty() && log.hsaOverride.isEmpty()) {
                    log.hsaOverride = hsa;
                    log.hsaOverrideEvidence = line;
                }
            }
            break;
        default:
            break;
        }
    }

    void structured(LogKind kind, const LogRecord &r, const QString &line)
    {
        const QString &msg = r.msg;
        switch (kind) {
        case LogKind::InferenceCompute: {
            const InferenceDevice d = deviceFrom(r);
            if (d.isCpu())
                log.cpuDevice = d;
            else if (!d.library.isEmpty() || !d.id.isEmpty())
                log.gpus.append(d);
            break;
        }
        case LogKind::AmdgpuNotSupported:
        case LogKind::DroppingRocmDevice: {
            if (kind == LogKind::DroppingRocmDevice && msg.contains(QLatin1String("initialize")))
                break;
            UnsupportedGpu u;
            u.gpu = r.has(QStringLiteral("gpu")) ? r.value(QStringLiteral("gpu")) : r.value(QStringLiteral("id"));
            u.gpuType = firstGfx(r);
            u.supportedTypes = bracketList(msg.isEmpty() ? line : msg);
            u.libraryDir = r.has(QStringLiteral("library")) ? r.value(QStringLiteral("library"))
                                                            : r.value(QStringLiteral("libdir"));
            u.message = msg;
            u.evidence = line;
            log.unsupportedGpus.append(u);
            break;
        }
        case LogKind::AmdgpuSupported:
            log.supportedGpus.append({ r.value(QStringLiteral("gpu")), r.value(QStringLiteral("gpu_type")) });
            break;
        case LogKind::MappingDrm: {
            lastKfdNode = r.value(QStringLiteral("amdgpu"));
            bool ok = false;
            const int vendor = r.value(QStringLiteral("vendor")).toInt(&ok);
            lastVendor = ok ? std::optional<int>(vendor) : std::nullopt;
            const int device = r.value(QStringLiteral("device")).toInt(&ok);
            lastDevice = ok ? std::optional<int>(device) : std::nullopt;
            lastDrm.clear();
            break;
        }
        case LogKind::IgpuDetectedSkipping:
            log.skippedIgpus.append(SkippedIgpu { r.value(QStringLiteral("id")), r.value(QStringLiteral("total")),
                lastKfdNode, lastDrm, line, lastVendor, lastDevice, {}, {}, {}, {} });
            break;
        case LogKind::DroppingIntegratedGpu: {
            SkippedIgpu s;
            s.id = r.value(QStringLiteral("id"));
            s.total = r.value(QStringLiteral("total"));
            s.library = r.value(QStringLiteral("library"));
            s.compute = r.value(QStringLiteral("compute"));
            s.description = r.value(QStringLiteral("description"));
            s.enableVariable = QStringLiteral("OLLAMA_IGPU_ENABLE");
            s.evidence = line;
            log.skippedIgpus.append(s);
            break;
        }
        case LogKind::SkippingCudaDevice:
            log.skippedCudaDevices.append({ r.value(QStringLiteral("device")), r.value(QStringLiteral("cc")),
                r.value(QStringLiteral("archs")), line });
            break;
        case LogKind::FilteringDevice:
            log.filteredDevices.append({ r.value(QStringLiteral("id")), r.value(QStringLiteral("library")),
                r.value(QStringLiteral("pci_id")), r.value(QStringLiteral("libdir")), msg, line });
            break;
        case LogKind::NoCompatibleGpus:
            log.noCompatibleGpusEvidence = line;
            break;
        case LogKind::NoCompatibleAmdgpu:
            log.noCompatibleAmdgpuEvidence = line;
            break;
        case LogKind::UserOverrodeVisibleDevices:
            log.visibleDevicesEvidence = line;
            break;
        case LogKind::LowVramMode:
            log.lowVramMode = true;
            break;
        case LogKind::VulkanDisabled:
            log.vulkanDisabledEvidence = line;
            break;
        case LogKind::AmdDriverTooOld:
            log.oldDriverEvidence = line;
            break;
        case LogKind::AmdgpuTooOld:
            log.amdgpuTooOldEvidence = line;
            break;
        default:
            break;
        }
    }

    /// Facts any record may carry, whatever its message.
    void attributes(const LogRecord &r, const QString &line)
    {
        if (!r.value(QStringLiteral("HSA_OVERRIDE_GFX_VERSION")).isEmpty()) {
            log.hsaOverride = r.value(QStringLiteral("HSA_OVERRIDE_GFX_VERSION"));
            log.hsaOverrideEvidence = line;
        }
        if (r.has(QStringLiteral("total_vram")) || r.has(QStringLiteral("total vram"))) {
            log.totalVram = r.has(QStringLiteral("total_vram")) ? r.value(QStringLiteral("total_vram"))
                                                                : r.value(QStringLiteral("total vram"));
            log.totalVramEvidence = line;
        }
        if (r.msg.startsWith(QLatin1String("removing")) && r.has(QStringLiteral("id")))
            log.removedDevices.append({ r.value(QStringLiteral("id")), r.value(QStringLiteral("library")),
                r.value(QStringLiteral("pci_id")), r.value(QStringLiteral("libdir")), r.msg, line });
        if (r.msg == QLatin1String("matched") && r.has(QStringLiteral("drm")))
            lastDrm = r.value(QStringLiteral("drm"));
        if (r.level.startsWith(QLatin1String("WARN"))) {
            const QString e = r.value(QStringLiteral("error"));
            log.warnings << (e.isEmpty() ? r.msg : e);
        }
    }

    /// Whether the record came from Ollama (counted for "nothing from Ollama found").
    bool read(const QString &line)
    {
        const LogPattern *p = classifyRecord(line);
        const LogKind kind = p ? p->kind : LogKind::Unknown;
        plainText(kind, line);
        const bool shaped = !p && readShapedRecord(line, log);
        std::optional<LogRecord> rec = parseLogRecord(line);
        const bool slog = rec.has_value();
        if (!rec && (p || line.contains(QLatin1String("total_vram")) || line.contains(QLatin1String("HSA_OVERRIDE"))
                        || line.contains(QLatin1String("library="))))
            rec = fragmentRecord(line);
        if (rec) {
            structured(kind, *rec, line);
            attributes(*rec, line);
        }
        const bool ollamaRecord = slog && (!rec->source.isEmpty() || !rec->msg.isEmpty());
        return p || shaped || ollamaRecord || log.totalVramEvidence == line || log.hsaOverrideEvidence == line;
    }
};

ParsedLog parseRecords(const QStringList &records, qsizetype journaldLines)
{
    ParsedLog log;
    RecordParser parser { log, {}, {}, {}, {} };
    DxgiState dxgi;
    OsMarkers markers;
    markers.linuxOs = journaldLines > 0;
    for (const QString &line : records) {
        markers.read(line);
        if (dxgi.read(line, log)) {
            ++log.recognisedRecords;
            continue;
        }
        if (parser.read(line))
            ++log.recognisedRecords;
    }

    const QString formOs = issueFormAnswer(records, QStringLiteral("### OS")).toLower();
    if (markers.wsl || formOs.contains(QLatin1String("wsl")))
        log.os = QStringLiteral("wsl2");
    else if (markers.windows || formOs.startsWith(QLatin1String("windows")))
        log.os = QStringLiteral("windows");
    else if (markers.linuxOs || formOs.startsWith(QLatin1String("linux")))
        log.os = QStringLiteral("linux");
    else if (markers.macos || formOs.startsWith(QLatin1String("mac")))
        log.os = QStringLiteral("macos");
    if (log.ollamaVersion.isEmpty()) {
        const QString formVersion = issueFormAnswer(records, QStringLiteral("### Ollama version"));
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
        || !log.skippedIgpus.isEmpty() || !log.skippedCudaDevices.isEmpty() || !log.runnerDeviceEvidence.isEmpty();
}

} // namespace

ParsedLog parseOllamaLog(const QString &text, LogScope scope)
{
    QStringList lines;
    LogReader reader([&lines](const QString &r) { lines << r; });
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        reader.feedLine(QStringView(text).mid(start, end - start));
        start = end + 1;
    }
    reader.finish();
    ParsedLog whole = parseRecords(lines, reader.journaldLines());
    if (scope == LogScope::WholeText)
        return whole;
    // A new run starts at each "server config" record (Ollama prints it first when it starts).
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
        ParsedLog run = parseRecords(lines.mid(starts.at(r), starts.at(r + 1) - starts.at(r)), 0);
        if (!hasDiscovery(run) && r > 0)
            continue;
        if (!whole.os.isEmpty())
            run.os = whole.os; // the OS is the whole text's (a journald prefix, a path in another run)
        if (run.ollamaVersion.isEmpty() && runs == 1)
            run.ollamaVersion = whole.ollamaVersion;
        // `ollama ps` rows and --verbose statistics pasted after the log belong to the newest run.
        if (run.psRows.isEmpty() && r == runs - 1)
            run.psRows = whole.psRows;
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
    if (!psRows.isEmpty())
        return std::any_of(psRows.begin(), psRows.end(), [](const PsRow &p) { return p.usesGpu(); });
    if (gpus.isEmpty() && (cpuDevice || noCompatibleGpus()))
        return false;
    return std::nullopt;
}

QStringList ParsedLog::cpuFallbackEvidence() const
{
    QStringList lines;
    if (cpuDevice && gpus.isEmpty())
        lines << cpuDevice->evidence;
    if (totalVram && parseSize(*totalVram).value_or(-1) == 0)
        lines << totalVramEvidence;
    if (noCompatibleGpus())
        lines << noCompatibleGpusEvidence;
    if (offloadedLayers && offloadedLayers->first == 0 && offloadedLayers->second > 0)
        lines << offloadedEvidence;
    for (const PsRow &p : psRows) {
        if (p.onCpuOnly())
            lines << p.evidence;
    }
    lines.removeDuplicates();
    return lines;
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
            g.insert(QStringLiteral("message"),
                s.enableVariable.isEmpty() ? QStringLiteral("unsupported Radeon iGPU detected skipping")
                                           : QStringLiteral("dropping integrated GPU; to enable, set %1=1")
                                                 .arg(s.enableVariable));
            for (const auto &[k, v] : { std::pair { "library", s.library }, std::pair { "compute", s.compute },
                     std::pair { "description", s.description } }) {
                if (!v.isEmpty())
                    g.insert(QLatin1String(k), v);
            }
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
    if (!skippedCudaDevices.isEmpty()) {
        QJsonArray a;
        for (const SkippedCudaDevice &d : skippedCudaDevices)
            a.append(compact({ { "device", d.device }, { "cc", d.computeCapability }, { "archs", d.archs } }));
        o.insert(QStringLiteral("skipped_cuda_devices"), a);
    }
    if (!visibleDevicesEvidence.isEmpty())
        o.insert(QStringLiteral("visible_devices_overridden"), true);
    if (!runnerDeviceEvidence.isEmpty())
        o.insert(QStringLiteral("runner_devices"), QJsonArray::fromStringList(runnerDeviceEvidence));
    if (fitMiB)
        o.insert(QStringLiteral("fit_mib"),
            QJsonObject { { QStringLiteral("projected"), static_cast<double>(fitMiB->first) },
                { QStringLiteral("free"), static_cast<double>(fitMiB->second) } });
    if (!amdgpuTooOldEvidence.isEmpty())
        o.insert(QStringLiteral("amdgpu_too_old"), true);
    if (!psRows.isEmpty()) {
        QJsonArray a;
        for (const PsRow &p : psRows)
            a.append(QJsonObject { { QStringLiteral("model"), p.model }, { QStringLiteral("processor"), p.processor } });
        o.insert(QStringLiteral("ollama_ps"), a);
    }
    if (evalRate)
        o.insert(QStringLiteral("eval_rate_tokens_per_s"), *evalRate);
    if (hasServerConfig) {
        QJsonObject env;
        for (auto it = serverConfig.begin(); it != serverConfig.end(); ++it)
            env.insert(it.key(), it.value());
        o.insert(QStringLiteral("server_config"), env);
    }
    return o;
}

} // namespace ogs
