#include "compat/compattable.h"
#include "compat/gfxtarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ogs;

namespace {

OllamaVersion v(const char *text)
{
    return *OllamaVersion::parse(QLatin1String(text));
}

QStringList list(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCompatTable final : public QObject {
    Q_OBJECT

private slots:
    void builtinLoads();
    void targetsByVersion_data();
    void targetsByVersion();
    void vulkanMode_data();
    void vulkanMode();
    void overrideTarget_data();
    void overrideTarget();
    void hsaValue_data();
    void hsaValue();
    void normalize_data();
    void normalize();
    void malformed_data();
    void malformed();
    void everyFactHasASource_data();
    void everyFactHasASource();
    void igpuFilter_data();
    void igpuFilter();
    void beyondData();
};

void TestCompatTable::builtinLoads()
{
    const CompatTable &t = CompatTable::builtin();
    QVERIFY(!t.isEmpty());
    QCOMPARE(t.newestKnownVersion().toString(), QStringLiteral("0.33.0"));
    // Older releases than the table's first row take that row: the ROCm target list only grew later.
    QCOMPARE(t.releaseFor(v("0.5.7")), &t.releases().first());
    QCOMPARE(t.releaseFor(v("0.33.0"))->runnerDir(RocmOs::Linux), QStringLiteral("rocm_v7_2"));
    QCOMPARE(t.releaseFor(v("0.33.0"))->runnerDir(RocmOs::Windows), QStringLiteral("rocm_v7_1"));
    QVERIFY(t.forkWindowsTargets().contains(QStringLiteral("gfx1010")));
    QVERIFY(!t.forkWindowsTargets().contains(QStringLiteral("gfx803")));
    for (const QString &gfx : t.allTargets())
        QVERIFY2(t.targetInfo(gfx), qPrintable(gfx));
}

void TestCompatTable::targetsByVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QStringList>("targets");
    // Written out from shared/reference/ollama-rocm-support.json, independently of the table file.
    QTest::newRow("newest-linux")
        << QStringLiteral("0.33.0") << QStringLiteral("linux")
        << list("gfx908 gfx90a gfx942 gfx950 gfx1030 gfx1100 gfx1101 gfx1102 gfx1150 gfx1151 gfx1200 gfx1201");
    QTest::newRow("newest-windows") << QStringLiteral("0.33.0") << QStringLiteral("windows")
                                    << list("gfx1030 gfx1100 gfx1101 gfx1102 gfx1150 gfx1151 gfx1200 gfx1201");
    QTest::newRow("rc-before-release") << QStringLiteral("0.31.2-rc1") << QStringLiteral("linux")
                                       << list("gfx908 gfx90a gfx942 gfx950 gfx1010 gfx1012 gfx1030 gfx1100 gfx1101 "
                                               "gfx1102 gfx1103 gfx1150 gfx1151 gfx1200 gfx1201");
    // Windows ships the HIP SDK's rocBLAS, not the presets' list: the presets asked for gfx942, gfx950, gfx1010,
    // gfx1012 and gfx1103 too (ollama-facts-2026-12.md, 26acfa42).
    QTest::newRow("0.30-windows-rocm7") << QStringLiteral("0.30.0") << QStringLiteral("windows")
                                        << list("gfx1030 gfx1100 gfx1101 gfx1102 gfx1150 gfx1151 gfx1200 gfx1201");
    QTest::newRow("0.18-linux-rocm7") << QStringLiteral("0.18.0") << QStringLiteral("linux")
                                      << list("gfx908 gfx90a gfx942 gfx950 gfx1010 gfx1012 gfx1030 gfx1100 gfx1101 "
                                              "gfx1102 gfx1103 gfx1150 gfx1151 gfx1200 gfx1201");
    // The seed's machine: Ollama 0.17.0 for Windows, HIP SDK 6.2; its docs list gfx1030 and RDNA 3 only.
    QTest::newRow("0.17-windows") << QStringLiteral("0.17.0") << QStringLiteral("windows")
                                  << list("gfx1030 gfx1100 gfx1101 gfx1102");
    QTest::newRow("0.12.3-vega") << QStringLiteral("0.12.3") << QStringLiteral("linux")
                                 << list("gfx900 gfx906 gfx908 gfx90a gfx940 gfx941 gfx942 gfx1010 gfx1012 gfx1030 "
                                         "gfx1100 gfx1101 gfx1102 gfx1151 gfx1200 gfx1201");
    QTest::newRow("0.6.3-linux-no-rdna4")
        << QStringLiteral("0.6.3") << QStringLiteral("linux")
        << list("gfx900 gfx906 gfx908 gfx90a gfx940 gfx941 gfx942 gfx1010 gfx1012 gfx1030 gfx1100 gfx1101 gfx1102 "
                "gfx1151");
    QTest::newRow("0.6.3-windows") << QStringLiteral("0.6.3") << QStringLiteral("windows")
                                   << list("gfx1030 gfx1100 gfx1101 gfx1102");
    QTest::newRow("before-table takes the first row") << QStringLiteral("0.5.0") << QStringLiteral("linux")
                                                     << CompatTable::builtin().supportedTargets(*OllamaVersion::parse(QStringLiteral("0.5.8")), RocmOs::Linux);
}

void TestCompatTable::targetsByVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, os);
    QFETCH(QStringList, targets);
    const RocmOs rocmOs = os == QLatin1String("linux") ? RocmOs::Linux : RocmOs::Windows;
    QCOMPARE(CompatTable::builtin().supportedTargets(*OllamaVersion::parse(version), rocmOs), targets);
}

