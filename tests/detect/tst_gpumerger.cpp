#include "detect/gpumerger.h"

#include <QTest>

using namespace ogs;

namespace {

GpuInfo gpu(DetectionSource source, quint32 vendor, quint32 device, const QString &address = QString())
{
    GpuInfo g;
    g.vendor = vendorFromPciId(vendor);
    g.pciVendorId = vendor;
    g.pciDeviceId = device;
    g.pciBusAddress = address;
    g.addSource(source);
    return g;
}

GpuInfo llvmpipe()
{
    GpuInfo g = gpu(DetectionSource::Vulkan, kVulkanVendorMesa, 0);
    g.name = QStringLiteral("llvmpipe (LLVM 15.0.6, 256 bits)");
    g.deviceType = DeviceType::Cpu;
    g.vulkanDriver = QStringLiteral("llvmpipe");
    return g;
}

} // namespace

class TestGpuMerger final : public QObject {
    Q_OBJECT
private slots:
    void sameBusAddressIsOneGpu()
    {
        GpuInfo drm = gpu(DetectionSource::Drm, 0x1002, 0x731f, QStringLiteral("0000:03:00.0"));
        drm.vramTotalBytes = 8573157376;
        drm.name = QStringLiteral("AMD Radeon RX 5700 XT");
        GpuInfo vk = gpu(DetectionSource::Vulkan, 0x1002, 0x731f, QStringLiteral("0000:03:00.0"));
        vk.name = QStringLiteral("AMD Radeon RX 5700 XT (RADV NAVI10)");
        vk.vramTotalBytes = 8 * 1024LL * 1024 * 1024;
        vk.vulkanDriver = QStringLiteral("radv");
        vk.deviceType = DeviceType::Discrete;
        const QList<GpuInfo> merged = mergeGpus({{drm}, {vk}});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.first().vramTotalBytes.value_or(0), qint64(8573157376)); // sysfs wins
        QCOMPARE(merged.first().vulkanDriver, QStringLiteral("radv"));
        QCOMPARE(merged.first().name, QStringLiteral("AMD Radeon RX 5700 XT"));
        QCOMPARE(merged.first().sources, (QList<DetectionSource>{DetectionSource::Drm, DetectionSource::Vulkan}));
    }

    void luidMatchesAcrossDxgiAndVulkan()
    {
        GpuInfo dx = gpu(DetectionSource::Dxgi, 0x1002, 0x73bf);
        dx.luid = QStringLiteral("000000000000d1a2");
        GpuInfo vk = gpu(DetectionSource::Vulkan, 0x1002, 0x73bf);
        vk.luid = QStringLiteral("000000000000D1A2");
        QCOMPARE(mergeGpus({{dx}, {vk}}).size(), 1);
    }

    void idsMatchWithoutAddresses()
    {
        const QList<GpuInfo> merged = mergeGpus({{gpu(DetectionSource::Nvml, 0x10de, 0x2684, QStringLiteral("0000:01:00.0"))},
                                                 {gpu(DetectionSource::Vulkan, 0x10de, 0x2684)}});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.first().sources.size(), 2);
    }

    void twoIdenticalCardsStayTwo()
    {
        const QList<GpuInfo> merged = mergeGpus(
            {{gpu(DetectionSource::Drm, 0x1002, 0x744c, QStringLiteral("0000:03:00.0")),
              gpu(DetectionSource::Drm, 0x1002, 0x744c, QStringLiteral("0000:2d:00.0"))},
             {gpu(DetectionSource::Vulkan, 0x1002, 0x744c, QStringLiteral("0000:2d:00.0")),
              gpu(DetectionSource::Vulkan, 0x1002, 0x744c, QStringLiteral("0000:03:00.0"))}});
        QCOMPARE(merged.size(), 2);
        for (const GpuInfo &g : merged)
            QCOMPARE(g.sources.size(), 2);
    }

    void contradictingAddressesDoNotMerge()
    {
        const QList<GpuInfo> merged = mergeGpus({{gpu(DetectionSource::Drm, 0x1002, 0x744c, QStringLiteral("0000:03:00.0"))},
                                                 {gpu(DetectionSource::Vulkan, 0x1002, 0x744c, QStringLiteral("0000:04:00.0"))}});
        QCOMPARE(merged.size(), 2);
    }

    void softwareRendererIsNeverMergedAndGoesLast()
    {
        const QList<GpuInfo> merged = mergeGpus({{gpu(DetectionSource::Drm, 0x1002, 0x731f)}, {llvmpipe()}});
        QCOMPARE(merged.size(), 2);
        QVERIFY(!merged.first().isSoftware());
        QVERIFY(merged.last().isSoftware());
        QCOMPARE(merged.last().name, QStringLiteral("llvmpipe (LLVM 15.0.6, 256 bits)"));
    }

    void vulkanStatesTheDeviceType()
    {
        GpuInfo drm = gpu(DetectionSource::Drm, 0x1002, 0x164e, QStringLiteral("0000:0e:00.0"));
        drm.deviceType = DeviceType::Discrete; // the memory heuristic guessed wrong
        GpuInfo vk = gpu(DetectionSource::Vulkan, 0x1002, 0x164e, QStringLiteral("0000:0e:00.0"));
        vk.deviceType = DeviceType::Integrated;
        QCOMPARE(mergeGpus({{drm}, {vk}}).first().deviceType, DeviceType::Integrated);
    }

    void radvHint_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("stripped");
        QTest::newRow("RDNA4") << "AMD Radeon Graphics (RADV GFX1201)" << "GFX1201" << "AMD Radeon Graphics";
        QTest::newRow("RDNA1") << "AMD Radeon RX 5700 XT (RADV NAVI10)" << "NAVI10" << "AMD Radeon RX 5700 XT";
        QTest::newRow("no suffix") << "NVIDIA GeForce RTX 4090" << "" << "NVIDIA GeForce RTX 4090";
        QTest::newRow("llvmpipe") << "llvmpipe (LLVM 15.0.6, 256 bits)" << "" << "llvmpipe (LLVM 15.0.6, 256 bits)";
    }
    void radvHint()
    {
        QFETCH(QString, name);
        QFETCH(QString, chip);
        QFETCH(QString, stripped);
        QCOMPARE(radvChipHint(name), chip);
        QCOMPARE(stripDriverSuffix(name), stripped);
    }

    void enrichment_data()
    {
        QTest::addColumn<quint32>("device");
        QTest::addColumn<QString>("vulkanName");
        QTest::addColumn<QString>("gfx");
        QTest::newRow("by PCI id") << 0x7590u << "AMD Radeon RX 9060 XT (RADV GFX1200)" << "gfx1200";
        QTest::newRow("unknown id, RADV chip hint") << 0x7fffu << "AMD Radeon Graphics (RADV GFX1201)" << "gfx1201";
        QTest::newRow("unknown id, RADV codename hint") << 0x7ffeu << "AMD Radeon (RADV NAVI10)" << "gfx1010";
        QTest::newRow("unknown id, no hint") << 0x7ffdu << "AMD Radeon Graphics" << "";
    }
    void enrichment()
    {
        QFETCH(quint32, device);
        QFETCH(QString, vulkanName);
        QFETCH(QString, gfx);
        GpuInfo g = gpu(DetectionSource::Vulkan, 0x1002, device);
        g.name = vulkanName;
        enrichFromPciTable(g, AmdPciTable::builtin());
        QCOMPARE(g.gfxTarget, gfx);
        QCOMPARE(g.name, vulkanName); // the driver's own name is kept
    }
};

QTEST_GUILESS_MAIN(TestGpuMerger)
#include "tst_gpumerger.moc"
