#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

/// Runs the ollama-gpu-setup binary the way a user would, with a clean environment.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliResult runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *key : { "OLLAMA_HOST", "LOCALAPPDATA", "HIP_PATH", "WSL_DISTRO_NAME" })
        env.remove(QString::fromLatin1(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OGS_APP_BINARY), args);
    p.waitForFinished(60000);
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
