// ogs-test-ollama-server: the Ollama-compatible test server as a program, for trying the CLI by hand
// and for GUI tests. Prints "listening on http://127.0.0.1:PORT" once ready.
#include "ollamatestserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ogs-test-ollama-server"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Ollama-compatible test server on 127.0.0.1 replaying recorded transcripts."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (default: a free one)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Transcript folder."), QStringLiteral("DIR"),
        QStringLiteral(OGS_TEST_DATA "/ollama-api"));
    const QCommandLineOption interval(QStringLiteral("token-interval-ms"),
        QStringLiteral("Milliseconds between tokens on the GPU."), QStringLiteral("MS"), QStringLiteral("10"));
    const QCommandLineOption cpuInterval(QStringLiteral("cpu-token-interval-ms"),
        QStringLiteral("Milliseconds between tokens with num_gpu=0."), QStringLiteral("MS"), QStringLiteral("40"));
    const QCommandLineOption prompt(QStringLiteral("prompt-eval-ms"),
        QStringLiteral("Milliseconds before the first token."), QStringLiteral("MS"), QStringLiteral("20"));
    const QCommandLineOption vram(QStringLiteral("vram-fraction"),
        QStringLiteral("size_vram / size reported by /api/ps."), QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption chunk(QStringLiteral("write-chunk-bytes"),
        QStringLiteral("Split every write into pieces of N bytes."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        QStringLiteral("PATH=KIND, e.g. /api/generate=drop. Kinds: http500, error-midstream, "
                       "malformed-json, overlong-line, drop, stall, no-response, endless."),
        QStringLiteral("SPEC"));
    parser.addOptions({ port, data, interval, cpuInterval, prompt, vram, chunk, fault });
    parser.process(app);

    ogs::test::OllamaTestServer server(parser.value(data));
    server.setTokenIntervalMs(parser.value(interval).toInt());
    server.setCpuTokenIntervalMs(parser.value(cpuInterval).toInt());
    server.setPromptEvalMs(parser.value(prompt).toInt());
    server.setVramFraction(parser.value(vram).toDouble());
    server.setWriteChunkBytes(parser.value(chunk).toInt());
    QTextStream err(stderr);
    for (const QString &spec : parser.values(fault)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        ogs::test::Fault f {};
        if (eq < 0 || !ogs::test::OllamaTestServer::parseFault(spec.mid(eq + 1), f)) {
            err << "ogs-test-ollama-server: bad --fault '" << spec << "'\n";
            return 2;
        }
        server.setFault(spec.left(eq), f);
    }
    if (!server.listen(static_cast<quint16>(parser.value(port).toUInt()))) {
        err << "ogs-test-ollama-server: " << server.errorString() << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << server.url().toString() << Qt::endl;
    return app.exec();
}
