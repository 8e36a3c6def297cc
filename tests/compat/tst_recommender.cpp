#include "compat/compattable.h"
#include "compat/recommender.h"

#include <QtTest>

#include <algorithm>

using namespace ogs;

namespace {

/// The newest Linux and Windows ROCm target lists, written out by hand from
/// shared/reference/ollama-rocm-support.json (commit 26acfa42), independent of the table file.
const QStringList kNewestLinux { QStringLiteral("gfx908"), QStringLiteral("gfx90a"), QStringLiteral("gfx942"),
    QStringLiteral("gfx950"), QStringLiteral("gfx1030"), QStringLiteral("gfx1100"), QStringLiteral("gfx1101"),
    QStringLiteral("gfx1102"), QStringLiteral("gfx1150"), QStringLiteral("gfx1151"), QStringLiteral("gfx1200"),
    QStringLiteral("gfx1201") };
const QStringList kNewestWindows { QStringLiteral("gfx1030"), QStringLiteral("gfx1100"), QStringLiteral("gfx1101"),
    QStringLiteral("gfx1102"), QStringLiteral("gfx1150"), QStringLiteral("gfx1151"), QStringLiteral("gfx1200"),
    QStringLiteral("gfx1201") };

GpuInfo amd(const QString &gfx, const QString &name = QString(), bool integrated = false)
{
    GpuInfo g;
    g.vendor = GpuVendor::Amd;
    g.pciVendorId = kPciVendorAmd;
    g.gfxTarget = gfx;
    g.name = name;
    g.deviceType = integrated ? DeviceType::Integrated : DeviceType::Discrete;
    g.vramTotalBytes = 8LL * 1024 * 1024 * 1024;
    return g;
}

std::optional<GpuInfo> gpuFor(const QString &spec)
{
    if (spec == QLatin1String("none"))
        return std::nullopt;
    if (spec == QLatin1String("intel-arc")) {
        GpuInfo g;
        g.vendor = GpuVendor::Intel;
        g.name = QStringLiteral("Intel(R) Arc(TM) A770 Graphics");
        g.deviceType = DeviceType::Discrete;
        return g;
    }
    if (spec.startsWith(QLatin1String("intel-igpu|"))) {
        GpuInfo g;
        g.vendor = GpuVendor::Intel;
        g.pciVendorId = kPciVendorIntel;
        g.name = spec.mid(11);
        g.deviceType = DeviceType::Integrated;
        return g;
    }
    if (spec.startsWith(QLatin1String("nvidia:"))) {
        GpuInfo g;
        g.vendor = GpuVendor::Nvidia;
        g.name = QStringLiteral("NVIDIA GeForce RTX 4090");
        g.computeCapability = spec.mid(7);
        g.deviceType = DeviceType::Discrete;
        return g;
    }
    const QStringList parts = spec.split(QLatin1Char('|'));
    return amd(parts.value(0) == QLatin1String("-") ? QString() : parts.value(0), parts.value(1),
        parts.value(2) == QLatin1String("igpu"));
}

Platform platformFor(const QString &key)
{
    if (key == QLatin1String("windows"))
        return Platform::Windows;
    if (key == QLatin1String("wsl2"))
        return Platform::Wsl2;
    return Platform::Linux;
}

QStringList ids(const Recommendation &rec)
{
    QStringList out;
    for (const PathAdvice &p : rec.paths)
        out << pathKey(p.id);
    return out;
}

QString envText(const EnvList &env)
{
    QStringList parts;
    for (const auto &[k, v] : env)
        parts << k + QLatin1Char('=') + v;
    parts.sort();
    return parts.join(QLatin1Char(';'));
}

} // namespace

class TestRecommender final : public QObject {
    Q_OBJECT

private slots:
    void seedCases_data();
    void seedCases();
    void everyTableTarget_data();
    void everyTableTarget();
    void ranksAreConsecutive();
    void installOverridesTable();
    void rdna4QwenExplainsWhyOneVariableIsNotEnough();
    void unknownGfxIsAMessageNotACrash();
    void tokensFromSeedTable_data();
    void tokensFromSeedTable();
    void wslCarriesWindowsPath();
    void assumedVersionIsSaid();
    void issueCases_data();
    void issueCases();
    void beyondDataIsSaidOnce_data();
    void beyondDataIsSaidOnce();
    void igpuReasonIsGiven();
    void forkCarriesSpeedAndRisk();
};

