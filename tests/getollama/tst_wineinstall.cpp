// The Windows silent install, exercised for real under Wine: a small NSIS stand-in for OllamaSetup.exe
// (tests/data/getollama/testinstaller.nsi, built here with makensis) is served by the loopback release
// server, downloaded, verified and run by the executor through `wine64 <exe> <flags>`. Skipped when
// wine64 or makensis is missing (scripts/deps.sh test installs both).
#include "getollama/installexecutor.h"
#include "getollama/releaselookup.h"
#include "releasefeedserver.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;
using ogs::test::ReleaseFeedServer;

namespace {

QString findWine()
{
    for (const QString &c : { QStringLiteral("wine64"), QStringLiteral("/usr/lib/wine/wine64"), QStringLiteral("wine") }) {
        const QString found = QStandardPaths::findExecutable(c);
        if (!found.isEmpty())
            return found;
        if (QFileInfo(c).isExecutable())
            return c;
    }
    return QString();
}

/// Runs Windows programs through Wine: `wine64 <program> <arguments>`.
class WineRunner final : public ProcessRunner {
public:
    explicit WineRunner(QString wine) : m_wine(std::move(wine)) {}
    ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs) override
    {
        calls << (QStringList { program } + arguments);
        return m_inner.run(m_wine, QStringList { program } + arguments, timeoutMs);
    }
    QList<QStringList> calls;

private:
    QString m_wine;
    SystemProcessRunner m_inner;
};

} // namespace

class TestWineInstall final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_wine;
    QString m_installer;

    QString marker() const
    {
        QDirIterator it(m_dir.path() + QStringLiteral("/prefix/drive_c"), { QStringLiteral("installed-by-test.txt") },
            QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

    /// Serves the installer, resolves it from the feed and plans a Windows install with `kind`'s flags.
    std::optional<InstallPlan> plan(ReleaseFeedServer &server, InstallerKind kind, QString *error)
    {
        QNetworkAccessManager nam;
        QFile exe(m_installer);
        if (!exe.open(QIODevice::ReadOnly))
            return std::nullopt;
        server.setFile(QStringLiteral("/d/OllamaSetup.exe"), exe.readAll());
        server.setFile(QStringLiteral("/d/sha256sum.txt"), server.checksumList({ QStringLiteral("/d/OllamaSetup.exe") }));
        server.publishRelease(QStringLiteral("/feed"), QStringLiteral("v0.13.1"),
            { QStringLiteral("/d/OllamaSetup.exe"), QStringLiteral("/d/sha256sum.txt") });
        server.setOllamaVersion(QStringLiteral("0.13.1"));
        const auto release = fetchRelease(&nam, server.url(QStringLiteral("/feed")), DownloadOptions {}, error);
        if (!release)
            return std::nullopt;
        PlanInput in;
        in.platform = Platform::Windows;
        in.decision.action = InstallAction::Install;
        in.downloadDir = m_dir.path() + QStringLiteral("/downloads");
        in.installer = resolveWindowsInstaller(&nam, *release, DownloadOptions {}, error);
        in.installerKind = kind;
        in.serverUrl = server.url(QString());
        in.waitTimeoutMs = 5000;
        if (!in.installer)
            return std::nullopt;
        return buildInstallPlan(in, error);
    }

private slots:
    void initTestCase()
    {
        m_wine = findWine();
        const QString makensis = QStandardPaths::findExecutable(QStringLiteral("makensis"));
        if (m_wine.isEmpty() || makensis.isEmpty())
            QSKIP("wine64 or makensis is not installed (scripts/deps.sh test installs them)");
        QVERIFY(m_dir.isValid());
        m_installer = m_dir.path() + QStringLiteral("/build/OllamaSetup.exe");
        QDir().mkpath(m_dir.path() + QStringLiteral("/build"));
        QProcess nsis;
        nsis.start(makensis, { QStringLiteral("-V2"), QStringLiteral("-DOUTFILE=") + m_installer,
                                 QStringLiteral(OGS_TEST_DATA "/getollama/testinstaller.nsi") });
        QVERIFY(nsis.waitForFinished(60000));
        QVERIFY2(nsis.exitCode() == 0, nsis.readAllStandardError().constData());
        qputenv("WINEPREFIX", (m_dir.path() + QStringLiteral("/prefix")).toLocal8Bit());
        qputenv("WINEDEBUG", "-all");
        qputenv("WINEDLLOVERRIDES", "mscoree,mshtml=");
    }

    void cleanupTestCase()
    {
        if (m_wine.isEmpty())
            return;
        const QString wineserver = QFileInfo(m_wine).absolutePath() + QStringLiteral("/wineserver");
        QProcess::execute(QFileInfo(wineserver).isExecutable() ? wineserver : QStringLiteral("wineserver"), { QStringLiteral("-k") });
    }

    void wrongFlagsAreNotSilent()
    {
        // Inno Setup's flags mean nothing to NSIS: the stand-in refuses, the executor reports it.
        ReleaseFeedServer server;
        QVERIFY(server.listen());
        QString error;
        const auto p = plan(server, InstallerKind::InnoSetup, &error);
        QVERIFY2(p, qPrintable(error));
        WineRunner runner(m_wine);
        ExecutorContext ctx;
        ctx.runner = &runner;
        QNetworkAccessManager nam;
        ctx.nam = &nam;
        ctx.runTimeoutMs = 240000;
        InstallExecutor executor(*p, ctx);
        executor.start();
        QVERIFY(!executor.wait());
        QVERIFY2(executor.error().contains(QStringLiteral("exited with code 2")), qPrintable(executor.error()));
        QVERIFY(marker().isEmpty());
    }

    void silentInstallUnderWine()
    {
        ReleaseFeedServer server;
        QVERIFY(server.listen());
        QString error;
        const auto p = plan(server, InstallerKind::Nsis, &error);
        QVERIFY2(p, qPrintable(error));
        WineRunner runner(m_wine);
        ExecutorContext ctx;
        ctx.runner = &runner;
        QNetworkAccessManager nam;
        ctx.nam = &nam;
        ctx.runTimeoutMs = 240000;
        InstallExecutor executor(*p, ctx);
        executor.start();
        QVERIFY2(executor.wait(), qPrintable(executor.error()));
        const QString exe = m_dir.path() + QStringLiteral("/downloads/OllamaSetup.exe");
        QCOMPARE(runner.calls, (QList<QStringList> { { exe, QStringLiteral("/S") } }));
        const QString written = marker();
        QVERIFY2(written.endsWith(QStringLiteral("/AppData/Local/Programs/Ollama/installed-by-test.txt")), qPrintable(written));
        QFile f(written);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray cmdline = f.readAll();
        QVERIFY2(cmdline.endsWith(" /S"), cmdline.constData());
        QVERIFY(server.requestedPaths().contains(QStringLiteral("/api/version")));
    }
};

QTEST_GUILESS_MAIN(TestWineInstall)
#include "tst_wineinstall.moc"
