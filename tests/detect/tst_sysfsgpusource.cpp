#include "detect/gpudetector.h"
#include "detect/sysfsgpusource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(OGS_TEST_DATA "/sysfs/") + name;
}

/// Runs the source and fills gfx/name from the built-in PCI table, as the detector does.
QList<GpuInfo> detectIn(const QString &root, QStringList *warnings = nullptr)
{
    std::vector<std::unique_ptr<GpuSource>> sources;
    sources.push_back(std::make_unique<SysfsGpuSource>(root));
    PlatformRoots roots;
    roots.procRoot = root + QStringLiteral("/no-proc");
    roots.devRoot = root + QStringLiteral("/no-dev");
    roots.etcRoot = root + QStringLiteral("/no-etc");
    roots.userName = QStringLiteral("tester");
    roots.forceLinuxChecks = true;
    const DetectionReport report = GpuDetector(std::move(sources), PlatformProbe(roots)).run();
    if (warnings) // only what the sysfs source said; the platform probe has no fixture here
        *warnings = report.warnings.filter(QRegularExpression(QStringLiteral("^sysfs: ")));
    return report.gpus;
}

QString sourcesOf(const GpuInfo &g)
{
    QStringList s;
    for (DetectionSource src : g.sources)
        s << sourceKey(src);
    return s.join(QLatin1Char(','));
}

} // namespace

class TestSysfsGpuSource final : public QObject {
    Q_OBJECT
private slots:
    void gfxFromVersion_data()
    {
        QTest::addColumn<qint64>("version");
        QTest::addColumn<QString>("gfx");
        QTest::newRow("RX 6750") << qint64(100301) << "gfx1031";
        QTest::newRow("MI200") << qint64(90010) << "gfx90a";
        QTest::newRow("Renoir") << qint64(90012) << "gfx90c";
        QTest::newRow("Strix Point") << qint64(110500) << "gfx1150";
        QTest::newRow("RX 9060 XT") << qint64(120000) << "gfx1200";
        QTest::newRow("Vega 10") << qint64(90000) << "gfx900";
        QTest::newRow("CPU node") << qint64(0) << "";
        QTest::newRow("stepping over 0xf") << qint64(101599) << "";
        QTest::newRow("negative") << qint64(-5) << "";
    }
    void gfxFromVersion()
    {
        QFETCH(qint64, version);
        QFETCH(QString, gfx);
        QCOMPARE(gfxTargetFromVersion(version), gfx);
    }

    void pciAddress()
    {
        QCOMPARE(pciAddressFromLocation(0, 49408), QStringLiteral("0000:c1:00.0"));
        QCOMPARE(pciAddressFromLocation(1, (0x2d << 8) | (3 << 3) | 1), QStringLiteral("0001:2d:03.1"));
    }

    void integratedRule_data()
    {
        QTest::addColumn<qint64>("vram");
        QTest::addColumn<qint64>("gtt");
        QTest::addColumn<bool>("integrated");
        const qint64 GiB = 1024LL * 1024 * 1024;
        QTest::newRow("APU 512 MiB carve-out") << GiB / 2 << 16 * GiB << true;
        QTest::newRow("APU 4 GiB carve-out") << 4 * GiB << 16 * GiB << true;
        QTest::newRow("dGPU 8 GiB") << 8 * GiB << 16 * GiB << false;
        QTest::newRow("small GTT") << GiB << 6 * GiB << false;
        QTest::newRow("GTT under 4x") << 4 * GiB << 12 * GiB << false;
    }
    void integratedRule()
    {
        QFETCH(qint64, vram);
        QFETCH(qint64, gtt);
        QFETCH(bool, integrated);
        QCOMPARE(looksIntegrated(vram, gtt), integrated);
    }

