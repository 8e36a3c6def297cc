#include "detect/detectoptions.h"
#include "detect/vulkansource.h"
#include "lavapipe.h"

#include <QLibrary>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

class TestVulkanSource final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void findsLavapipe();
    void missingLoaderIsUnavailable();
    void libraryWithoutLoaderSymbolIsUnavailable();
    void brokenDriverWarns();
    void makeDetectorRunsVulkanLast();
    void makeDetectorHonoursVulkanLibrary();
    // The scripted loader (tests/detect/fakevulkan): fields lavapipe does not have.
    void fakeRadeonWithBudgetAndPciBus();
    void fakeNvidiaLuid();
    void fakeLegacyLoaderUsesKhrExtension();
    void fakeBareDeviceAsksNothingMore();
    void fakeFailuresWarn_data();
    void fakeFailuresWarn();
    void fakeMergesWithSysfsByPciAddress();

private:
    static void useDrivers(const QString &manifest);
    /// Probes the fake loader running `scenario`; checks it left no instance and broke no rule.
    SourceResult probeFake(const char *scenario);
    QString m_lavapipe;
    QLibrary m_fake{QStringLiteral(OGS_FAKE_VULKAN)};
};

#define REQUIRE_LAVAPIPE()                                                                                   \
    if (m_lavapipe.isEmpty())                                                                                \
    QSKIP("Mesa's lavapipe ICD (lvp_icd.*.json) is not installed; install mesa-vulkan-drivers")

namespace {
constexpr qint64 kMiB = qint64(1) << 20;
constexpr qint64 kGiB = qint64(1) << 30;
}

void TestVulkanSource::useDrivers(const QString &manifest)
{
    // VK_DRIVER_FILES for loaders since 1.3.207, VK_ICD_FILENAMES for older ones.
    qputenv("VK_DRIVER_FILES", manifest.toLocal8Bit());
    qputenv("VK_ICD_FILENAMES", manifest.toLocal8Bit());
}

void TestVulkanSource::initTestCase()
{
    m_lavapipe = test::lavapipeIcd();
    QVERIFY2(m_fake.load(), qPrintable(m_fake.errorString()));
}

void TestVulkanSource::init()
{
    if (!m_lavapipe.isEmpty())
        useDrivers(m_lavapipe);
    reinterpret_cast<void (*)()>(m_fake.resolve("ogsFakeVulkanReset"))();
}

void TestVulkanSource::findsLavapipe()
{
    REQUIRE_LAVAPIPE();
    VulkanSource source;
    QCOMPARE(source.id(), QStringLiteral("vulkan"));
    const SourceResult result = source.probe();
    QVERIFY2(result.available, qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result.gpus.size(), 1);
    const GpuInfo &gpu = result.gpus.constFirst();
    QCOMPARE(gpu.pciVendorId, kVulkanVendorMesa);
    QCOMPARE(gpu.vendor, GpuVendor::Other);
    QCOMPARE(gpu.deviceType, DeviceType::Cpu);
    QVERIFY(gpu.isSoftware());
    QCOMPARE(gpu.vulkanDriver, QStringLiteral("llvmpipe"));
    QVERIFY2(gpu.name.startsWith(QLatin1String("llvmpipe")), qPrintable(gpu.name));
    QVERIFY2(QRegularExpression(QStringLiteral("^1\\.\\d+\\.\\d+$")).match(gpu.vulkanApiVersion).hasMatch(),
             qPrintable(gpu.vulkanApiVersion));
    QVERIFY2(gpu.vulkanDriverInfo.contains(QLatin1String("Mesa")), qPrintable(gpu.vulkanDriverInfo));
    QVERIFY(gpu.vramTotalBytes.has_value());
    QVERIFY(*gpu.vramTotalBytes > 0);
    if (gpu.vramFreeBytes)
        QVERIFY(*gpu.vramFreeBytes <= *gpu.vramTotalBytes);
    QVERIFY(gpu.luid.isEmpty()); // lavapipe on Linux has no LUID
    QCOMPARE(gpu.sources, QList<DetectionSource>{DetectionSource::Vulkan});
}

