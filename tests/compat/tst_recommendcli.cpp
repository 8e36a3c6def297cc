#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

QStringList pathIds(const QJsonObject &o)
{
    QStringList ids;
    for (const QJsonValue &p : o.value(QStringLiteral("paths")).toArray())
        ids << p.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QStringList rejectedIds(const QJsonObject &o)
{
    QStringList ids;
    for (const QJsonValue &p : o.value(QStringLiteral("not_offered")).toArray())
        ids << p.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QStringList args(const char *line)
{
    QStringList a = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &s : a) {
        s.replace(QStringLiteral("@DATA@"), QStringLiteral(OGS_TEST_DATA "/compat"));
    }
    return a;
}

} // namespace

class TestRecommendCli final : public QObject {
    Q_OBJECT

private slots:
    void cases_data();
    void cases();
    void usageErrors_data();
    void usageErrors();
    void help();
    void textOutput();
    void installDisagreesWithTable();
    void unknownVersionIsSaid();
    void badVersionIsAssumed_data();
    void badVersionIsAssumed();
    void brokenInstallIsSaid();
};

void TestRecommendCli::cases_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("firstEnv"); // JSON of the first path's env
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QStringList>("notOffered");
    const char *linuxInstall = " --ollama-dir @DATA@/install-linux-0.33";
    QTest::newRow("rx5700xt-windows") << args(
        "--platform windows --gpu 1002:731f:c1 --vram 8GiB --ollama-version 0.33.0")
                                      << QStringLiteral("vulkan") << QStringLiteral("{}")
                                      << QStringList { QStringLiteral("ollama-for-amd") }
                                      << QStringList { QStringLiteral("rocm"), QStringLiteral("rocm-override") };
    // Issue #15's headline: the seed's machine, Windows 11, RX 5700 XT, Ollama 0.17.0 (Vulkan opt-in then).
    QTest::newRow("rx5700xt-windows-0.17.0") << args("--platform windows --gpu gfx1010 --vram 8GiB --ollama-version 0.17.0")
                                             << QStringLiteral("vulkan") << QStringLiteral("{\"OLLAMA_VULKAN\":\"1\"}")
                                             << QStringList { QStringLiteral("ollama-for-amd") }
                                             << QStringList { QStringLiteral("rocm"), QStringLiteral("rocm-override") };
    // An installed ROCm 7.14 build (nested rocBLAS, rocm_v7_14) ships gfx1010: the install is the final word.
    QTest::newRow("rx5700xt-windows-rocm7.14-install")
        << args("--platform windows --gpu gfx1010 --ollama-version 0.33.0 --ollama-dir @DATA@/install-windows-rocm7.14-nested")
        << QStringLiteral("rocm") << QStringLiteral("{}") << QStringList { QStringLiteral("vulkan") } << QStringList {};
    QTest::newRow("rx5700xt-linux") << args(
        QByteArray("--platform linux --gpu gfx1010 --vram 8G --ollama-version 0.33.0 --rocm-installed yes")
            .append(linuxInstall)) << QStringLiteral("vulkan")
                                    << QStringLiteral("{}") << QStringList {}
                                    << QStringList { QStringLiteral("rocm"), QStringLiteral("ollama-for-amd") };
    QTest::newRow("rx6800xt-linux") << args(
        QByteArray("--platform linux --gpu 1002:73bf:c1 --ollama-version 0.33.0 --rocm-installed yes")
            .append(linuxInstall)) << QStringLiteral("rocm")
                                    << QStringLiteral("{}") << QStringList { QStringLiteral("vulkan") }
                                    << QStringList {};
    QTest::newRow("rx6800xt-windows") << args("--platform windows --gpu gfx1030 --ollama-version 0.33.0 --hip-sdk no")
                                      << QStringLiteral("rocm") << QStringLiteral("{}")
                                      << QStringList { QStringLiteral("vulkan") } << QStringList {};
    QTest::newRow("rx9060xt-qwen3.5") << args(
        QByteArray("--platform linux --gpu gfx1200 --model qwen3.5:4b --ollama-version 0.33.0 --rocm-installed yes")
            .append(linuxInstall)) << QStringLiteral("vulkan")
                                      << QStringLiteral("{\"HIP_VISIBLE_DEVICES\":\"-1\",\"OLLAMA_LLM_LIBRARY\":"
                                                        "\"vulkan\",\"ROCR_VISIBLE_DEVICES\":\"NOT_A_DEVICE\"}")
                                      << QStringList { QStringLiteral("rocm") } << QStringList {};
    QTest::newRow("rx9060xt-gemma3") << args(
        QByteArray("--platform linux --gpu gfx1200 --model gemma3:4b --ollama-version 0.33.0 --rocm-installed yes")
            .append(linuxInstall)) << QStringLiteral("rocm")
                                     << QStringLiteral("{}") << QStringList { QStringLiteral("vulkan") }
                                     << QStringList {};
    QTest::newRow("intel-arc") << args("--platform windows --gpu 8086:56a0 --ollama-version 0.33.0")
                               << QStringLiteral("vulkan") << QStringLiteral("{}")
                               << QStringList { QStringLiteral("cpu") } << QStringList { QStringLiteral("rocm") };
    QTest::newRow("nvidia-rtx") << args("--platform windows --gpu 10de:2684 --ollama-version 0.33.0")
                                << QStringLiteral("cuda") << QStringLiteral("{}")
                                << QStringList { QStringLiteral("vulkan") } << QStringList { QStringLiteral("rocm") };
    QTest::newRow("no-gpu") << args("--platform windows --gpu none --ollama-version 0.33.0") << QStringLiteral("cpu")
                            << QStringLiteral("{}") << QStringList {} << QStringList {};
    QTest::newRow("wsl2") << args("--platform wsl2 --gpu gfx1010 --ollama-version 0.33.0")
                          << QStringLiteral("remote-host")
                          << QStringLiteral("{\"OLLAMA_HOST\":\"http://WINDOWS_HOST_IP:11434\"}")
                          << QStringList { QStringLiteral("cpu") } << QStringList { QStringLiteral("rocm") };
    QTest::newRow("unknown-gfx") << args("--platform windows --gpu gfx9999 --ollama-version 0.33.0")
                                 << QStringLiteral("vulkan") << QStringLiteral("{}") << QStringList {}
                                 << QStringList { QStringLiteral("rocm") };
    QTest::newRow("detected-from-sysfs") << args(QByteArray(
        "--platform linux --sysfs-root " OGS_TEST_DATA "/sysfs/rx6900xt --ollama-version 0.33.0 --rocm-installed yes")
                                                     .append(linuxInstall))
                                         << QStringLiteral("rocm") << QStringLiteral("{}")
                                         << QStringList { QStringLiteral("vulkan") } << QStringList {};
    QTest::newRow("detected-igpu-strixpoint") << args(QByteArray(
        "--platform linux --sysfs-root " OGS_TEST_DATA "/sysfs/strixpoint --ollama-version 0.33.0 --rocm-installed yes")
                                                          .append(linuxInstall))
                                              << QStringLiteral("rocm")
                                              << QStringLiteral("{\"OLLAMA_IGPU_ENABLE\":\"1\"}")
                                              << QStringList { QStringLiteral("vulkan") } << QStringList {};
    // A bare gfx target of an APU is an iGPU: the Radeon 780M given as gfx1103 alone (no PCI id).
    QTest::newRow("780m-bare-gfx-linux-0.33") << args("--platform linux --gpu gfx1103 --vram 8GiB --ollama-version 0.33.0")
                                              << QStringLiteral("vulkan")
                                              << QStringLiteral("{\"OLLAMA_IGPU_ENABLE\":\"1\"}")
                                              << QStringList {} << QStringList { QStringLiteral("rocm") };
    QTest::newRow("780m-bare-gfx-linux-0.24") << args("--platform linux --gpu gfx1103 --vram 8GiB --ollama-version 0.24.0")
                                              << QStringLiteral("rocm") << QStringLiteral("{}")
                                              << QStringList { QStringLiteral("vulkan") } << QStringList {};
    QTest::newRow("old-ollama-opt-in") << args("--platform windows --gpu gfx1031 --ollama-version 0.20.0")
                                       << QStringLiteral("vulkan") << QStringLiteral("{\"OLLAMA_VULKAN\":\"1\"}")
                                       << QStringList { QStringLiteral("ollama-for-amd") }
                                       << QStringList { QStringLiteral("rocm-override") };
}