void TestCompatTable::vulkanMode_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("mode");
    QTest::newRow("0.12.10") << QStringLiteral("0.12.10") << int(VulkanMode::Absent);
    QTest::newRow("0.12.11") << QStringLiteral("0.12.11") << int(VulkanMode::OptIn);
    QTest::newRow("0.29.9") << QStringLiteral("0.29.9") << int(VulkanMode::OptIn);
    QTest::newRow("0.30.0-rc1") << QStringLiteral("0.30.0-rc1") << int(VulkanMode::OptIn);
    QTest::newRow("0.30.0") << QStringLiteral("0.30.0") << int(VulkanMode::Default);
}

void TestCompatTable::vulkanMode()
{
    QFETCH(QString, version);
    QFETCH(int, mode);
    QCOMPARE(int(CompatTable::builtin().vulkanMode(*OllamaVersion::parse(version))), mode);
}

void TestCompatTable::overrideTarget_data()
{
    QTest::addColumn<QString>("gfx");
    QTest::addColumn<QString>("target");
    QTest::newRow("rx6700xt") << QStringLiteral("gfx1031") << QStringLiteral("gfx1030");
    QTest::newRow("rx5400") << QStringLiteral("gfx1034") << QStringLiteral("gfx1030"); // the docs' own example
    QTest::newRow("680m") << QStringLiteral("gfx1035") << QStringLiteral("gfx1030");
    QTest::newRow("780m") << QStringLiteral("gfx1103") << QStringLiteral("gfx1102");
    QTest::newRow("860m") << QStringLiteral("gfx1152") << QStringLiteral("gfx1151");
    QTest::newRow("rx5700xt-none") << QStringLiteral("gfx1010") << QString();
    QTest::newRow("polaris-none") << QStringLiteral("gfx803") << QString();
    QTest::newRow("vega-apu-not-cdna") << QStringLiteral("gfx90c") << QString();
    QTest::newRow("supported-needs-none") << QStringLiteral("gfx1030") << QString();
    QTest::newRow("unknown") << QStringLiteral("gfx9999") << QString();
}

void TestCompatTable::overrideTarget()
{
    QFETCH(QString, gfx);
    QFETCH(QString, target);
    const CompatTable &t = CompatTable::builtin();
    QCOMPARE(t.overrideTarget(gfx, t.supportedTargets(t.newestKnownVersion(), RocmOs::Linux)), target);
}

void TestCompatTable::hsaValue_data()
{
    QTest::addColumn<QString>("gfx");
    QTest::addColumn<QString>("value");
    QTest::newRow("gfx1030") << QStringLiteral("gfx1030") << QStringLiteral("10.3.0");
    QTest::newRow("gfx1102") << QStringLiteral("gfx1102") << QStringLiteral("11.0.2");
    QTest::newRow("gfx1151") << QStringLiteral("gfx1151") << QStringLiteral("11.5.1");
    QTest::newRow("gfx906") << QStringLiteral("gfx906") << QStringLiteral("9.0.6");
    QTest::newRow("gfx90a") << QStringLiteral("gfx90a") << QStringLiteral("9.0.10");
    QTest::newRow("bad") << QStringLiteral("navi21") << QString();
}