void TestRecommender::seedCases_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("gpu"); // "gfx|name|igpu", "none", "intel-arc", "nvidia:CC"
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("firstEnv"); // exact env of the first path, sorted, ';'-joined; "*" = don't check
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QStringList>("notOffered");

    const QString newest = QStringLiteral("0.33.0");
    // Seed 000 section 12 and the issue's cases.
    QTest::newRow("rx5700xt-windows") << QStringLiteral("windows") << QStringLiteral("gfx1010|AMD Radeon RX 5700 XT")
                                      << QStringLiteral("") << newest << QStringLiteral("vulkan") << QStringLiteral("")
                                      << QStringList { QStringLiteral("ollama-for-amd"), QStringLiteral("cpu") }
                                      << QStringList { QStringLiteral("rocm"), QStringLiteral("rocm-override") };
    QTest::newRow("rx5700xt-linux") << QStringLiteral("linux") << QStringLiteral("gfx1010|AMD Radeon RX 5700 XT")
                                    << QStringLiteral("") << newest << QStringLiteral("vulkan") << QStringLiteral("")
                                    << QStringList { QStringLiteral("cpu") }
                                    << QStringList { QStringLiteral("rocm"), QStringLiteral("ollama-for-amd"),
                                           QStringLiteral("rocm-override") };
    QTest::newRow("rx6800xt-linux") << QStringLiteral("linux") << QStringLiteral("gfx1030|AMD Radeon RX 6800 XT")
                                    << QStringLiteral("") << newest << QStringLiteral("rocm") << QStringLiteral("")
                                    << QStringList { QStringLiteral("vulkan"), QStringLiteral("cpu") }
                                    << QStringList { QStringLiteral("rocm-override"),
                                           QStringLiteral("ollama-for-amd") };
    QTest::newRow("rx6800xt-windows") << QStringLiteral("windows") << QStringLiteral("gfx1030|AMD Radeon RX 6800 XT")
                                      << QStringLiteral("") << newest << QStringLiteral("rocm") << QStringLiteral("")
                                      << QStringList { QStringLiteral("vulkan"), QStringLiteral("cpu") }
                                      << QStringList { QStringLiteral("rocm-override"),
                                             QStringLiteral("ollama-for-amd") };
    // Seed 004: RDNA4 + Qwen 3 / 3.5 on Linux ROCm.
    const QString forceVulkan
        = QStringLiteral("HIP_VISIBLE_DEVICES=-1;OLLAMA_LLM_LIBRARY=vulkan;ROCR_VISIBLE_DEVICES=NOT_A_DEVICE");
    QTest::newRow("rx9060xt-linux-qwen3.5")
        << QStringLiteral("linux") << QStringLiteral("gfx1200|AMD Radeon RX 9060 XT") << QStringLiteral("qwen3.5:4b")
        << newest << QStringLiteral("vulkan") << forceVulkan
        << QStringList { QStringLiteral("rocm"), QStringLiteral("cpu") } << QStringList {};
    QTest::newRow("rx9060xt-linux-qwen3")
        << QStringLiteral("linux") << QStringLiteral("gfx1200") << QStringLiteral("qwen3:8b") << newest
        << QStringLiteral("vulkan") << forceVulkan << QStringList { QStringLiteral("rocm") } << QStringList {};
    QTest::newRow("rx9070xt-linux-qwen3-coder")
        << QStringLiteral("linux") << QStringLiteral("gfx1201") << QStringLiteral("qwen3-coder:30b") << newest
        << QStringLiteral("vulkan") << forceVulkan << QStringList { QStringLiteral("rocm") } << QStringList {};
    QTest::newRow("rx9060xt-linux-qwen3.5-0.18.2")
        << QStringLiteral("linux") << QStringLiteral("gfx1200") << QStringLiteral("qwen3.5:9b")
        << QStringLiteral("0.18.2") << QStringLiteral("vulkan")
        << QStringLiteral(
               "HIP_VISIBLE_DEVICES=-1;OLLAMA_LLM_LIBRARY=vulkan;OLLAMA_VULKAN=1;ROCR_VISIBLE_DEVICES=NOT_A_DEVICE")
        << QStringList { QStringLiteral("rocm") } << QStringList {};
    QTest::newRow("rx9060xt-linux-gemma3")
        << QStringLiteral("linux") << QStringLiteral("gfx1200|AMD Radeon RX 9060 XT") << QStringLiteral("gemma3:4b")
        << newest << QStringLiteral("rocm") << QStringLiteral("") << QStringList { QStringLiteral("vulkan") }
        << QStringList {};
    QTest::newRow("rx9060xt-linux-qwen2.5")
        << QStringLiteral("linux") << QStringLiteral("gfx1200") << QStringLiteral("qwen2.5:7b") << newest
        << QStringLiteral("rocm") << QStringLiteral("") << QStringList { QStringLiteral("vulkan") } << QStringList {};
    QTest::newRow("rx9060xt-linux-no-model")
        << QStringLiteral("linux") << QStringLiteral("gfx1200") << QStringLiteral("") << newest
        << QStringLiteral("rocm") << QStringLiteral("") << QStringList { QStringLiteral("vulkan") } << QStringList {};
    QTest::newRow("rx9060xt-windows-qwen3.5")
        << QStringLiteral("windows") << QStringLiteral("gfx1200") << QStringLiteral("qwen3.5:4b") << newest
        << QStringLiteral("rocm") << QStringLiteral("") << QStringList { QStringLiteral("vulkan") } << QStringList {};
    // Other vendors, no GPU, WSL2.
    QTest::newRow("intel-arc") << QStringLiteral("linux") << QStringLiteral("intel-arc") << QStringLiteral("") << newest
                               << QStringLiteral("vulkan") << QStringLiteral("")
                               << QStringList { QStringLiteral("cpu") }
                               << QStringList { QStringLiteral("rocm"), QStringLiteral("cuda") };
    QTest::newRow("intel-arc-windows-0.20")
        << QStringLiteral("windows") << QStringLiteral("intel-arc") << QStringLiteral("") << QStringLiteral("0.20.0")
        << QStringLiteral("vulkan") << QStringLiteral("OLLAMA_VULKAN=1") << QStringList { QStringLiteral("cpu") }
        << QStringList { QStringLiteral("rocm") };
    QTest::newRow("nvidia-rtx") << QStringLiteral("linux") << QStringLiteral("nvidia:8.9") << QStringLiteral("")
                                << newest << QStringLiteral("cuda") << QStringLiteral("")
                                << QStringList { QStringLiteral("vulkan"), QStringLiteral("cpu") }
                                << QStringList { QStringLiteral("rocm") };
    QTest::newRow("nvidia-kepler") << QStringLiteral("windows") << QStringLiteral("nvidia:3.5") << QStringLiteral("")
                                   << newest << QStringLiteral("vulkan") << QStringLiteral("")
                                   << QStringList { QStringLiteral("cpu") } << QStringList { QStringLiteral("cuda") };
    QTest::newRow("no-gpu") << QStringLiteral("linux") << QStringLiteral("none") << QStringLiteral("") << newest
                            << QStringLiteral("cpu") << QStringLiteral("") << QStringList {} << QStringList {};
    QTest::newRow("no-gpu-windows") << QStringLiteral("windows") << QStringLiteral("none") << QStringLiteral("")
                                    << newest << QStringLiteral("cpu") << QStringLiteral("") << QStringList {}
                                    << QStringList {};
    QTest::newRow("wsl2-amd") << QStringLiteral("wsl2") << QStringLiteral("gfx1010|AMD Radeon RX 5700 XT")
                              << QStringLiteral("") << newest << QStringLiteral("remote-host") << QStringLiteral("*")
                              << QStringList { QStringLiteral("cpu") }
                              << QStringList { QStringLiteral("rocm"), QStringLiteral("vulkan") };
    QTest::newRow("wsl2-nvidia") << QStringLiteral("wsl2") << QStringLiteral("nvidia:8.9") << QStringLiteral("")
                                 << newest << QStringLiteral("remote-host") << QStringLiteral("*")
                                 << QStringList { QStringLiteral("cuda"), QStringLiteral("cpu") } << QStringList {};
    QTest::newRow("wsl2-no-gpu") << QStringLiteral("wsl2") << QStringLiteral("none") << QStringLiteral("") << newest
                                 << QStringLiteral("remote-host") << QStringLiteral("*")
                                 << QStringList { QStringLiteral("cpu") } << QStringList {};
    // Overrides, old versions, the mid-2026 drop, iGPUs.
    QTest::newRow("rx6700xt-linux-override")
        << QStringLiteral("linux") << QStringLiteral("gfx1031") << QStringLiteral("") << newest
        << QStringLiteral("vulkan") << QStringLiteral("") << QStringList { QStringLiteral("rocm-override") }
        << QStringList { QStringLiteral("rocm"), QStringLiteral("ollama-for-amd") };
    QTest::newRow("rx6700xt-windows-fork")
        << QStringLiteral("windows") << QStringLiteral("gfx1031") << QStringLiteral("") << newest
        << QStringLiteral("vulkan") << QStringLiteral("") << QStringList { QStringLiteral("ollama-for-amd") }
        << QStringList { QStringLiteral("rocm"), QStringLiteral("rocm-override") };
    QTest::newRow("rx580-linux") << QStringLiteral("linux") << QStringLiteral("gfx803") << QStringLiteral("") << newest
                                 << QStringLiteral("vulkan") << QStringLiteral("")
                                 << QStringList { QStringLiteral("cpu") }
                                 << QStringList { QStringLiteral("rocm"), QStringLiteral("rocm-override") };
    QTest::newRow("rx6700xt-linux-0.12.0-no-vulkan")
        << QStringLiteral("linux") << QStringLiteral("gfx1031") << QStringLiteral("") << QStringLiteral("0.12.0")
        << QStringLiteral("rocm-override") << QStringLiteral("HSA_OVERRIDE_GFX_VERSION=10.3.0")
        << QStringList { QStringLiteral("vulkan") } << QStringList { QStringLiteral("rocm") };
    QTest::newRow("rx6700xt-linux-0.20-opt-in")
        << QStringLiteral("linux") << QStringLiteral("gfx1031") << QStringLiteral("") << QStringLiteral("0.20.0")
        << QStringLiteral("vulkan") << QStringLiteral("OLLAMA_VULKAN=1")
        << QStringList { QStringLiteral("rocm-override") } << QStringList { QStringLiteral("rocm") };
    QTest::newRow("rx5700xt-linux-0.31.1")
        << QStringLiteral("linux") << QStringLiteral("gfx1010") << QStringLiteral("") << QStringLiteral("0.31.1")
        << QStringLiteral("rocm") << QStringLiteral("") << QStringList { QStringLiteral("vulkan") } << QStringList {};
    QTest::newRow("rx5700xt-linux-0.31.2")
        << QStringLiteral("linux") << QStringLiteral("gfx1010") << QStringLiteral("") << QStringLiteral("0.31.2")
        << QStringLiteral("vulkan") << QStringLiteral("") << QStringList {} << QStringList { QStringLiteral("rocm") };
    QTest::newRow("vega64-linux-0.12.3") << QStringLiteral("linux") << QStringLiteral("gfx900|AMD Radeon RX Vega 64")
                                         << QStringLiteral("") << QStringLiteral("0.12.3") << QStringLiteral("rocm")
                                         << QStringLiteral("") << QStringList {} << QStringList {};
    QTest::newRow("vega64-linux-0.12.4") << QStringLiteral("linux") << QStringLiteral("gfx900|AMD Radeon RX Vega 64")
                                         << QStringLiteral("") << QStringLiteral("0.12.4") << QStringLiteral("vulkan")
                                         << QStringLiteral("OLLAMA_VULKAN=1") << QStringList {}
                                         << QStringList { QStringLiteral("rocm"), QStringLiteral("rocm-override") };
    QTest::newRow("780m-linux") << QStringLiteral("linux") << QStringLiteral("gfx1103||igpu") << QStringLiteral("")
                                << newest << QStringLiteral("vulkan") << QStringLiteral("OLLAMA_IGPU_ENABLE=1")
                                << QStringList { QStringLiteral("rocm-override") }
                                << QStringList { QStringLiteral("rocm") };
    QTest::newRow("8060s-linux-gfx1151-exempt")
        << QStringLiteral("linux") << QStringLiteral("gfx1151||igpu") << QStringLiteral("") << newest
        << QStringLiteral("rocm") << QStringLiteral("") << QStringList { QStringLiteral("vulkan") } << QStringList {};
    QTest::newRow("890m-linux-gfx1150-igpu")
        << QStringLiteral("linux") << QStringLiteral("gfx1150||igpu") << QStringLiteral("") << newest
        << QStringLiteral("rocm") << QStringLiteral("OLLAMA_IGPU_ENABLE=1") << QStringList { QStringLiteral("vulkan") }
        << QStringList {};
    QTest::newRow("890m-linux-0.20-no-igpu-flag")
        << QStringLiteral("linux") << QStringLiteral("gfx1150||igpu") << QStringLiteral("") << QStringLiteral("0.20.0")
        << QStringLiteral("rocm") << QStringLiteral("") << QStringList {} << QStringList {};
    QTest::newRow("unknown-gfx") << QStringLiteral("linux") << QStringLiteral("gfx9999") << QStringLiteral("") << newest
                                 << QStringLiteral("vulkan") << QStringLiteral("")
                                 << QStringList { QStringLiteral("cpu") }
                                 << QStringList { QStringLiteral("rocm"), QStringLiteral("rocm-override") };
    QTest::newRow("amd-without-gfx") << QStringLiteral("windows") << QStringLiteral("-|AMD Radeon Graphics")
                                     << QStringLiteral("") << newest << QStringLiteral("vulkan") << QStringLiteral("")
                                     << QStringList { QStringLiteral("cpu") }
                                     << QStringList { QStringLiteral("rocm"), QStringLiteral("rocm-override"),
                                            QStringLiteral("ollama-for-amd") };
}

