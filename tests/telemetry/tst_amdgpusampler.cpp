#include "detect/amdpcitable.h"
#include "telemetry/amdgpusampler.h"
#include "telemetry/sysfstelemetry.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

/// A writable copy of a fixture tree: tests change values between samples, in place (same
/// inode), as the kernel does.
QString copyTree(const QTemporaryDir &dir, const char *name)
{
    const QString from = QStringLiteral(OGS_TEST_DATA "/sysfs/") + QLatin1String(name) + QStringLiteral("/.");
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), from, dir.path()}) != 0)
        qFatal("cannot copy fixture");
    QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), dir.path()});
    return dir.path();
}

void writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

} // namespace

class TestAmdGpuSampler final : public QObject {
    Q_OBJECT
private slots:
    void realTree_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<QString>("card");
        QTest::addColumn<double>("util");
        QTest::addColumn<qint64>("vramUsed");
        QTest::addColumn<qint64>("vramTotal");
        QTest::addColumn<qint64>("gttUsed");
        QTest::addColumn<int>("sclk");
        QTest::addColumn<double>("power");
        QTest::addColumn<double>("temp");
        QTest::addColumn<QString>("powerSource");
        // Values as the LACT snapshots' expect.json state them.
        QTest::newRow("rx6900xt") << "rx6900xt" << "card0" << 3.0 << qint64(668274688) << qint64(17163091968)
                                  << qint64(62369792) << 500 << 36.0 << 56.0 << "hwmon5/power1_average";
        QTest::newRow("strixpoint") << "strixpoint" << "card1" << 3.0 << qint64(514580480) << qint64(536870912)
                                    << qint64(3946811392) << 848 << 9.087 << 38.0 << "hwmon6/power1_average";
    }
    void realTree()
    {
        QFETCH(QString, tree);
        QFETCH(QString, card);
        QFETCH(double, util);
        QFETCH(qint64, vramUsed);
        QFETCH(qint64, vramTotal);
        QFETCH(qint64, gttUsed);
        QFETCH(int, sclk);
        QFETCH(double, power);
        QFETCH(double, temp);
        QFETCH(QString, powerSource);
        AmdGpuSampler sampler(QStringLiteral(OGS_TEST_DATA "/sysfs/") + tree + QStringLiteral("/class/drm/") + card + QStringLiteral("/device"),
                              QStringLiteral("id"), QStringLiteral("name"), true);
        QStringList warnings;
        const GpuSample s = sampler.sample(warnings);
        QCOMPARE(s.utilPercent.value_or(-1), util);
        QCOMPARE(s.vramUsedBytes.value_or(-1), vramUsed);
        QCOMPARE(s.vramTotalBytes.value_or(-1), vramTotal);
        QCOMPARE(s.gttUsedBytes.value_or(-1), gttUsed);
        QCOMPARE(s.sclkMhz.value_or(-1), sclk);
        QVERIFY(!s.sclkAtTop);
        QCOMPARE(s.powerW.value_or(-1), power);
        QCOMPARE(s.tempC.value_or(-1), temp);
        QCOMPARE(s.sourceOf.value(QStringLiteral("power_w")), powerSource);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void valuesChangeBetweenSamples()
    {
        QTemporaryDir dir;
        const QString dev = copyTree(dir, "rx6900xt") + QStringLiteral("/class/drm/card0/device");
        const QString hwmon = dev + QStringLiteral("/hwmon/hwmon5");
        AmdGpuSampler sampler(dev, QStringLiteral("0000:0c:00.0"), QStringLiteral("RX 6900 XT"), true);
        QStringList warnings;
        QCOMPARE(sampler.sample(warnings).utilPercent.value_or(-1), 3.0);
        writeInPlace(dev + QStringLiteral("/gpu_busy_percent"), "100\n");
        writeInPlace(dev + QStringLiteral("/pp_dpm_sclk"), "0: 500Mhz \n1: 2660Mhz *\n");
        writeInPlace(hwmon + QStringLiteral("/power1_average"), "66000000\n");
        writeInPlace(hwmon + QStringLiteral("/temp1_input"), "71500\n");
        const GpuSample s = sampler.sample(warnings);
        QCOMPARE(s.utilPercent.value_or(-1), 100.0);
        QCOMPARE(s.sclkMhz.value_or(-1), 2660);
        QVERIFY(s.sclkAtTop);
        QCOMPARE(s.powerW.value_or(-1), 66.0);
        QCOMPARE(s.tempC.value_or(-1), 71.5);
        QVERIFY(warnings.isEmpty());
    }

    void garbageIsNullAndWarnedOncePerEpisode()
    {
        QTemporaryDir dir;
        const QString dev = copyTree(dir, "rx6900xt") + QStringLiteral("/class/drm/card0/device");
        AmdGpuSampler sampler(dev, QStringLiteral("id"), QStringLiteral("name"), true);
        QStringList warnings;
        writeInPlace(dev + QStringLiteral("/gpu_busy_percent"), "busy!\n");
        writeInPlace(dev + QStringLiteral("/pp_dpm_sclk"), "no levels here\n");
        GpuSample s = sampler.sample(warnings);
        QVERIFY(!s.utilPercent);
        QCOMPARE(s.sclkMhz.value_or(-1), 500); // hwmon freq1_input (500000000 Hz) stands in
        QCOMPARE(s.sourceOf.value(QStringLiteral("sclk_mhz")), QStringLiteral("hwmon5/freq1_input"));
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.at(0).contains(QLatin1String("gpu_busy_percent: not a number: \"busy!\"")));
        QVERIFY(warnings.at(1).contains(QLatin1String("pp_dpm_sclk: no clock levels")));
        sampler.sample(warnings);
        QCOMPARE(warnings.size(), 2); // not again while it stays broken
        writeInPlace(dev + QStringLiteral("/gpu_busy_percent"), "42\n");
        QCOMPARE(sampler.sample(warnings).utilPercent.value_or(-1), 42.0);
        writeInPlace(dev + QStringLiteral("/gpu_busy_percent"), "\n");
        QVERIFY(!sampler.sample(warnings).utilPercent);
        QCOMPARE(warnings.size(), 3); // a new episode is reported
        QVERIFY(warnings.last().endsWith(QLatin1String("gpu_busy_percent: empty")));
        writeInPlace(dev + QStringLiteral("/gpu_busy_percent"), "250\n");
        QVERIFY(!sampler.sample(warnings).utilPercent); // out of range is not a percentage
    }

    void missingFiles()
    {
        QTemporaryDir dir;
        const QString dev = copyTree(dir, "strixpoint") + QStringLiteral("/class/drm/card1/device");
        QVERIFY(QFile::remove(dev + QStringLiteral("/mem_info_vram_used")));
        QVERIFY(QDir(dev + QStringLiteral("/hwmon")).removeRecursively());
        AmdGpuSampler sampler(dev, QStringLiteral("id"), QStringLiteral("name"), true);
        QStringList warnings;
        const GpuSample s = sampler.sample(warnings);
        QVERIFY(!s.vramUsedBytes);
        QVERIFY(!s.powerW);
        QVERIFY(!s.tempC);
        QVERIFY(!s.memBusyPercent); // this APU has no mem_busy_percent: optional, silent
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().endsWith(QLatin1String("mem_info_vram_used: missing")));
    }

    void discoversCardsAndMarksRavenUnreliable()
    {
        QTemporaryDir dir;
        const QString root = copyTree(dir, "nvidia-with-amd-igpu");
        SysfsTelemetry telemetry(root, AmdPciTable::builtin());
        QCOMPARE(telemetry.gpuCount(), 1); // the NVIDIA card is not an amdgpu card
        QList<GpuSample> samples = telemetry.sample();
        QCOMPARE(samples.first().id, QStringLiteral("0000:0e:00.0"));
        QCOMPARE(samples.first().name, QStringLiteral("AMD Radeon 610M"));
        QVERIFY(samples.first().utilReliable);

        // Turn the iGPU into a Raven APU (0x15dd): gpu_busy_percent always reads 100 there.
        const QString uevent = root + QStringLiteral("/class/drm/card1/device/uevent");
        writeInPlace(uevent, "DRIVER=amdgpu\nPCI_ID=1002:15DD\nPCI_SLOT_NAME=0000:0e:00.0\n");
        SysfsTelemetry raven(root, AmdPciTable::builtin());
        QVERIFY(!raven.sample().first().utilReliable);
        QVERIFY(busyPercentUnreliable(0x15d8, AmdPciTable::builtin()));
        QVERIFY(!busyPercentUnreliable(0x73bf, AmdPciTable::builtin()));
    }
};

QTEST_GUILESS_MAIN(TestAmdGpuSampler)
#include "tst_amdgpusampler.moc"
