// Ollama server logs and pasted excerpts: the log-line (logfmt) parser, the whole-log parser
// in both scopes, the Go env map and the "server config" line.
#include "fuzzinput.h"
#include "logfmt.h"
#include "ollamalog.h"
#include "serverconfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = ogs::fuzz::text(data, size);
    (void)ogs::parseOllamaLog(text, ogs::LogScope::WholeText).toFactsJson();
    (void)ogs::parseOllamaLog(text, ogs::LogScope::LastRun).backends();
    (void)ogs::parseLogfmt(text);
    (void)ogs::parseLogRecord(text);
    (void)ogs::parseSize(text);
    (void)ogs::parseGoEnvMap(text);
    (void)ogs::parseServerConfigLine(text);
    (void)ogs::lastServerConfig(ogs::fuzz::bytes(data, size));
    return 0;
}