void TestCompatTable::hsaValue()
{
    QFETCH(QString, gfx);
    QFETCH(QString, value);
    QCOMPARE(hsaOverrideValue(gfx), value);
}

void TestCompatTable::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("gfx");
    QTest::newRow("plain") << QStringLiteral("gfx1030") << QStringLiteral("gfx1030");
    QTest::newRow("xnack") << QStringLiteral("gfx90a:xnack-") << QStringLiteral("gfx90a");
    QTest::newRow("upper") << QStringLiteral("GFX1201") << QStringLiteral("gfx1201");
    QTest::newRow("junk") << QStringLiteral("gfxzz") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCompatTable::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, gfx);
    QCOMPARE(normalizeGfxTarget(text), gfx);
}

namespace {

QJsonObject builtinJson()
{
    QFile f(QStringLiteral(":/ogs/data/ollama-compat.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Sets root[path...] = value (or removes it when value is undefined); numbers index arrays.
QJsonValue edited(QJsonValue node, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    bool isIndex = false;
    const int index = path.first().toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        a[index] = edited(a.at(index), path.mid(1), value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.size() == 1 && value.isUndefined())
        o.remove(path.first());
    else
        o[path.first()] = edited(o.value(path.first()), path.mid(1), value);
    return o;
}

QByteArray builtinWith(const QString &dottedPath, const QJsonValue &value = QJsonValue(QJsonValue::Undefined))
{
    return bytes(edited(builtinJson(), dottedPath.split(QLatin1Char('.')), value).toObject());
}

} // namespace

void TestCompatTable::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QVERIFY(!builtinJson().isEmpty());
    QTest::newRow("not-json") << QByteArray("[") << QStringLiteral("not a JSON object");
    QTest::newRow("bad-version") << builtinWith(QStringLiteral("newest_known_version"), QStringLiteral("soon"))
                                 << QStringLiteral("newest_known_version");
    QTest::newRow("no-releases") << builtinWith(QStringLiteral("releases"), QJsonArray())
                                 << QStringLiteral("no releases");
    QTest::newRow("bad-target") << builtinWith(QStringLiteral("releases.0.linux"), QJsonArray { QStringLiteral("navi21") })
                                << QStringLiteral("'navi21' is not a gfx target");
    QTest::newRow("unordered") << builtinWith(QStringLiteral("releases.1.since"), QStringLiteral("0.1.0"))
                               << QStringLiteral("ascending");
    QTest::newRow("no-family") << builtinWith(QStringLiteral("releases.0.linux"), QJsonArray { QStringLiteral("gfx1013") })
                               << QStringLiteral("gfx1013 is listed in a build but has no entry");
    QTest::newRow("igpu-default-bad-target")
        << builtinWith(QStringLiteral("features.igpu_rocm_default_since.targets"), QJsonArray { QStringLiteral("8060s") })
        << QStringLiteral("features.igpu_rocm_default_since");
}

void TestCompatTable::everyFactHasASource_data()
{
    // Every entry of the real file that states a fact: removing its source must make the table refuse to load,
    // with an error naming the entry. New entries are found by walking the file, so none can slip through.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    const QJsonObject root = builtinJson();
    QTest::newRow("newest_known_version") << QStringLiteral("newest_known_version_source")
                                          << QStringLiteral("newest_known_version: no newest_known_version_source");
    const QJsonObject features = root.value(QLatin1String("features")).toObject();
    for (auto it = features.begin(); it != features.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << QStringLiteral("features.%1.source").arg(it.key())
                                            << QStringLiteral("features.%1: no source").arg(it.key());
    const QJsonArray releases = root.value(QLatin1String("releases")).toArray();
    for (int i = 0; i < releases.size(); ++i) {
        const QString since = releases.at(i).toObject().value(QLatin1String("since")).toString();
        QTest::newRow(qPrintable(QStringLiteral("release %1 linux").arg(since)))
            << QStringLiteral("releases.%1.source").arg(i) << QStringLiteral("releases[%1]: no source").arg(i);
        QTest::newRow(qPrintable(QStringLiteral("release %1 windows").arg(since)))
            << QStringLiteral("releases.%1.windows_source").arg(i)
            << QStringLiteral("releases[%1]: no windows_source").arg(i);
    }
    QTest::newRow("fork") << QStringLiteral("ollama_for_amd.source") << QStringLiteral("ollama_for_amd: no source");
    QTest::newRow("fork-latest") << QStringLiteral("ollama_for_amd.latest_release.source")
                                 << QStringLiteral("ollama_for_amd.latest_release: no source");
    const QJsonArray targets = root.value(QLatin1String("targets")).toArray();
    for (int i = 0; i < targets.size(); ++i) {
        const QString gfx = targets.at(i).toObject().value(QLatin1String("gfx")).toString();
        QTest::newRow(qPrintable(gfx)) << QStringLiteral("targets.%1.source").arg(i)
                                       << QStringLiteral("targets[%1] (%2): no source").arg(i).arg(gfx);
    }
    const QJsonArray notes = root.value(QLatin1String("override_notes")).toArray();
    for (int i = 0; i < notes.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("override note %1").arg(i)))
            << QStringLiteral("override_notes.%1.source").arg(i) << QStringLiteral("override_notes[%1]: no source").arg(i);
}

void TestCompatTable::everyFactHasASource()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    QString got;
    QVERIFY2(!CompatTable::fromJson(bytes(builtinJson()), &got).isEmpty(), qPrintable(got));
    for (const QJsonValue &blank : { QJsonValue(QJsonValue::Undefined), QJsonValue(QStringLiteral("  ")) }) {
        got.clear();
        const CompatTable t = CompatTable::fromJson(builtinWith(path, blank), &got);
        QVERIFY(t.isEmpty());
        QVERIFY2(got.contains(error), qPrintable(got));
    }
}

void TestCompatTable::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString got;
    const CompatTable t = CompatTable::fromJson(json, &got);
    QVERIFY(t.isEmpty());
    QVERIFY2(got.contains(error), qPrintable(got));
}

