#include "installhelper.h"

#include "compat/ollamaversion.h"
#include "linuxinstallmethod.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace ogs {

namespace {

constexpr qint64 kMaxScriptBytes = 1024 * 1024;

int refuse(const InstallHelperContext &c, const QString &why)
{
    *c.err << "ollama-gpu-setup-env-helper: refused: " << why << Qt::endl;
    return 2;
}

int fail(const InstallHelperContext &c, const QString &why)
{
    *c.err << "ollama-gpu-setup-env-helper: " << why << Qt::endl;
    return 1;
}

int runChecked(const InstallHelperContext &c, const QString &program, const QStringList &args)
{
    if (!c.runner)
        return fail(c, QStringLiteral("no process runner"));
    *c.out << "Running " << program << ' ' << args.join(QLatin1Char(' ')) << Qt::endl;
    const ProcessResult r = c.runner->run(program, args, c.timeoutMs);
    *c.out << QString::fromUtf8(r.standardOutput);
    *c.err << QString::fromUtf8(r.standardError);
    c.out->flush();
    if (!r.started)
        return fail(c, QStringLiteral("could not start %1").arg(program));
    if (r.exitCode != 0)
        return fail(c, QStringLiteral("%1 exited with code %2").arg(program).arg(r.exitCode));
    return 0;
}

int installPackage(const QStringList &args, const InstallHelperContext &c)
{
    if (args.size() != 2)
        return refuse(c, QStringLiteral("install-package takes exactly one package name"));
    const QString package = args.at(1);
    if (!allowedLinuxPackages().contains(package))
        return refuse(c, QStringLiteral("%1 is not one of %2").arg(package, allowedLinuxPackages().join(QStringLiteral(", "))));
    if (!readOsRelease(c.root).isArchLike())
        return refuse(c, QStringLiteral("packages are installed with pacman on Arch-like systems only"));
    if (const int rc = runChecked(c, QStringLiteral("pacman"),
            { QStringLiteral("-S"), QStringLiteral("--needed"), QStringLiteral("--noconfirm"), package }))
        return rc;
    return runChecked(c, QStringLiteral("systemctl"),
        { QStringLiteral("enable"), QStringLiteral("--now"), QStringLiteral("ollama.service") });
}

int installScript(const QStringList &args, const InstallHelperContext &c)
{
    QString file;
    QString expected;
    QString version;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (i + 1 >= args.size())
            return refuse(c, QStringLiteral("%1 needs a value").arg(a));
        const QString v = args.at(++i);
        if (a == QLatin1String("--file") && file.isEmpty())
            file = v;
        else if (a == QLatin1String("--expect-sha256") && expected.isEmpty())
            expected = v.toLower();
        else if (a == QLatin1String("--version") && version.isEmpty())
            version = v;
        else
            return refuse(c, QStringLiteral("unexpected argument %1").arg(a));
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(expected).hasMatch())
        return refuse(c, QStringLiteral("--expect-sha256 must be 64 hex digits"));
    if (file.isEmpty() || !QDir::isAbsolutePath(file))
        return refuse(c, QStringLiteral("--file must be an absolute path"));
    std::optional<OllamaVersion> pinned;
    if (!version.isEmpty()) {
        pinned = OllamaVersion::parse(version);
        if (!pinned)
            return refuse(c, QStringLiteral("--version %1 is not a version like 0.12.11").arg(version));
    }
    const QFileInfo info(file);
    if (!info.isFile() || info.size() > kMaxScriptBytes)
        return refuse(c, QStringLiteral("%1 is not a regular file of at most 1 MiB").arg(file));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(c, QStringLiteral("cannot read %1: %2").arg(file, in.errorString()));
    const QByteArray script = in.read(kMaxScriptBytes + 1);
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(script, QCryptographicHash::Sha256).toHex());
    if (actual != expected)
        return refuse(c, QStringLiteral("%1 has SHA-256 %2, not the %3 that was shown; not run").arg(file, actual, expected));

    // Run our own copy, in a folder only root can write, so the file cannot change after the check.
    if (!QDir().mkpath(c.workDir))
        return fail(c, QStringLiteral("cannot create %1").arg(c.workDir));
    QFile::setPermissions(c.workDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QTemporaryFile copy(c.workDir + QStringLiteral("/install-XXXXXX.sh"));
    if (!copy.open() || copy.write(script) != script.size() || !copy.flush())
        return fail(c, QStringLiteral("cannot write the script's copy in %1").arg(c.workDir));
    QStringList command;
    QString program = QStringLiteral("sh");
    if (pinned) {
        program = QStringLiteral("env");
        command << QStringLiteral("OLLAMA_VERSION=") + pinned->toString() << QStringLiteral("sh");
    }
    command << copy.fileName();
    return runChecked(c, program, command);
}

} // namespace

bool isInstallHelperRequest(const QStringList &args)
{
    return args.value(0).startsWith(QLatin1String("install-"));
}

int runInstallHelper(const QStringList &args, const InstallHelperContext &c)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("install-package"))
        return installPackage(args, c);
    if (verb == QLatin1String("install-script"))
        return installScript(args, c);
    return refuse(c, QStringLiteral("unknown request %1").arg(verb));
}

} // namespace ogs
