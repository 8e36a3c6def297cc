#include "logexcerpt.h"

namespace ogs {

QStringList relevantLogLines(const QString &text, int maxLines)
{
    static const char *const keys[]
        = { "inference compute", "server config", "offloaded", "offloading", "not supported", "skipping",
              "filtering device", "removing device", "no compatible", "total_vram", "total vram", "Listening on",
              "level=ERROR", "level=WARN", "error loading", "HSA_OVERRIDE_GFX_VERSION", "looking for compatible GPUs",
              "system memory", "msg=\"model", "llama_model_load", "ggml_vulkan", "ggml_cuda_init", "ROCm" };
    QStringList lines;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (const QString &raw : all) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        for (const char *k : keys) {
            if (line.contains(QLatin1String(k), Qt::CaseInsensitive)) {
                lines << line.left(1000);
                break;
            }
        }
    }
    if (maxLines >= 0 && lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    return lines;
}

LogExcerpt readLogExcerpt(const QList<LogSource> &sources, ProcessRunner *runner, int maxLines)
{
    LogExcerpt excerpt;
    for (const LogSource &s : sources) {
        if (s.path.isEmpty() && !runner)
            continue;
        excerpt.tried << s.describe();
        constexpr qint64 tail = 4 * 1024 * 1024; // the newest run is at the end
        const std::optional<QString> text = readLogSource(s, runner, tail);
        const QStringList lines = text ? relevantLogLines(*text, maxLines) : QStringList();
        if (lines.isEmpty())
            continue;
        excerpt.source = s.describe();
        excerpt.lines = lines;
        return excerpt;
    }
    return excerpt;
}

LogExcerpt readLogExcerpt(const LogLocation &where, ProcessRunner *runner, int maxLines)
{
    return readLogExcerpt(locateOllamaLogs(where), runner, maxLines);
}

} // namespace ogs