void TestRecommender::seedCases()
{
    QFETCH(QString, platform);
    QFETCH(QString, gpu);
    QFETCH(QString, model);
    QFETCH(QString, version);
    QFETCH(QString, first);
    QFETCH(QString, firstEnv);
    QFETCH(QStringList, offered);
    QFETCH(QStringList, notOffered);

    RecommendInput in;
    in.platform = platformFor(platform);
    in.gpu = gpuFor(gpu);
    in.model = model;
    in.version = *OllamaVersion::parse(version);
    in.rocmInstalled = true;
    const Recommendation rec = Recommender().recommend(in);
    QVERIFY2(!rec.paths.isEmpty(), "no path at all");
    QCOMPARE(pathKey(rec.paths.constFirst().id), first);
    if (firstEnv != QLatin1String("*"))
        QCOMPARE(envText(rec.paths.constFirst().env), firstEnv);
    const QStringList got = ids(rec);
    for (const QString &id : offered)
        QVERIFY2(
            got.contains(id), qPrintable(QStringLiteral("%1 not offered; got %2").arg(id, got.join(QLatin1Char(',')))));
    for (const QString &id : notOffered) {
        QVERIFY2(
            !got.contains(id), qPrintable(QStringLiteral("%1 offered; got %2").arg(id, got.join(QLatin1Char(',')))));
        // Every path a GPU could be expected to take and did not comes with its reason.
        const bool expected = id == QLatin1String("rocm")
            || (id == QLatin1String("rocm-override") && !got.contains(QStringLiteral("rocm")));
        if (expected && in.gpu && in.gpu->vendor == GpuVendor::Amd && in.platform != Platform::Wsl2) {
            const bool explained = std::any_of(rec.rejected.cbegin(), rec.rejected.cend(),
                [&id](const RejectedPath &r) { return pathKey(r.id) == id && !r.reason.isEmpty(); });
            QVERIFY2(explained, qPrintable(id + QStringLiteral(" rejected without a reason")));
        }
    }
    QCOMPARE(got.constLast(),
        platform == QLatin1String("wsl2") || first != QLatin1String("cpu") ? QStringLiteral("cpu") : first);
}

