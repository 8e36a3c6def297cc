#include "diagnose/logfmt.h"
#include "diagnose/ollamalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace ogs;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// Leading version number with a missing patch level read as 0: "0.30" == "0.30.0 (fork build)".
QString versionKey(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const auto m = re.match(v);
    if (!m.hasMatch())
        return v;
    return QStringLiteral("%1.%2.%3")
        .arg(m.captured(1), m.captured(2), m.captured(3).isEmpty() ? QStringLiteral("0") : m.captured(3));
}

/// Compares an expected fact with the parser's value. Objects: every expected key must match (the parser may
/// report more). Arrays: same length, element by element. "message" and "warnings" entries: the expected text
/// is a prefix of the parsed one (the expect files shorten long Go error chains). Returns "" when equal.
QString compareValue(
    const QString &path, const QJsonValue &expected, const QJsonValue &actual, bool prefixStrings = false)
{
    if (expected.isObject()) {
        if (!actual.isObject())
            return path + QStringLiteral(": expected an object");
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                return path + QLatin1Char('.') + it.key() + QStringLiteral(": missing, expected ")
                    + QString::fromUtf8(QJsonDocument(QJsonArray { it.value() }).toJson(QJsonDocument::Compact));
            const QString err = compareValue(path + QLatin1Char('.') + it.key(), it.value(), a.value(it.key()),
                it.key() == QLatin1String("message"));
            if (!err.isEmpty())
                return err;
        }
        return {};
    }
    if (expected.isArray()) {
        if (!actual.isArray())
            return path + QStringLiteral(": expected an array");
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            return path + QStringLiteral(": %1 entries, expected %2").arg(a.size()).arg(e.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString err = compareValue(path + QStringLiteral("[%1]").arg(i), e.at(i), a.at(i), prefixStrings);
            if (!err.isEmpty())
                return err;
        }
        return {};
    }
    if (prefixStrings && expected.isString() && actual.isString() && actual.toString().startsWith(expected.toString()))
        return {};
    if (expected != actual)
        return path + QStringLiteral(": got ")
            + QString::fromUtf8(QJsonDocument(QJsonArray { actual }).toJson(QJsonDocument::Compact))
            + QStringLiteral(" expected ")
            + QString::fromUtf8(QJsonDocument(QJsonArray { expected }).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

/// The real server logs in tests/data/ollama-logs against their expect.json facts, and hand-written cases.
class TestOllamaLog final : public QObject {
    Q_OBJECT
private slots:
    void realLogs_data()
    {
        QTest::addColumn<QString>("logPath");
        QTest::addColumn<QString>("expectPath");
        const QDir dir(QStringLiteral(OGS_TEST_DATA "/ollama-logs"));
        const QStringList logs = dir.entryList({ QStringLiteral("*.log") }, QDir::Files, QDir::Name);
        QVERIFY(logs.size() >= 8);
        for (const QString &log : logs) {
            const QString base = log.chopped(4);
            QTest::newRow(qPrintable(base)) << dir.filePath(log) << dir.filePath(base + QStringLiteral(".expect.json"));
        }
    }
    void realLogs()
    {
        QFETCH(QString, logPath);
        QFETCH(QString, expectPath);
        const QJsonObject expected = QJsonDocument::fromJson(readText(expectPath).toUtf8()).object();
        QVERIFY(!expected.isEmpty());
        const ParsedLog log = parseOllamaLog(readText(logPath));
        const QJsonObject facts = log.toFactsJson();
        // Context fields: provenance and prose, not parser output.
        static const QStringList notFacts { QStringLiteral("source"), QStringLiteral("notes"),
            QStringLiteral("log_format"), QStringLiteral("hardware_stated") };
        int compared = 0;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (notFacts.contains(it.key()))
                continue;
            ++compared;
            if (it.key() == QLatin1String("ollama_version")) {
                QCOMPARE(versionKey(facts.value(it.key()).toString()), versionKey(it.value().toString()));
                continue;
            }
            QVERIFY2(facts.contains(it.key()),
                qPrintable(QStringLiteral("missing fact '%1'; parsed: %2")
                               .arg(it.key(), QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact)))));
            const QString err
                = compareValue(it.key(), it.value(), facts.value(it.key()), it.key() == QLatin1String("warnings"));
            QVERIFY2(err.isEmpty(), qPrintable(err));
        }
        QVERIFY(compared >= 3);
        // Facts the file does not state must not be invented either (gpu_used/gpu_discovered only when shown).
        for (const QString &key : { QStringLiteral("gpu_used"), QStringLiteral("hsa_override_gfx_version"),
                 QStringLiteral("offloaded_layers") }) {
            if (!expected.contains(key))
                QVERIFY2(!facts.contains(key), qPrintable(QStringLiteral("invented fact '%1'").arg(key)));
        }
    }

    void newFormatRocmIgpu()
    {
        const QString text = QStringLiteral(
            "time=2026-08-01T10:00:00.000Z level=INFO source=routes.go:1725 msg=\"Listening on 127.0.0.1:11434 "
            "(version 0.33.0)\"\n"
            "time=2026-08-01T10:00:01.000Z level=INFO source=types.go:60 msg=\"inference compute\" id=0 filter_id=0 "
            "library=ROCm "
            "compute=gfx1151 name=ROCm0 description=\"AMD Radeon Graphics\" libdirs=ollama,rocm driver=60342.13 "
            "pci_id=0000:c5:00.0 type=iGPU total=\"103.0 GiB\" available=\"102.2 GiB\"\n"
            "time=2026-08-01T10:00:01.000Z level=INFO source=types.go:60 msg=\"inference compute\" id=1 filter_id=1 "
            "library=Vulkan "
            "compute=0.0 name=Vulkan1 description=\"AMD Radeon RX 9070 XT (RADV GFX1201)\" libdirs=ollama,vulkan "
            "driver=0.0 "
            "pci_id=0000:03:00.0 type=discrete total=\"16.0 GiB\" available=\"15.5 GiB\"\n"
            "time=2026-08-01T10:00:05.000Z level=INFO source=ggml.go:502 msg=\"offloaded 20/49 layers to GPU\"\n");
        const ParsedLog log = parseOllamaLog(text);
        QCOMPARE(log.ollamaVersion, QStringLiteral("0.33.0"));
        QCOMPARE(log.gpus.size(), 2);
        QCOMPARE(log.gpus.at(0).compute, QStringLiteral("gfx1151"));
        QCOMPARE(log.gpus.at(0).type, QStringLiteral("iGPU"));
        QCOMPARE(log.gpus.at(0).totalBytes, std::optional<qint64>(qint64(103) * 1024 * 1024 * 1024));
        QCOMPARE(log.gpus.at(0).availableBytes,
            std::optional<qint64>(static_cast<qint64>(102.2 * 1024 * 1024 * 1024 + 0.5)));
        QCOMPARE(log.gpus.at(1).description, QStringLiteral("AMD Radeon RX 9070 XT (RADV GFX1201)"));
        QCOMPARE(log.gpus.at(1).backend(), QStringLiteral("vulkan"));
        QCOMPARE(log.gpus.at(0).gfxTarget(), QStringLiteral("gfx1151"));
        QCOMPARE(log.gpus.at(1).gfxTarget(), QStringLiteral("gfx1201"));
        QCOMPARE(log.backends(), (QStringList { QStringLiteral("ROCm"), QStringLiteral("Vulkan") }));
        QCOMPARE(log.offloadedLayers, (std::optional<std::pair<int, int>>(std::make_pair(20, 49))));
        QCOMPARE(log.gpuUsed(), std::optional<bool>(true));
    }

    void lastRun_data()
    {
        const QString run1 = QStringLiteral(
            "Jan 10 09:00:00 pc ollama[100]: time=2026-01-10T09:00:00Z level=INFO source=routes.go:1238 msg=\"server "
            "config\" "
            "env=\"map[HSA_OVERRIDE_GFX_VERSION:10.1.0 OLLAMA_VULKAN:false]\"\n"
            "Jan 10 09:00:01 pc ollama[100]: time=2026-01-10T09:00:01Z level=WARN source=amd_linux.go:378 msg=\"amdgpu "
            "is not "
            "supported (supported types:[gfx1030 gfx1100])\" gpu_type=gfx1010 gpu=0 library=/usr/lib/ollama\n"
            "Jan 10 09:00:01 pc ollama[100]: time=2026-01-10T09:00:01Z level=INFO source=types.go:130 msg=\"inference "
            "compute\" "
            "id=0 library=cpu variant=avx2 compute=\"\" driver=0.0 name=\"\" total=\"31.2 GiB\" available=\"28.0 "
            "GiB\"\n");
        const QString run2 = QStringLiteral("Jan 11 09:00:00 pc ollama[200]: time=2026-01-11T09:00:00Z level=INFO "
                                            "source=routes.go:1951 msg=\"server config\" "
                                            "env=\"map[HSA_OVERRIDE_GFX_VERSION: OLLAMA_VULKAN:1]\"\n"
                                            "Jan 11 09:00:00 pc ollama[200]: time=2026-01-11T09:00:00Z level=INFO "
                                            "source=routes.go:1960 msg=\"Listening on "
                                            "127.0.0.1:11434 (version 0.30.1)\"\n"
                                            "Jan 11 09:00:02 pc ollama[200]: time=2026-01-11T09:00:02Z level=INFO "
                                            "source=types.go:60 msg=\"inference compute\" "
                                            "id=0 filter_id=0 library=Vulkan compute=0.0 name=Vulkan0 "
                                            "description=\"AMD Radeon RX 5700 XT (RADV NAVI10)\" "
                                            "libdirs=ollama,vulkan driver=0.0 pci_id=0000:0c:00.0 type=discrete "
                                            "total=\"8.0 GiB\" available=\"7.8 GiB\"\n");
        const QString run3Starting = QStringLiteral("Jan 12 09:00:00 pc ollama[300]: time=2026-01-12T09:00:00Z "
                                                    "level=INFO source=routes.go:1951 msg=\"server config\" "
                                                    "env=\"map[OLLAMA_VULKAN:1]\"\n");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("runs");
        QTest::addColumn<int>("used");
        QTest::addColumn<QString>("library");
        QTest::addColumn<int>("unsupported");
        QTest::newRow("one run") << run1 << 1 << 0 << QStringLiteral("cpu") << 1;
        QTest::newRow("fixed in the second run") << run1 + run2 << 2 << 1 << QStringLiteral("Vulkan") << 0;
        QTest::newRow("newest run still starting")
            << run1 + run2 + run3Starting << 3 << 1 << QStringLiteral("Vulkan") << 0;
        QTest::newRow("only a start without discovery") << run3Starting << 1 << 0 << QString() << 0;
    }
    void lastRun()
    {
        QFETCH(QString, text);
        QFETCH(int, runs);
        QFETCH(int, used);
        QFETCH(QString, library);
        QFETCH(int, unsupported);
        const ParsedLog log = parseOllamaLog(text, LogScope::LastRun);
        QCOMPARE(log.runCount, runs);
        QCOMPARE(log.runIndex, used);
        QString lib
            = log.gpus.isEmpty() ? (log.cpuDevice ? log.cpuDevice->library : QString()) : log.gpus.first().library;
        QCOMPARE(lib, library);
        QCOMPARE(log.unsupportedGpus.size(), unsupported);
        // The platform comes from the whole text (run 2 alone has no platform marker; the journald prefix
        // "pc ollama[300]:" of every row says Linux).
        QCOMPARE(log.os, QStringLiteral("linux"));
        // The whole text keeps every run's facts.
        const ParsedLog whole = parseOllamaLog(text);
        QCOMPARE(whole.unsupportedGpus.size(), text.contains(QLatin1String("not supported")) ? 1 : 0);
    }

    void serverConfigBothFormats_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("slog") << QStringLiteral("time=2025-02-02T19:28:37.600+08:00 level=INFO source=routes.go:1238 "
                                                "msg=\"server config\" env=\"map[CUDA_VISIBLE_DEVICES: "
                                                "HSA_OVERRIDE_GFX_VERSION:10.3.0 OLLAMA_HOST:http://0.0.0.0:11434 "
                                                "OLLAMA_ORIGINS:[http://localhost https://localhost "
                                                "app://*] OLLAMA_VULKAN:1 ROCR_VISIBLE_DEVICES:]\"");
        QTest::newRow("old log package") << QStringLiteral(
            "2025/01/31 19:56:25 routes.go:1187: INFO server config env=\"map[CUDA_VISIBLE_DEVICES: "
            "HSA_OVERRIDE_GFX_VERSION:10.3.0 "
            "OLLAMA_HOST:http://0.0.0.0:11434 OLLAMA_ORIGINS:[http://localhost https://localhost app://*] "
            "OLLAMA_VULKAN:1 ROCR_VISIBLE_DEVICES:]\"");
        QTest::newRow("journald prefix") << QStringLiteral(
            "Feb 02 19:28:37 host ollama[20609]: time=2025-02-02T19:28:37.600+08:00 level=INFO source=routes.go:1238 "
            "msg=\"server config\" "
            "env=\"map[CUDA_VISIBLE_DEVICES: HSA_OVERRIDE_GFX_VERSION:10.3.0 OLLAMA_HOST:http://0.0.0.0:11434 "
            "OLLAMA_ORIGINS:[http://localhost "
            "https://localhost app://*] OLLAMA_VULKAN:1 ROCR_VISIBLE_DEVICES:]\"");
    }
    void serverConfigBothFormats()
    {
        QFETCH(QString, line);
        const ParsedLog log = parseOllamaLog(line);
        QVERIFY(log.hasServerConfig);
        QCOMPARE(log.serverConfig.value(QStringLiteral("HSA_OVERRIDE_GFX_VERSION")), QStringLiteral("10.3.0"));
        QCOMPARE(log.serverConfig.value(QStringLiteral("OLLAMA_HOST")), QStringLiteral("http://0.0.0.0:11434"));
        QCOMPARE(log.serverConfig.value(QStringLiteral("OLLAMA_ORIGINS")),
            QStringLiteral("[http://localhost https://localhost app://*]"));
        QCOMPARE(log.serverConfig.value(QStringLiteral("OLLAMA_VULKAN")), QStringLiteral("1"));
        QVERIFY(log.serverConfig.contains(QStringLiteral("ROCR_VISIBLE_DEVICES")));
        QCOMPARE(log.serverConfig.value(QStringLiteral("ROCR_VISIBLE_DEVICES")), QString());
        QCOMPARE(log.serverConfig.size(), 6);
        QCOMPARE(log.hsaOverride, QStringLiteral("10.3.0"));
    }

    void newDropWordingAndKfd()
    {
        const QString text
            = QStringLiteral("time=2026-07-10T08:00:00Z level=WARN source=runner.go:210 msg=\"dropping ROCm device — "
                             "no rocblas support for gfx target\" "
                             "id=0 gfx=gfx1010 libdir=/usr/lib/ollama/rocm_v7_2 hint=\"set HSA_OVERRIDE_GFX_VERSION to "
                             "a supported target\"\n"
                             "time=2024-05-01T08:00:00Z level=WARN source=amd_linux.go:342 msg=\"amdgpu detected, but "
                             "no compatible rocm library found. "
                             "Either install rocm v6, or follow manual install instructions\"\n"
                             "Error: permissions not set up properly.  Either run ollama as root, or add you user "
                             "account to the render group.\n"
                             "time=2025-12-01T08:00:00Z level=INFO source=runner.go:80 msg=\"experimental Vulkan "
                             "support disabled.  To enable, set OLLAMA_VULKAN=1\"\n");
        const ParsedLog log = parseOllamaLog(text);
        QCOMPARE(log.unsupportedGpus.size(), 1);
        QCOMPARE(log.unsupportedGpus.at(0).gpuType, QStringLiteral("gfx1010"));
        QCOMPARE(log.unsupportedGpus.at(0).gpu, QStringLiteral("0"));
        QCOMPARE(log.unsupportedGpus.at(0).libraryDir, QStringLiteral("/usr/lib/ollama/rocm_v7_2"));
        QVERIFY(!log.kfdPermissionEvidence.isEmpty());
        QVERIFY(!log.vulkanDisabledEvidence.isEmpty());
        QCOMPARE(log.hsaOverride, QString()); // a hint naming the variable is not a value
    }

    void proseIsNotALogLine()
    {
        const ParsedLog log = parseOllamaLog(
            QStringLiteral("1.modify the Environment=\"HSA_OVERRIDE_GFX_VERSION=10.3.0\", and restart ollama service\n"
                           "I see msg=\"inference compute\" nowhere, it says offloaded nothing\n"));
        QCOMPARE(log.hsaOverride, QString());
        QVERIFY(log.gpus.isEmpty());
        QVERIFY(!log.cpuDevice.has_value());
        QVERIFY(!log.gpuUsed().has_value());
    }

    // Found by tests/fuzz/fuzz_sizes and fuzz_ollamalog: a size or byte count too large for qint64
    // was cast from double (undefined behaviour); it is now no size at all.
    void outOfRangeSizes()
    {
        QCOMPARE(parseSize(QStringLiteral("1.5 GiB")), std::optional<qint64>(1610612736));
        QCOMPARE(parseSize(QStringLiteral("333333333333333333333333333333333333333332MB")), std::nullopt);
        QCOMPARE(parseSize(QStringLiteral("9999999999 TiB")), std::nullopt);
        const ParsedLog log = parseOllamaLog(QStringLiteral("Integrated GPU (AMD Radeon(TM) Graphics) with LUID 0x1 detected "
                                                            "Shared Total: 1") + QString(400, QLatin1Char('0'))
                                             + QStringLiteral(" bytes Dedicated Total: 536870912 bytes\n"));
        QVERIFY(log.integrated);
        QVERIFY(!log.sharedTotalBytes.has_value());
        QCOMPARE(log.dedicatedTotalBytes, std::optional<qint64>(536870912));
    }

    void logfmtQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("quoted key") << QStringLiteral("msg=x \"total vram\"=\"0 B\" threshold=\"20.0 GiB\"")
                                    << QStringLiteral("total vram") << QStringLiteral("0 B");
        QTest::newRow("escaped quote") << QStringLiteral("msg=\"a \\\"b\\\" c\" k=v") << QStringLiteral("msg")
                                       << QStringLiteral("a \"b\" c");
        QTest::newRow("windows path bare") << QStringLiteral("library=C:\\Users\\a\\lib x=1")
                                           << QStringLiteral("library") << QStringLiteral("C:\\Users\\a\\lib");
        QTest::newRow("truncated quote") << QStringLiteral("total=\"31.2 GiB\" available=\"2")
                                         << QStringLiteral("available") << QStringLiteral("2");
        QTest::newRow("empty quoted") << QStringLiteral("variant=\"\" compute=gfx1030") << QStringLiteral("compute")
                                      << QStringLiteral("gfx1030");
    }
    void logfmtQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        LogRecord r;
        r.attrs = parseLogfmt(text);
        QVERIFY(r.has(key));
        QCOMPARE(r.value(key), value);
    }
};

QTEST_GUILESS_MAIN(TestOllamaLog)
#include "tst_ollamalog.moc"