void TestCompatTable::igpuFilter_data()
{
    // discover/runner.go filterIntegratedGPUs: 9db4bdba (v0.30.0) drops every non-CUDA iGPU; 4c076813b (v0.30.1)
    // admits ROCm gfx1151 by default, never a Vulkan one.
    QTest::addColumn<QString>("gfx");
    QTest::addColumn<bool>("integrated");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("rocm");
    QTest::addColumn<bool>("needs");
    QTest::newRow("780m-0.24") << QStringLiteral("gfx1103") << true << QStringLiteral("0.24.0") << false << false;
    QTest::newRow("780m-0.30.0-rc1") << QStringLiteral("gfx1103") << true << QStringLiteral("0.30.0-rc1") << false << false;
    QTest::newRow("780m-0.30.0-vulkan") << QStringLiteral("gfx1103") << true << QStringLiteral("0.30.0") << false << true;
    QTest::newRow("890m-0.33-rocm") << QStringLiteral("gfx1150") << true << QStringLiteral("0.33.0") << true << true;
    QTest::newRow("8060s-0.30.0-rocm") << QStringLiteral("gfx1151") << true << QStringLiteral("0.30.0") << true << true;
    QTest::newRow("8060s-0.30.1-rocm") << QStringLiteral("gfx1151") << true << QStringLiteral("0.30.1") << true << false;
    QTest::newRow("8060s-0.33-vulkan") << QStringLiteral("gfx1151") << true << QStringLiteral("0.33.0") << false << true;
    QTest::newRow("discrete-0.33") << QStringLiteral("gfx1030") << false << QStringLiteral("0.33.0") << true << false;
}

void TestCompatTable::igpuFilter()
{
    QFETCH(QString, gfx);
    QFETCH(bool, integrated);
    QFETCH(QString, version);
    QFETCH(bool, rocm);
    QFETCH(bool, needs);
    QCOMPARE(CompatTable::builtin().igpuNeedsEnable(gfx, integrated, *OllamaVersion::parse(version), rocm), needs);
}

void TestCompatTable::beyondData()
{
    const CompatTable &t = CompatTable::builtin();
    QVERIFY(!t.isBeyondData(v("0.33.0")));
    QVERIFY(!t.isBeyondData(v("0.12.11")));
    QVERIFY(t.isBeyondData(v("0.34.2")));
    QVERIFY(t.isBeyondData(v("0.35.0-rc1")));
    QVERIFY(t.isBeyondData(v("1.0.0")));
    QVERIFY(!t.newestKnownSource().isEmpty());
}

QTEST_GUILESS_MAIN(TestCompatTable)
#include "tst_compattable.moc"