void TestRecommender::everyTableTarget_data()
{
    QTest::addColumn<QString>("gfx");
    QTest::addColumn<QString>("os");
    for (const QString &gfx : CompatTable::builtin().allTargets()) {
        QTest::newRow(qPrintable(gfx + QStringLiteral("-linux"))) << gfx << QStringLiteral("linux");
        QTest::newRow(qPrintable(gfx + QStringLiteral("-windows"))) << gfx << QStringLiteral("windows");
    }
}

void TestRecommender::everyTableTarget()
{
    QFETCH(QString, gfx);
    QFETCH(QString, os);
    const CompatTable &table = CompatTable::builtin();
    QCOMPARE(table.newestKnownVersion().toString(), QStringLiteral("0.33.0"));
    RecommendInput in;
    in.platform = platformFor(os);
    in.gpu = amd(gfx);
    in.version = table.newestKnownVersion();
    in.rocmInstalled = true;
    const Recommendation rec = Recommender().recommend(in);
    const QStringList got = ids(rec);
    const bool supported = (os == QLatin1String("linux") ? kNewestLinux : kNewestWindows).contains(gfx);
    QCOMPARE(rec.rocm->effective, supported);
    if (supported) {
        QCOMPARE(got.constFirst(), QStringLiteral("rocm"));
        QVERIFY(rec.paths.constFirst().env.isEmpty());
        QVERIFY(!got.contains(QStringLiteral("rocm-override")));
        QVERIFY(!got.contains(QStringLiteral("ollama-for-amd")));
    } else {
        QCOMPARE(got.constFirst(), QStringLiteral("vulkan"));
        QVERIFY(!got.contains(QStringLiteral("rocm")));
    }
    if (os == QLatin1String("windows"))
        QVERIFY2(!got.contains(QStringLiteral("rocm-override")),
            "HSA_OVERRIDE_GFX_VERSION must never be offered on Windows");
    else
        QVERIFY(!got.contains(QStringLiteral("ollama-for-amd")));
    if (const PathAdvice *o = rec.find(PathId::RocmOverride)) {
        const QString value = o->env.constFirst().second;
        const QString target = table.overrideTarget(gfx, kNewestLinux);
        QVERIFY(!target.isEmpty());
        QCOMPARE(table.targetInfo(target)->family, table.targetInfo(gfx)->family);
        QCOMPARE(o->env.constFirst().first, QStringLiteral("HSA_OVERRIDE_GFX_VERSION"));
        QVERIFY2(value.count(QLatin1Char('.')) == 2, qPrintable(value));
    }
}

void TestRecommender::ranksAreConsecutive()
{
    RecommendInput in;
    in.platform = Platform::Linux;
    in.gpu = amd(QStringLiteral("gfx1031"));
    in.version = *OllamaVersion::parse(QStringLiteral("0.33.0"));
    const Recommendation rec = Recommender().recommend(in);
    for (int i = 0; i < rec.paths.size(); ++i)
        QCOMPARE(rec.paths.at(i).rank, i + 1);
    const PathAdvice *o = rec.find(PathId::RocmOverride);
    QVERIFY(o);
    QCOMPARE(envText(o->env), QStringLiteral("HSA_OVERRIDE_GFX_VERSION=10.3.0"));
    const PathAdvice *vk = rec.find(PathId::Vulkan);
    QVERIFY2(vk->unset.contains(QStringLiteral("HSA_OVERRIDE_GFX_VERSION")),
        "a stale override must be removed when moving to Vulkan");
}

void TestRecommender::installOverridesTable()
{
    OllamaInstall install;
    install.libDir = QStringLiteral("/x/lib/ollama");
    install.rocmDir = QStringLiteral("rocm_v7_1");
    install.rocmTargets = { QStringLiteral("gfx1030"), QStringLiteral("gfx1031") };
    install.runnerDirs = { QStringLiteral("rocm_v7_1"), QStringLiteral("vulkan") };
    RecommendInput in;
    in.platform = Platform::Windows;
    in.gpu = amd(QStringLiteral("gfx1031"));
    in.version = *OllamaVersion::parse(QStringLiteral("0.33.0"));
    in.install = install;
    Recommendation rec = Recommender().recommend(in);
    QCOMPARE(pathKey(rec.paths.constFirst().id), QStringLiteral("rocm"));
    QCOMPARE(rec.rocm->decidedBy, QStringLiteral("install"));
    QCOMPARE(rec.rocm->table, false);
    QCOMPARE(rec.rocm->installed, std::optional<bool>(true));
    QVERIFY(rec.notes.join(QLatin1Char(' ')).contains(QLatin1String("the install is what counts")));

    // And the other way round: the table lists gfx1030, this install lacks it.
    install.rocmTargets = { QStringLiteral("gfx1100") };
    in.install = install;
    in.gpu = amd(QStringLiteral("gfx1030"));
    rec = Recommender().recommend(in);
    QCOMPARE(pathKey(rec.paths.constFirst().id), QStringLiteral("vulkan"));
    QVERIFY(!rec.find(PathId::Rocm));
}