void TestVulkanSource::missingLoaderIsUnavailable()
{
    VulkanSource source(QStringLiteral("libogs-no-such-vulkan-loader.so.1"));
    const SourceResult result = source.probe();
    QVERIFY(!result.available);
    QVERIFY(result.gpus.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.constFirst().contains(QLatin1String("libogs-no-such-vulkan-loader.so.1")), qPrintable(result.warnings.constFirst()));
    QVERIFY2(result.warnings.constFirst().contains(QLatin1String("continues without Vulkan")), qPrintable(result.warnings.constFirst()));
}

void TestVulkanSource::libraryWithoutLoaderSymbolIsUnavailable()
{
    // A real shared library that is not a Vulkan loader: the test binary's own QtTest.
    const QString notALoader = QStringLiteral("libQt6Test.so.6");
    VulkanSource source(notALoader);
    const SourceResult result = source.probe();
    QVERIFY(!result.available);
    QVERIFY(result.gpus.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.constFirst().contains(QLatin1String("vkGetInstanceProcAddr")), qPrintable(result.warnings.constFirst()));
}

void TestVulkanSource::brokenDriverWarns()
{
    REQUIRE_LAVAPIPE();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString manifest = dir.filePath(QStringLiteral("broken_icd.json"));
    QFile file(manifest);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray missingLibrary = dir.filePath(QStringLiteral("libvulkan_missing.so")).toUtf8();
    file.write(QByteArray(R"({"file_format_version": "1.0.0", "ICD": {"library_path": ")") + missingLibrary
               + QByteArray(R"(", "api_version": "1.3.230"}})"));
    file.close();
    useDrivers(manifest);

    VulkanSource source;
    const SourceResult result = source.probe();
    QVERIFY(result.available); // the loader is there; only its driver is broken
    QVERIFY(result.gpus.isEmpty());
    QVERIFY(!result.warnings.isEmpty());
    const QString warning = result.warnings.join(QLatin1Char('\n'));
    qInfo("%s", qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("VK_ERROR_")) || warning.contains(QLatin1String("no devices")), qPrintable(warning));
}

void TestVulkanSource::makeDetectorRunsVulkanLast()
{
    REQUIRE_LAVAPIPE();
    DetectOptions options;
    options.sysfsRoot = QStringLiteral(OGS_TEST_DATA "/sysfs/rx6900xt");
    options.sources = QStringList{QStringLiteral("vulkan"), QStringLiteral("sysfs")}; // order asked does not matter
    const DetectionReport report = makeDetector(options).run();
    QCOMPARE(report.sourcesUsed, (QStringList{QStringLiteral("sysfs"), QStringLiteral("vulkan")}));
    QCOMPARE(report.gpus.size(), 2);
    QCOMPARE(report.gpus.at(0).pciVendorId, kPciVendorAmd);
    QVERIFY(!report.gpus.at(0).sources.contains(DetectionSource::Vulkan));
    QCOMPARE(report.gpus.at(1).vulkanDriver, QStringLiteral("llvmpipe"));
    QCOMPARE(report.gpus.at(1).sources, QList<DetectionSource>{DetectionSource::Vulkan});
}

void TestVulkanSource::makeDetectorHonoursVulkanLibrary()
{
    DetectOptions options;
    options.sources = QStringList{QStringLiteral("vulkan")};
    options.vulkanLibrary = QStringLiteral("libogs-no-such-vulkan-loader.so.1");
    const DetectionReport report = makeDetector(options).run();
    QCOMPARE(report.sourcesUnavailable, QStringList{QStringLiteral("vulkan")});
    QVERIFY(report.sourcesUsed.isEmpty());
    QVERIFY(report.gpus.isEmpty());
    const QStringList vulkanWarnings = report.warnings.filter(QStringLiteral("vulkan: "));
    QCOMPARE(vulkanWarnings.size(), 1);
    QVERIFY(vulkanWarnings.constFirst().contains(QLatin1String("libogs-no-such-vulkan-loader.so.1")));
}

SourceResult TestVulkanSource::probeFake(const char *scenario)
{
    qputenv("OGS_FAKE_VULKAN_SCENARIO", scenario);
    VulkanSource source(m_fake.fileName());
    const SourceResult result = source.probe();
    const auto live = reinterpret_cast<int (*)()>(m_fake.resolve("ogsFakeVulkanLiveInstances"));
    const auto violations = reinterpret_cast<int (*)()>(m_fake.resolve("ogsFakeVulkanViolations"));
    if (!live || !violations)
        qFatal("the fake loader lacks its test hooks");
    if (live() != 0)
        qWarning("scenario %s: %d Vulkan instance(s) not destroyed", scenario, live());
    if (violations() != 0)
        qWarning("scenario %s: %d unsupported struct(s) or entry point(s) used", scenario, violations());
    if (live() == 0 && violations() == 0)
        return result;
    SourceResult broken;
    broken.available = false;
    broken.warnings << QStringLiteral("fake loader rules broken");
    return broken;
}

