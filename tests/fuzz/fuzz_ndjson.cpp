// The NDJSON stream splitter fed in fuzzer-chosen chunks, every completed line handed to the
// generate/pull/ps/show/tags/version readers as the client does with a streamed response.
#include "fuzzinput.h"
#include "ndjsonsplitter.h"
#include "ollamatypes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
void readAll(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    (void)ogs::parseGenerateStats(o).evalRate();
    (void)ogs::parsePullProgress(o);
    (void)ogs::parseTags(o);
    (void)ogs::parseRunningModels(o);
    (void)ogs::parseShow(o);
    (void)ogs::parseVersion(o);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // First byte: chunk length (1..256) and a small line cap now and then, to reach overflow.
    const size_t chunk = size_t(data[0]) + 1;
    ogs::NdjsonSplitter splitter(data[0] < 16 ? qsizetype(data[0]) * 8 + 1 : 1024 * 1024);
    const QByteArray all = ogs::fuzz::bytes(data + 1, size - 1);
    for (qsizetype at = 0; at < all.size(); at += qsizetype(chunk)) {
        for (const QByteArray &line : splitter.feed(all.mid(at, qsizetype(chunk))))
            readAll(line);
    }
    readAll(splitter.takeRemainder());
    return 0;
}
