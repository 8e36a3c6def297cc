#include "telemetry/nvidiasmitelemetry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ogs;

namespace {

/// Hands NvidiaSmiTelemetry prepared batches of lines, one batch per readLines().
class ScriptedProcess final : public LineProcess {
public:
    QList<QByteArrayList> batches;
    QString startError;
    int endAfterBatches = -1; ///< exitReason() is non-empty once this many batches were read
    QString program;
    QStringList args;
    int starts = 0;

    bool start(const QString &p, const QStringList &a, int, QString *error) override
    {
        ++starts;
        program = p;
        args = a;
        if (!startError.isEmpty())
            *error = startError;
        return startError.isEmpty();
    }
    QByteArrayList readLines() override
    {
        ++m_read;
        return batches.isEmpty() ? QByteArrayList() : batches.takeFirst();
    }
    QString exitReason() override
    {
        return endAfterBatches >= 0 && m_read >= endAfterBatches
            ? QStringLiteral("exited with code 9: NVML: Driver/library version mismatch")
            : QString();
    }

private:
    int m_read = 0;
};

const QByteArray k4090 = "0, 00000000:01:00.0, NVIDIA GeForce RTX 4090, 97, 40, 20512, 24564, 2520, 2595, 431.27, 71";
const QByteArray k3060 = "1, 00000000:0A:00.0, NVIDIA GeForce RTX 3060, 3, 1, 500, 12288, 210, 1777, [N/A], 40";

} // namespace