void TestRecommender::rdna4QwenExplainsWhyOneVariableIsNotEnough()
{
    RecommendInput in;
    in.platform = Platform::Linux;
    in.gpu = amd(QStringLiteral("gfx1200"), QStringLiteral("AMD Radeon RX 9060 XT"));
    in.model = QStringLiteral("qwen3.5:4b");
    in.version = *OllamaVersion::parse(QStringLiteral("0.33.0"));
    in.rocmInstalled = true;
    const Recommendation rec = Recommender().recommend(in);
    const PathAdvice &first = rec.paths.constFirst();
    QVERIFY(first.rules.contains(QStringLiteral("rdna4-qwen3-rocm-stuck-busy")));
    QVERIFY(
        first.reasons.join(QLatin1Char(' ')).contains(QLatin1String("OLLAMA_LLM_LIBRARY=vulkan alone is not enough")));
    QVERIFY2(
        !first.reasons.join(QLatin1Char(' ')).contains(QLatin1String("fallback")), "a promoted path is no fallback");
    QVERIFY(!rec.find(PathId::Rocm)->warnings.isEmpty());
    // The stuck-busy mitigation is offered, not imposed.
    const PathAdvice *rocm = rec.find(PathId::Rocm);
    QVERIFY(rocm->env.isEmpty());
    QCOMPARE(envText(rocm->optionalEnv), QStringLiteral("GPU_MAX_HW_QUEUES=1"));
}

void TestRecommender::unknownGfxIsAMessageNotACrash()
{
    RecommendInput in;
    in.platform = Platform::Linux;
    in.gpu = amd(QStringLiteral("gfx9999"));
    in.version = *OllamaVersion::parse(QStringLiteral("0.33.0"));
    const Recommendation rec = Recommender().recommend(in);
    QVERIFY(rec.notes.join(QLatin1Char(' ')).contains(QLatin1String("unknown AMD GPU")));
    QCOMPARE(rec.rocm->known, false);
}

void TestRecommender::tokensFromSeedTable_data()
{
    QTest::addColumn<QString>("gfx");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("basis");
    QTest::newRow("7900xtx-rocm") << QStringLiteral("gfx1100") << QStringLiteral("AMD Radeon RX 7900 XTX")
                                  << QStringLiteral("rocm") << 50 << 70 << QStringLiteral("measured on rocm");
    QTest::newRow("7900xt-not-xtx") << QStringLiteral("gfx1100") << QStringLiteral("AMD Radeon RX 7900 XT")
                                    << QStringLiteral("rocm") << -1 << -1 << QStringLiteral("");
    QTest::newRow("6800xt-rocm") << QStringLiteral("gfx1030") << QStringLiteral("AMD Radeon RX 6800 XT")
                                 << QStringLiteral("rocm") << 30 << 45 << QStringLiteral("measured on rocm");
    QTest::newRow("6800xt-vulkan-scaled")
        << QStringLiteral("gfx1030") << QStringLiteral("AMD Radeon RX 6800 XT") << QStringLiteral("vulkan") << 18 << 36
        << QStringLiteral("scaled from rocm by relative speed");
    QTest::newRow("5700xt-vulkan") << QStringLiteral("gfx1010") << QStringLiteral("AMD Radeon RX 5700 XT")
                                   << QStringLiteral("vulkan") << 12 << 20 << QStringLiteral("measured on vulkan");
    QTest::newRow("6700xt-override") << QStringLiteral("gfx1031") << QStringLiteral("AMD Radeon RX 6700 XT")
                                     << QStringLiteral("rocm-override") << 25 << 35
                                     << QStringLiteral("scaled from rocm by relative speed");
}

void TestRecommender::tokensFromSeedTable()
{
    QFETCH(QString, gfx);
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(QString, basis);
    RecommendInput in;
    in.platform = Platform::Linux;
    in.gpu = amd(gfx, name);
    in.version = *OllamaVersion::parse(QStringLiteral("0.33.0"));
    const Recommendation rec = Recommender().recommend(in);
    const PathAdvice *p = rec.find(*pathFromKey(path));
    QVERIFY(p);
    if (min < 0) {
        QVERIFY(!p->tokens);
        return;
    }
    QVERIFY(p->tokens);
    QCOMPARE(p->tokens->tokensPerSecond.min, min);
    QCOMPARE(p->tokens->tokensPerSecond.max, max);
    QCOMPARE(p->tokens->basis, basis);
    QCOMPARE(p->tokens->model, QStringLiteral("coheara-medgemma-4b-q8"));
}

void TestRecommender::wslCarriesWindowsPath()
{
    RecommendInput in;
    in.platform = Platform::Wsl2;
    in.gpu = amd(QStringLiteral("gfx1030"));
    in.version = *OllamaVersion::parse(QStringLiteral("0.33.0"));
    in.wslHostAddress = QStringLiteral("172.22.48.1");
    const Recommendation rec = Recommender().recommend(in);
    const PathAdvice &remote = rec.paths.constFirst();
    QCOMPARE(envText(remote.env), QStringLiteral("OLLAMA_HOST=http://172.22.48.1:11434"));
    QVERIFY(remote.requirements.join(QLatin1Char(' ')).contains(QLatin1String("'rocm' path")));
    QCOMPARE(remote.relativeSpeed.min, 100);
}

void TestRecommender::assumedVersionIsSaid()
{
    RecommendInput in;
    in.platform = Platform::Linux;
    in.gpu = amd(QStringLiteral("gfx1030"));
    in.version = CompatTable::builtin().newestKnownVersion();
    in.versionAssumed = true;
    const Recommendation rec = Recommender().recommend(in);
    QVERIFY(rec.notes.constFirst().contains(QLatin1String("version is unknown")));
}