void TestVulkanSource::fakeRadeonWithBudgetAndPciBus()
{
    const SourceResult result = probeFake("amd");
    QVERIFY(result.available);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result.gpus.size(), 2);
    const GpuInfo &amd = result.gpus.at(0);
    QCOMPARE(amd.name, QStringLiteral("AMD Radeon RX 6900 XT (RADV NAVI21)")); // the merger strips the suffix
    QCOMPARE(amd.vendor, GpuVendor::Amd);
    QCOMPARE(amd.pciVendorId, 0x1002U);
    QCOMPARE(amd.pciDeviceId, 0x73bfU);
    QCOMPARE(amd.deviceType, DeviceType::Discrete);
    QCOMPARE(amd.vulkanApiVersion, QStringLiteral("1.3.246"));
    QCOMPARE(amd.vulkanDriver, QStringLiteral("radv"));
    QCOMPARE(amd.vulkanDriverInfo, QStringLiteral("radv Mesa 23.1.0"));
    QCOMPARE(amd.pciBusAddress, QStringLiteral("0000:0c:00.0"));
    QVERIFY(amd.luid.isEmpty());
    QCOMPARE(amd.vramTotalBytes, std::optional<qint64>(16 * kGiB + 256 * kMiB)); // device-local heaps only
    QCOMPARE(amd.vramFreeBytes, std::optional<qint64>(14 * kGiB + 150 * kMiB)); // budget - usage over them
    QCOMPARE(amd.sources, QList<DetectionSource>{DetectionSource::Vulkan});
    const auto instanceVersion = reinterpret_cast<quint32 (*)()>(m_fake.resolve("ogsFakeVulkanInstanceApiVersion"));
    QCOMPARE(instanceVersion(), (1U << 22) | (3U << 12)); // 1.3: the loader supports it

    const GpuInfo &software = result.gpus.at(1);
    QCOMPARE(software.deviceType, DeviceType::Cpu); // reported OTHER, but the driver id is llvmpipe
    QCOMPARE(software.vendor, GpuVendor::Other);
    QCOMPARE(software.pciVendorId, kVulkanVendorMesa);
    QVERIFY(!software.vramFreeBytes.has_value()); // no VK_EXT_memory_budget
}

void TestVulkanSource::fakeNvidiaLuid()
{
    const SourceResult result = probeFake("nvidia-windows");
    QCOMPARE(result.gpus.size(), 1);
    const GpuInfo &gpu = result.gpus.constFirst();
    QCOMPARE(gpu.vendor, GpuVendor::Nvidia);
    QCOMPARE(gpu.luid, QStringLiteral("000000010000d1b8"));
    QVERIFY(gpu.pciBusAddress.isEmpty()); // no VK_EXT_pci_bus_info
    QCOMPARE(gpu.vulkanDriver, QStringLiteral("nvidia"));
    QCOMPARE(gpu.vulkanDriverInfo, QStringLiteral("NVIDIA 551.23"));
    QCOMPARE(gpu.vramTotalBytes, std::optional<qint64>(24 * kGiB));
    QVERIFY(!gpu.vramFreeBytes.has_value());
}

void TestVulkanSource::fakeLegacyLoaderUsesKhrExtension()
{
    const SourceResult result = probeFake("legacy");
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    const auto instanceVersion = reinterpret_cast<quint32 (*)()>(m_fake.resolve("ogsFakeVulkanInstanceApiVersion"));
    const auto extensions = reinterpret_cast<const char *(*)()>(m_fake.resolve("ogsFakeVulkanEnabledExtensions"));
    QCOMPARE(instanceVersion(), 1U << 22); // 1.0: the loader has no vkEnumerateInstanceVersion
    QCOMPARE(QByteArray(extensions()), QByteArray("VK_KHR_get_physical_device_properties2"));
    QCOMPARE(result.gpus.size(), 1);
    const GpuInfo &gpu = result.gpus.constFirst();
    QCOMPARE(gpu.vendor, GpuVendor::Intel);
    QCOMPARE(gpu.deviceType, DeviceType::Integrated);
    QCOMPARE(gpu.vulkanApiVersion, QStringLiteral("1.0.61"));
    QCOMPARE(gpu.vulkanDriver, QStringLiteral("intel")); // through VK_KHR_driver_properties
    QCOMPARE(gpu.pciBusAddress, QStringLiteral("0000:00:02.0"));
    QCOMPARE(gpu.vramTotalBytes, std::optional<qint64>(2 * kGiB));
}