class TestNvidiaSmiTelemetry final : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error"); // empty: parses
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("util"); // -1: null
        QTest::addColumn<qint64>("used"); // -1: null
        QTest::addColumn<int>("sclk"); // -1: null
        QTest::addColumn<bool>("atTop");
        QTest::addColumn<double>("power"); // -1: null
        QTest::addColumn<double>("temp"); // -1: null

        QTest::newRow("busy 4090") << k4090 << QString() << QStringLiteral("0000:01:00.0")
                                   << QStringLiteral("NVIDIA GeForce RTX 4090") << 97.0 << qint64(20512) * 1048576
                                   << 2520 << true << 431.27 << 71.0;
        QTest::newRow("no power sensor") << k3060 << QString() << QStringLiteral("0000:0a:00.0")
                                         << QStringLiteral("NVIDIA GeForce RTX 3060") << 3.0 << qint64(500) * 1048576
                                         << 210 << false << -1.0 << 40.0;
        QTest::newRow("not supported values")
            << QByteArray(
                   "0, 00000000:3B:00.0, Tesla T4, [Not Supported], [Not Supported], 0, 15360, [N/A], [N/A], 27.5, 30")
            << QString() << QStringLiteral("0000:3b:00.0") << QStringLiteral("Tesla T4") << -1.0 << qint64(0) << -1
            << false << 27.5 << 30.0;
        QTest::newRow("comma in the name")
            << QByteArray("2, 00000000:02:00.0, NVIDIA A100, PCIe, 50, 5, 1, 2, 1410, 1410, 100, 50") << QString()
            << QStringLiteral("0000:02:00.0") << QStringLiteral("NVIDIA A100, PCIe") << 50.0 << qint64(1) * 1048576
            << 1410 << true << 100.0 << 50.0;
        QTest::newRow("bad bus id: index id")
            << QByteArray("3, bogus, X, 1, 1, 1, 1, 1, 1, 1, 1") << QString() << QStringLiteral("nvml3")
            << QStringLiteral("X") << 1.0 << qint64(1048576) << 1 << true << 1.0 << 1.0;
        QTest::newRow("too few fields") << QByteArray("0, 00000000:01:00.0, RTX, 97")
                                        << QStringLiteral("4 fields, expected 11") << QString() << QString() << 0.0
                                        << qint64(0) << 0 << false << 0.0 << 0.0;
        QTest::newRow("garbage value") << QByteArray("0, 00000000:01:00.0, RTX, lots, 1, 1, 1, 1, 1, 1, 1")
                                       << QStringLiteral("utilization.gpu \"lots\" is not a number") << QString()
                                       << QString() << 0.0 << qint64(0) << 0 << false << 0.0 << 0.0;
        QTest::newRow("negative temperature") << QByteArray("0, 00000000:01:00.0, RTX, 1, 1, 1, 1, 1, 1, 1, -5")
                                              << QStringLiteral("temperature.gpu \"-5\" is not a number") << QString()
                                              << QString() << 0.0 << qint64(0) << 0 << false << 0.0 << 0.0;
        QTest::newRow("bad index") << QByteArray("x, 00000000:01:00.0, RTX, 1, 1, 1, 1, 1, 1, 1, 1")
                                   << QStringLiteral("index \"x\" is not a number") << QString() << QString() << 0.0
                                   << qint64(0) << 0 << false << 0.0 << 0.0;
        // Found by tests/fuzz/fuzz_nvidiasmi: out-of-range numbers were cast to int/qint64 (undefined
        // behaviour); they are now dropped like [N/A].
        QTest::newRow("clock too large for int")
            << QByteArray("0, 00000000:01:00.0, RTX, 97, 40, 20512, 24564, 25900000000000000000000000000000000000000005, "
                          "2595, 431.27, 71")
            << QString() << QStringLiteral("0000:01:00.0") << QStringLiteral("RTX") << 97.0 << qint64(20512) * 1048576
            << -1 << false << 431.27 << 71.0;
        QTest::newRow("memory too large for qint64")
            << QByteArray("0, 00000000:01:00.0, RTX, 97, 40, 1e300, 24564, 2520, 2595, 431.27, 71") << QString()
            << QStringLiteral("0000:01:00.0") << QStringLiteral("RTX") << 97.0 << qint64(-1) << 2520 << true << 431.27
            << 71.0;
        QTest::newRow("an error message") << QByteArray("Failed to initialize NVML: Driver/library version mismatch")
                                          << QStringLiteral("1 fields, expected 11") << QString() << QString() << 0.0
                                          << qint64(0) << 0 << false << 0.0 << 0.0;
    }
    void parse()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(double, util);
        QFETCH(qint64, used);
        QFETCH(int, sclk);
        QFETCH(bool, atTop);
        QFETCH(double, power);
        QFETCH(double, temp);
        QString got;
        const std::optional<GpuSample> s = parseNvidiaSmiLine(line, &got);
        QCOMPARE(s.has_value(), error.isEmpty());
        if (!s) {
            QCOMPARE(got, error);
            return;
        }
        QCOMPARE(s->id, id);
        QCOMPARE(s->name, name);
        QCOMPARE(s->utilPercent.value_or(-1), util);
        QCOMPARE(s->vramUsedBytes.value_or(-1), used);
        QCOMPARE(s->sclkMhz.value_or(-1), sclk);
        QCOMPARE(s->sclkAtTop, atTop);
        QCOMPARE(s->powerW.value_or(-1), power);
        QCOMPARE(s->tempC.value_or(-1), temp);
        QCOMPARE(s->sourceOf.value(QStringLiteral("power_w")), power < 0 ? QString() : QStringLiteral("nvidia-smi"));
    }

    void startedOnceKeepsNewestLine()
    {
        auto process = std::make_unique<ScriptedProcess>();
        ScriptedProcess *p = process.get();
        const QByteArray newer4090
            = "0, 00000000:01:00.0, NVIDIA GeForce RTX 4090, 12, 4, 20512, 24564, 600, 2595, 80.5, 60";
        p->batches = { { k4090, k3060 }, {}, { newer4090, "", "garbage line" }, { "more garbage" } };
        NvidiaSmiTelemetry smi(QStringLiteral("/opt/nvidia-smi"), 250, std::move(process));
        QCOMPARE(p->starts, 0); // nothing runs before sampling starts

        QList<GpuSample> s = smi.sample();
        QCOMPARE(p->starts, 1);
        QCOMPARE(p->program, QStringLiteral("/opt/nvidia-smi"));
        QCOMPARE(p->args, NvidiaSmiTelemetry::arguments(250));
        QVERIFY(p->args.contains(QStringLiteral("-lms")));
        QCOMPARE(p->args.at(p->args.indexOf(QStringLiteral("-lms")) + 1), QStringLiteral("250"));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).utilPercent, std::optional<double>(97));

        s = smi.sample(); // no new line: the newest values stay
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).utilPercent, std::optional<double>(97));

        s = smi.sample();
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).utilPercent, std::optional<double>(12));
        QCOMPARE(s.at(0).powerW, std::optional<double>(80.5));
        QCOMPARE(s.at(1).id, QStringLiteral("0000:0a:00.0"));
        const QStringList w = smi.takeWarnings();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.at(0),
            QStringLiteral("/opt/nvidia-smi printed \"garbage line\": 1 fields, expected 11; such lines are skipped"));

        smi.sample();
        QCOMPARE(smi.takeWarnings(), QStringList()); // one such warning, not one per line
        QCOMPARE(p->starts, 1);
    }

    void endedProcessIsNotRestarted()
    {
        auto process = std::make_unique<ScriptedProcess>();
        ScriptedProcess *p = process.get();
        p->batches = { { k4090 } };
        p->endAfterBatches = 2;
        NvidiaSmiTelemetry smi(QStringLiteral("nvidia-smi"), 1000, std::move(process));
        QCOMPARE(smi.sample().size(), 1);
        QVERIFY(smi.sample().isEmpty()); // ended: stale values are not shown
        QCOMPARE(smi.takeWarnings(),
            QStringList {
                QStringLiteral("nvidia-smi exited with code 9: NVML: Driver/library version mismatch; it is not "
                               "restarted, NVIDIA values are no longer read") });
        QVERIFY(smi.sample().isEmpty());
        QCOMPARE(smi.takeWarnings(), QStringList());
        QCOMPARE(p->starts, 1);
    }

    void startFailure()
    {
        auto process = std::make_unique<ScriptedProcess>();
        ScriptedProcess *p = process.get();
        p->startError = QStringLiteral("cannot start nvidia-smi: Permission denied");
        NvidiaSmiTelemetry smi(QStringLiteral("nvidia-smi"), 1000, std::move(process));
        QVERIFY(smi.sample().isEmpty());
        QVERIFY(smi.sample().isEmpty());
        QCOMPARE(smi.takeWarnings(),
            QStringList { QStringLiteral("cannot start nvidia-smi: Permission denied; no NVIDIA telemetry") });
        QCOMPARE(p->starts, 1);
    }

    void realProcess()
    {
#ifdef Q_OS_UNIX
        // A stand-in nvidia-smi: records its arguments, prints one batch, keeps running like -lms.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(QStringLiteral("nvidia-smi"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/args\"\necho '" + k4090 + "'\necho '" + k3060
            + "'\nexec sleep 60\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        {
            NvidiaSmiTelemetry smi(script, 1000, std::make_unique<QProcessLineProcess>());
            QList<GpuSample> s;
            for (int i = 0; i < 250 && s.size() < 2; ++i) { // patience for a slow machine, not a timing check
                s = smi.sample();
                if (s.size() < 2)
                    QTest::qWait(20);
            }
            QCOMPARE(s.size(), 2);
            QCOMPARE(s.at(1).name, QStringLiteral("NVIDIA GeForce RTX 3060"));
            QCOMPARE(smi.takeWarnings(), QStringList());
        } // the destructor ends it
        QFile args(dir.filePath(QStringLiteral("args")));
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(
            QString::fromUtf8(args.readAll().trimmed()), NvidiaSmiTelemetry::arguments(1000).join(QLatin1Char(' ')));
#else
        QSKIP("uses a shell script as nvidia-smi");
#endif
    }
};

QTEST_GUILESS_MAIN(TestNvidiaSmiTelemetry)
#include "tst_nvidiasmitelemetry.moc"
