#include "telemetry/nvmltelemetry.h"

#include <QFile>
#include <QLibrary>
#include <QTemporaryDir>
#include <QtTest>

using namespace ogs;

namespace {

// An RTX 4090 whose numbers change over three samples, and an RTX 3060 that, like many
// consumer cards, cannot report power or utilisation.
const QString kBusy4090 = QStringLiteral(
    "device name=NVIDIA GeForce RTX 4090;busid=00000000:01:00.0;pciid=0x268410DE;total=25757220864;"
    "free=25165824000/20000000000/1000000000;util=5/60/99;memutil=1/20/40;clock=210/1500/2520;maxclock=2595;"
    "power=25000/180500/440250;temp=35/60/71");
const QString kQuiet3060
    = QStringLiteral("device name=NVIDIA GeForce RTX 3060;busid=00000000:0A:00.0;pciid=0x250310de;total=12884901888;"
                     "free=11811160064;clock=1777;maxclock=1777;temp=44");

const QString kBase = QStringLiteral("device name=T;busid=00000000:3B:00.0;pciid=0x1eb810de;total=1000;free=400;"
                                     "util=10;memutil=2;clock=100;maxclock=200;power=1000;temp=30");

} // namespace

class TestNvmlTelemetry final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void valuesChangeBetweenSamples();
    void notSupportedIsAskedOnce();
    void failures_data();
    void failures();
    void lostGpuIsNotAskedAgain();
    void missingLibrary();
    void driverTooOld();
    void shutdownOnDestruction();

private:
    void useFixture(const QString &text);
    template <typename Fn> Fn hook(const char *name);

    QTemporaryDir m_dir;
};

void TestNvmlTelemetry::init()
{
#ifndef OGS_FAKE_NVML
    QSKIP("the fake NVML library is only built on Unix");
#endif
    QVERIFY(m_dir.isValid());
}

