#pragma once

#include "wizard/sessionconfig.h"

#include "env/envjournal.h"
#include "env/envplan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace ogs::ui::test {

/// A fixture sysfs tree, a temporary home, root, state dir and settings file, and a fixed
/// Ollama install and version: nothing of the machine running the test is read or written.
struct WizardFixture {
    QTemporaryDir dir;
    SessionConfig config;

    explicit WizardFixture(const char *tree, Platform platform = Platform::Linux)
    {
        DetectOptions &o = config.advice.detect;
        o.sysfsRoot = QStringLiteral(OGS_TEST_DATA "/sysfs/") + QLatin1String(tree);
        o.sources = {QStringLiteral("sysfs")};
        o.platformRoots.procRoot = dir.filePath(QStringLiteral("proc"));
        o.platformRoots.devRoot = dir.filePath(QStringLiteral("dev"));
        o.platformRoots.etcRoot = dir.filePath(QStringLiteral("etc"));
        o.platformRoots.forceLinuxChecks = true;
        config.advice.platform = platform;
        config.advice.version = OllamaVersion::parse(QStringLiteral("0.17.0"));
        config.advice.rocmInstalled = false;
        config.advice.hipSdkInstalled = false;
        OllamaInstall install;
        install.libDir = dir.filePath(QStringLiteral("ollama/lib/ollama"));
        install.rocmDir = QStringLiteral("rocm");
        install.rocmTargets = {QStringLiteral("gfx1030"), QStringLiteral("gfx1100"), QStringLiteral("gfx1101"), QStringLiteral("gfx1200")};
        install.runnerDirs = {QStringLiteral("rocm"), QStringLiteral("vulkan")};
        config.advice.install = install;
        config.envRoots.home = dir.filePath(QStringLiteral("home"));
        config.envRoots.root = dir.filePath(QStringLiteral("root"));
        config.stateDir = dir.filePath(QStringLiteral("state"));
        config.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        config.shell = QStringLiteral("/bin/bash");
        // Not this machine's Ollama (port 1 refuses): tests that talk to a server start an OllamaTestServer.
        config.ollamaUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        config.telemetry.sysfsRoot = o.sysfsRoot;
        config.telemetry.nvml = false;
        config.telemetry.pdh = false;
        config.verifyPollMs = 200;
        config.verifyRetryMs = 1500; // short, but long enough to ride out a test server's restart(400)
        config.ollamaUrl = QUrl(QStringLiteral("http://127.0.0.1:1")); // nothing listens: tests that talk to Ollama start an OllamaTestServer
        config.logs.os = QStringLiteral("linux"); // no runner: journalctl is not asked, only ~/.ollama/logs/server.log
        config.logs.home = config.envRoots.home;
        config.logs.fileExists = [](const QString &p) { return QFileInfo(p).isFile(); };
        for (const char *d : {"proc/net", "dev", "etc", "home", "root/etc"})
            QDir().mkpath(dir.filePath(QLatin1String(d)));
    }

    /// WSL2 NAT: the default route goes to the Windows host at 172.28.160.1.
    void writeDefaultRoute()
    {
        QFile f(dir.filePath(QStringLiteral("proc/net/route")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
                "eth0\t00000000\t01A01CAC\t0003\t0\t0\t0\t00000000\t0\t0\t0\n"
                "eth0\t00A01CAC\t00000000\t0001\t0\t0\t0\t00F0FFFF\t0\t0\t0\n");
    }

    /// Puts a real Ollama log excerpt (tests/data/ollama-logs/NAME) where Ollama writes server.log.
    void writeServerLog(const char *name)
    {
        const QString logs = config.envRoots.home + QStringLiteral("/.ollama/logs");
        QVERIFY(QDir().mkpath(logs));
        QFile::remove(logs + QStringLiteral("/server.log"));
        QVERIFY(QFile::copy(QStringLiteral(OGS_TEST_DATA "/ollama-logs/") + QLatin1String(name), logs + QStringLiteral("/server.log")));
    }

    /// What the wizard leaves behind: OLLAMA_VULKAN=1 applied to ~/.bashrc through the journal,
    /// and the settings that say the setup is complete (for the home view).
    void completeSetup(const QUrl &ollama, const QString &model)
    {
        EnvRequest request;
        request.target = EnvTarget::Bashrc;
        request.set = {{QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1")}};
        QString error;
        const std::optional<EnvPlan> plan = EnvPlanner(config.envRoots).plan(request, &error);
        QVERIFY2(plan, qPrintable(error));
        const EnvActionResult r = EnvJournal(config.stateDir, nullptr, [] { return QDateTime::currentDateTimeUtc(); }).apply(*plan);
        QVERIFY2(r.ok, qPrintable(r.error));
        QSettings s(config.settingsFile, QSettings::IniFormat);
        s.setValue(QStringLiteral("setup/complete"), true);
        s.setValue(QStringLiteral("setup/path"), pathKey(PathId::Vulkan));
        s.setValue(QStringLiteral("setup/model"), model);
        s.setValue(QStringLiteral("setup/context"), 8192);
        s.setValue(QStringLiteral("setup/target"), QStringLiteral("bashrc"));
        s.setValue(QStringLiteral("setup/journal"), r.journalId);
        s.setValue(QStringLiteral("setup/ollamaUrl"), ollama.toString());
    }

    QByteArray homeFile(const char *name) const
    {
        QFile f(config.envRoots.home + QLatin1Char('/') + QLatin1String(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

/// Answers every HTTP request with Ollama's /api/version body; counts the requests.
class VersionServer final : public QTcpServer {
public:
    VersionServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    const QByteArray body = "{\"version\":\"0.17.0\"}";
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    int requests = 0;
};

/// Saves what a person would see, for the README and for looking at (OGS_SCREENSHOT_DIR).
inline void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OGS_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace ogs::ui::test
