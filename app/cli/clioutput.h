#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace ogs::cli {

QTextStream &out();
QTextStream &err();

/// Prints "ollama-gpu-setup COMMAND: message" on one line to stderr and returns exit code 2.
int usageError(const QString &command, const QString &message);
/// Prints "ollama-gpu-setup COMMAND: message" to stderr and returns exit code 1.
int failure(const QString &command, const QString &message);
void printJson(const QJsonObject &object);

/// Parses a subcommand's arguments. Returns an exit code when the command must stop now
/// (after --help, or on a usage error); nullopt when it should go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command,
                                    const QString &description, const QStringList &args);

/// Copies the value of a directory option (e.g. --sysfs-root) into *target when it is set.
/// Returns exit code 2 after a one-line usage error when the value is not a directory.
std::optional<int> takeDirectoryOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                       const QString &command, QString *target);

/// Why `path`, given to --optionName, is not a file to read ("does not exist", "is a folder, not a file");
/// empty when it is one.
QString notAFileReason(const QString &optionName, const QString &path);

/// Why a memory size given to --optionName (`parsed`, from parseByteSize) is refused: 0 and negative say why
/// they are not allowed, anything else is not a size.
QString memorySizeError(const QString &optionName, const QString &value, std::optional<qint64> parsed);

/// Prints rows as columns padded to the widest cell plus `gap` spaces (the first row is the header).
void printColumns(const QList<QStringList> &rows, int gap = 2);

/// "8.0 GiB" style, as Ollama's logs print sizes.
QString humanBytes(std::optional<qint64> bytes);

} // namespace ogs::cli