void TestRecommender::issueCases_data()
{
    // Issue #15's cases. Every row gives the Ollama version; "loader" is whether Windows has
    // %SystemRoot%\\System32\\vulkan-1.dll (yes, no, or - for unknown).
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("loader");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("firstEnv");
    QTest::addColumn<QString>("second"); // "" = don't check
    QTest::addColumn<QStringList>("notOffered");
    QTest::addColumn<QString>("noPathSets"); // a variable no offered path may set; "" = none

    const QString rx5700xt = QStringLiteral("gfx1010|AMD Radeon RX 5700 XT");
    const QStringList noRocm { QStringLiteral("rocm"), QStringLiteral("rocm-override") };
    const QString hsa = QStringLiteral("HSA_OVERRIDE_GFX_VERSION");
    // Seed 000 section 12: Windows 11, RX 5700 XT, Ollama 0.17.0. ROCm did not use the GPU, the override gave
    // total_vram="0 B", OLLAMA_VULKAN=1 worked. The same at every version: Vulkan, then the fork; never ROCm.
    const struct {
        const char *version;
        const char *env;
    } seedVersions[] = { { "0.12.0", "OLLAMA_VULKAN=1" }, { "0.12.11", "OLLAMA_VULKAN=1" },
        { "0.17.0", "OLLAMA_VULKAN=1" }, { "0.20.0", "OLLAMA_VULKAN=1" }, { "0.29.9", "OLLAMA_VULKAN=1" },
        { "0.30.0", "" }, { "0.31.1", "" }, { "0.31.2", "" }, { "0.33.0", "" }, { "0.34.2", "" }, { "0.35.0-rc1", "" } };
    for (const auto &row : seedVersions)
        QTest::newRow(qPrintable(QStringLiteral("rx5700xt-windows-%1").arg(QLatin1String(row.version))))
            << QStringLiteral("windows") << rx5700xt << QString() << QString::fromLatin1(row.version)
            << QStringLiteral("-") << QStringLiteral("vulkan") << QString::fromLatin1(row.env)
            << QStringLiteral("ollama-for-amd") << noRocm << hsa;
    QTest::newRow("rx5700xt-linux-0.17.0") << QStringLiteral("linux") << rx5700xt << QString() << QStringLiteral("0.17.0")
                                           << QStringLiteral("-") << QStringLiteral("rocm") << QString()
                                           << QStringLiteral("vulkan") << QStringList { QStringLiteral("ollama-for-amd") }
                                           << hsa;
    for (const char *version : { "0.17.0", "0.33.0" }) {
        const QString ver = QString::fromLatin1(version);
        for (const char *os : { "windows", "linux" })
            QTest::newRow(qPrintable(QStringLiteral("rx6800xt-%1-%2").arg(QLatin1String(os), ver)))
                << QString::fromLatin1(os) << QStringLiteral("gfx1030|AMD Radeon RX 6800 XT") << QString() << ver
                << QStringLiteral("-") << QStringLiteral("rocm") << QString() << QStringLiteral("vulkan")
                << QStringList { QStringLiteral("rocm-override"), QStringLiteral("ollama-for-amd") } << QString();
        // Windows: RDNA 2 below gfx1030 and the 780M never ran on official Windows ROCm.
        QTest::newRow(qPrintable(QStringLiteral("rx6600-windows-%1").arg(ver)))
            << QStringLiteral("windows") << QStringLiteral("gfx1032|AMD Radeon RX 6600") << QString() << ver
            << QStringLiteral("-") << QStringLiteral("vulkan") << QStringLiteral("*") << QStringLiteral("ollama-for-amd")
            << noRocm << hsa;
        QTest::newRow(qPrintable(QStringLiteral("rx6700xt-windows-%1").arg(ver)))
            << QStringLiteral("windows") << QStringLiteral("gfx1031|AMD Radeon RX 6700 XT") << QString() << ver
            << QStringLiteral("-") << QStringLiteral("vulkan") << QStringLiteral("*") << QStringLiteral("ollama-for-amd")
            << noRocm << hsa;
        QTest::newRow(qPrintable(QStringLiteral("rx7900xtx-windows-%1").arg(ver)))
            << QStringLiteral("windows") << QStringLiteral("gfx1100|AMD Radeon RX 7900 XTX") << QString() << ver
            << QStringLiteral("-") << QStringLiteral("rocm") << QString() << QStringLiteral("vulkan")
            << QStringList { QStringLiteral("ollama-for-amd"), QStringLiteral("rocm-override") } << hsa;
        QTest::newRow(qPrintable(QStringLiteral("780m-windows-%1").arg(ver)))
            << QStringLiteral("windows") << QStringLiteral("gfx1103|AMD Radeon 780M Graphics|igpu") << QString() << ver
            << QStringLiteral("-") << QStringLiteral("vulkan")
            << (ver == QLatin1String("0.17.0") ? QStringLiteral("OLLAMA_VULKAN=1") : QStringLiteral("OLLAMA_IGPU_ENABLE=1"))
            << QStringLiteral("ollama-for-amd") << noRocm << hsa;
        // Instinct targets were in the presets but never in the HIP SDK's Windows rocBLAS.
        QTest::newRow(qPrintable(QStringLiteral("mi300x-windows-%1").arg(ver)))
            << QStringLiteral("windows") << QStringLiteral("gfx942") << QString() << ver << QStringLiteral("-")
            << QStringLiteral("vulkan") << QStringLiteral("*") << QString() << noRocm << hsa;
    }
    QTest::newRow("rx5500xt-windows-0.30.0") << QStringLiteral("windows") << QStringLiteral("gfx1012") << QString()
                                             << QStringLiteral("0.30.0") << QStringLiteral("-") << QStringLiteral("vulkan")
                                             << QString() << QStringLiteral("ollama-for-amd") << noRocm << hsa;
    // Seed 004: RX 9060 XT on Linux with ROCm installed.
    const QString forceVulkan
        = QStringLiteral("HIP_VISIBLE_DEVICES=-1;OLLAMA_LLM_LIBRARY=vulkan;ROCR_VISIBLE_DEVICES=NOT_A_DEVICE");
    QTest::newRow("rx9060xt-linux-0.33.0-qwen3.5")
        << QStringLiteral("linux") << QStringLiteral("gfx1200|AMD Radeon RX 9060 XT") << QStringLiteral("qwen3.5:4b")
        << QStringLiteral("0.33.0") << QStringLiteral("-") << QStringLiteral("vulkan") << forceVulkan
        << QStringLiteral("rocm") << QStringList {} << QString();
    QTest::newRow("rx9060xt-linux-0.33.0-gemma3")
        << QStringLiteral("linux") << QStringLiteral("gfx1200|AMD Radeon RX 9060 XT") << QStringLiteral("gemma3:4b")
        << QStringLiteral("0.33.0") << QStringLiteral("-") << QStringLiteral("rocm") << QString()
        << QStringLiteral("vulkan") << QStringList {} << QString();
    // Ollama >= 0.30 drops iGPUs unless OLLAMA_IGPU_ENABLE=1, except ROCm gfx1151 (from 0.30.1).
    QTest::newRow("780m-linux-0.33.0") << QStringLiteral("linux") << QStringLiteral("gfx1103|AMD Radeon 780M Graphics|igpu")
                                       << QString() << QStringLiteral("0.33.0") << QStringLiteral("-")
                                       << QStringLiteral("vulkan") << QStringLiteral("OLLAMA_IGPU_ENABLE=1")
                                       << QStringLiteral("rocm-override") << QStringList { QStringLiteral("rocm") }
                                       << QString();
    QTest::newRow("780m-linux-0.24.0") << QStringLiteral("linux") << QStringLiteral("gfx1103|AMD Radeon 780M Graphics|igpu")
                                       << QString() << QStringLiteral("0.24.0") << QStringLiteral("-")
                                       << QStringLiteral("rocm") << QString() << QStringLiteral("vulkan")
                                       << QStringList {} << QStringLiteral("OLLAMA_IGPU_ENABLE");
    QTest::newRow("780m-windows-0.24.0") << QStringLiteral("windows")
                                         << QStringLiteral("gfx1103|AMD Radeon 780M Graphics|igpu") << QString()
                                         << QStringLiteral("0.24.0") << QStringLiteral("-") << QStringLiteral("vulkan")
                                         << QStringLiteral("OLLAMA_VULKAN=1") << QStringLiteral("ollama-for-amd")
                                         << noRocm << QStringLiteral("OLLAMA_IGPU_ENABLE");
    QTest::newRow("8060s-linux-0.33.0") << QStringLiteral("linux")
                                        << QStringLiteral("gfx1151|AMD Radeon 8060S Graphics|igpu") << QString()
                                        << QStringLiteral("0.33.0") << QStringLiteral("-") << QStringLiteral("rocm")
                                        << QString() << QStringLiteral("vulkan") << QStringList {} << QString();
    QTest::newRow("8060s-linux-0.30.0") << QStringLiteral("linux")
                                        << QStringLiteral("gfx1151|AMD Radeon 8060S Graphics|igpu") << QString()
                                        << QStringLiteral("0.30.0") << QStringLiteral("-") << QStringLiteral("rocm")
                                        << QStringLiteral("OLLAMA_IGPU_ENABLE=1") << QStringLiteral("vulkan")
                                        << QStringList {} << QString();
    QTest::newRow("890m-windows-0.33.0") << QStringLiteral("windows")
                                         << QStringLiteral("gfx1150|AMD Radeon 890M Graphics|igpu") << QString()
                                         << QStringLiteral("0.33.0") << QStringLiteral("-") << QStringLiteral("rocm")
                                         << QStringLiteral("OLLAMA_IGPU_ENABLE=1") << QStringLiteral("vulkan")
                                         << QStringList {} << hsa;
    QTest::newRow("vega-apu-linux-0.33.0") << QStringLiteral("linux") << QStringLiteral("gfx90c|AMD Radeon Graphics|igpu")
                                           << QString() << QStringLiteral("0.33.0") << QStringLiteral("-")
                                           << QStringLiteral("vulkan") << QStringLiteral("OLLAMA_IGPU_ENABLE=1")
                                           << QStringLiteral("cpu") << QStringList { QStringLiteral("rocm") } << QString();
    QTest::newRow("iris-xe-windows-0.33.0") << QStringLiteral("windows")
                                            << QStringLiteral("intel-igpu|Intel(R) Iris(R) Xe Graphics") << QString()
                                            << QStringLiteral("0.33.0") << QStringLiteral("yes") << QStringLiteral("vulkan")
                                            << QStringLiteral("OLLAMA_IGPU_ENABLE=1") << QStringLiteral("cpu")
                                            << QStringList { QStringLiteral("rocm") } << QString();
    QTest::newRow("arc-140v-igpu-linux-0.31.0") << QStringLiteral("linux")
                                                << QStringLiteral("intel-igpu|Intel(R) Arc(TM) 140V GPU (16GB)")
                                                << QString() << QStringLiteral("0.31.0") << QStringLiteral("-")
                                                << QStringLiteral("vulkan") << QStringLiteral("OLLAMA_IGPU_ENABLE=1")
                                                << QStringLiteral("cpu") << QStringList {} << QString();
    // Windows Vulkan needs the driver's loader from 0.30.11 (89a171cc7): without it Vulkan ranks lower.
    QTest::newRow("rx5700xt-windows-0.33.0-no-loader")
        << QStringLiteral("windows") << rx5700xt << QString() << QStringLiteral("0.33.0") << QStringLiteral("no")
        << QStringLiteral("ollama-for-amd") << QString() << QStringLiteral("vulkan") << noRocm << hsa;
    QTest::newRow("rx5700xt-windows-0.30.10-no-loader-bundled")
        << QStringLiteral("windows") << rx5700xt << QString() << QStringLiteral("0.30.10") << QStringLiteral("no")
        << QStringLiteral("vulkan") << QString() << QStringLiteral("ollama-for-amd") << noRocm << hsa;
    QTest::newRow("rx5700xt-windows-0.33.0-loader")
        << QStringLiteral("windows") << rx5700xt << QString() << QStringLiteral("0.33.0") << QStringLiteral("yes")
        << QStringLiteral("vulkan") << QString() << QStringLiteral("ollama-for-amd") << noRocm << hsa;
    QTest::newRow("iris-xe-windows-0.33.0-no-loader")
        << QStringLiteral("windows") << QStringLiteral("intel-igpu|Intel(R) Iris(R) Xe Graphics") << QString()
        << QStringLiteral("0.33.0") << QStringLiteral("no") << QStringLiteral("vulkan")
        << QStringLiteral("OLLAMA_IGPU_ENABLE=1") << QStringLiteral("cpu") << QStringList {} << QString();
}

