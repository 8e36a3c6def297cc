#include "detect/detectoptions.h"
#include "detect/vulkansource.h"
#include "lavapipe.h"

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

private:
    static void useDrivers(const QString &manifest);
    QString m_lavapipe;
};

void TestVulkanSource::useDrivers(const QString &manifest)
{
    // VK_DRIVER_FILES for loaders since 1.3.207, VK_ICD_FILENAMES for older ones.
    qputenv("VK_DRIVER_FILES", manifest.toLocal8Bit());
    qputenv("VK_ICD_FILENAMES", manifest.toLocal8Bit());
}

void TestVulkanSource::initTestCase()
{
    m_lavapipe = test::lavapipeIcd();
    if (m_lavapipe.isEmpty())
        QSKIP("Mesa's lavapipe ICD (lvp_icd.*.json) is not installed; install mesa-vulkan-drivers");
}

void TestVulkanSource::init()
{
    useDrivers(m_lavapipe);
}

void TestVulkanSource::findsLavapipe()
{
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

QTEST_GUILESS_MAIN(TestVulkanSource)
#include "tst_vulkansource.moc"
