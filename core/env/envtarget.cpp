#include "envtarget.h"

#include "common/coretext.h"

#include <QRegularExpression>

namespace ogs {

namespace {

struct TargetRow {
    EnvTarget target;
    const char *id;
};

constexpr TargetRow kTargets[] = {
    { EnvTarget::Systemd, "systemd" },
    { EnvTarget::Bashrc, "bashrc" },
    { EnvTarget::Profile, "profile" },
    { EnvTarget::Zshrc, "zshrc" },
    { EnvTarget::Fish, "fish" },
    { EnvTarget::EtcEnvironment, "etc-environment" },
    { EnvTarget::WindowsUser, "windows-user" },
    { EnvTarget::WindowsMachine, "windows-machine" },
};

bool isShell(EnvTarget t)
{
    return t == EnvTarget::Bashrc || t == EnvTarget::Profile || t == EnvTarget::Zshrc;
}

/// Characters no target can carry inside one line.
QString controlCharacterError(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return EnvText::tr("a line break or control character cannot be written safely");
    }
    return {};
}

QString joinPath(const QString &base, const char *rest)
{
    QString b = base;
    while (b.size() > 1 && b.endsWith(QLatin1Char('/')))
        b.chop(1);
    if (b == QLatin1String("/"))
        b.clear();
    return b + QLatin1String(rest);
}

const QRegularExpression &keyPattern()
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z_][A-Za-z0-9_]*\\z"));
    return re;
}

} // namespace

QString envTargetId(EnvTarget target)
{
    for (const TargetRow &row : kTargets) {
        if (row.target == target)
            return QString::fromLatin1(row.id);
    }
    return {};
}

std::optional<EnvTarget> envTargetFromId(const QString &id)
{
    for (const TargetRow &row : kTargets) {
        if (id == QLatin1String(row.id))
            return row.target;
    }
    return std::nullopt;
}

QList<EnvTarget> allEnvTargets()
{
    QList<EnvTarget> list;
    for (const TargetRow &row : kTargets)
        list << row.target;
    return list;
}

bool isFileTarget(EnvTarget target)
{
    return target != EnvTarget::WindowsUser && target != EnvTarget::WindowsMachine;
}

bool targetNeedsPrivilege(EnvTarget target)
{
    return target == EnvTarget::Systemd || target == EnvTarget::EtcEnvironment || target == EnvTarget::WindowsMachine;
}

bool targetOwnsWholeFile(EnvTarget target)
{
    return target == EnvTarget::Systemd || target == EnvTarget::Fish;
}

QString envTargetPath(EnvTarget target, const EnvRoots &roots)
{
    switch (target) {
    case EnvTarget::Systemd:
        return joinPath(roots.root, "/etc/systemd/system/ollama.service.d/ollama-gpu-setup.conf");
    case EnvTarget::EtcEnvironment:
        return joinPath(roots.root, "/etc/environment");
    case EnvTarget::Bashrc:
        return joinPath(roots.home, "/.bashrc");
    case EnvTarget::Profile:
        return joinPath(roots.home, "/.profile");
    case EnvTarget::Zshrc:
        return joinPath(roots.home, "/.zshrc");
    case EnvTarget::Fish:
        return joinPath(roots.home, "/.config/fish/conf.d/ollama-gpu-setup.fish");
    case EnvTarget::WindowsUser:
    case EnvTarget::WindowsMachine:
        return {};
    }
    return {};
}

QString targetFollowUp(EnvTarget target)
{
    switch (target) {
    case EnvTarget::Systemd:
        return QStringLiteral("sudo systemctl daemon-reload && sudo systemctl restart ollama");
    case EnvTarget::Bashrc:
    case EnvTarget::Zshrc:
        return EnvText::tr("open a new terminal (or source the file), then restart `ollama serve`");
    case EnvTarget::Profile:
        return EnvText::tr("log out and back in, then restart `ollama serve`");
    case EnvTarget::Fish:
        return EnvText::tr("open a new fish shell, then restart `ollama serve`");
    case EnvTarget::EtcEnvironment:
        return EnvText::tr("log out and back in (pam_env reads it at login), then restart Ollama");
    case EnvTarget::WindowsUser:
    case EnvTarget::WindowsMachine:
        return EnvText::tr("quit Ollama from the tray (or stop 'ollama app.exe' and 'ollama.exe') and start it again");
    }
    return {};
}

QByteArray blockStartMarker()
{
    return QByteArrayLiteral("# >>> ollama-gpu-setup >>>");
}

QByteArray blockEndMarker()
{
    return QByteArrayLiteral("# <<< ollama-gpu-setup <<<");
}