void TestRecommendCli::cases()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, first);
    QFETCH(QString, firstEnv);
    QFETCH(QStringList, offered);
    QFETCH(QStringList, notOffered);
    const CliResult r = runCli(QStringList { QStringLiteral("recommend"), QStringLiteral("--json") } + arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    const QStringList ids = pathIds(o);
    QVERIFY2(!ids.isEmpty(), qPrintable(r.out));
    QCOMPARE(ids.constFirst(), first);
    const QJsonObject firstPath = o.value(QStringLiteral("paths")).toArray().first().toObject();
    QCOMPARE(firstPath.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(QString::fromUtf8(
                 QJsonDocument(firstPath.value(QStringLiteral("env")).toObject()).toJson(QJsonDocument::Compact)),
        firstEnv);
    for (const char *key : { "id", "rank", "env", "unset", "requires", "expected_relative_speed",
             "expected_tokens_per_s", "stability", "reasons", "warnings" })
        QVERIFY2(firstPath.contains(QLatin1String(key)), key);
    for (const QString &id : offered)
        QVERIFY2(ids.contains(id), qPrintable(id));
    for (const QString &id : notOffered) {
        QVERIFY2(!ids.contains(id), qPrintable(id));
        QVERIFY2(rejectedIds(o).contains(id), qPrintable(id + QStringLiteral(" has no reason in not_offered")));
    }
    QVERIFY(o.contains(QStringLiteral("gpu")));
    if (QTest::currentDataTag() == QByteArray("detected-from-sysfs"))
        QCOMPARE(o.value(QStringLiteral("gpu")).toObject().value(QStringLiteral("gfx_target")).toString(),
            QStringLiteral("gfx1030"));
    QVERIFY(o.contains(QStringLiteral("ollama_version")));
}

void TestRecommendCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // stderr must name this
    QTest::newRow("gpu-word") << args("--gpu banana") << QStringLiteral("'banana'");
    QTest::newRow("gpu-bad-gfx") << args("--gpu gfxzz") << QStringLiteral("'gfxzz'");
    QTest::newRow("gpu-unknown-vendor") << args("--gpu 1234:5678") << QStringLiteral("'1234:5678'");
    QTest::newRow("vram-words") << args("--gpu gfx1030 --vram lots") << QStringLiteral("'lots'");
    QTest::newRow("vram-negative") << args("--gpu gfx1030 --vram -8G") << QStringLiteral("'-8G'");
    QTest::newRow("vram-zero") << args("--gpu gfx1030 --vram 0") << QStringLiteral("0 is not allowed: a GPU with no memory");
    QTest::newRow("platform") << args("--platform mac") << QStringLiteral("'mac'");
    QTest::newRow("rocm-flag") << args("--rocm-installed maybe") << QStringLiteral("'maybe'");
    QTest::newRow("hip-flag") << args("--hip-sdk 2") << QStringLiteral("'2'");
    QTest::newRow("ollama-dir-missing") << args("--ollama-dir /nonexistent/ollama")
                                        << QStringLiteral("'/nonexistent/ollama'");
    QTest::newRow("ollama-dir-not-install") << args("--ollama-dir @DATA@/not-ollama") << QStringLiteral("not-ollama'");
    QTest::newRow("sysfs-root") << args("--sysfs-root /nonexistent/sys") << QStringLiteral("'/nonexistent/sys'");
    QTest::newRow("unknown-flag") << args("--frobnicate") << QStringLiteral("frobnicate");
    QTest::newRow("stray-argument") << args("--gpu gfx1030 extra") << QStringLiteral("'extra'");
}

void TestRecommendCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliResult r = runCli(QStringList { QStringLiteral("recommend") } + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), "no advice on a usage error");
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
}

void TestRecommendCli::help()
{
    const CliResult r = runCli({ QStringLiteral("recommend"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    for (const char *flag : { "--platform", "--gpu", "--vram", "--model", "--ollama-version", "--rocm-installed",
             "--hip-sdk", "--ollama-dir", "--sysfs-root", "--json" })
        QVERIFY2(r.out.contains(QLatin1String(flag)), flag);
    const CliResult global = runCli({ QStringLiteral("--help") });
    QVERIFY(global.out.contains(QLatin1String("recommend")));
    QVERIFY(global.out.contains(QLatin1String("budget")));
}

void TestRecommendCli::textOutput()
{
    const CliResult r = runCli(args("recommend --platform windows --gpu 1002:731f:c1 --ollama-version 0.33.0"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("AMD Radeon RX 5700 XT")));
    QVERIFY(r.out.contains(QLatin1String("1. vulkan")));
    QVERIFY(r.out.contains(QLatin1String("Not offered:")));
    QVERIFY(r.out.contains(QLatin1String("HSA_OVERRIDE_GFX_VERSION does nothing on Windows")));
    QVERIFY(r.out.contains(QLatin1String("about 12-20 tokens/s")));
}

void TestRecommendCli::installDisagreesWithTable()
{
    const CliResult r = runCli(args("recommend --json --platform windows --gpu gfx1031 --ollama-version 0.33.0 "
                                    "--ollama-dir @DATA@/install-windows-injected"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(pathIds(o).constFirst(), QStringLiteral("rocm"));
    const QJsonObject support = o.value(QStringLiteral("rocm_support")).toObject();
    QCOMPARE(support.value(QStringLiteral("decided_by")).toString(), QStringLiteral("install"));
    QCOMPARE(support.value(QStringLiteral("table")).toBool(), false);
    QCOMPARE(support.value(QStringLiteral("install")).toBool(), true);
    const QJsonArray targets
        = o.value(QStringLiteral("ollama_install")).toObject().value(QStringLiteral("rocm_targets")).toArray();
    QVERIFY(targets.contains(QStringLiteral("gfx1031")));
    QVERIFY(o.value(QStringLiteral("notes"))
                .toArray()
                .first()
                .toString()
                .contains(QLatin1String("the install is what counts")));
}

void TestRecommendCli::unknownVersionIsSaid()
{
    // --platform windows on a non-Windows host: nothing of this machine is consulted.
    const CliResult r = runCli(args("recommend --json --platform windows --gpu gfx1030"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
#if !defined(Q_OS_WIN)
    QCOMPARE(o.value(QStringLiteral("ollama_version_assumed")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("ollama_version")).toString(), QStringLiteral("0.33.0"));
    QVERIFY(o.value(QStringLiteral("ollama_version_note")).toString().contains(QLatin1String("--ollama-version")));
#endif
}

void TestRecommendCli::badVersionIsAssumed_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("note"); // in the notes
    QTest::addColumn<bool>("assumed");
    QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("'garbage' is not an Ollama version") << true;
    QTest::newRow("two-parts") << QStringLiteral("1.2") << QStringLiteral("'1.2' is not an Ollama version") << true;
    QTest::newRow("newer-rc") << QStringLiteral("0.35.0-rc1")
                              << QStringLiteral("Ollama 0.35.0-rc1 is newer than the newest version") << false;
    QTest::newRow("newer-0.34") << QStringLiteral("0.34.2") << QStringLiteral("behaviour up to 0.33.0") << false;
}

void TestRecommendCli::badVersionIsAssumed()
{
    QFETCH(QString, version);
    QFETCH(QString, note);
    QFETCH(bool, assumed);
    const CliResult r = runCli({ QStringLiteral("recommend"), QStringLiteral("--json"), QStringLiteral("--platform"),
        QStringLiteral("windows"), QStringLiteral("--gpu"), QStringLiteral("gfx1010"), QStringLiteral("--ollama-version"),
        version });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("ollama_version_assumed")).toBool(), assumed);
    const QJsonArray notes = o.value(QStringLiteral("notes")).toArray();
    int said = 0;
    for (const QJsonValue &n : notes)
        said += n.toString().contains(note) ? 1 : 0;
    QVERIFY2(said == 1, QJsonDocument(notes).toJson().constData());
    QCOMPARE(pathIds(o).constFirst(), QStringLiteral("vulkan"));
    QVERIFY(!pathIds(o).contains(QStringLiteral("rocm")));
}

void TestRecommendCli::brokenInstallIsSaid()
{
    const CliResult r = runCli(args("recommend --json --platform linux --gpu gfx1030 --ollama-version 0.33.0 "
                                    "--ollama-dir @DATA@/install-rocm-library-is-file"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(pathIds(o).constFirst(), QStringLiteral("vulkan"));
    const QString notes = QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("notes")).toArray()).toJson());
    QVERIFY2(notes.contains(QLatin1String("is a file where a folder should be")), qPrintable(notes));
    const CliResult empty = runCli(args("recommend --ollama-dir @DATA@/empty-folder"));
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(QLatin1String("is empty")), qPrintable(empty.err));
}

QTEST_GUILESS_MAIN(TestRecommendCli)
#include "tst_recommendcli.moc"
