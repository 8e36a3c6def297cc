#include "envkeys.h"

#include <QRegularExpression>

#include <limits>

namespace ogs {

namespace {

EnvKeyInfo key(const char *name, EnvValueKind kind, const char *summary, QStringList choices = {})
{
    EnvKeyInfo info;
    info.name = QString::fromLatin1(name);
    info.kind = kind;
    info.summary = QString::fromUtf8(summary);
    info.choices = std::move(choices);
    return info;
}

EnvKeyInfo devices(const char *name, const char *summary, const char *noDeviceToken)
{
    EnvKeyInfo info = key(name, EnvValueKind::DeviceList, summary);
    info.allowNoDevice = true;
    info.noDeviceToken = QString::fromLatin1(noDeviceToken);
    return info;
}

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

bool matches(const char *pattern, const QString &value)
{
    const QRegularExpression re(QLatin1String("\\A(?:") + QLatin1String(pattern) + QLatin1String(")\\z"));
    return re.match(value).hasMatch();
}

QString fail(const QString &key, const QString &value, const QString &why)
{
    return QStringLiteral("%1=%2: %3").arg(key, value, why);
}

bool hasControl(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

QString validateHost(const QString &value)
{
    QString rest = value;
    const int scheme = rest.indexOf(QLatin1String("://"));
    if (scheme >= 0) {
        const QString s = rest.left(scheme);
        if (s != QLatin1String("http") && s != QLatin1String("https"))
            return QStringLiteral("scheme '%1' is not http or https").arg(s);
        rest = rest.mid(scheme + 3);
    }
    const int slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        if (!matches("/[A-Za-z0-9._~/-]*", rest.mid(slash)))
            return QStringLiteral("the path '%1' may only contain letters, digits and . _ ~ / -").arg(rest.mid(slash));
        rest = rest.left(slash);
    }
    QString host = rest;
    QString port;
    if (rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return QStringLiteral("'[' without ']' around an IPv6 address");
        host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return QStringLiteral("expected ':port' after ']'");
            port = after.mid(1);
            if (port.isEmpty())
                return QStringLiteral("':' without a port number");
        }
        if (!matches("[0-9A-Fa-f:.]+", host))
            return QStringLiteral("'%1' is not an IPv6 address").arg(host);
    } else {
        const int colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            if (rest.indexOf(QLatin1Char(':')) != colon)
                return QStringLiteral("write an IPv6 address in brackets, e.g. [::1]:11434");
            host = rest.left(colon);
            port = rest.mid(colon + 1);
            if (port.isEmpty())
                return QStringLiteral("':' without a port number");
        }
        if (!host.isEmpty() && !matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*", host))
            return QStringLiteral("'%1' is not a host name or IPv4 address").arg(host);
        if (host.isEmpty() && port.isEmpty())
            return QStringLiteral("no host and no port");
    }
    if (!port.isEmpty()) {
        bool ok = false;
        const int p = port.toInt(&ok);
        if (!ok || !matches("[0-9]{1,5}", port) || p < 1 || p > 65535)
            return QStringLiteral("port '%1' is not a number from 1 to 65535").arg(port);
    }
    return {};
}

QString gfxHint(const QString &value)
{
    // gfx1030 -> 10.3.0, gfx90a -> 9.0.10: major is decimal, minor and stepping one hex digit each.
    const QRegularExpression re(QStringLiteral("\\Agfx([0-9]{1,2})([0-9a-fA-F])([0-9a-fA-F])\\z"));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return QStringLiteral("expected X.Y.Z, e.g. 10.3.0 for gfx1030");
    return QStringLiteral("expected X.Y.Z; for %1 write %2.%3.%4")
        .arg(value, m.captured(1), QString::number(m.captured(2).toInt(nullptr, 16)),
             QString::number(m.captured(3).toInt(nullptr, 16)));
}

std::optional<qint64> parseByteSize(const QString &value)
{
    const QRegularExpression re(QStringLiteral("\\A([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\z"));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    double factor = 0;
    const QList<std::pair<const char *, double>> units{
        {"", 1}, {"b", 1}, {"k", 1024.0}, {"kib", 1024.0}, {"kb", 1e3}, {"m", 1048576.0}, {"mib", 1048576.0},
        {"mb", 1e6}, {"g", 1073741824.0}, {"gib", 1073741824.0}, {"gb", 1e9}, {"t", 1099511627776.0},
        {"tib", 1099511627776.0}, {"tb", 1e12}};
    for (const auto &[name, f] : units) {
        if (unit == QLatin1String(name))
            factor = f;
    }
    if (factor == 0)
        return std::nullopt;
    if (factor == 1 && m.captured(1).contains(QLatin1Char('.')))
        return std::nullopt; // fractional bytes
    const double bytes = m.captured(1).toDouble() * factor;
    if (bytes >= 9.0e18)
        return std::nullopt;
    return static_cast<qint64>(bytes + 0.5);
}

} // namespace