void TestRecommender::issueCases()
{
    QFETCH(QString, platform);
    QFETCH(QString, gpu);
    QFETCH(QString, model);
    QFETCH(QString, version);
    QFETCH(QString, loader);
    QFETCH(QString, first);
    QFETCH(QString, firstEnv);
    QFETCH(QString, second);
    QFETCH(QStringList, notOffered);
    QFETCH(QString, noPathSets);

    RecommendInput in;
    in.platform = platformFor(platform);
    in.gpu = gpuFor(gpu);
    in.model = model;
    const std::optional<OllamaVersion> parsed = OllamaVersion::parse(version);
    QVERIFY(parsed);
    in.version = *parsed;
    in.rocmInstalled = true;
    if (loader != QLatin1String("-"))
        in.windowsVulkanLoader = loader == QLatin1String("yes");
    const Recommendation rec = Recommender().recommend(in);
    const QStringList got = ids(rec);
    QCOMPARE(got.constFirst(), first);
    if (firstEnv != QLatin1String("*"))
        QCOMPARE(envText(rec.paths.constFirst().env), firstEnv);
    if (!second.isEmpty())
        QCOMPARE(got.value(1), second);
    for (const QString &id : notOffered)
        QVERIFY2(!got.contains(id), qPrintable(QStringLiteral("%1 offered; got %2").arg(id, got.join(QLatin1Char(',')))));
    for (const PathAdvice &p : rec.paths) {
        const QString env = envText(p.env);
        // ollama-for-amd installs its own release (0.30.8), whose rules are not the user's version's.
        if (!noPathSets.isEmpty() && p.id != PathId::OllamaForAmd)
            QVERIFY2(!env.contains(noPathSets), qPrintable(pathKey(p.id) + QStringLiteral(" sets ") + env));
        if (p.id == PathId::Vulkan && in.platform == Platform::Windows && loader == QLatin1String("no")
            && in.version >= CompatTable::builtin().windowsHostVulkanLoader().since)
            QVERIFY(p.warnings.join(QLatin1Char(' ')).contains(QLatin1String("vulkan-1.dll is missing")));
        else
            QVERIFY(!p.warnings.join(QLatin1Char(' ')).contains(QLatin1String("vulkan-1.dll")));
    }
    if (rec.rocm && !rec.rocm->effective && in.platform == Platform::Windows) {
        const auto r = std::find_if(rec.rejected.cbegin(), rec.rejected.cend(),
            [](const RejectedPath &x) { return x.id == PathId::Rocm; });
        QVERIFY(r != rec.rejected.cend());
        QVERIFY2(!r->reason.contains(QLatin1String("ships ROCm kernels for")), qPrintable(r->reason));
    }
}

