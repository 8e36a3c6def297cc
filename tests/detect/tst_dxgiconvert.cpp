#include "detect/dxgiconvert.h"
#include "detect/gpumerger.h"

#include <QtTest>

using namespace ogs;

namespace {

constexpr quint64 kGiB = 1024ULL * 1024 * 1024;

win::DxgiAdapter adapter(
    quint32 vendor, quint32 device, const char *name, quint64 dedicated, quint64 shared, quint64 luid)
{
    win::DxgiAdapter a;
    a.vendorId = vendor;
    a.deviceId = device;
    a.description = name;
    a.dedicatedVideoMemory = dedicated;
    a.sharedSystemMemory = shared;
    a.luid = luid;
    a.revision = 0xc1;
    a.subSysId = 0x0e3a1002;
    return a;
}

} // namespace

Q_DECLARE_METATYPE(ogs::win::DxgiAdapter)

class TestDxgiConvert final : public QObject {
    Q_OBJECT

private slots:
    void convert_data();
    void convert();
    void luidText_data();
    void luidText();
    void mergesWithNvmlByIds();
};

void TestDxgiConvert::convert_data()
{
    QTest::addColumn<win::DxgiAdapter>("in");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("vram"); // -1: unset
    QTest::addColumn<qint64>("gtt"); // -1: unset
    QTest::addColumn<QString>("luid");
    QTest::addColumn<QString>("warning"); // substring of the one warning, or empty for none

    win::DxgiAdapter capped = adapter(0x10de, 0x2684, "NVIDIA GeForce RTX 4090", 0xFFF00000ULL, 16 * kGiB, 0x1234);
    capped.registryMemorySize = 24 * kGiB;
    QTest::newRow("capped, registry corrects")
        << capped << QStringLiteral("NVIDIA GeForce RTX 4090") << QStringLiteral("nvidia") << QStringLiteral("other")
        << qint64(24 * kGiB) << qint64(16 * kGiB) << QStringLiteral("0000000000001234") << QString();

    win::DxgiAdapter cappedUnknown = capped;
    cappedUnknown.registryMemorySize.reset();
    cappedUnknown.registryProblem = "no display driver registry entry matches pci\\ven_10de&dev_2684";
    QTest::newRow("capped, registry missing")
        << cappedUnknown << QStringLiteral("NVIDIA GeForce RTX 4090") << QStringLiteral("nvidia")
        << QStringLiteral("other") << qint64(0xFFF00000ULL) << qint64(16 * kGiB) << QStringLiteral("0000000000001234")
        << QStringLiteral(
               "NVIDIA GeForce RTX 4090: DXGI reports 4095 MiB of dedicated memory, which some drivers cap at 4 GiB, "
               "and the driver's registry size could not be read (no display driver registry entry matches "
               "pci\\ven_10de&dev_2684)");

    win::DxgiAdapter amd
        = adapter(0x1002, 0x73bf, "AMD Radeon RX 6800 XT \xE2\x84\xA2 ", 16 * kGiB, 32 * kGiB, 0xFFFFFFFF00000f2aULL);
    amd.registryProblem = "no display driver registry entry matches pci\\ven_1002&dev_73bf"; // not capped: quiet
    QTest::newRow("amd, negative HighPart, trimmed name")
        << amd << QStringLiteral("AMD Radeon RX 6800 XT \u2122") << QStringLiteral("amd") << QStringLiteral("other")
        << qint64(16 * kGiB) << qint64(32 * kGiB) << QStringLiteral("ffffffff00000f2a") << QString();

    QTest::newRow("intel igpu, small carve-out")
        << adapter(0x8086, 0x46a6, "Intel(R) Iris(R) Xe Graphics", 128ULL << 20, 8 * kGiB, 0x9c41)
        << QStringLiteral("Intel(R) Iris(R) Xe Graphics") << QStringLiteral("intel") << QStringLiteral("other")
        << qint64(128LL << 20) << qint64(8 * kGiB) << QStringLiteral("0000000000009c41") << QString();

    win::DxgiAdapter basic = adapter(0x1414, 0x008c, "Microsoft Basic Render Driver", 0, 8 * kGiB, 0x10e5);
    basic.software = true;
    QTest::newRow("basic render driver") << basic << QStringLiteral("Microsoft Basic Render Driver")
                                         << QStringLiteral("other") << QStringLiteral("cpu") << qint64(-1) << qint64(-1)
                                         << QStringLiteral("00000000000010e5") << QString();

    win::DxgiAdapter remote = adapter(0x1414, 0x02c1, "Microsoft Remote Display Adapter", 0, 0, 0x2);
    remote.remote = true;
    QTest::newRow("remote display adapter")
        << remote << QStringLiteral("Microsoft Remote Display Adapter") << QStringLiteral("other")
        << QStringLiteral("virtual") << qint64(-1) << qint64(-1) << QStringLiteral("0000000000000002") << QString();
}

