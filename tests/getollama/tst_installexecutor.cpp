// Downloading and running an installer against a loopback release server: a good download is verified
// and handed to the (recorded) install step; corrupt, truncated, mismatching, unpublished, missing,
// dropped and redirected downloads are refused with a clear message and nothing is run; cancel leaves
// no partial file; a script is shown before it runs; the server is waited for.
#include "getollama/installexecutor.h"
#include "getollama/releaselookup.h"
#include "recordingrunner.h"
#include "releasefeedserver.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;
using ogs::test::FeedFault;
using ogs::test::ReleaseFeedServer;

namespace {

const QString kFeed = QStringLiteral("/repos/ollama/ollama/releases/latest");
const QString kExe = QStringLiteral("/download/v0.13.1/OllamaSetup.exe");
const QString kSums = QStringLiteral("/download/v0.13.1/sha256sum.txt");
const QString kScript = QStringLiteral("/install.sh");

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char &c : bytes)
        c = static_cast<char>(gen.bounded(256));
    return bytes;
}

/// Runs the program, but first rewrites `tamper` (someone swapping the file after it was checked).
class TamperingRunner final : public ProcessRunner {
public:
    ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs) override
    {
        if (program == QLatin1String("tamper")) {
            QFile f(arguments.value(0));
            if (f.open(QIODevice::Append))
                f.write("evil");
            return ProcessResult { true, 0, QByteArray() };
        }
        return inner.run(program, arguments, timeoutMs);
    }
    RecordingRunner inner;
};

} // namespace

class TestInstallExecutor final : public QObject {
    Q_OBJECT
    std::unique_ptr<ReleaseFeedServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    DownloadOptions m_options;
    QByteArray m_exe;

    QString downloadDir() const { return m_dir->path() + QStringLiteral("/downloads"); }
    QStringList leftovers() const { return QDir(downloadDir()).entryList(QDir::Files | QDir::Hidden); }

    std::optional<InstallPlan> windowsPlan(QString *error)
    {
        const auto release = fetchRelease(m_nam.get(), m_server->url(kFeed), m_options, error);
        if (!release)
            return std::nullopt;
        const auto installer = resolveWindowsInstaller(m_nam.get(), *release, m_options, error);
        if (!installer)
            return std::nullopt;
        PlanInput in;
        in.platform = Platform::Windows;
        in.decision.action = InstallAction::Install;
        in.downloadDir = downloadDir();
        in.installer = installer;
        in.serverUrl = m_server->url(QString());
        in.waitTimeoutMs = 3000;
        return buildInstallPlan(in, error);
    }

    ExecutorContext context(ProcessRunner *runner)
    {
        ExecutorContext c;
        c.runner = runner;
        c.nam = m_nam.get();
        c.download = m_options;
        return c;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ReleaseFeedServer>();
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_options = DownloadOptions {};
        m_options.idleTimeoutMs = 5000;
        m_exe = randomBytes(256 * 1024);
        m_server->setFile(kExe, m_exe);
        m_server->setFile(kSums, m_server->checksumList({ kExe }));
        m_server->publishRelease(kFeed, QStringLiteral("v0.13.1"), { kExe, kSums });
        m_server->setOllamaVersion(QStringLiteral("0.13.1"));
    }

    void goodDownloadIsVerifiedAndRun()
    {
        QString error;
        const auto plan = windowsPlan(&error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->steps.first().sha256, ReleaseFeedServer::sha256Of(m_exe));
        QCOMPARE(plan->steps.first().sha256Source, QStringLiteral("sha256sum.txt"));
        RecordingRunner runner;
        InstallExecutor executor(*plan, context(&runner));
        QSignalSpy progress(&executor, &InstallExecutor::progress);
        executor.start();
        QVERIFY2(executor.wait(), qPrintable(executor.error()));
        const QString exe = downloadDir() + QStringLiteral("/OllamaSetup.exe");
        QCOMPARE(runner.calls.size(), 1);
        QCOMPARE(runner.calls.first(),
            (QStringList { exe, QStringLiteral("/VERYSILENT"), QStringLiteral("/NORESTART"), QStringLiteral("/SUPPRESSMSGBOXES") }));
        QCOMPARE(leftovers(), QStringList { QStringLiteral("OllamaSetup.exe") });
        QCOMPARE(InstallExecutor::fileSha256(exe), ReleaseFeedServer::sha256Of(m_exe));
        QVERIFY(progress.count() > 0);
        QVERIFY(m_server->requestedPaths().contains(QStringLiteral("/api/version")));
        QCOMPARE(executor.stepsDone(), plan->steps.size());
    }