void TestVulkanSource::fakeBareDeviceAsksNothingMore()
{
    const SourceResult result = probeFake("bare");
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result.gpus.size(), 1);
    const GpuInfo &gpu = result.gpus.constFirst();
    QCOMPARE(gpu.name, QStringLiteral("Bare GPU"));
    QCOMPARE(gpu.vendor, GpuVendor::Other);
    QCOMPARE(gpu.deviceType, DeviceType::Other);
    QVERIFY(gpu.vulkanDriver.isEmpty());
    QVERIFY(gpu.vulkanDriverInfo.isEmpty());
    QVERIFY(gpu.pciBusAddress.isEmpty());
    QCOMPARE(gpu.vramTotalBytes, std::optional<qint64>(512 * kMiB));
}

void TestVulkanSource::fakeFailuresWarn_data()
{
    QTest::addColumn<QByteArray>("scenario");
    QTest::addColumn<QString>("warning");
    QTest::newRow("driver refuses the instance") << QByteArray("create-fails")
                                                 << QStringLiteral("vkCreateInstance failed with VK_ERROR_INCOMPATIBLE_DRIVER");
    QTest::newRow("enumeration fails") << QByteArray("enumerate-fails")
                                       << QStringLiteral("vkEnumeratePhysicalDevices failed with VK_ERROR_INITIALIZATION_FAILED");
    QTest::newRow("no devices") << QByteArray("none") << QStringLiteral("found no devices");
    QTest::newRow("null entry points") << QByteArray("null-procs") << QStringLiteral("lacks vkEnumeratePhysicalDevices");
    QTest::newRow("no vkCreateInstance") << QByteArray("no-create") << QStringLiteral("does not provide vkCreateInstance");
}

void TestVulkanSource::fakeFailuresWarn()
{
    QFETCH(QByteArray, scenario);
    QFETCH(QString, warning);
    const SourceResult result = probeFake(scenario.constData());
    QVERIFY(result.available); // the loader exists; what it found is the problem
    QVERIFY(result.gpus.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.constFirst().contains(warning), qPrintable(result.warnings.constFirst()));
}

void TestVulkanSource::fakeMergesWithSysfsByPciAddress()
{
    qputenv("OGS_FAKE_VULKAN_SCENARIO", "amd");
    DetectOptions options;
    options.sysfsRoot = QStringLiteral(OGS_TEST_DATA "/sysfs/rx6900xt");
    options.sources = QStringList{QStringLiteral("sysfs"), QStringLiteral("vulkan")};
    options.vulkanLibrary = m_fake.fileName();
    const DetectionReport report = makeDetector(options).run();
    QCOMPARE(report.gpus.size(), 2);
    const GpuInfo &amd = report.gpus.at(0);
    QCOMPARE(amd.pciBusAddress, QStringLiteral("0000:0c:00.0"));
    QVERIFY(amd.sources.contains(DetectionSource::Drm));
    QVERIFY(amd.sources.contains(DetectionSource::Vulkan));
    QCOMPARE(amd.vramTotalBytes, std::optional<qint64>(17163091968)); // sysfs comes first and wins
    QCOMPARE(amd.vulkanDriver, QStringLiteral("radv"));             // only Vulkan knows this
    QCOMPARE(amd.vulkanApiVersion, QStringLiteral("1.3.246"));
    QCOMPARE(amd.gfxTarget, QStringLiteral("gfx1030"));
    QVERIFY2(!amd.name.contains(QLatin1String("RADV")), qPrintable(amd.name));
    const GpuInfo &software = report.gpus.at(1);
    QVERIFY(software.isSoftware());
    QCOMPARE(software.sources, QList<DetectionSource>{DetectionSource::Vulkan});
}

QTEST_GUILESS_MAIN(TestVulkanSource)
#include "tst_vulkansource.moc"
