// Cost of one telemetry sample per GPU, against a reference measured in the same run: the
// naive way (open, read, close every attribute file each time) over the same files.
//
// Usage: ogs-bench-telemetry SYSFS_ROOT [--samples N] [--mode ours|naive|both]
//        ogs-bench-telemetry --nvml LIBRARY [--samples N]   (NvmlTelemetry over LIBRARY)
//        ogs-bench-telemetry --spawn PROGRAM [--samples N]  (start PROGRAM and wait, per sample)
// Prints one line per mode: "<mode> <samples> <gpus> <ns per sample per GPU>".
#include "detect/amdpcitable.h"
#include "telemetry/nvmltelemetry.h"
#include "telemetry/sysfstelemetry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

QStringList attributeFiles(const QString &root)
{
    QStringList files;
    const QDir drm(root + QStringLiteral("/class/drm"));
    for (const QString &card : drm.entryList({QStringLiteral("card*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dev = drm.filePath(card) + QStringLiteral("/device/");
        for (const char *name : {"gpu_busy_percent", "mem_busy_percent", "mem_info_vram_used", "mem_info_gtt_used", "pp_dpm_sclk"})
            if (QFile::exists(dev + QLatin1String(name)))
                files << dev + QLatin1String(name);
        const QStringList hw = QDir(dev + QStringLiteral("hwmon")).entryList({QStringLiteral("hwmon*")}, QDir::Dirs);
        for (const QString &h : hw)
            for (const char *name : {"power1_average", "temp1_input"})
                if (QFile::exists(dev + QStringLiteral("hwmon/") + h + QLatin1Char('/') + QLatin1String(name)))
                    files << dev + QStringLiteral("hwmon/") + h + QLatin1Char('/') + QLatin1String(name);
    }
    return files;
}

qint64 runOurs(const QString &root, int samples, int *gpus)
{
    ogs::SysfsTelemetry telemetry(root, ogs::AmdPciTable::builtin());
    *gpus = telemetry.gpuCount();
    telemetry.sample(); // warm-up: opens the files
    QElapsedTimer t;
    t.start();
    double sink = 0;
    for (int i = 0; i < samples; ++i)
        sink += telemetry.sample().first().utilPercent.value_or(0);
    const qint64 ns = t.nsecsElapsed();
    return sink < 0 ? 0 : ns;
}

qint64 runNaive(const QString &root, int samples)
{
    const QStringList files = attributeFiles(root);
    QElapsedTimer t;
    t.start();
    qint64 bytes = 0;
    for (int i = 0; i < samples; ++i) {
        for (const QString &path : files) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll().trimmed().size();
        }
    }
    const qint64 ns = t.nsecsElapsed();
    return bytes < 0 ? 0 : ns;
}

qint64 runNvml(const QString &library, int samples, int *gpus)
{
    ogs::NvmlTelemetry telemetry(library);
    *gpus = telemetry.gpuCount();
    if (*gpus == 0)
        return 0;
    telemetry.sample(); // warm-up: the max clock is read once
    QElapsedTimer t;
    t.start();
    double sink = 0;
    for (int i = 0; i < samples; ++i)
        sink += telemetry.sample().first().utilPercent.value_or(0);
    const qint64 ns = t.nsecsElapsed();
    return sink < 0 ? 0 : ns;
}

/// The least a per-sample nvidia-smi would cost: starting a process and waiting for it.
qint64 runSpawn(const QString &program, int samples)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < samples; ++i) {
        QProcess p;
        p.start(program, {});
        if (!p.waitForFinished(10000))
            return -1;
    }
    return t.nsecsElapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (args.isEmpty()) {
        QTextStream(stderr) << "usage: ogs-bench-telemetry SYSFS_ROOT [--samples N] [--mode ours|naive|both]\n";
        return 2;
    }
    QString nvml;
    QString spawn;
    if (args.size() >= 2 && args.first() == QLatin1String("--nvml")) {
        args.takeFirst();
        nvml = args.takeFirst();
    } else if (args.size() >= 2 && args.first() == QLatin1String("--spawn")) {
        args.takeFirst();
        spawn = args.takeFirst();
    }
    const QString root = nvml.isEmpty() && spawn.isEmpty() ? args.takeFirst() : QString();
    int samples = 20000;
    QString mode = QStringLiteral("both");
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--samples"))
            samples = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--mode"))
            mode = args.at(i + 1);
    }
    int gpus = 0;
    if (!nvml.isEmpty()) {
        const qint64 ns = runNvml(nvml, samples, &gpus);
        if (gpus == 0) {
            QTextStream(stderr) << "no GPU through NVML " << nvml << " (set OGS_FAKE_NVML_FIXTURE for the fake)\n";
            return 1;
        }
        out << "nvml " << samples << ' ' << gpus << ' ' << ns / samples / gpus << Qt::endl;
        return 0;
    }
    if (!spawn.isEmpty()) {
        const qint64 ns = runSpawn(spawn, samples);
        if (ns < 0) {
            QTextStream(stderr) << "could not run " << spawn << "\n";
            return 1;
        }
        out << "spawn " << samples << " 1 " << ns / samples << Qt::endl;
        return 0;
    }
    if (mode != QLatin1String("naive")) {
        const qint64 ns = runOurs(root, samples, &gpus);
        if (gpus == 0) {
            QTextStream(stderr) << "no amdgpu card under " << root << "\n";
            return 1;
        }
        out << "ours " << samples << ' ' << gpus << ' ' << ns / samples / gpus << Qt::endl;
    }
    if (mode != QLatin1String("ours")) {
        ogs::SysfsTelemetry probe(root, ogs::AmdPciTable::builtin());
        gpus = std::max(1, probe.gpuCount());
        const qint64 ns = runNaive(root, samples);
        out << "naive " << samples << ' ' << gpus << ' ' << ns / samples / gpus << Qt::endl;
    }
    return 0;
}
