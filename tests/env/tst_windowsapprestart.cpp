// Restarting Ollama's Windows tray app after a registry apply, over a WindowsOllamaControl
// double: the same code `env apply` and the wizard run on Windows.
#include "env/servicerestart.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

/// Processes that run until stopped; records every call in order.
class FakeControl final : public WindowsOllamaControl {
public:
    QStringList runningProcesses(QString *error) override
    {
        calls << QStringLiteral("list");
        *error = listError;
        return running;
    }
    bool stopAll(int timeoutMs, QString *error) override
    {
        calls << QStringLiteral("stop %1").arg(timeoutMs);
        if (!stopError.isEmpty()) {
            *error = stopError;
            return false;
        }
        running.clear();
        return true;
    }
    bool startDetached(const QString &program, QString *error) override
    {
        calls << QStringLiteral("start ") + program;
        if (!startError.isEmpty()) {
            *error = startError;
            return false;
        }
        running = QStringList { QStringLiteral("ollama app.exe"), QStringLiteral("ollama.exe") };
        return true;
    }

    QStringList running;
    QStringList calls;
    QString listError;
    QString stopError;
    QString startError;
};

} // namespace

class TestWindowsAppRestart final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_tray;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_tray = m_dir.filePath(QStringLiteral("Programs/Ollama/ollama app.exe"));
        QVERIFY(QDir().mkpath(QFileInfo(m_tray).absolutePath()));
        QFile f(m_tray);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("MZ");
    }

    /// The registry targets plan the tray app restart when a caller can do it; files never do.
    void planAsData()
    {
        for (EnvTarget t : { EnvTarget::WindowsUser, EnvTarget::WindowsMachine }) {
            const RestartPlan p = restartPlan(t, m_tray);
            QVERIFY(p.canRestart());
            QVERIFY(p.restartsWindowsApp());
            QCOMPARE(p.windowsApp, m_tray);
            QVERIFY(p.systemctl.isEmpty());
            QCOMPARE(p.manualStep, targetFollowUp(t)); // for when it fails
            QVERIFY(!restartPlan(t).canRestart()); // no control: the user restarts it
        }
        QVERIFY(!restartPlan(EnvTarget::Bashrc, m_tray).restartsWindowsApp());
        QVERIFY(!restartPlan(EnvTarget::Systemd, m_tray).restartsWindowsApp());
        FakeControl control;
        QStringList messages;
        QVERIFY(!runAppRestart(restartPlan(EnvTarget::Bashrc, m_tray), control, &messages));
        QVERIFY(control.calls.isEmpty());
        QVERIFY(messages.isEmpty());
    }

    void runningIsStoppedThenStarted()
    {
        FakeControl control;
        control.running = QStringList { QStringLiteral("ollama app.exe"), QStringLiteral("ollama.exe"),
            QStringLiteral("ollama.exe") };
        QStringList messages;
        WindowsAppRestart r;
        QVERIFY(runAppRestart(restartPlan(EnvTarget::WindowsUser, m_tray), control, &messages, &r));
        QCOMPARE(control.calls,
            (QStringList { QStringLiteral("list"), QStringLiteral("stop 10000"), QStringLiteral("start ") + m_tray }));
        QCOMPARE(r.outcome, WindowsAppRestart::Outcome::Restarted);
        QCOMPARE(r.wasRunning, (QStringList { QStringLiteral("ollama app.exe"), QStringLiteral("ollama.exe") }));
        QCOMPARE(control.running.size(), 2); // running again
        QCOMPARE(messages,
            QStringList { QStringLiteral("Restarted Ollama: stopped ollama app.exe, ollama.exe, started %1")
                              .arg(QDir::toNativeSeparators(m_tray)) });
    }

    void notRunningIsStartedWhenInstalled()
    {
        FakeControl control;
        const WindowsAppRestart r = restartWindowsApp(control, m_tray, 500);
        QVERIFY(r.ok());
        QCOMPARE(r.outcome, WindowsAppRestart::Outcome::Started);
        QCOMPARE(control.calls, (QStringList { QStringLiteral("list"), QStringLiteral("start ") + m_tray }));
        QCOMPARE(describeWindowsAppRestart(r, QStringLiteral("x")),
            QStringLiteral("Ollama was not running; started %1").arg(QDir::toNativeSeparators(m_tray)));
    }

    void stopDeniedStartsNothing()
    {
        FakeControl control;
        control.running = QStringList { QStringLiteral("ollama app.exe"), QStringLiteral("ollama.exe") };
        control.stopError = QStringLiteral("cannot stop ollama.exe (pid 4242): error 5 (Access is denied.)");
        QStringList messages;
        WindowsAppRestart r;
        QVERIFY(!runAppRestart(restartPlan(EnvTarget::WindowsUser, m_tray), control, &messages, &r));
        QCOMPARE(r.outcome, WindowsAppRestart::Outcome::StopFailed);
        QCOMPARE(control.calls, (QStringList { QStringLiteral("list"), QStringLiteral("stop 10000") }));
        QCOMPARE(messages,
            QStringList {
                QStringLiteral(
                    "Warning: cannot stop ollama.exe (pid 4242): error 5 (Access is denied.); nothing was started; ")
                + targetFollowUp(EnvTarget::WindowsUser) });
    }

    void missingTrayAppStopsNothing()
    {
        QVERIFY(QFile::remove(m_tray));
        FakeControl control;
        control.running = QStringList { QStringLiteral("ollama.exe") };
        WindowsAppRestart r = restartWindowsApp(control, m_tray);
        QCOMPARE(r.outcome, WindowsAppRestart::Outcome::NotInstalled);
        QCOMPARE(
            control.calls, QStringList { QStringLiteral("list") }); // the server it could not start again keeps running
        QCOMPARE(control.running, QStringList { QStringLiteral("ollama.exe") });
        const QString text = describeWindowsAppRestart(r, targetFollowUp(EnvTarget::WindowsUser));
        QVERIFY2(
            text.startsWith(QStringLiteral(
                "Warning: Ollama's app is not at %1, so Ollama was not restarted (nothing was stopped); quit Ollama")
                                .arg(QDir::toNativeSeparators(m_tray))),
            qPrintable(text));

        control.running.clear();
        control.calls.clear();
        r = restartWindowsApp(control, m_tray);
        QCOMPARE(r.outcome, WindowsAppRestart::Outcome::NotInstalled);
        QCOMPARE(control.calls, QStringList { QStringLiteral("list") });
        QVERIFY(describeWindowsAppRestart(r, QString())
                    .startsWith(QLatin1String("Ollama is not running and its app is not at")));
        QVERIFY(!restartWindowsApp(control, QString()).ok()); // no path known at all
        QVERIFY(!restartWindowsApp(control, m_dir.path()).ok()); // a folder is not the program
    }

    void startFailureSaysStartMenu()
    {
        FakeControl control;
        control.running = QStringList { QStringLiteral("ollama app.exe") };
        control.startError
            = QStringLiteral("cannot start ollama app.exe: error 2 (The system cannot find the file specified.)");
        const WindowsAppRestart r = restartWindowsApp(control, m_tray);
        QCOMPARE(r.outcome, WindowsAppRestart::Outcome::StartFailed);
        QVERIFY(!r.ok());
        QCOMPARE(control.calls,
            (QStringList { QStringLiteral("list"), QStringLiteral("stop 10000"), QStringLiteral("start ") + m_tray }));
        QCOMPARE(describeWindowsAppRestart(r, QString()),
            QStringLiteral(
                "Warning: stopped ollama app.exe, but cannot start ollama app.exe: error 2 (The system cannot find the "
                "file specified.); start Ollama from the Start menu"));
    }

    /// Ollama was not running and its start fails: nothing was stopped, so the message says so
    /// and gives the manual step instead of "stopped , but".
    void startFailureWhenNotRunning()
    {
        FakeControl control;
        control.startError = QStringLiteral("cannot start ollama app.exe: error 5 (Access is denied.)");
        const WindowsAppRestart r = restartWindowsApp(control, m_tray);
        QCOMPARE(r.outcome, WindowsAppRestart::Outcome::StartFailed);
        QCOMPARE(control.calls, (QStringList { QStringLiteral("list"), QStringLiteral("start ") + m_tray }));
        QCOMPARE(describeWindowsAppRestart(r, QStringLiteral("start Ollama from the Start menu")),
            QStringLiteral("Warning: cannot start ollama app.exe: error 5 (Access is denied.), so Ollama was not "
                           "restarted; start Ollama from the Start menu"));
    }

    void unreadableProcessListDoesNothing()
    {
        FakeControl control;
        control.running = QStringList { QStringLiteral("ollama app.exe") };
        control.listError = QStringLiteral("cannot list processes: error 5 (Access is denied.)");
        const WindowsAppRestart r = restartWindowsApp(control, m_tray);
        QCOMPARE(r.outcome, WindowsAppRestart::Outcome::ListFailed);
        QCOMPARE(control.calls, QStringList { QStringLiteral("list") });
        QCOMPARE(describeWindowsAppRestart(r, QStringLiteral("do it")),
            QStringLiteral(
                "Warning: cannot list processes: error 5 (Access is denied.), so Ollama was not restarted; do it"));
    }
};

QTEST_GUILESS_MAIN(TestWindowsAppRestart)
#include "tst_windowsapprestart.moc"
