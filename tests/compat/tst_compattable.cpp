#include "compat/compattable.h"
#include "compat/gfxtarget.h"

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
    QTest::newRow("0.30-windows-rocm7")
        << QStringLiteral("0.30.0") << QStringLiteral("windows")
        << list(
               "gfx942 gfx950 gfx1010 gfx1012 gfx1030 gfx1100 gfx1101 gfx1102 gfx1103 gfx1150 gfx1151 gfx1200 gfx1201");
    QTest::newRow("0.18-linux-rocm7") << QStringLiteral("0.18.0") << QStringLiteral("linux")
                                      << list("gfx908 gfx90a gfx942 gfx950 gfx1010 gfx1012 gfx1030 gfx1100 gfx1101 "
                                              "gfx1102 gfx1103 gfx1150 gfx1151 gfx1200 gfx1201");
    QTest::newRow("0.17-windows")
        << QStringLiteral("0.17.0") << QStringLiteral("windows")
        << list("gfx940 gfx941 gfx942 gfx1010 gfx1012 gfx1030 gfx1100 gfx1101 gfx1102 gfx1151 gfx1200 gfx1201");
    QTest::newRow("0.12.3-vega") << QStringLiteral("0.12.3") << QStringLiteral("linux")
                                 << list("gfx900 gfx906 gfx908 gfx90a gfx940 gfx941 gfx942 gfx1010 gfx1012 gfx1030 "
                                         "gfx1100 gfx1101 gfx1102 gfx1151 gfx1200 gfx1201");
    QTest::newRow("0.6.3-no-rdna4")
        << QStringLiteral("0.6.3") << QStringLiteral("windows")
        << list("gfx900 gfx940 gfx941 gfx942 gfx1010 gfx1012 gfx1030 gfx1100 gfx1101 gfx1102 gfx1151");
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

void TestCompatTable::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray features
        = R"("features": {"vulkan_opt_in_since": {"version": "0.12.11"}, "vulkan_default_since": {"version": "0.30.0"}, "igpu_enable_since": {"version": "0.30.0"}})";
    QTest::newRow("not-json") << QByteArray("[") << QStringLiteral("not a JSON object");
    QTest::newRow("bad-version") << QByteArray(R"({"newest_known_version": "soon"})")
                                 << QStringLiteral("newest_known_version");
    QTest::newRow("no-releases") << QByteArray(R"({"newest_known_version": "0.1.0", )" + features + "}")
                                 << QStringLiteral("no releases");
    QTest::newRow("bad-target") << QByteArray(R"({"newest_known_version": "0.1.0", )" + features
        + R"(, "releases": [{"since": "0.1.0", "linux": ["navi21"], "windows": []}]})")
                                << QStringLiteral("'navi21' is not a gfx target");
    QTest::newRow("unordered") << QByteArray(R"({"newest_known_version": "0.1.0", )" + features
        + R"(, "releases": [{"since": "0.2.0", "linux": [], "windows": []}, {"since": "0.1.0", "linux": [], "windows": []}]})")
                               << QStringLiteral("ascending");
    QTest::newRow("no-family") << QByteArray(R"({"newest_known_version": "0.1.0", )" + features
        + R"(, "releases": [{"since": "0.1.0", "linux": ["gfx1030"], "windows": []}], "ollama_for_amd": {"windows": []}, "targets": []})")
                               << QStringLiteral("gfx1030 is listed in a build but has no entry");
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

QTEST_GUILESS_MAIN(TestCompatTable)
#include "tst_compattable.moc"
