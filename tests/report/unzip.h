#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

namespace ogs::test {

/// Info-ZIP's `unzip` (scripts/deps.sh installs it), run on a real archive: the judge of what we write.
struct Unzip {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    static Unzip run(const QStringList &arguments)
    {
        Unzip r;
        QString program = QStandardPaths::findExecutable(QStringLiteral("unzip"));
#if defined(Q_OS_WIN)
        if (program.isEmpty()) // Git for Windows ships it
            program = QStandardPaths::findExecutable(
                QStringLiteral("unzip"), { QStringLiteral("C:/Program Files/Git/usr/bin") });
#endif
        if (program.isEmpty()) {
            r.err = "unzip is not installed (scripts/deps.sh test installs it)";
            qWarning("%s", r.err.constData());
            return r;
        }
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(60000)) {
            r.err = "unzip did not finish";
            p.kill();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    /// The names in the archive, in order (`unzip -Z1`).
    static QStringList names(const QString &zip)
    {
        const Unzip r = run({ QStringLiteral("-Z1"), zip });
        return r.exitCode == 0 ? QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
    }

    /// One entry's bytes (`unzip -p`).
    static QByteArray content(const QString &zip, const QString &name)
    {
        return run({ QStringLiteral("-p"), zip, name }).out;
    }
};

} // namespace ogs::test
