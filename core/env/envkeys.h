#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ogs {

/// What kind of value an allow-listed variable takes; each kind has one validator.
enum class EnvValueKind {
    HostPort,     ///< [scheme://]host[:port]
    GfxVersion,   ///< X.Y.Z as HSA_OVERRIDE_GFX_VERSION wants it
    DeviceList,   ///< comma-separated indices or GPU UUIDs
    VulkanDevices,///< comma-separated Vulkan indices, or -1
    Boolean,      ///< Go's strconv.ParseBool spellings
    Duration,     ///< Go duration ("5m", "1h30m"), seconds, or a negative number (forever)
    ByteSize,     ///< bytes, or with a unit (512MiB, 1G); normalised to bytes
    Count,        ///< non-negative integer
    Choice,       ///< one of a fixed list
    AbsolutePath, ///< an absolute directory path
    Origins,      ///< comma-separated origins (http://host:port, app://*, *)
};

/// One variable that `env` may set, with the rule its value must follow.
struct EnvKeyInfo {
    QString name;
    EnvValueKind kind = EnvValueKind::Count;
    QString summary;
    QStringList choices;          ///< for Choice
    bool allowNoDevice = false;   ///< DeviceList: -1 (and NOT_A_DEVICE for ROCR) hide every device
    QString noDeviceToken;        ///< "NOT_A_DEVICE" where the runtime takes it
};

/// Outcome of validating one KEY=VALUE: the value to write (normalised), or an error sentence.
struct EnvValidation {
    QString value;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// The allow-list, in display order.
const QList<EnvKeyInfo> &envKeys();
/// The entry for `name` (exact, case-sensitive), or nullptr when it is not allow-listed.
const EnvKeyInfo *findEnvKey(const QString &name);

/// Validates `value` for `key`; an unknown key is an error that lists where to look.
EnvValidation validateEnvValue(const QString &key, const QString &value);

/// True when OLLAMA_HOST=value would listen on every interface (0.0.0.0, ::, [::], empty host).
bool exposesToNetwork(const QString &ollamaHostValue);

/// Control characters shown as \\n, \\r, \\x{1b}, for error messages.
QString printableValue(const QString &value);

/// "host[:port] with an optional http/https scheme"; human description of a kind, for help text.
QString describeKind(const EnvKeyInfo &info);

} // namespace ogs
