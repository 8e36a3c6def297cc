#include "env/servicerestart.h"

#include <QTest>

using namespace ogs;

namespace {

/// Answers systemctl with a fixed exit code and records the calls.
class ScriptedRunner final : public ProcessRunner {
public:
    explicit ScriptedRunner(int exitCode, bool installed = true)
        : m_exitCode(exitCode)
        , m_installed(installed)
    {
    }
    ProcessResult run(const QString &program, const QStringList &arguments, int) override
    {
        calls << program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
        return m_installed ? ProcessResult { true, m_exitCode, {} } : ProcessResult {};
    }
    QStringList calls;

private:
    int m_exitCode;
    bool m_installed;
};

} // namespace

/// Restarting Ollama after an apply: only the systemd service can be restarted from here.
class TestServiceRestart final : public QObject {
    Q_OBJECT
private slots:
    void onlySystemdRestarts()
    {
        QVERIFY(restartPlan(EnvTarget::Systemd).canRestart());
        for (EnvTarget t : allEnvTargets()) {
            if (t == EnvTarget::Systemd)
                continue;
            const RestartPlan p = restartPlan(t);
            QVERIFY(!p.canRestart());
            QCOMPARE(p.manualStep, targetFollowUp(t));
            QVERIFY(!p.manualStep.isEmpty());
        }
    }

    void runsReloadThenRestart()
    {
        ScriptedRunner runner(0);
        QStringList messages;
        QVERIFY(runRestart(restartPlan(EnvTarget::Systemd), runner, &messages));
        QCOMPARE(runner.calls,
            (QStringList { QStringLiteral("systemctl daemon-reload"), QStringLiteral("systemctl restart ollama") }));
        QCOMPARE(messages,
            (QStringList {
                QStringLiteral("Ran systemctl daemon-reload"), QStringLiteral("Ran systemctl restart ollama") }));
    }

    void failureSaysWhatToRun()
    {
        for (ScriptedRunner *runner : { new ScriptedRunner(1), new ScriptedRunner(0, false) }) {
            QStringList messages;
            QVERIFY(!runRestart(restartPlan(EnvTarget::Systemd), *runner, &messages));
            QCOMPARE(messages.size(), 2);
            QVERIFY2(messages.at(1).startsWith(
                         QLatin1String("Warning: systemctl restart ollama failed; run: sudo systemctl")),
                qPrintable(messages.at(1)));
            delete runner;
        }
    }
};

QTEST_GUILESS_MAIN(TestServiceRestart)
#include "tst_servicerestart.moc"
