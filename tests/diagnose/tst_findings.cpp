#include "diagnose/findings.h"

#include <QFile>
#include <QTest>

using namespace ogs;

Q_DECLARE_METATYPE(ogs::DiagnoseContext)

namespace {

QString readLog(const QString &name)
{
    QFile f(QStringLiteral(OGS_TEST_DATA "/ollama-logs/") + name + QStringLiteral(".log"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

const QString kSkipWin = QStringLiteral("time=2026-03-01T10:00:00.000+01:00 level=INFO source=amd_windows.go:70 "
                                        "msg=\"skipping rocm gfx compatibility check\" "
                                        "HSA_OVERRIDE_GFX_VERSION=10.3.0\n");
const QString kVram0 = QStringLiteral("time=2026-03-01T10:00:01.000+01:00 level=INFO source=routes.go:1725 "
                                      "msg=\"entering low vram mode\" total_vram=\"0 B\" "
                                      "threshold=\"20.0 GiB\"\n");
const QString kRocmDev = QStringLiteral("time=2026-08-01T10:00:01.000Z level=INFO source=types.go:60 msg=\"inference "
                                        "compute\" id=0 filter_id=0 library=ROCm "
                                        "compute=gfx1201 name=ROCm0 description=\"AMD Radeon RX 9070 XT\" "
                                        "libdirs=ollama,rocm_v7_2 driver=70025.0 pci_id=0000:03:00.0 "
                                        "type=discrete total=\"15.9 GiB\" available=\"15.5 GiB\"\n");
const QString kVulkanDev = QStringLiteral(
    "time=2026-08-01T10:00:01.000Z level=INFO source=types.go:60 msg=\"inference compute\" id=0 filter_id=0 "
    "library=Vulkan "
    "compute=0.0 name=Vulkan0 description=\"AMD Radeon RX 5700 XT (RADV NAVI10)\" libdirs=ollama,vulkan driver=0.0 "
    "pci_id=0000:0c:00.0 type=discrete total=\"8.0 GiB\" available=\"7.8 GiB\"\n");
const QString kConfigLinux = QStringLiteral(
    "time=2026-08-01T10:00:00.000Z level=INFO source=routes.go:1951 msg=\"server config\" "
    "env=\"map[HSA_OVERRIDE_GFX_VERSION:10.3.0 "
    "OLLAMA_HOST:http://127.0.0.1:11434 OLLAMA_VULKAN:1 ROCR_VISIBLE_DEVICES:]\" source_marker=amd_linux.go\n");

} // namespace

/// Findings: which ones a log and context produce, each with evidence, cause and fix.
class TestFindings final : public QObject {
    Q_OBJECT
private slots:
    void findings_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<DiagnoseContext>("context");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("fixContains");
        const DiagnoseContext none;
        QTest::newRow("byron: gfx1100 rejected, override on Windows")
            << readLog(QStringLiteral("byronleeeee-installer-12-windows-gfx1100-not-supported-cpu")) << none
            << QStringList { QStringLiteral("gpu-unsupported-gfx"), QStringLiteral("hsa-override-on-windows") }
            << QStringLiteral("no effect on Windows");
        QTest::newRow("8772: gfx1031 on Linux → override 10.3.0")
            << readLog(QStringLiteral("ollama-8772-linux-rx6750-gfx1031-not-supported")) << none
            << QStringList { QStringLiteral("gpu-unsupported-gfx") }
            << QStringLiteral("HSA_OVERRIDE_GFX_VERSION=10.3.0");
        QTest::newRow("13920: device filtered")
            << readLog(QStringLiteral("ollama-13920-windows-rx9070xt-filtered-total-vram-0")) << none
            << QStringList { QStringLiteral("gpu-init-failed") } << QStringLiteral("Adrenalin");
        QTest::newRow("134: 0/33 layers, CPU only")
            << readLog(QStringLiteral("ollama-for-amd-134-windows-rx6700xt-v0.30-cpu-offloaded-0-of-33")) << none
            << QStringList { QStringLiteral("gpu-not-detected") } << QStringLiteral("OLLAMA_VULKAN=1");
        QTest::newRow("10483: CUDA works, only an iGPU note")
            << readLog(QStringLiteral("ollama-10483-linux-rtx4090-cuda-with-amd-igpu-skipped")) << none
            << QStringList {} << QString();
        QTest::newRow("13153: Vulkan iGPU fine")
            << readLog(QStringLiteral("ollama-13153-windows-intel-arc-130v-vulkan")) << none << QStringList {}
            << QString();
        QTest::newRow("seed §12: override recognised, 0 B VRAM (Windows)")
            << kSkipWin + kVram0 << none
            << QStringList { QStringLiteral("override-zero-vram"), QStringLiteral("hsa-override-on-windows") }
            << QStringLiteral("HIP SDK");
        QTest::newRow("stale override after moving to Vulkan")
            << kConfigLinux + kVulkanDev << none << QStringList { QStringLiteral("stale-hsa-override") }
            << QStringLiteral("Remove HSA_OVERRIDE_GFX_VERSION");
        DiagnoseContext vulkanPlan;
        vulkanPlan.plannedBackend = QStringLiteral("vulkan");
        vulkanPlan.os = QStringLiteral("linux");
        QTest::newRow("ROCm chosen although Vulkan planned")
            << kRocmDev << vulkanPlan << QStringList { QStringLiteral("rocm-preferred-over-vulkan") }
            << QStringLiteral("ROCR_VISIBLE_DEVICES=NOT_A_DEVICE");
        QTest::newRow("partial offload from the log")
            << kVulkanDev
                + QStringLiteral(
                    "time=2026-08-01T10:00:05Z level=INFO source=ggml.go:502 msg=\"offloaded 20/49 layers to GPU\"\n")
            << none << QStringList { QStringLiteral("partial-offload") } << QStringLiteral("quantisation");
        DiagnoseContext applied;
        applied.os = QStringLiteral("linux");
        applied.appliedSettings.insert(QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1"));
        applied.appliedSettings.insert(QStringLiteral("OLLAMA_CONTEXT_LENGTH"), QStringLiteral("8192"));
        QTest::newRow("setting missing from server config")
            << kConfigLinux + kVulkanDev << applied
            << QStringList { QStringLiteral("settings-not-applied"), QStringLiteral("stale-hsa-override") }
            << QStringLiteral("systemctl restart ollama");
        DiagnoseContext appliedOk;
        appliedOk.appliedSettings.insert(QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1"));
        QTest::newRow("setting present in server config")
            << kConfigLinux + kVulkanDev << appliedOk << QStringList { QStringLiteral("stale-hsa-override") }
            << QStringLiteral("Remove");
        QTest::newRow("kfd permission") << QStringLiteral("Error: permissions not set up properly.  Either run ollama "
                                                          "as root, or add you user account to the render group.\n")
                                        << none << QStringList { QStringLiteral("not-in-render-group") }
                                        << QStringLiteral("usermod -aG render");
        DiagnoseContext noGroup;
        noGroup.os = QStringLiteral("linux");
        noGroup.inRenderGroup = false;
        QTest::newRow("render group from detection")
            << kRocmDev << noGroup << QStringList { QStringLiteral("not-in-render-group") } << QStringLiteral("render");
        DiagnoseContext ps;
        ps.runningModels.append({ QStringLiteral("medgemma:f16"), qint64(7800000000), qint64(5616000000) });
        QTest::newRow("ollama ps shows 28%/72%")
            << kVulkanDev << ps << QStringList { QStringLiteral("partial-offload") }
            << QStringLiteral("OLLAMA_CONTEXT_LENGTH");
    }
    void findings()
    {
        QFETCH(QString, log);
        QFETCH(DiagnoseContext, context);
        QFETCH(QStringList, ids);
        QFETCH(QString, fixContains);
        QVERIFY(!log.isEmpty());
        const QList<Finding> found = diagnose(parseOllamaLog(log), context);
        QStringList got;
        bool fixSeen = fixContains.isEmpty();
        for (const Finding &f : found) {
            if (f.severity == Severity::Info)
                continue; // informational notes (old driver warning, …) are not the diagnosis
            got << f.id;
            QVERIFY2(!f.evidence.isEmpty() && !f.cause.isEmpty() && !f.fix.isEmpty(), qPrintable(f.id));
            fixSeen = fixSeen || f.fix.contains(fixContains);
        }
        got.sort();
        ids.sort();
        QCOMPARE(got, ids);
        QVERIFY2(fixSeen, qPrintable(fixContains));
    }

    void infoFindings()
    {
        const QList<Finding> found
            = diagnose(parseOllamaLog(readLog(QStringLiteral("ollama-11557-linux-rx7700s-gfx1102-igpu-skipped"))), {});
        QStringList ids;
        for (const Finding &f : found)
            ids << f.id;
        QCOMPARE(ids, (QStringList { QStringLiteral("amd-driver-old"), QStringLiteral("igpu-skipped") }));
        QVERIFY(found.at(1).evidence.contains(QLatin1String("id=1 total=\"512.0 MiB\"")));
    }

    void severityOrder()
    {
        DiagnoseContext ctx;
        ctx.os = QStringLiteral("windows");
        const QList<Finding> found = diagnose(parseOllamaLog(kSkipWin + kVram0), ctx);
        QVERIFY(found.size() >= 2);
        for (int i = 1; i < found.size(); ++i)
            QVERIFY(static_cast<int>(found.at(i - 1).severity) >= static_cast<int>(found.at(i).severity));
        const QJsonObject json = findingToJson(found.first());
        QCOMPARE(json.value(QLatin1String("id")).toString(), QStringLiteral("override-zero-vram"));
        QCOMPARE(json.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        QVERIFY(json.value(QLatin1String("evidence")).toString().contains(QLatin1String("total_vram=\"0 B\"")));
    }

    void override_data()
    {
        QTest::addColumn<QString>("gfx");
        QTest::addColumn<QStringList>("supported");
        QTest::addColumn<QString>("expected");
        const QStringList list { QStringLiteral("gfx1030"), QStringLiteral("gfx1100"), QStringLiteral("gfx1101"),
            QStringLiteral("gfx900") };
        QTest::newRow("gfx1031") << QStringLiteral("gfx1031") << list << QStringLiteral("10.3.0");
        QTest::newRow("gfx1032 unknown list")
            << QStringLiteral("gfx1032") << QStringList {} << QStringLiteral("10.3.0");
        QTest::newRow("gfx1103") << QStringLiteral("gfx1103") << list << QStringLiteral("11.0.0");
        QTest::newRow("gfx90c") << QStringLiteral("gfx90c") << list << QStringLiteral("9.0.0");
        QTest::newRow("rdna1 has none") << QStringLiteral("gfx1010") << list << QString();
        QTest::newRow("target not built") << QStringLiteral("gfx1151") << list << QString();
        QTest::newRow("not a gfx") << QStringLiteral("8.9") << list << QString();
    }
    void override()
    {
        QFETCH(QString, gfx);
        QFETCH(QStringList, supported);
        QFETCH(QString, expected);
        QCOMPARE(suggestedOverride(gfx, supported), expected);
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