void TestNvmlTelemetry::useFixture(const QString &text)
{
    const QString path = m_dir.filePath(QStringLiteral("fixture.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    qputenv("OGS_FAKE_NVML_FIXTURE", QFile::encodeName(path));
}

template <typename Fn> Fn TestNvmlTelemetry::hook(const char *name)
{
#ifdef OGS_FAKE_NVML
    return reinterpret_cast<Fn>(QLibrary::resolve(QStringLiteral(OGS_FAKE_NVML), name));
#else
    Q_UNUSED(name);
    return nullptr;
#endif
}

void TestNvmlTelemetry::valuesChangeBetweenSamples()
{
#ifdef OGS_FAKE_NVML
    useFixture(kBusy4090 + QLatin1Char('\n') + kQuiet3060 + QLatin1Char('\n'));
    NvmlTelemetry telemetry { QStringLiteral(OGS_FAKE_NVML) };
    QVERIFY(telemetry.loaded());
    QCOMPARE(telemetry.gpuCount(), 2);

    struct Expected {
        double util, memBusy;
        qint64 used;
        int sclk;
        bool atTop;
        double power, temp;
    };
    const Expected rows[] = {
        { 5, 1, 25757220864LL - 25165824000LL, 210, false, 25.0, 35 },
        { 60, 20, 25757220864LL - 20000000000LL, 1500, false, 180.5, 60 },
        { 99, 40, 25757220864LL - 1000000000LL, 2520, true, 440.25, 71 }, // 2520 >= 97 % of 2595
        { 99, 40, 25757220864LL - 1000000000LL, 2520, true, 440.25, 71 }, // the fake repeats its last
    };
    for (const Expected &e : rows) {
        const QList<GpuSample> samples = telemetry.sample();
        QCOMPARE(samples.size(), 2);
        const GpuSample &a = samples.at(0);
        QCOMPARE(a.id, QStringLiteral("0000:01:00.0"));
        QCOMPARE(a.name, QStringLiteral("NVIDIA GeForce RTX 4090"));
        QCOMPARE(a.utilPercent, std::optional<double>(e.util));
        QVERIFY(a.utilReliable);
        QCOMPARE(a.memBusyPercent, std::optional<double>(e.memBusy));
        QCOMPARE(a.vramUsedBytes, std::optional<qint64>(e.used));
        QCOMPARE(a.vramTotalBytes, std::optional<qint64>(25757220864LL));
        QVERIFY(!a.gttUsedBytes.has_value());
        QCOMPARE(a.sclkMhz, std::optional<int>(e.sclk));
        QCOMPARE(a.sclkMaxMhz, std::optional<int>(2595));
        QCOMPARE(a.sclkAtTop, e.atTop);
        QCOMPARE(a.powerW, std::optional<double>(e.power));
        QCOMPARE(a.tempC, std::optional<double>(e.temp));
        QCOMPARE(a.sourceOf.value(QStringLiteral("util_percent")), QStringLiteral("nvmlDeviceGetUtilizationRates"));
        QCOMPARE(a.sourceOf.value(QStringLiteral("vram_used_bytes")), QStringLiteral("nvmlDeviceGetMemoryInfo"));
        QCOMPARE(a.sourceOf.value(QStringLiteral("power_w")), QStringLiteral("nvmlDeviceGetPowerUsage"));
        QCOMPARE(a.sourceOf.value(QStringLiteral("sclk_mhz")),
            QStringLiteral("nvmlDeviceGetClockInfo(NVML_CLOCK_GRAPHICS)"));
        QCOMPARE(a.sourceOf.value(QStringLiteral("temp_c")),
            QStringLiteral("nvmlDeviceGetTemperature(NVML_TEMPERATURE_GPU)"));

        const GpuSample &b = samples.at(1);
        QCOMPARE(b.id, QStringLiteral("0000:0a:00.0"));
        QVERIFY(!b.utilPercent.has_value());
        QVERIFY(!b.memBusyPercent.has_value());
        QVERIFY(!b.powerW.has_value());
        QVERIFY(!b.sourceOf.contains(QStringLiteral("power_w")));
        QCOMPARE(b.sclkMhz, std::optional<int>(1777));
        QVERIFY(b.sclkAtTop);
        QCOMPARE(b.tempC, std::optional<double>(44));
        QCOMPARE(b.vramUsedBytes, std::optional<qint64>(12884901888LL - 11811160064LL));
    }
#endif
}

void TestNvmlTelemetry::notSupportedIsAskedOnce()
{
#ifdef OGS_FAKE_NVML
    using CallsFn = long (*)();
    const auto calls = hook<CallsFn>("fakeNvmlCalls");
    QVERIFY(calls);
    useFixture(kQuiet3060 + QLatin1Char('\n'));
    NvmlTelemetry telemetry { QStringLiteral(OGS_FAKE_NVML) };
    telemetry.sample();
    const QStringList warnings = telemetry.takeWarnings();
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0),
        QStringLiteral("NVIDIA GeForce RTX 3060 (0000:0a:00.0): nvmlDeviceGetUtilizationRates failed: Not Supported "
                       "(NVML error 3); util_percent is null (this GPU cannot report it)"));
    QVERIFY2(warnings.at(1).contains(QStringLiteral("nvmlDeviceGetPowerUsage failed: Not Supported")),
        qPrintable(warnings.at(1)));
    // First sample: utilisation, memory, max clock, clock, power, temperature.
    QCOMPARE(calls(), 6L);
    telemetry.sample();
    telemetry.sample();
    // Then memory, clock and temperature only: the max clock is kept, the unsupported not asked.
    QCOMPARE(calls(), 12L);
    QCOMPARE(telemetry.takeWarnings(), QStringList());
#endif
}