    /// The two real trees (LACT snapshots) against the facts stated in their expect.json.
    void realTrees_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("rx6900xt") << "rx6900xt";
        QTest::newRow("strixpoint") << "strixpoint";
    }
    void realTrees()
    {
        QFETCH(QString, name);
        QFile expectFile(fixture(name) + QStringLiteral("/expect.json"));
        QVERIFY(expectFile.open(QIODevice::ReadOnly));
        const QJsonObject expect = QJsonDocument::fromJson(expectFile.readAll()).object();
        const QJsonObject card = expect.value(QStringLiteral("cards")).toArray().first().toObject();
        QStringList warnings;
        const QList<GpuInfo> gpus = detectIn(fixture(name), &warnings);
        QCOMPARE(gpus.size(), 1);
        const GpuInfo &g = gpus.first();
        const QStringList pciId = card.value(QStringLiteral("pci_id")).toString().split(QLatin1Char(':'));
        QCOMPARE(g.pciVendorId, pciId.at(0).toUInt(nullptr, 16));
        QCOMPARE(g.pciDeviceId, pciId.at(1).toUInt(nullptr, 16));
        QCOMPARE(g.pciRevision.value_or(0), card.value(QStringLiteral("revision")).toString().toUInt(nullptr, 16));
        QCOMPARE(g.pciBusAddress, card.value(QStringLiteral("pci_slot")).toString());
        QCOMPARE(g.kernelDriver, card.value(QStringLiteral("driver")).toString());
        const qint64 total = card.value(QStringLiteral("mem_info_vram_total")).toString().toLongLong();
        const qint64 used = card.value(QStringLiteral("mem_info_vram_used")).toString().toLongLong();
        QCOMPARE(g.vramTotalBytes.value_or(-1), total);
        QCOMPARE(g.vramFreeBytes.value_or(-1), total - used);
        QCOMPARE(g.gttTotalBytes.value_or(-1), card.value(QStringLiteral("mem_info_gtt_total")).toString().toLongLong());
        QCOMPARE(g.gfxTarget, card.value(QStringLiteral("expected_gfx_target")).toString());
        QCOMPARE(g.chip, card.value(QStringLiteral("expected_chip")).toString());
        QCOMPARE(g.generation, card.value(QStringLiteral("expected_generation")).toString());
        QCOMPARE(g.name, card.value(QStringLiteral("expected_marketing_name_amdgpu_ids")).toString());
        const bool hasKfd = expect.contains(QStringLiteral("kfd_nodes"));
        QCOMPARE(g.sources.contains(DetectionSource::Kfd), hasKfd);
        if (hasKfd) {
            const QJsonObject node = expect.value(QStringLiteral("kfd_nodes")).toArray().at(1).toObject();
            QCOMPARE(g.gfxTarget, node.value(QStringLiteral("expected_gfx_target_from_version")).toString());
            QCOMPARE(g.drmRenderMinor.value_or(-1), node.value(QStringLiteral("drm_render_minor")).toString().toInt());
        }
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    /// Hand-made trees: one row per GPU expected.
    void handmade_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("gfx");
        QTest::addColumn<qint64>("vramTotal");
        QTest::addColumn<DeviceType>("type");
        QTest::addColumn<QString>("sources");
        QTest::newRow("RDNA1 5700 XT") << "rdna1-rx5700xt" << 1 << 0 << "AMD Radeon RX 5700 XT" << "gfx1010"
                                       << qint64(8573157376) << DeviceType::Discrete << "drm,kfd";
        QTest::newRow("RDNA3 7900 XTX") << "rdna3-rx7900xtx" << 1 << 0 << "AMD Radeon RX 7900 XTX" << "gfx1100"
                                        << qint64(25753026560) << DeviceType::Discrete << "drm,kfd";
        QTest::newRow("RDNA4 9060 XT") << "rdna4-rx9060xt" << 1 << 0 << "AMD Radeon RX 9060 XT" << "gfx1200"
                                       << qint64(17095983104) << DeviceType::Discrete << "drm,kfd";
        QTest::newRow("NVIDIA only") << "nvidia-rtx4090" << 1 << 0 << "NVIDIA GPU [10de:2684]" << ""
                                     << qint64(-1) << DeviceType::Other << "drm";
        QTest::newRow("NVIDIA + AMD iGPU: nvidia") << "nvidia-with-amd-igpu" << 2 << 0 << "NVIDIA GPU [10de:2684]" << ""
                                                   << qint64(-1) << DeviceType::Other << "drm";
        QTest::newRow("NVIDIA + AMD iGPU: iGPU") << "nvidia-with-amd-igpu" << 2 << 1 << "AMD Radeon 610M" << "gfx1036"
                                                 << qint64(536870912) << DeviceType::Integrated << "drm,kfd";
        QTest::newRow("dGPU + APU: dGPU") << "dgpu-with-apu" << 2 << 0 << "AMD Radeon RX 7800 XT" << "gfx1101"
                                          << qint64(17163091968) << DeviceType::Discrete << "drm,kfd";
        QTest::newRow("dGPU + APU: APU") << "dgpu-with-apu" << 2 << 1 << "AMD Radeon 780M Graphics" << "gfx1103"
                                         << qint64(536870912) << DeviceType::Integrated << "drm,kfd";
    }
    void handmade()
    {
        QFETCH(QString, tree);
        QFETCH(int, count);
        QFETCH(int, index);
        QFETCH(QString, name);
        QFETCH(QString, gfx);
        QFETCH(qint64, vramTotal);
        QFETCH(DeviceType, type);
        QFETCH(QString, sources);
        QStringList warnings;
        const QList<GpuInfo> gpus = detectIn(fixture(tree), &warnings);
        QCOMPARE(gpus.size(), count);
        const GpuInfo &g = gpus.at(index);
        QCOMPARE(g.name, name);
        QCOMPARE(g.gfxTarget, gfx);
        QCOMPARE(g.vramTotalBytes.value_or(-1), vramTotal);
        QCOMPARE(g.deviceType, type);
        QCOMPARE(sourcesOf(g), sources);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void brokenFilesBecomeNullWithWarnings()
    {
        QStringList warnings;
        const QList<GpuInfo> gpus = detectIn(fixture(QStringLiteral("broken")), &warnings);
        QCOMPARE(gpus.size(), 1); // card0-DP-1 (a connector) is not a GPU
        const GpuInfo &g = gpus.first();
        QCOMPARE(g.pciVendorId, 0x1002u); // no vendor file: PCI_ID from uevent
        QVERIFY(!g.vramTotalBytes);
        QVERIFY(!g.vramFreeBytes);
        QVERIFY(!g.pciRevision);
        // The KFD value was impossible; the PCI table still knows the chip.
        QCOMPARE(g.gfxTarget, QStringLiteral("gfx1030"));
        const QString all = warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("mem_info_vram_total: not a number: \"lots of vram\"")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("revision: empty")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("garbled line \"this line is garbage\"")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("gfx_target_version 101599 is not a valid target")), qPrintable(all));
    }

    void unreadableAndMissingFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), fixture(QStringLiteral("rdna1-rx5700xt")) + QStringLiteral("/."), dir.path()}) == 0);
        const QString dev = dir.path() + QStringLiteral("/class/drm/card0/device");
        QVERIFY(QFile::remove(dev + QStringLiteral("/mem_info_vram_used")));
        QVERIFY(QFile::remove(dir.path() + QStringLiteral("/class/kfd/kfd/topology/nodes/1/properties")));
        QStringList warnings;
        const QList<GpuInfo> gpus = detectIn(dir.path(), &warnings);
        QCOMPARE(gpus.size(), 1);
        QCOMPARE(gpus.first().vramTotalBytes.value_or(-1), qint64(8573157376));
        QVERIFY(!gpus.first().vramFreeBytes);
        QVERIFY(!gpus.first().sources.contains(DetectionSource::Kfd));
        const QString all = warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("mem_info_vram_used: missing")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("nodes/1/properties: missing")), qPrintable(all));
    }

    void noSysfs()
    {
        SysfsGpuSource source(QStringLiteral("/nonexistent-root"));
        const SourceResult r = source.probe();
        QVERIFY(!r.available);
        QVERIFY(r.gpus.isEmpty());
        QCOMPARE(r.warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSysfsGpuSource)
#include "tst_sysfsgpusource.moc"