QString printableValue(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
                 || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            out += QStringLiteral("\\x{%1}").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

const QList<EnvKeyInfo> &envKeys()
{
    using K = EnvValueKind;
    static const QList<EnvKeyInfo> keys{
        key("OLLAMA_HOST", K::HostPort, "Address the server listens on (default 127.0.0.1:11434)"),
        key("OLLAMA_VULKAN", K::Boolean, "Vulkan backend: opt-in before 0.30, on by default since (0 turns it off)"),
        key("OLLAMA_LLM_LIBRARY", K::Choice, "Force one backend folder under lib/ollama",
            words("rocm rocm_v6 rocm_v7_1 rocm_v7_2 vulkan cuda_v11 cuda_v12 cuda_v13 cuda_jetpack5 cuda_jetpack6 cpu cpu_avx cpu_avx2")),
        key("OLLAMA_IGPU_ENABLE", K::Boolean, "Use integrated GPUs (0.30 and later)"),
        key("HSA_OVERRIDE_GFX_VERSION", K::GfxVersion, "Make ROCm treat the GPU as another gfx target (Linux only)"),
        key("HSA_ENABLE_DXG_DETECTION", K::Boolean, "Let ROCm find the GPU through WSL2's /dev/dxg"),
        devices("ROCR_VISIBLE_DEVICES", "ROCm devices Ollama may use (Linux; NOT_A_DEVICE hides all)", "NOT_A_DEVICE"),
        devices("HIP_VISIBLE_DEVICES", "HIP devices Ollama may use (-1 hides all)", "-1"),
        devices("CUDA_VISIBLE_DEVICES", "CUDA devices Ollama may use (-1 hides all)", "-1"),
        devices("GPU_DEVICE_ORDINAL", "GPU ordinals Ollama may use (-1 hides all)", "-1"),
        key("GGML_VK_VISIBLE_DEVICES", K::VulkanDevices, "Vulkan device indices Ollama may use (-1 disables Vulkan)"),
        key("GPU_MAX_HW_QUEUES", K::Count, "ROCm hardware queues; 1 works around the stuck-at-100% GPU bug"),
        key("AMD_LOG_LEVEL", K::Choice, "ROCm runtime logging (0 off … 4 most)", words("0 1 2 3 4")),
        key("OLLAMA_FLASH_ATTENTION", K::Boolean, "Flash attention (smaller KV cache)"),
        key("OLLAMA_KV_CACHE_TYPE", K::Choice, "KV cache quantisation", words("f16 q8_0 q4_0")),
        key("OLLAMA_GPU_OVERHEAD", K::ByteSize, "VRAM to keep free per GPU, in bytes"),
        key("OLLAMA_CONTEXT_LENGTH", K::Count, "Default context length (0 = automatic)"),
        key("OLLAMA_NUM_PARALLEL", K::Count, "Parallel requests per model"),
        key("OLLAMA_MAX_LOADED_MODELS", K::Count, "Models kept loaded at once (0 = automatic)"),
        key("OLLAMA_MAX_QUEUE", K::Count, "Queued requests before the server answers busy"),
        key("OLLAMA_KEEP_ALIVE", K::Duration, "How long a model stays loaded (negative = forever)"),
        key("OLLAMA_LOAD_TIMEOUT", K::Duration, "How long a model load may stall"),
        key("OLLAMA_SCHED_SPREAD", K::Boolean, "Spread every model over all GPUs"),
        key("LLAMA_ARG_FIT", K::Choice, "llama-server's automatic fitting (0.30 and later)", words("on off")),
        key("LLAMA_ARG_FIT_TARGET", K::Count, "VRAM margin llama-server fits to, in MiB"),
        key("OLLAMA_MODELS", K::AbsolutePath, "Directory that holds the models"),
        key("OLLAMA_ORIGINS", K::Origins, "Extra origins allowed to call the API"),
        key("OLLAMA_DEBUG", K::Choice, "Debug logging (1 debug, 2 trace)", words("0 1 2 false true")),
        key("OLLAMA_NOPRUNE", K::Boolean, "Do not prune unused model blobs at start"),
        key("OLLAMA_NOHISTORY", K::Boolean, "Do not keep `ollama run` history"),
        key("OLLAMA_NO_CLOUD", K::Boolean, "Disable cloud models"),
        key("OLLAMA_MAX_TRANSFER_STREAMS", K::Count, "Parallel download streams"),
    };
    return keys;
}

const EnvKeyInfo *findEnvKey(const QString &name)
{
    for (const EnvKeyInfo &k : envKeys()) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

QString describeKind(const EnvKeyInfo &info)
{
    switch (info.kind) {
    case EnvValueKind::HostPort: return QStringLiteral("[http(s)://]host[:port]");
    case EnvValueKind::GfxVersion: return QStringLiteral("X.Y.Z");
    case EnvValueKind::DeviceList:
        return QStringLiteral("comma-separated indices or GPU UUIDs, or %1").arg(info.noDeviceToken);
    case EnvValueKind::VulkanDevices: return QStringLiteral("comma-separated indices, or -1");
    case EnvValueKind::Boolean: return QStringLiteral("1/0, true/false");
    case EnvValueKind::Duration: return QStringLiteral("duration such as 5m, 1h30m, 300 (seconds) or -1 (forever)");
    case EnvValueKind::ByteSize: return QStringLiteral("bytes, or a size such as 512MiB or 1GiB");
    case EnvValueKind::Count: return QStringLiteral("non-negative integer");
    case EnvValueKind::Choice: return QStringLiteral("one of %1").arg(info.choices.join(QLatin1String(", ")));
    case EnvValueKind::AbsolutePath: return QStringLiteral("absolute path");
    case EnvValueKind::Origins: return QStringLiteral("comma-separated origins");
    }
    return {};
}

EnvValidation validateEnvValue(const QString &name, const QString &value)
{
    const EnvKeyInfo *info = findEnvKey(name);
    if (!info) {
        if (!matches("[A-Za-z_][A-Za-z0-9_]*", name))
            return {{}, QStringLiteral("'%1' is not a variable name").arg(name)};
        return {{}, QStringLiteral("%1 is not a variable ollama-gpu-setup manages (see `env --help` for the list)").arg(name)};
    }
    if (value.isEmpty())
        return {{}, fail(name, value, QStringLiteral("empty value; use --unset %1 to remove it").arg(name))};
    if (hasControl(value))
        return {{}, fail(name, printableValue(value), QStringLiteral("the value contains a line break or control character"))};

    switch (info->kind) {
    case EnvValueKind::HostPort:
        if (const QString why = validateHost(value); !why.isEmpty())
            return {{}, fail(name, value, QStringLiteral("%1 (expected [http(s)://]host[:port])").arg(why))};
        return {value, {}};
    case EnvValueKind::GfxVersion: {
        const QRegularExpression re(QStringLiteral("\\A([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{1,2})\\z"));
        const QRegularExpressionMatch m = re.match(value);
        if (!m.hasMatch())
            return {{}, fail(name, value, gfxHint(value))};
        if (m.captured(1).toInt() == 0 || m.captured(2).toInt() > 15 || m.captured(3).toInt() > 15)
            return {{}, fail(name, value, QStringLiteral("major must be 1-99 and minor and stepping 0-15 (each is one hex digit of the gfx name)"))};
        return {value, {}};
    }
    case EnvValueKind::DeviceList:
        if (info->allowNoDevice && (value == info->noDeviceToken || value == QLatin1String("-1")))
            return {value, {}};
        if (!matches("(?:[0-9]{1,3}|GPU-[0-9A-Fa-f-]{4,64})(?:,(?:[0-9]{1,3}|GPU-[0-9A-Fa-f-]{4,64}))*", value))
            return {{}, fail(name, value, QStringLiteral("expected %1").arg(describeKind(*info)))};
        return {value, {}};
    case EnvValueKind::VulkanDevices:
        if (value == QLatin1String("-1") || matches("[0-9]{1,3}(?:,[0-9]{1,3})*", value))
            return {value, {}};
        return {{}, fail(name, value, QStringLiteral("expected comma-separated Vulkan device indices, or -1 to disable Vulkan"))};
    case EnvValueKind::Boolean:
        if (words("1 t T TRUE true True 0 f F FALSE false False").contains(value))
            return {value, {}};
        return {{}, fail(name, value, QStringLiteral("expected 1 or 0 (true/false)"))};
    case EnvValueKind::Duration:
        if (matches("-?[0-9]{1,12}", value)
            || matches("-?(?:[0-9]{1,9}(?:\\.[0-9]+)?(?:ns|us|\\x{00b5}s|ms|s|m|h))+", value))
            return {value, {}};
        return {{}, fail(name, value, QStringLiteral("expected a duration such as 5m, 1h30m, 300 (seconds) or -1 (forever)"))};
    case EnvValueKind::ByteSize: {
        const std::optional<qint64> bytes = parseByteSize(value);
        if (!bytes)
            return {{}, fail(name, value, QStringLiteral("expected a number of bytes, or a size such as 512MiB or 1GiB"))};
        return {QString::number(*bytes), {}};
    }
    case EnvValueKind::Count:
        if (!matches("[0-9]{1,9}", value))
            return {{}, fail(name, value, QStringLiteral("expected a non-negative whole number"))};
        if (name == QLatin1String("GPU_MAX_HW_QUEUES") && value.toInt() < 1)
            return {{}, fail(name, value, QStringLiteral("must be at least 1"))};
        return {QString::number(value.toLongLong()), {}};
    case EnvValueKind::Choice:
        if (info->choices.contains(value))
            return {value, {}};
        return {{}, fail(name, value, QStringLiteral("expected one of %1").arg(info->choices.join(QLatin1String(", "))))};
    case EnvValueKind::AbsolutePath:
        if (!value.startsWith(QLatin1Char('/')) && !matches("[A-Za-z]:[\\\\/].*", value))
            return {{}, fail(name, value, QStringLiteral("expected an absolute path (/… or C:\\…)"))};
        return {value, {}};
    case EnvValueKind::Origins:
        if (!matches("[A-Za-z0-9*:/._\\[\\]-]+(?:,[A-Za-z0-9*:/._\\[\\]-]+)*", value))
            return {{}, fail(name, value, QStringLiteral("expected comma-separated origins such as http://localhost:3000,app://*"))};
        return {value, {}};
    }
    return {{}, fail(name, value, QStringLiteral("no validator"))};
}

bool exposesToNetwork(const QString &value)
{
    QString rest = value;
    const int scheme = rest.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    rest = rest.section(QLatin1Char('/'), 0, 0);
    QString host;
    if (rest.startsWith(QLatin1Char('[')))
        host = rest.mid(1, rest.indexOf(QLatin1Char(']')) - 1);
    else if (rest.count(QLatin1Char(':')) > 1)
        host = rest;
    else
        host = rest.section(QLatin1Char(':'), 0, 0);
    return host.isEmpty() || host == QLatin1String("0.0.0.0") || host == QLatin1String("::")
        || host == QLatin1String("0") || host == QLatin1String("0:0:0:0:0:0:0:0");
}

} // namespace ogs
