#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogs {

/// Every place `env` can persist variables.
enum class EnvTarget { Systemd, Bashrc, Profile, Zshrc, Fish, EtcEnvironment, WindowsUser, WindowsMachine };

/// "systemd", "bashrc", …, "windows-machine" (the --target spellings).
QString envTargetId(EnvTarget target);
std::optional<EnvTarget> envTargetFromId(const QString &id);
QList<EnvTarget> allEnvTargets();
bool isFileTarget(EnvTarget target);
/// Files under /etc and the machine registry need root / elevation.
bool targetNeedsPrivilege(EnvTarget target);

/// Where the files live: `home` stands in for ~, `root` for / (tests and dry runs).
struct EnvRoots {
    QString home;
    QString root = QStringLiteral("/");
};

/// Absolute path of the file a file target edits (empty for registry targets).
QString envTargetPath(EnvTarget target, const EnvRoots &roots);
/// Whether the whole file belongs to us (a drop-in, a conf.d snippet): it is deleted when it would be empty.
bool targetOwnsWholeFile(EnvTarget target);
/// What the user (or the helper) must do after applying for Ollama to see the change.
QString targetFollowUp(EnvTarget target);

/// The marker lines around our block, without line endings.
QByteArray blockStartMarker();
QByteArray blockEndMarker();

/// One KEY=VALUE rendered in the target's syntax (one line, no line ending), or why the
/// value cannot be written there safely. Independent of the key validators: it is the
/// last line of defence against quotes, `$`, backticks, `%` specifiers and line breaks.
struct AssignmentLine {
    QByteArray line;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
AssignmentLine formatAssignment(EnvTarget target, const QString &key, const QString &value);

/// Reads back a line formatAssignment wrote; nullopt for anything else.
std::optional<std::pair<QString, QString>> parseAssignment(EnvTarget target, const QByteArray &line);

/// True when `line` (outside our block) looks like it sets `key` in the target's syntax.
bool lineSetsKey(EnvTarget target, const QByteArray &line, const QString &key);

} // namespace ogs