AssignmentLine formatAssignment(EnvTarget target, const QString &key, const QString &value)
{
    if (!keyPattern().match(key).hasMatch())
        return { {}, EnvText::tr("'%1' is not a valid variable name").arg(key) };
    if (const QString why = controlCharacterError(value); !why.isEmpty())
        return { {}, QStringLiteral("%1 for %2: %3").arg(key, envTargetId(target), why) };
    const QByteArray k = key.toUtf8();
    QByteArray v = value.toUtf8();
    switch (target) {
    case EnvTarget::Bashrc:
    case EnvTarget::Profile:
    case EnvTarget::Zshrc:
        // Single quotes: nothing inside is special to sh, bash or zsh, except the quote itself.
        v.replace('\'', QByteArrayLiteral("'\\''"));
        return { QByteArrayLiteral("export ") + k + QByteArrayLiteral("='") + v + '\'', {} };
    case EnvTarget::Fish:
        // fish single quotes know two escapes: \\ and \'.
        v.replace('\\', QByteArrayLiteral("\\\\"));
        v.replace('\'', QByteArrayLiteral("\\'"));
        return { QByteArrayLiteral("set -gx ") + k + QByteArrayLiteral(" '") + v + '\'', {} };
    case EnvTarget::Systemd:
        // Environment="K=V": C escapes inside double quotes, and % starts a unit specifier.
        v.replace('\\', QByteArrayLiteral("\\\\"));
        v.replace('"', QByteArrayLiteral("\\\""));
        v.replace('%', QByteArrayLiteral("%%"));
        return { QByteArrayLiteral("Environment=\"") + k + '=' + v + '"', {} };
    case EnvTarget::EtcEnvironment:
        // pam_env has no escapes at all; shells that source the file would expand $ and `.
        // pam_env (libpam 1.5.2) also ends the value at '#' (/a#b reads as /a).
        for (const char c : { '"', '\'', '\\', '$', '`', '#' }) {
            if (v.contains(c))
                return { {},
                    EnvText::tr("%1 for etc-environment: the character %2 cannot be written safely "
                                "(pam_env has no escapes); use another target")
                        .arg(key, QString(QLatin1Char(c))) };
        }
        {
            const QByteArray line = k + QByteArrayLiteral("=\"") + v + '"';
            // pam_env reads a line into 8192 bytes with fgets: more than 8190 before the newline and it
            // stops reading the file there (this variable and every later one are lost).
            constexpr qsizetype kPamEnvMaxLine = 8190;
            if (line.size() > kPamEnvMaxLine)
                return { {},
                    EnvText::tr("%1 for etc-environment: the line would be %2 bytes, and pam_env drops a line "
                                "over %3 bytes (and every line after it); use a shorter value or another target")
                        .arg(key)
                        .arg(line.size())
                        .arg(kPamEnvMaxLine) };
            return { line, {} };
        }
    case EnvTarget::WindowsUser:
    case EnvTarget::WindowsMachine:
        return { k + '=' + v, {} };
    }
    return { {}, EnvText::tr("unknown target") };
}

std::optional<std::pair<QString, QString>> parseAssignment(EnvTarget target, const QByteArray &rawLine)
{
    QByteArray line = rawLine;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    if (isShell(target)) {
        static const QRegularExpression re(
            QStringLiteral("\\Aexport ([A-Za-z_][A-Za-z0-9_]*)='((?:[^']|'\\\\'')*)'\\z"));
        const auto m = re.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        QString v = m.captured(2);
        v.replace(QLatin1String("'\\''"), QLatin1String("'"));
        return std::make_pair(m.captured(1), v);
    }
    if (target == EnvTarget::Fish) {
        static const QRegularExpression re(
            QStringLiteral("\\Aset -gx ([A-Za-z_][A-Za-z0-9_]*) '((?:[^'\\\\]|\\\\.)*)'\\z"));
        const auto m = re.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        static const QRegularExpression esc(QStringLiteral("\\\\(.)"));
        QString v = m.captured(2);
        v.replace(esc, QStringLiteral("\\1"));
        return std::make_pair(m.captured(1), v);
    }
    if (target == EnvTarget::Systemd) {
        static const QRegularExpression re(
            QStringLiteral("\\AEnvironment=\"([A-Za-z_][A-Za-z0-9_]*)=((?:[^\"\\\\]|\\\\.)*)\"\\z"));
        const auto m = re.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        static const QRegularExpression esc(QStringLiteral("\\\\(.)"));
        QString v = m.captured(2);
        v.replace(esc, QStringLiteral("\\1"));
        v.replace(QLatin1String("%%"), QLatin1String("%"));
        return std::make_pair(m.captured(1), v);
    }
    if (target == EnvTarget::EtcEnvironment) {
        static const QRegularExpression re(QStringLiteral("\\A([A-Za-z_][A-Za-z0-9_]*)=\"([^\"'\\\\$`]*)\"\\z"));
        const auto m = re.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        return std::make_pair(m.captured(1), m.captured(2));
    }
    return std::nullopt;
}

bool lineSetsKey(EnvTarget target, const QByteArray &rawLine, const QString &key)
{
    if (!rawLine.contains(key.toUtf8()))
        return false; // the common case, without a regular expression
    const QString text = QString::fromUtf8(rawLine).trimmed();
    if (text.startsWith(QLatin1Char('#')))
        return false;
    const QString k = QRegularExpression::escape(key);
    QString pattern;
    switch (target) {
    case EnvTarget::Bashrc:
    case EnvTarget::Profile:
    case EnvTarget::Zshrc:
    case EnvTarget::EtcEnvironment:
        pattern = QStringLiteral("(?:^|[;&\\s])(?:export\\s+|declare\\s+-x\\s+|typeset\\s+-x\\s+)?%1=").arg(k);
        break;
    case EnvTarget::Fish:
        pattern = QStringLiteral("^set\\s+(?:-\\S+\\s+)*%1(?:\\s|$)").arg(k);
        break;
    case EnvTarget::Systemd:
        pattern = QStringLiteral("^Environment=(?:.*[\"\\s])?%1=").arg(k);
        break;
    case EnvTarget::WindowsUser:
    case EnvTarget::WindowsMachine:
        return false;
    }
    return QRegularExpression(pattern).match(text).hasMatch();
}

} // namespace ogs
