// Cost of one telemetry sample per GPU, against a reference measured in the same run: the
// naive way (open, read, close every attribute file each time) over the same files.
//
// Usage: ogs-bench-telemetry SYSFS_ROOT [--samples N] [--mode ours|naive|both]
// Prints one line per mode: "<mode> <samples> <gpus> <ns per sample per GPU>".
#include "detect/amdpcitable.h"
#include "telemetry/sysfstelemetry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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
    const QString root = args.takeFirst();
    int samples = 20000;
    QString mode = QStringLiteral("both");
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--samples"))
            samples = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--mode"))
            mode = args.at(i + 1);
    }
    int gpus = 0;
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
