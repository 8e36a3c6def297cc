#include "detect/detectoptions.h"
#include "detect/nvmlsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ogs;

namespace {

const QString kRtx4090
    = QStringLiteral("device name=NVIDIA GeForce RTX 4090;busid=00000000:01:00.0;pciid=0x268410DE;total=25757220864;"
                     "free=25165824000;cc=8.9");
const QString kRtx3060
    = QStringLiteral("device name=NVIDIA GeForce RTX 3060;busid=00000000:0A:00.0;pciid=0x250310de;total=12884901888;"
                     "free=11811160064;cc=8.6");

} // namespace

class TestNvmlSource final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void normalizeBusId_data();
    void normalizeBusId();
    void twoGpus();
    void errors_data();
    void errors();
    void missingLibrary();
    void fileThatIsNotALibrary();
    void driverTooOld();
    void libraryThatIsNotNvml();
    void cliFindsNvmlByItsSoname();
    void detectorUsesNvmlLibraryOption();

private:
    /// Writes the fake NVML's fixture and points the library at it.
    void useFixture(const QString &text);
    /// nvmlInit_v2 calls the fake has not seen shut down (the library is shared with NvmlSource).
    int openInits();

    QTemporaryDir m_dir;
};

void TestNvmlSource::init()
{
#ifndef OGS_FAKE_NVML
    QSKIP("the fake NVML library is only built on Unix");
#endif
    QVERIFY(m_dir.isValid());
}

