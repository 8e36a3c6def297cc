#include "diagnose/findingfix.h"
#include "env/envplan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

QString readLog(const QString &name)
{
    QFile f(QStringLiteral(OGS_TEST_DATA "/ollama-logs/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList words(const FindingEnvFix &fix)
{
    QStringList out;
    for (const auto &[k, v] : fix.set)
        out << k + QLatin1Char('=') + v;
    for (const QString &k : fix.unset)
        out << QLatin1Char('-') + k;
    return out;
}

} // namespace

/// The variables behind each finding's fix, from real Ollama logs.
class TestFindingFix final : public QObject {
    Q_OBJECT
private slots:
    void fromRealLogs_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QStringList>("fix");
        const QString rx6750 = QStringLiteral("ollama-8772-linux-rx6750-gfx1031-not-supported.log");
        QTest::newRow("gfx1031 on Linux: the 10.3.0 override")
            << rx6750 << QString() << QStringLiteral("gpu-unsupported-gfx")
            << QStringList { QStringLiteral("HSA_OVERRIDE_GFX_VERSION=10.3.0") };
        QTest::newRow("the same GPU on Windows: Vulkan, overrides do nothing there")
            << rx6750 << QStringLiteral("windows") << QStringLiteral("gpu-unsupported-gfx")
            << QStringList { QStringLiteral("OLLAMA_VULKAN=1") };
        QTest::newRow("Radeon iGPU skipped")
            << QStringLiteral("ollama-11557-linux-rx7700s-gfx1102-igpu-skipped.log") << QString()
            << QStringLiteral("igpu-skipped") << QStringList { QStringLiteral("OLLAMA_IGPU_ENABLE=1") };
    }

    void fromRealLogs()
    {
        QFETCH(QString, log);
        QFETCH(QString, os);
        QFETCH(QString, finding);
        QFETCH(QStringList, fix);
        const QString text = readLog(log);
        QVERIFY(!text.isEmpty());
        const ParsedLog parsed = parseOllamaLog(text);
        DiagnoseContext ctx;
        ctx.os = os;
        bool found = false;
        for (const Finding &f : diagnose(parsed, ctx)) {
            if (f.id != finding)
                continue;
            found = true;
            QCOMPARE(words(findingEnvFix(f, parsed, ctx)), fix);
        }
        QVERIFY2(found, qPrintable(finding));
    }

    void notAVariable()
    {
        const ParsedLog log;
        const DiagnoseContext ctx;
        for (const char *id :
            { "not-in-render-group", "no-layers-offloaded", "amd-driver-old", "settings-not-applied" })
            QVERIFY(findingEnvFix(Finding { QLatin1String(id), Severity::Error, {}, {}, {} }, log, ctx).isEmpty());
        const QStringList stale = words(
            findingEnvFix(Finding { QStringLiteral("stale-hsa-override"), Severity::Warning, {}, {}, {} }, log, ctx));
        QCOMPARE(stale, QStringList { QStringLiteral("-HSA_OVERRIDE_GFX_VERSION") });
    }

    /// Every fix derived from every stored log, on every OS, is one the env planner accepts
    /// (allow-listed keys, valid values): "Apply this fix" never offers what apply refuses.
    void everyFixCanBePlanned()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const EnvPlanner planner(EnvRoots { home.path(), home.path() });
        const QStringList logs
            = QDir(QStringLiteral(OGS_TEST_DATA "/ollama-logs")).entryList({ QStringLiteral("*.log") });
        QVERIFY(logs.size() >= 8);
        int fixes = 0;
        for (const QString &name : logs) {
            const ParsedLog parsed = parseOllamaLog(readLog(name), LogScope::LastRun);
            for (const QString &os : { QStringLiteral("linux"), QStringLiteral("windows"), QStringLiteral("wsl2") }) {
                DiagnoseContext ctx;
                ctx.os = os;
                ctx.runningModels = { { QStringLiteral("llama3.2:latest"), 4000, 1000 } };
                for (const Finding &f : diagnose(parsed, ctx)) {
                    const FindingEnvFix fix = findingEnvFix(f, parsed, ctx);
                    if (fix.isEmpty())
                        continue;
                    ++fixes;
                    EnvRequest r;
                    r.target = EnvTarget::Bashrc;
                    r.set = fix.set;
                    r.unset = fix.unset;
                    QString error;
                    QVERIFY2(
                        planner.plan(r, &error), qPrintable(QStringLiteral("%1 %2 %3: %4").arg(name, os, f.id, error)));
                }
            }
        }
        QVERIFY(fixes >= 10);
    }
};

QTEST_GUILESS_MAIN(TestFindingFix)
#include "tst_findingfix.moc"