void TestNvmlTelemetry::failures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<QStringList>("warnings"); // "N:text": sample N (from 1) warns with text in it
    QTest::addColumn<QString>("nullAt"); // "field:1,3": that field is null at samples 1 and 3

    QTest::newRow("power lost, back, lost again: one warning per episode")
        << kBase + QStringLiteral(";power_error=0/999/999/0/4") << 5 << 1
        << QStringList { QStringLiteral("2:T (0000:3b:00.0): nvmlDeviceGetPowerUsage failed: Unknown Error "
                                        "(NVML error 999); power_w is null until it reads again"),
               QStringLiteral("5:nvmlDeviceGetPowerUsage failed: Insufficient Permissions") }
        << QStringLiteral("power_w:2,3,5");
    QTest::newRow("temperature denied once")
        << kBase + QStringLiteral(";temp_error=4/0") << 2 << 1
        << QStringList { QStringLiteral("1:nvmlDeviceGetTemperature(NVML_TEMPERATURE_GPU) failed: "
                                        "Insufficient Permissions (NVML error 4)") }
        << QStringLiteral("temp_c:1");
    QTest::newRow("utilisation out of range")
        << kBase + QStringLiteral(";util=10/150/150/20") << 4 << 1
        << QStringList { QStringLiteral("2:nvmlDeviceGetUtilizationRates gave 150 % busy, 2 % memory busy, outside "
                                        "0-100; util_percent is null") }
        << QStringLiteral("util_percent:2,3");
    QTest::newRow("memory fails") << kBase + QStringLiteral(";memory_error=0/999/0") << 3 << 1
                                  << QStringList { QStringLiteral(
                                         "2:nvmlDeviceGetMemoryInfo failed: Unknown Error (NVML error 999); "
                                         "vram_used_bytes is null") }
                                  << QStringLiteral("vram_used_bytes:2");
    QTest::newRow("max clock unknown: never at top")
        << kBase + QStringLiteral(";maxclock_error=3") << 2 << 1
        << QStringList { QStringLiteral("1:nvmlDeviceGetMaxClockInfo(NVML_CLOCK_GRAPHICS) failed: Not Supported") }
        << QStringLiteral("sclk_max_mhz:1,2");
    QTest::newRow("clock fails") << kBase + QStringLiteral(";clock_error=999/0") << 2 << 1
                                 << QStringList { QStringLiteral(
                                        "1:nvmlDeviceGetClockInfo(NVML_CLOCK_GRAPHICS) failed: Unknown Error") }
                                 << QStringLiteral("sclk_mhz:1");
    QTest::newRow("driver not loaded")
        << QStringLiteral("init_error 9\n") + kBase << 2 << 0
        << QStringList { QStringLiteral("1:nvmlInit_v2 failed: Driver Not Loaded (NVML error 9); no NVIDIA telemetry "
                                        "(the NVIDIA kernel module is not loaded)") }
        << QString();
    QTest::newRow("count fails") << QStringLiteral("count_error 15\n") + kBase << 1 << 0
                                 << QStringList { QStringLiteral("1:nvmlDeviceGetCount_v2 failed: GPU is lost") }
                                 << QString();
    QTest::newRow("handle denied on the first of two")
        << kBase + QStringLiteral(";handle_error=4\n") + kBase << 1 << 1
        << QStringList { QStringLiteral("1:NVIDIA GPU 0: nvmlDeviceGetHandleByIndex_v2 failed: Insufficient "
                                        "Permissions (NVML error 4); not sampled") }
        << QString();
    QTest::newRow("no pci info: index id")
        << kBase + QStringLiteral(";pci_error=999") << 1 << 1
        << QStringList { QStringLiteral("1:T: nvmlDeviceGetPciInfo_v3 failed: Unknown Error") } << QString();
    QTest::newRow("no name") << kBase + QStringLiteral(";name_error=999") << 1 << 1
                             << QStringList { QStringLiteral(
                                    "1:NVIDIA GPU 0: nvmlDeviceGetName failed: Unknown Error") }
                             << QString();
    QTest::newRow("no gpus") << QString() << 2 << 0 << QStringList() << QString();
}

void TestNvmlTelemetry::failures()
{
#ifdef OGS_FAKE_NVML
    QFETCH(QString, fixture);
    QFETCH(int, samples);
    QFETCH(int, gpus);
    QFETCH(QStringList, warnings);
    QFETCH(QString, nullAt);
    useFixture(fixture + QLatin1Char('\n'));
    NvmlTelemetry telemetry { QStringLiteral(OGS_FAKE_NVML) };
    QVERIFY(telemetry.loaded());
    QCOMPARE(telemetry.gpuCount(), gpus);

    const QString nullField = nullAt.section(QLatin1Char(':'), 0, 0);
    const QStringList nullSamples = nullAt.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList expected = warnings;
    for (int n = 1; n <= samples; ++n) {
        const QList<GpuSample> round = telemetry.sample();
        QCOMPARE(round.size(), gpus);
        const QStringList got = telemetry.takeWarnings();
        QStringList want;
        for (const QString &w : std::as_const(expected)) {
            if (w.section(QLatin1Char(':'), 0, 0).toInt() == n)
                want << w.section(QLatin1Char(':'), 1);
        }
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < want.size(); ++i)
            QVERIFY2(got.at(i).contains(want.at(i)), qPrintable(got.at(i)));
        if (nullField.isEmpty() || round.isEmpty())
            continue;
        const QJsonObject json = sampleToJson(round.at(0));
        const bool shouldBeNull = nullSamples.contains(QString::number(n));
        QVERIFY2(json.value(nullField).isNull() == shouldBeNull,
            qPrintable(
                QStringLiteral("sample %1: %2 = %3").arg(n).arg(nullField).arg(json.value(nullField).toDouble())));
        QCOMPARE(round.at(0).sourceOf.contains(nullField), !shouldBeNull && nullField != QLatin1String("sclk_max_mhz"));
        if (nullField == QLatin1String("sclk_max_mhz"))
            QVERIFY(!round.at(0).sclkAtTop);
    }
    if (QByteArray(QTest::currentDataTag()) == "no pci info: index id")
        QCOMPARE(telemetry.sample().at(0).id, QStringLiteral("nvml0"));
    if (QByteArray(QTest::currentDataTag()) == "no name")
        QCOMPARE(telemetry.sample().at(0).name, QStringLiteral("NVIDIA GPU 0"));