void TestNvmlSource::useFixture(const QString &text)
{
    const QString path = m_dir.filePath(QStringLiteral("fixture.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    qputenv("OGS_FAKE_NVML_FIXTURE", QFile::encodeName(path));
}

int TestNvmlSource::openInits()
{
#ifdef OGS_FAKE_NVML
    using OpenInitsFn = int (*)();
    auto fn = reinterpret_cast<OpenInitsFn>(QLibrary::resolve(QStringLiteral(OGS_FAKE_NVML), "fakeNvmlOpenInits"));
    return fn ? fn() : -1;
#else
    return -1;
#endif
}

void TestNvmlSource::normalizeBusId_data()
{
    QTest::addColumn<QString>("busId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nvml 8-digit domain") << QStringLiteral("00000000:01:00.0") << QStringLiteral("0000:01:00.0");
    QTest::newRow("upper-case hex") << QStringLiteral("00000000:0A:1F.0") << QStringLiteral("0000:0a:1f.0");
    QTest::newRow("function kept") << QStringLiteral("00000001:81:00.1") << QStringLiteral("0001:81:00.1");
    QTest::newRow("already sysfs form") << QStringLiteral("0000:c1:00.0") << QStringLiteral("0000:c1:00.0");
    QTest::newRow("hyper-v wide domain") << QStringLiteral("00010000:C1:00.0") << QStringLiteral("10000:c1:00.0");
    QTest::newRow("surrounding space") << QStringLiteral(" 00000000:01:00.0\n") << QStringLiteral("0000:01:00.0");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no domain") << QStringLiteral("01:00.0") << QString();
    QTest::newRow("no function") << QStringLiteral("00000000:01:00") << QString();
    QTest::newRow("function 8") << QStringLiteral("00000000:01:00.8") << QString();
    QTest::newRow("nine-digit domain") << QStringLiteral("000000000:01:00.0") << QString();
    QTest::newRow("not hex") << QStringLiteral("zzzz:01:00.0") << QString();
}

void TestNvmlSource::normalizeBusId()
{
    QFETCH(QString, busId);
    QFETCH(QString, expected);
    QCOMPARE(normalizeNvmlBusId(busId), expected);
}

void TestNvmlSource::twoGpus()
{
#ifdef OGS_FAKE_NVML
    useFixture(kRtx4090 + QLatin1Char('\n') + kRtx3060 + QLatin1Char('\n'));
    NvmlSource source(QStringLiteral(OGS_FAKE_NVML));
    QCOMPARE(source.id(), QStringLiteral("nvml"));
    const SourceResult result = source.probe();
    QVERIFY(result.available);
    QCOMPARE(result.warnings, QStringList());
    QVERIFY(source.unavailableReason().isEmpty());
    QCOMPARE(result.gpus.size(), 2);

    const GpuInfo &a = result.gpus.at(0);
    QCOMPARE(a.vendor, GpuVendor::Nvidia);
    QCOMPARE(a.name, QStringLiteral("NVIDIA GeForce RTX 4090"));
    QCOMPARE(a.pciVendorId, 0x10deu);
    QCOMPARE(a.pciDeviceId, 0x2684u);
    QCOMPARE(a.pciBusAddress, QStringLiteral("0000:01:00.0"));
    QCOMPARE(a.vramTotalBytes, std::optional<qint64>(25757220864LL));
    QCOMPARE(a.vramFreeBytes, std::optional<qint64>(25165824000LL));
    QCOMPARE(a.computeCapability, QStringLiteral("8.9"));
    QCOMPARE(a.kernelDriver, QStringLiteral("nvidia"));
    QCOMPARE(a.sources, QList<DetectionSource> { DetectionSource::Nvml });
    QVERIFY(a.luid.isEmpty());
    QVERIFY(!a.gttTotalBytes.has_value());

    const GpuInfo &b = result.gpus.at(1);
    QCOMPARE(b.name, QStringLiteral("NVIDIA GeForce RTX 3060"));
    QCOMPARE(b.pciDeviceId, 0x2503u);
    QCOMPARE(b.pciBusAddress, QStringLiteral("0000:0a:00.0"));
    QCOMPARE(b.vramTotalBytes, std::optional<qint64>(12884901888LL));
    QCOMPARE(b.vramFreeBytes, std::optional<qint64>(11811160064LL));
    QCOMPARE(b.computeCapability, QStringLiteral("8.6"));
    QCOMPARE(openInits(), 0);
#endif
}

void TestNvmlSource::errors_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<QStringList>("warnings"); // each must appear, in order, as a substring

    const QString two = kRtx4090 + QLatin1Char('\n') + kRtx3060 + QLatin1Char('\n');
    QTest::newRow("driver not loaded")
        << QStringLiteral("init_error 9\n") + two << 0
        << QStringList { QStringLiteral(
               "nvmlInit_v2 failed: Driver Not Loaded (NVML error 9); the NVIDIA kernel module is not loaded") };
    QTest::newRow("init no permission") << QStringLiteral("init_error 4\n") << 0
                                        << QStringList { QStringLiteral(
                                               "nvmlInit_v2 failed: Insufficient Permissions (NVML error 4)") };
    QTest::newRow("count fails") << QStringLiteral("count_error 15\n")
            + two << 0 << QStringList { QStringLiteral("nvmlDeviceGetCount_v2 failed: GPU is lost (NVML error 15)") };
    QTest::newRow("memory denied on second gpu")
        << kRtx4090 + QLatin1Char('\n') + kRtx3060 + QStringLiteral(";memory_error=4\n") << 2
        << QStringList { QStringLiteral("GPU 1 (NVIDIA GeForce RTX 3060): nvmlDeviceGetMemoryInfo failed: "
                                        "Insufficient Permissions (NVML error 4)") };
    QTest::newRow("handle denied on first gpu")
        << kRtx4090 + QStringLiteral(";handle_error=4\n") + kRtx3060 + QLatin1Char('\n') << 1
        << QStringList { QStringLiteral(
               "GPU 0: nvmlDeviceGetHandleByIndex_v2 failed: Insufficient Permissions (NVML error 4)") };
    QTest::newRow("name and cc fail")
        << kRtx4090 + QStringLiteral(";name_error=999;cc_error=3\n") << 1
        << QStringList { QStringLiteral("GPU 0: nvmlDeviceGetName failed: Unknown Error (NVML error 999)"),
               QStringLiteral("GPU 0: nvmlDeviceGetCudaComputeCapability failed: Not Supported (NVML error 3)") };
    QTest::newRow("pci info fails")
        << kRtx4090 + QStringLiteral(";pci_error=15\n") << 1
        << QStringList { QStringLiteral(
               "GPU 0 (NVIDIA GeForce RTX 4090): nvmlDeviceGetPciInfo_v3 failed: GPU is lost (NVML error 15)") };
    QTest::newRow("bus id without function")
        << QStringLiteral(
               "device name=NVIDIA T4;busid=00000000:3B:00;pciid=0x1eb810de;total=16106127360;free=1;cc=7.5\n")
        << 1
        << QStringList { QStringLiteral(
               "GPU 0 (NVIDIA T4): NVML bus id \"00000000:3B:00\" is not domain:bus:device.function; "
               "using 0000:3b:00.0 from its fields") };
    QTest::newRow("garbled bus id")
        << QStringLiteral("device name=NVIDIA T4;busid=bogus;pciid=0x1eb810de;total=1;free=1;cc=7.5\n") << 1
        << QStringList { QStringLiteral(
               "NVML bus id \"bogus\" is not domain:bus:device.function; its PCI address is unknown") };
    QTest::newRow("implausible cc")
        << QStringLiteral("device name=NVIDIA T4;busid=00000000:3B:00.0;pciid=0x1eb810de;total=1;free=1;cc=0.0\n") << 1
        << QStringList { QStringLiteral("GPU 0 (NVIDIA T4): implausible CUDA compute capability 0.0") };
    QTest::newRow("shutdown fails") << QStringLiteral("shutdown_error 999\n")
            + kRtx4090 << 1 << QStringList { QStringLiteral("nvmlShutdown failed: Unknown Error (NVML error 999)") };
    QTest::newRow("no gpus") << QString() << 0 << QStringList();
}

void TestNvmlSource::errors()
{
#ifdef OGS_FAKE_NVML
    QFETCH(QString, fixture);
    QFETCH(int, gpus);
    QFETCH(QStringList, warnings);
    useFixture(fixture);
    NvmlSource source(QStringLiteral(OGS_FAKE_NVML));
    const SourceResult result = source.probe();
    QVERIFY(result.available); // NVML is there; it failed, which the user must hear about
    QCOMPARE(result.gpus.size(), gpus);
    QCOMPARE(result.warnings.size(), warnings.size());
    for (int i = 0; i < warnings.size(); ++i)
        QVERIFY2(result.warnings.at(i).contains(warnings.at(i)), qPrintable(result.warnings.at(i)));
    for (const GpuInfo &gpu : result.gpus) {
        QCOMPARE(gpu.vendor, GpuVendor::Nvidia);
        QCOMPARE(gpu.sources, QList<DetectionSource> { DetectionSource::Nvml });
    }
    QCOMPARE(openInits(), 0);

    if (QByteArray(QTest::currentDataTag()) == "memory denied on second gpu") {
        QCOMPARE(result.gpus.at(0).vramTotalBytes, std::optional<qint64>(25757220864LL));
        QVERIFY(!result.gpus.at(1).vramTotalBytes.has_value());
        QVERIFY(!result.gpus.at(1).vramFreeBytes.has_value());
        QCOMPARE(result.gpus.at(1).computeCapability, QStringLiteral("8.6"));
    } else if (QByteArray(QTest::currentDataTag()) == "handle denied on first gpu") {
        QCOMPARE(result.gpus.at(0).name, QStringLiteral("NVIDIA GeForce RTX 3060"));
    } else if (QByteArray(QTest::currentDataTag()) == "name and cc fail") {
        QVERIFY(result.gpus.at(0).name.isEmpty());
        QVERIFY(result.gpus.at(0).computeCapability.isEmpty());
        QCOMPARE(result.gpus.at(0).pciBusAddress, QStringLiteral("0000:01:00.0"));
    } else if (QByteArray(QTest::currentDataTag()) == "pci info fails") {
        QVERIFY(result.gpus.at(0).pciBusAddress.isEmpty());
        QCOMPARE(result.gpus.at(0).pciVendorId, 0x10deu);
        QCOMPARE(result.gpus.at(0).pciDeviceId, 0u);
    } else if (QByteArray(QTest::currentDataTag()) == "bus id without function") {
        QCOMPARE(result.gpus.at(0).pciBusAddress, QStringLiteral("0000:3b:00.0"));
    } else if (QByteArray(QTest::currentDataTag()) == "garbled bus id") {
        QVERIFY(result.gpus.at(0).pciBusAddress.isEmpty());
        QCOMPARE(result.gpus.at(0).pciDeviceId, 0x1eb8u);
    }
#endif
}

void TestNvmlSource::missingLibrary()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-libnvidia-ml.so.1"));
    NvmlSource source(path);
    const SourceResult result = source.probe();
    QVERIFY(!result.available);
    QVERIFY(result.gpus.isEmpty());
    QCOMPARE(result.warnings, QStringList()); // no NVIDIA driver is normal, not alarming
    QVERIFY2(source.unavailableReason().contains(path), qPrintable(source.unavailableReason()));

    NvmlSource byName(QStringLiteral("libogs-no-such-nvml.so.1"));
    QVERIFY(!byName.probe().available);
    QVERIFY(byName.unavailableReason().contains(QStringLiteral("libogs-no-such-nvml.so.1")));
}