    void badDownloadsAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("corrupt") << int(FeedFault::Corrupt) << QStringLiteral("SHA-256 mismatch");
        QTest::newRow("truncated") << int(FeedFault::Truncated) << QStringLiteral("SHA-256 mismatch");
        QTest::newRow("404") << int(FeedFault::NotFound) << QStringLiteral("HTTP 404");
        QTest::newRow("dropped") << int(FeedFault::DropMidBody) << QStringLiteral("connection broke|truncated");
        QTest::newRow("other host") << int(FeedFault::RedirectOtherHost) << QStringLiteral("redirected to another host \\(http://localhost:");
    }
    void badDownloadsAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, expected);
        m_server->setFault(kExe, static_cast<FeedFault>(fault));
        QString error;
        const auto plan = windowsPlan(&error);
        QVERIFY2(plan, qPrintable(error));
        RecordingRunner runner;
        InstallExecutor executor(*plan, context(&runner));
        executor.start();
        QVERIFY(!executor.wait());
        QVERIFY2(executor.error().contains(QRegularExpression(expected)), qPrintable(executor.error()));
        QVERIFY(executor.error().contains(QStringLiteral("nothing was run")));
        QVERIFY(runner.calls.isEmpty());
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(' '))));
        QCOMPARE(executor.stepsDone(), 0);
    }

    void sameHostRedirectIsFollowed()
    {
        m_server->setFault(kExe, FeedFault::RedirectSameHost);
        QString error;
        const auto plan = windowsPlan(&error);
        QVERIFY(plan);
        RecordingRunner runner;
        InstallExecutor executor(*plan, context(&runner));
        executor.start();
        QVERIFY2(executor.wait(), qPrintable(executor.error()));
        QCOMPARE(runner.calls.size(), 1);
        QVERIFY(m_server->requestedPaths().contains(QStringLiteral("/mirror") + kExe));
    }

    void checksumMismatchInTheList()
    {
        m_server->setFile(kSums, QString(64, QLatin1Char('0')).toLatin1() + "  ./OllamaSetup.exe\n");
        QString error;
        const auto plan = windowsPlan(&error);
        QVERIFY(plan);
        RecordingRunner runner;
        InstallExecutor executor(*plan, context(&runner));
        executor.start();
        QVERIFY(!executor.wait());
        QVERIFY2(executor.error().contains(QStringLiteral("SHA-256 mismatch: got %1, the release publishes %2")
                                               .arg(ReleaseFeedServer::sha256Of(m_exe), QString(64, QLatin1Char('0')))),
            qPrintable(executor.error()));
        QVERIFY(runner.calls.isEmpty());
        QVERIFY(leftovers().isEmpty());
    }

    void missingChecksumIsRefusedBeforeDownloading()
    {
        m_server->publishRelease(kFeed, QStringLiteral("v0.13.1"), { kExe });
        QString error;
        QVERIFY(!windowsPlan(&error));
        QVERIFY2(error.contains(QStringLiteral("publishes no SHA-256 for OllamaSetup.exe")), qPrintable(error));
        QVERIFY(!m_server->requestedPaths().contains(kExe));

        m_server->setFile(kSums, "no hashes here\n");
        m_server->publishRelease(kFeed, QStringLiteral("v0.13.1"), { kExe, kSums });
        QVERIFY(!windowsPlan(&error));
        QVERIFY(error.contains(QStringLiteral("refusing to run it unverified")));
    }

    void checksumSources()
    {
        // The GitHub API's digest alone is enough (the fork publishes no sha256sum.txt).
        m_server->publishRelease(kFeed, QStringLiteral("v0.13.1"), { kExe }, true);
        QString error;
        auto plan = windowsPlan(&error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->steps.first().sha256Source, QStringLiteral("the feed's digest"));

        // A per-asset .sha256 file.
        const QString single = kExe + QStringLiteral(".sha256");
        m_server->setFile(single, ReleaseFeedServer::sha256Of(m_exe).toLatin1() + "  OllamaSetup.exe\n");
        m_server->publishRelease(kFeed, QStringLiteral("v0.13.1"), { kExe, single });
        plan = windowsPlan(&error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->steps.first().sha256Source, QStringLiteral("OllamaSetup.exe.sha256"));

        // Two published values that disagree.
        m_server->setFile(kSums, QString(64, QLatin1Char('1')).toLatin1() + "  ./OllamaSetup.exe\n");
        m_server->publishRelease(kFeed, QStringLiteral("v0.13.1"), { kExe, kSums }, true);
        QVERIFY(!windowsPlan(&error));
        QVERIFY2(error.contains(QStringLiteral("two different SHA-256 values")), qPrintable(error));

        // The checksum list itself is missing.
        m_server->setFault(kSums, FeedFault::NotFound);
        QVERIFY(!windowsPlan(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot read sha256sum.txt")) && error.contains(QStringLiteral("HTTP 404")),
            qPrintable(error));
    }

    void feedErrors()
    {
        QString error;
        m_server->setFault(kFeed, FeedFault::NotFound);
        QVERIFY(!fetchRelease(m_nam.get(), m_server->url(kFeed), m_options, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read the release feed")) && error.contains(QStringLiteral("404")),
            qPrintable(error));
        m_server->setFault(kFeed, FeedFault::None);
        m_server->setFile(kFeed, "<html>API rate limit exceeded</html>");
        QVERIFY(!fetchRelease(m_nam.get(), m_server->url(kFeed), m_options, &error));
        QVERIFY2(error.contains(QStringLiteral("not JSON")), qPrintable(error));
        m_server->setFault(kFeed, FeedFault::RedirectOtherHost);
        QVERIFY(!fetchRelease(m_nam.get(), m_server->url(kFeed), m_options, &error));
        QVERIFY2(error.contains(QStringLiteral("another host")), qPrintable(error));
        // A host on the allow-list may be redirected to (as GitHub redirects to its asset host).
        m_server->publishRelease(kFeed, QStringLiteral("v0.13.1"), { kExe, kSums });
        m_options.allowedRedirectHosts = { QStringLiteral("localhost") };
        QVERIFY2(fetchRelease(m_nam.get(), m_server->url(kFeed), m_options, &error), qPrintable(error));
    }

    void cancelLeavesNoPartialFile()
    {
        m_server->setFault(kExe, FeedFault::Slow);
        m_server->setSlowPace(4096, 20);
        QString error;
        const auto plan = windowsPlan(&error);
        QVERIFY(plan);
        RecordingRunner runner;
        InstallExecutor executor(*plan, context(&runner));
        bool sawPart = false;
        connect(&executor, &InstallExecutor::progress, this, [&](qint64 received, qint64) {
            if (received < 16 * 1024)
                return;
            sawPart = QFileInfo::exists(downloadDir() + QStringLiteral("/OllamaSetup.exe.part"));
            executor.cancel();
        });
        executor.start();
        QVERIFY(!executor.wait());
        QVERIFY(sawPart);
        QVERIFY(executor.wasCancelled());
        QCOMPARE(executor.error(), QStringLiteral("cancelled"));
        QVERIFY(runner.calls.isEmpty());
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(' '))));
    }

    void fileChangedAfterVerifyIsNotRun()
    {
        QString error;
        auto plan = windowsPlan(&error);
        QVERIFY(plan);
        const QString exe = downloadDir() + QStringLiteral("/OllamaSetup.exe");
        InstallStep tamper;
        tamper.kind = InstallStep::Kind::Run;
        tamper.program = QStringLiteral("tamper");
        tamper.arguments = { exe };
        plan->steps.insert(2, tamper);
        TamperingRunner runner;
        InstallExecutor executor(*plan, context(&runner));
        executor.start();
        QVERIFY(!executor.wait());
        QVERIFY2(executor.error().contains(QStringLiteral("refusing to run %1: it changed after it was verified").arg(exe)),
            qPrintable(executor.error()));
        QVERIFY(runner.inner.calls.isEmpty());
    }

    void scriptIsShownBeforeItRuns()
    {
        const QByteArray script = "#!/bin/sh\necho installing ollama\n";
        m_server->setFile(kScript, script);
        PlanInput in;
        in.decision.action = InstallAction::Install;
        in.os = parseOsRelease("ID=debian\n");
        in.downloadDir = downloadDir();
        in.scriptUrl = m_server->url(kScript);
        in.serverUrl = m_server->url(QString());
        in.helperProgram = QStringLiteral("/usr/libexec/ollama-gpu-setup/ollama-gpu-setup-env-helper");
        QString error;
        const auto plan = buildInstallPlan(in, &error);
        QVERIFY(plan);

        RecordingRunner declined;
        ExecutorContext no = context(&declined);
        QByteArray shown;
        no.show = [&](const InstallStep &, const QByteArray &text, const QString &) {
            shown = text;
            return false;
        };
        InstallExecutor stop(*plan, no);
        stop.start();
        QVERIFY(!stop.wait());
        QCOMPARE(shown, script);
        QVERIFY(stop.error().contains(QStringLiteral("nothing was run")));
        QVERIFY(declined.calls.isEmpty());

        RecordingRunner runner;
        ExecutorContext yes = context(&runner);
        QString shownSha;
        yes.show = [&](const InstallStep &, const QByteArray &, const QString &sha) {
            shownSha = sha;
            return true;
        };
        InstallExecutor go(*plan, yes);
        go.start();
        QVERIFY2(go.wait(), qPrintable(go.error()));
        QCOMPARE(shownSha, ReleaseFeedServer::sha256Of(script));
        QCOMPARE(runner.calls.size(), 1);
        QCOMPARE(runner.calls.first(),
            (QStringList { QStringLiteral("pkexec"), in.helperProgram, QStringLiteral("install-script"), QStringLiteral("--file"),
                downloadDir() + QStringLiteral("/install.sh"), QStringLiteral("--expect-sha256"), shownSha }));
    }

    void failedRunAndNoServer()
    {
        QString error;
        auto plan = windowsPlan(&error);
        QVERIFY(plan);
        RecordingRunner runner;
        runner.answers.insert(downloadDir() + QStringLiteral("/OllamaSetup.exe"),
            ProcessResult { true, 5, QByteArray(), QByteArray("access denied") });
        InstallExecutor executor(*plan, context(&runner));
        executor.start();
        QVERIFY(!executor.wait());
        QVERIFY2(executor.error().endsWith(QStringLiteral("exited with code 5: access denied")), qPrintable(executor.error()));

        m_server->setOllamaVersion(QString());
        plan->steps.last().timeoutMs = 1000;
        RecordingRunner ok;
        InstallExecutor waiting(*plan, context(&ok));
        waiting.start();
        QVERIFY(!waiting.wait());
        QVERIFY2(waiting.error().contains(QStringLiteral("Ollama did not answer at")), qPrintable(waiting.error()));
        QCOMPARE(ok.calls.size(), 1);
    }

    void clearsTheStaleOverride()
    {
        InstallPlan plan;
        InstallStep clear;
        clear.kind = InstallStep::Kind::ClearEnv;
        clear.envKey = QStringLiteral("HSA_OVERRIDE_GFX_VERSION");
        plan.steps << clear;
        RecordingRunner runner;
        ExecutorContext c = context(&runner);
        QStringList cleared;
        c.clearEnv = [&](const QString &key, QString *) {
            cleared << key;
            return true;
        };
        InstallExecutor executor(plan, c);
        executor.start();
        QVERIFY(executor.wait());
        QCOMPARE(cleared, QStringList { QStringLiteral("HSA_OVERRIDE_GFX_VERSION") });

        c.clearEnv = [](const QString &, QString *why) {
            *why = QStringLiteral("permission denied");
            return false;
        };
        InstallExecutor failing(plan, c);
        failing.start();
        QVERIFY(!failing.wait());
        QVERIFY(failing.error().contains(QStringLiteral("HSA_OVERRIDE_GFX_VERSION could not be removed: permission denied")));
    }
};

QTEST_GUILESS_MAIN(TestInstallExecutor)
#include "tst_installexecutor.moc"