void TestRecommender::beyondDataIsSaidOnce_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("beyond");
    QTest::newRow("0.33.0") << QStringLiteral("0.33.0") << false;
    QTest::newRow("0.34.2") << QStringLiteral("0.34.2") << true;
    QTest::newRow("0.35.0-rc1") << QStringLiteral("0.35.0-rc1") << true;
}

void TestRecommender::beyondDataIsSaidOnce()
{
    QFETCH(QString, version);
    QFETCH(bool, beyond);
    RecommendInput in;
    in.platform = Platform::Windows;
    in.gpu = amd(QStringLiteral("gfx1030"), QStringLiteral("AMD Radeon RX 6800 XT"));
    in.version = *OllamaVersion::parse(version);
    const Recommendation rec = Recommender().recommend(in);
    QCOMPARE(pathKey(rec.paths.constFirst().id), QStringLiteral("rocm"));
    const QString all = rec.notes.join(QLatin1Char('\n'));
    QCOMPARE(all.count(QLatin1String("newer than the newest version")), beyond ? 1 : 0);
    if (beyond) {
        QVERIFY(all.contains(QStringLiteral("Ollama %1 is newer").arg(version)));
        QVERIFY(all.contains(QLatin1String("behaviour up to 0.33.0")));
        // The reasons state facts of the version they come from, not of the unknown one.
        QVERIFY(!rec.paths.constFirst().reasons.join(QLatin1Char(' ')).contains(version));
    }
}

void TestRecommender::igpuReasonIsGiven()
{
    RecommendInput in;
    in.platform = Platform::Linux;
    in.gpu = amd(QStringLiteral("gfx1103"), QStringLiteral("AMD Radeon 780M Graphics"), true);
    in.version = *OllamaVersion::parse(QStringLiteral("0.33.0"));
    const Recommendation rec = Recommender().recommend(in);
    const PathAdvice *vk = rec.find(PathId::Vulkan);
    QVERIFY(vk);
    QVERIFY2(vk->reasons.join(QLatin1Char(' ')).contains(QLatin1String("drop integrated GPUs unless OLLAMA_IGPU_ENABLE=1")),
        qPrintable(vk->reasons.join(QLatin1Char('|'))));
    in.gpu = amd(QStringLiteral("gfx1151"), QStringLiteral("AMD Radeon 8060S Graphics"), true);
    const Recommendation halo = Recommender().recommend(in);
    QVERIFY(halo.find(PathId::Rocm)->reasons.join(QLatin1Char(' ')).contains(QLatin1String("admit by default")));
    // Its Vulkan path is not exempt (only ROCm gfx1151 is).
    QVERIFY(envText(halo.find(PathId::Vulkan)->env).contains(QLatin1String("OLLAMA_IGPU_ENABLE=1")));
}

void TestRecommender::forkCarriesSpeedAndRisk()
{
    RecommendInput in;
    in.platform = Platform::Windows;
    in.gpu = amd(QStringLiteral("gfx1010"), QStringLiteral("AMD Radeon RX 5700 XT"));
    in.version = *OllamaVersion::parse(QStringLiteral("0.17.0"));
    const Recommendation rec = Recommender().recommend(in);
    const PathAdvice *fork = rec.find(PathId::OllamaForAmd);
    QVERIFY(fork);
    QCOMPARE(fork->relativeSpeed.min, 100);
    QCOMPARE(fork->stability, QStringLiteral("community"));
    QVERIFY(fork->warnings.join(QLatin1Char(' ')).contains(QLatin1String("0.30.8")));
    QVERIFY(fork->requirements.join(QLatin1Char(' ')).contains(QLatin1String("Uninstall the official Ollama")));
    // The seed measured Vulkan on this card: its table row is the expected speed, and says where it is from.
    const PathAdvice &vk = rec.paths.constFirst();
    QVERIFY(vk.tokens);
    QCOMPARE(vk.tokens->tokensPerSecond.min, 12);
    QCOMPARE(vk.tokens->tokensPerSecond.max, 20);
    QVERIFY2(vk.tokens->source.contains(QLatin1String("shared/seeds/000 section 11")), qPrintable(vk.tokens->source));
    QVERIFY(rec.rejected.constFirst().reason.contains(QLatin1String("HIP SDK")));
}

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