void TestDxgiConvert::convert()
{
    QFETCH(win::DxgiAdapter, in);
    QFETCH(QString, name);
    QFETCH(QString, vendor);
    QFETCH(QString, type);
    QFETCH(qint64, vram);
    QFETCH(qint64, gtt);
    QFETCH(QString, luid);
    QFETCH(QString, warning);

    QStringList warnings;
    const GpuInfo gpu = gpuInfoFromDxgi(in, &warnings);
    QCOMPARE(gpu.name, name);
    QCOMPARE(vendorKey(gpu.vendor), vendor);
    QCOMPARE(deviceTypeKey(gpu.deviceType), type);
    QCOMPARE(gpu.pciVendorId, in.vendorId);
    QCOMPARE(gpu.pciDeviceId, in.deviceId);
    QCOMPARE(gpu.luid, luid);
    QCOMPARE(gpu.vramTotalBytes, vram < 0 ? std::optional<qint64>() : std::optional<qint64>(vram));
    QCOMPARE(gpu.gttTotalBytes, gtt < 0 ? std::optional<qint64>() : std::optional<qint64>(gtt));
    QVERIFY(!gpu.vramFreeBytes.has_value()); // DXGI's budget is per process, not free memory
    QVERIFY(gpu.pciBusAddress.isEmpty());
    QCOMPARE(gpu.sources, QList<DetectionSource> { DetectionSource::Dxgi });
    QCOMPARE(gpu.isSoftware(), in.software);
    if (!in.software)
        QCOMPARE(gpu.pciRevision, std::optional<quint32>(0xc1));
    if (warning.isEmpty()) {
        QCOMPARE(warnings, QStringList());
    } else {
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.at(0), warning);
    }
}

void TestDxgiConvert::luidText_data()
{
    QTest::addColumn<quint64>("luid");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << quint64(0) << QStringLiteral("0000000000000000");
    QTest::newRow("low only") << quint64(0x3f0) << QStringLiteral("00000000000003f0");
    QTest::newRow("high part") << quint64(0x0000000100000002ULL) << QStringLiteral("0000000100000002");
    QTest::newRow("all bits") << quint64(0xFFFFFFFFFFFFFFFFULL) << QStringLiteral("ffffffffffffffff");
}

void TestDxgiConvert::luidText()
{
    QFETCH(quint64, luid);
    QFETCH(QString, text);
    QCOMPARE(ogs::luidText(luid), text);
}

void TestDxgiConvert::mergesWithNvmlByIds()
{
    // DXGI has no bus address; the same card from NVML (bus address, no LUID) merges by ids.
    GpuInfo nvml;
    nvml.vendor = GpuVendor::Nvidia;
    nvml.name = QStringLiteral("NVIDIA GeForce RTX 4090");
    nvml.pciVendorId = kPciVendorNvidia;
    nvml.pciDeviceId = 0x2684;
    nvml.pciBusAddress = QStringLiteral("0000:01:00.0");
    nvml.vramTotalBytes = qint64(24 * kGiB);
    nvml.computeCapability = QStringLiteral("8.9");
    nvml.addSource(DetectionSource::Nvml);

    win::DxgiAdapter dx = adapter(0x10de, 0x2684, "NVIDIA GeForce RTX 4090", 0xFFF00000ULL, 16 * kGiB, 0x1234);
    win::DxgiAdapter basic = adapter(0x1414, 0x008c, "Microsoft Basic Render Driver", 0, 0, 0x10e5);
    basic.software = true;
    const QList<GpuInfo> merged
        = mergeGpus({ { nvml }, { gpuInfoFromDxgi(dx, nullptr), gpuInfoFromDxgi(basic, nullptr) } });
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged.at(0).pciBusAddress, QStringLiteral("0000:01:00.0"));
    QCOMPARE(merged.at(0).luid, QStringLiteral("0000000000001234"));
    QCOMPARE(merged.at(0).vramTotalBytes, std::optional<qint64>(24 * kGiB)); // NVML's, not the capped one
    QCOMPARE(merged.at(0).sources, (QList<DetectionSource> { DetectionSource::Nvml, DetectionSource::Dxgi }));
    QVERIFY(merged.at(1).isSoftware());
}

QTEST_GUILESS_MAIN(TestDxgiConvert)
#include "tst_dxgiconvert.moc"