void TestNvmlSource::fileThatIsNotALibrary()
{
    const QString path = m_dir.filePath(QStringLiteral("libnvidia-ml.so.1"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an ELF file\n");
    file.close();
    NvmlSource source(path);
    const SourceResult result = source.probe();
    QVERIFY(!result.available);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.at(0).startsWith(path + QStringLiteral(" exists but cannot be loaded: ")),
        qPrintable(result.warnings.at(0)));
}

void TestNvmlSource::driverTooOld()
{
#ifdef OGS_FAKE_NVML_OLD
    useFixture(kRtx4090);
    NvmlSource source(QStringLiteral(OGS_FAKE_NVML_OLD));
    const SourceResult result = source.probe();
    QVERIFY(result.available);
    QVERIFY(result.gpus.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    const QString &w = result.warnings.at(0);
    QVERIFY2(w.contains(QStringLiteral("lacks nvmlInit_v2, nvmlDeviceGetCount_v2, nvmlDeviceGetHandleByIndex_v2")),
        qPrintable(w));
    QVERIFY2(w.contains(QStringLiteral("update the driver")), qPrintable(w));
#endif
}

void TestNvmlSource::libraryThatIsNotNvml()
{
#if defined(__GLIBC__)
    // A real shared object found by soname through the loader, as libnvidia-ml.so.1 is.
    NvmlSource source(QStringLiteral("libc.so.6"));
    const SourceResult result = source.probe();
    QVERIFY(result.available);
    QVERIFY(result.gpus.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.at(0).contains(QStringLiteral("lacks nvmlErrorString, nvmlInit_v2")),
        qPrintable(result.warnings.at(0)));
#else
    QSKIP("needs glibc's libc.so.6");
#endif
}

void TestNvmlSource::cliFindsNvmlByItsSoname()
{
#if defined(OGS_FAKE_NVML) && defined(Q_OS_LINUX)
    // End to end: the real binary, its default library name, the loader's search path.
    const QString libDir = m_dir.filePath(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(libDir));
    QVERIFY(QFile::link(QStringLiteral(OGS_FAKE_NVML), libDir + QStringLiteral("/libnvidia-ml.so.1")));
    useFixture(kRtx4090 + QLatin1Char('\n') + kRtx3060 + QLatin1Char('\n'));

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_LIBRARY_PATH"), libDir);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(OGS_APP_BINARY),
        { QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--sources"), QStringLiteral("nvml"),
            QStringLiteral("--etc-root"), m_dir.path() });
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    const QByteArray out = app.readAllStandardOutput();
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
    QCOMPARE(report.value(QStringLiteral("sources_used")).toArray(), QJsonArray { QStringLiteral("nvml") });
    const QJsonArray gpus = report.value(QStringLiteral("gpus")).toArray();
    QCOMPARE(gpus.size(), 2);
    QCOMPARE(gpus.at(0).toObject().value(QStringLiteral("pci_bus_address")).toString(), QStringLiteral("0000:01:00.0"));
    QCOMPARE(gpus.at(0).toObject().value(QStringLiteral("compute_capability")).toString(), QStringLiteral("8.9"));
    QCOMPARE(gpus.at(1).toObject().value(QStringLiteral("pci_bus_address")).toString(), QStringLiteral("0000:0a:00.0"));
#else
    QSKIP("needs the fake NVML and a Linux loader");
#endif
}

void TestNvmlSource::detectorUsesNvmlLibraryOption()
{
#ifdef OGS_FAKE_NVML
    useFixture(kRtx4090 + QLatin1Char('\n') + kRtx3060 + QStringLiteral(";memory_error=4\n"));
    DetectOptions options;
    options.sources = { QStringLiteral("nvml") };
    options.nvmlLibrary = QStringLiteral(OGS_FAKE_NVML);
    options.platformRoots.procRoot = m_dir.filePath(QStringLiteral("proc"));
    options.platformRoots.devRoot = m_dir.filePath(QStringLiteral("dev"));
    options.platformRoots.etcRoot = m_dir.filePath(QStringLiteral("etc"));
    const DetectionReport report = makeDetector(options).run();
    QCOMPARE(report.sourcesUsed, QStringList { QStringLiteral("nvml") });
    QCOMPARE(report.gpus.size(), 2);
    QCOMPARE(report.gpus.at(0).pciBusAddress, QStringLiteral("0000:01:00.0"));
    QCOMPARE(report.gpus.at(1).pciBusAddress, QStringLiteral("0000:0a:00.0"));
    bool sawMemoryWarning = false;
    for (const QString &w : report.warnings)
        sawMemoryWarning
            |= w.startsWith(QStringLiteral("nvml: GPU 1 (NVIDIA GeForce RTX 3060): nvmlDeviceGetMemoryInfo failed"));
    QVERIFY2(sawMemoryWarning, qPrintable(report.warnings.join(QLatin1Char('\n'))));

    options.nvmlLibrary = m_dir.filePath(QStringLiteral("missing.so"));
    const DetectionReport none = makeDetector(options).run();
    QCOMPARE(none.sourcesUnavailable, QStringList { QStringLiteral("nvml") });
    QVERIFY(none.gpus.isEmpty());
#endif
}

QTEST_GUILESS_MAIN(TestNvmlSource)
#include "tst_nvmlsource.moc"