#endif
}

void TestNvmlTelemetry::lostGpuIsNotAskedAgain()
{
#ifdef OGS_FAKE_NVML
    using CallsFn = long (*)();
    const auto calls = hook<CallsFn>("fakeNvmlCalls");
    QVERIFY(calls);
    // The 4090 falls off the bus at its second memory read; the other GPU goes on.
    useFixture(kBusy4090 + QStringLiteral(";memory_error=0/15\n") + kBase + QLatin1Char('\n'));
    NvmlTelemetry telemetry { QStringLiteral(OGS_FAKE_NVML) };
    QCOMPARE(telemetry.sample().at(0).powerW, std::optional<double>(25.0));
    QCOMPARE(telemetry.takeWarnings(), QStringList());
    const long before = calls();
    QList<GpuSample> s = telemetry.sample();
    const QStringList warnings = telemetry.takeWarnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0),
        QStringLiteral("NVIDIA GeForce RTX 4090 (0000:01:00.0): nvmlDeviceGetMemoryInfo failed: GPU is lost (NVML "
                       "error 15); the GPU has fallen off the bus, so all its values are null until it is reset "
                       "(reload the NVIDIA driver or reboot)"));
    QCOMPARE(s.at(0).id, QStringLiteral("0000:01:00.0"));
    const long afterLoss = calls();
    for (int i = 0; i < 3; ++i) {
        s = telemetry.sample();
        QCOMPARE(s.size(), 2);
        QVERIFY(!s.at(0).utilPercent.has_value());
        QVERIFY(!s.at(0).vramUsedBytes.has_value());
        QVERIFY(!s.at(0).powerW.has_value());
        QVERIFY(!s.at(0).tempC.has_value());
        QVERIFY(s.at(0).sourceOf.isEmpty());
        QCOMPARE(s.at(1).utilPercent, std::optional<double>(10));
    }
    QCOMPARE(telemetry.takeWarnings(), QStringList());
    // The second sample asked the 4090 for utilisation and memory (then lost it) and the T4 for five
    // values (its max clock is kept); later samples ask only the T4.
    QCOMPARE(afterLoss - before, 2L + 5L);
    QCOMPARE(calls() - afterLoss, 3L * 5L);
#endif
}

void TestNvmlTelemetry::missingLibrary()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-libnvidia-ml.so.1"));
    NvmlTelemetry telemetry(path);
    QVERIFY(!telemetry.loaded());
    QVERIFY2(telemetry.unavailableReason().contains(path), qPrintable(telemetry.unavailableReason()));
    QCOMPARE(telemetry.takeWarnings(), QStringList()); // no NVIDIA driver is normal
    QVERIFY(telemetry.sample().isEmpty());
}

void TestNvmlTelemetry::driverTooOld()
{
#ifdef OGS_FAKE_NVML_OLD
    useFixture(kBase);
    NvmlTelemetry telemetry { QStringLiteral(OGS_FAKE_NVML_OLD) };
    QVERIFY(telemetry.loaded());
    QCOMPARE(telemetry.gpuCount(), 0);
    const QStringList warnings = telemetry.takeWarnings();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.at(0).contains(QStringLiteral("lacks nvmlInit_v2, nvmlDeviceGetCount_v2")),
        qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(0).contains(QStringLiteral("update the driver")), qPrintable(warnings.at(0)));
#endif
}

void TestNvmlTelemetry::shutdownOnDestruction()
{
#ifdef OGS_FAKE_NVML
    using OpenInitsFn = int (*)();
    const auto openInits = hook<OpenInitsFn>("fakeNvmlOpenInits");
    QVERIFY(openInits);
    useFixture(kBase);
    {
        NvmlTelemetry telemetry { QStringLiteral(OGS_FAKE_NVML) };
        QCOMPARE(openInits(), 1); // initialised once, not per sample
        telemetry.sample();
        telemetry.sample();
        QCOMPARE(openInits(), 1);
    }
    QCOMPARE(openInits(), 0);
#endif
}

QTEST_GUILESS_MAIN(TestNvmlTelemetry)
#include "tst_nvmltelemetry.moc"
