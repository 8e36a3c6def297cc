#include "pscommand.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "ollama/ollamatypes.h"
#include "ollama/psformat.h"
#include "ollamacli.h"

#include <QDateTime>
#include <QJsonArray>

namespace ogs::cli {

namespace {

void printTable(const QList<RunningModel> &models, const QDateTime &now)
{
    QList<QStringList> rows { { QStringLiteral("NAME"), QStringLiteral("ID"), QStringLiteral("SIZE"),
        QStringLiteral("PROCESSOR"), QStringLiteral("CONTEXT"), QStringLiteral("UNTIL") } };
    for (const RunningModel &m : models) {
        QString digest = m.digest;
        if (digest.startsWith(QLatin1String("sha256:")))
            digest = digest.mid(7);
        rows.append({ m.name, digest.left(12), formatSizeSi(m.sizeBytes), formatProcessor(m.sizeBytes, m.sizeVramBytes),
            m.contextLength ? QString::number(*m.contextLength) : QStringLiteral("-"), formatUntil(m.expiresAt, now) });
    }
    printColumns(rows, 4); // `ollama ps` separates its columns by four spaces
    if (models.isEmpty())
        out()
            << "\nNo model is loaded. Run a prompt (for example `ollama-gpu-setup bench --model NAME`) to load one.\n";
    out().flush();
}

} // namespace

int runPs(const QStringList &args)
{
    const QString cmd = QStringLiteral("ps");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption host = hostOption();
    parser.addOptions({ json, host });
    if (auto stop = parseCommandLine(parser, cmd,
            QStringLiteral("Lists the models Ollama has loaded and where they run (CPU/GPU split)."), args))
        return *stop;
    QString error;
    const auto url = ollamaUrl(parser, host, qEnvironmentVariable("OLLAMA_HOST"), error);
    if (!url)
        return usageError(cmd, error);

    OllamaClient client(commandClientOptions(*url));
    OllamaCall *call = client.ps();
    if (!call->wait())
        return failure(cmd, call->error().message);
    const QList<RunningModel> models = parseRunningModels(call->result());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RunningModel &m : models) {
            array.append(QJsonObject { { QStringLiteral("name"), m.name },
                { QStringLiteral("size_bytes"), static_cast<double>(m.sizeBytes) },
                { QStringLiteral("size_vram_bytes"), static_cast<double>(m.sizeVramBytes) },
                { QStringLiteral("processor"), formatProcessor(m.sizeBytes, m.sizeVramBytes) },
                { QStringLiteral("context_length"),
                    m.contextLength ? QJsonValue(static_cast<double>(*m.contextLength)) : QJsonValue() },
                { QStringLiteral("expires_at"),
                    m.expiresAt.isValid() ? QJsonValue(m.expiresAt.toUTC().toString(Qt::ISODateWithMs))
                                          : QJsonValue() } });
        }
        printJson({ { QStringLiteral("models"), array } });
    } else {
        printTable(models, QDateTime::currentDateTimeUtc());
    }
    return ExitOk;
}

} // namespace ogs::cli
