#include "detectcommand.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "detect/detectionjson.h"
#include "detect/detectoptions.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace ogs::cli {

namespace {

QString sourcesText(const GpuInfo &gpu)
{
    QStringList s;
    for (DetectionSource src : gpu.sources)
        s << sourceKey(src);
    return s.join(QLatin1Char(','));
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

void printTable(const DetectionReport &report)
{
    const PlatformInfo &p = report.platform;
    out() << "Platform: " << platformKey(p.platform);
    if (!p.kernelRelease.isEmpty())
        out() << " (kernel " << p.kernelRelease << ")";
    out() << "\n";
    if (p.platform == Platform::Linux || p.platform == Platform::Wsl2)
        out() << "ROCm device /dev/kfd: "
              << (p.hasDevKfd ? (p.devKfdAccessible ? "present, accessible" : "present, NOT accessible to this user") : "absent")
              << "; user " << orDash(p.userName) << " in render group: " << (p.inRenderGroup ? "yes" : "no")
              << ", video group: " << (p.inVideoGroup ? "yes" : "no") << "\n";
    out() << "\n";
    if (report.gpus.isEmpty()) {
        out() << "No GPU found. Ollama will run on the CPU.\n";
    } else {
        const QStringList header{QStringLiteral("#"), QStringLiteral("GPU"), QStringLiteral("PCI id"),
                                 QStringLiteral("gfx"), QStringLiteral("VRAM total"), QStringLiteral("VRAM free"),
                                 QStringLiteral("type"), QStringLiteral("Vulkan driver"), QStringLiteral("seen by")};
        QList<QStringList> rows{header};
        int n = 0;
        for (const GpuInfo &g : report.gpus) {
            rows.append({QString::number(n++), orDash(g.name),
                         QStringLiteral("%1:%2").arg(hexId(g.pciVendorId).mid(2), hexId(g.pciDeviceId).mid(2)),
                         orDash(g.gfxTarget), humanBytes(g.vramTotalBytes), humanBytes(g.vramFreeBytes),
                         deviceTypeKey(g.deviceType), orDash(g.vulkanDriver), sourcesText(g)});
        }
        printColumns(rows);
        for (const GpuInfo &g : report.gpus) {
            if (g.isSoftware())
                out() << "\nNote: \"" << g.name << "\" is a software renderer on the CPU; it never accelerates Ollama.\n";
        }
        if (std::all_of(report.gpus.cbegin(), report.gpus.cend(), [](const GpuInfo &g) { return g.isSoftware(); }))
            out() << "No hardware GPU found. Ollama will run on the CPU.\n";
    }
    if (!report.notes.isEmpty()) {
        out() << "\nNotes:\n";
        for (const QString &n : report.notes)
            out() << "  - " << n << "\n";
    }
    if (!report.warnings.isEmpty()) {
        out() << "\nWarnings:\n";
        for (const QString &w : report.warnings)
            out() << "  - " << w << "\n";
    }
    out().flush();
}

} // namespace

int runDetect(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption sysfs(QStringLiteral("sysfs-root"), QStringLiteral("Read DIR instead of /sys."), QStringLiteral("DIR"));
    const QCommandLineOption proc(QStringLiteral("proc-root"), QStringLiteral("Read DIR instead of /proc."), QStringLiteral("DIR"));
    const QCommandLineOption dev(QStringLiteral("dev-root"), QStringLiteral("Read DIR instead of /dev."), QStringLiteral("DIR"));
    const QCommandLineOption etc(QStringLiteral("etc-root"), QStringLiteral("Read DIR instead of /etc."), QStringLiteral("DIR"));
    const QCommandLineOption sources(QStringLiteral("sources"),
                                     QStringLiteral("Comma-separated sources to use: %1 (default: all).")
                                         .arg(DetectOptions::allSourceIds().join(QLatin1Char(','))),
                                     QStringLiteral("LIST"));
    parser.addOptions({json, sysfs, proc, dev, etc, sources});
    if (auto stop = parseCommandLine(parser, QStringLiteral("detect"),
                                     QStringLiteral("Lists every GPU with its vendor, PCI id, gfx target, VRAM and driver."), args))
        return *stop;

    DetectOptions options;
    const QList<std::pair<const QCommandLineOption *, QString *>> roots{
        {&sysfs, &options.sysfsRoot}, {&proc, &options.platformRoots.procRoot},
        {&dev, &options.platformRoots.devRoot}, {&etc, &options.platformRoots.etcRoot}};
    for (const auto &[option, target] : roots) {
        if (auto stop = takeDirectoryOption(parser, *option, QStringLiteral("detect"), target))
            return *stop;
    }
    if (parser.isSet(sources)) {
        for (const QString &s : parser.value(sources).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!DetectOptions::allSourceIds().contains(s))
                return usageError(QStringLiteral("detect"), QStringLiteral("--sources: unknown source '%1'").arg(s));
            options.sources << s;
        }
        if (options.sources.isEmpty())
            return usageError(QStringLiteral("detect"), QStringLiteral("--sources: the list is empty"));
    }

    const DetectionReport report = makeDetector(options).run();
    if (parser.isSet(json))
        printJson(reportToJson(report));
    else
        printTable(report);
    return ExitOk;
}

} // namespace ogs::cli
