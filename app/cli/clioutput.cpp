#include "clioutput.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace ogs::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

static QString prefix(const QString &command)
{
    return command.isEmpty() ? QStringLiteral("ollama-gpu-setup: ")
                             : QStringLiteral("ollama-gpu-setup %1: ").arg(command);
}

int usageError(const QString &command, const QString &message)
{
    err() << prefix(command) << message << Qt::endl;
    return 2;
}

int failure(const QString &command, const QString &message)
{
    err() << prefix(command) << message << Qt::endl;
    return 1;
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command,
                                    const QString &description, const QStringList &args)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("ollama-gpu-setup"));
    if (!parser.parse(withProgram)) {
        // Name the argument exactly as the user typed it ("--bogus", not "bogus").
        for (const QString &name : parser.unknownOptionNames()) {
            for (const QString &arg : args) {
                if (arg.startsWith(QLatin1Char('-')) && arg.section(QLatin1Char('='), 0, 0).endsWith(name))
                    return usageError(command, QStringLiteral("unknown option '%1' (see %2 --help)").arg(arg.section(QLatin1Char('='), 0, 0), command));
            }
        }
        return usageError(command, parser.errorText());
    }
    if (parser.isSet(help)) {
        // helpText() names the binary's full path; name the subcommand instead.
        QString text = parser.helpText();
        text = QStringLiteral("Usage: ollama-gpu-setup %1 [options]").arg(command) + text.mid(text.indexOf(QLatin1Char('\n')));
        out() << text;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

std::optional<int> takeDirectoryOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                       const QString &command, QString *target)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QString dir = parser.value(option);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return usageError(command, QStringLiteral("--%1: '%2' is not a directory").arg(option.names().constFirst(), dir));
    *target = dir;
    return std::nullopt;
}

QString notAFileReason(const QString &optionName, const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return QStringLiteral("--%1: the file name is empty").arg(optionName);
    if (!info.exists())
        return QStringLiteral("--%1: '%2' does not exist").arg(optionName, path);
    if (info.isDir())
        return QStringLiteral("--%1: '%2' is a folder, not a file").arg(optionName, path);
    if (!info.isFile())
        return QStringLiteral("--%1: '%2' is not a regular file").arg(optionName, path);
    return {};
}

QString memorySizeError(const QString &optionName, const QString &value, std::optional<qint64> parsed)
{
    if (parsed && *parsed == 0)
        return QStringLiteral("--%1: 0 is not allowed: a GPU with no memory can hold no part of a model; give the "
                              "card's memory, e.g. --%1 8GiB (without a GPU, Ollama runs on the processor)")
            .arg(optionName);
    if (parsed && *parsed < 0)
        return QStringLiteral("--%1: '%2' is negative; give the card's memory, e.g. --%1 8GiB").arg(optionName, value);
    return QStringLiteral("--%1: '%2' is not a size (8G or 8GB = 8*10^9 bytes, 8GiB = 8*2^30 bytes, or plain bytes)")
        .arg(optionName, value);
}

void printColumns(const QList<QStringList> &rows, int gap)
{
    QList<int> widths;
    for (const QStringList &r : rows) {
        widths.resize(std::max(widths.size(), r.size()), 0);
        for (int c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths[c], static_cast<int>(r.at(c).size()));
    }
    for (const QStringList &r : rows) {
        QString line;
        for (int c = 0; c < r.size(); ++c)
            line += r.at(c).leftJustified(widths[c] + gap);
        out() << line.trimmed() << "\n";
    }
}

QString humanBytes(std::optional<qint64> bytes)
{
    if (!bytes)
        return QStringLiteral("?");
    const double v = static_cast<double>(*bytes);
    if (v >= 1024.0 * 1024 * 1024)
        return QString::number(v / (1024.0 * 1024 * 1024), 'f', 1) + QStringLiteral(" GiB");
    if (v >= 1024.0 * 1024)
        return QString::number(v / (1024.0 * 1024), 'f', 0) + QStringLiteral(" MiB");
    return QString::number(*bytes) + QStringLiteral(" B");
}

} // namespace ogs::cli
