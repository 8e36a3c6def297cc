#include "processgpuscanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtNumeric>

#include <limits>

namespace ogs {

namespace {

QByteArray readSmall(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return {};
    return f.read(64 * 1024);
}

/// "1127566230 ns" → ns; "4044184 KiB" → bytes. Garbled, negative or out-of-range values give 0.
qint64 parseQuantity(const QByteArray &value)
{
    const QList<QByteArray> parts = value.simplified().split(' ');
    bool ok = false;
    const qint64 n = parts.value(0).toLongLong(&ok);
    if (!ok || n < 0)
        return 0;
    const QByteArray unit = parts.value(1);
    const qint64 factor = unit == "KiB" ? qint64(1) << 10 : unit == "MiB" ? qint64(1) << 20 : unit == "GiB" ? qint64(1) << 30 : 1;
    qint64 bytes = 0;
    return qMulOverflow(n, factor, &bytes) ? 0 : bytes; // found by tests/fuzz/fuzz_drmfdinfo
}

/// Counters summed over engines and clients: saturate instead of overflowing on garbage.
qint64 addSaturating(qint64 a, qint64 b)
{
    qint64 sum = 0;
    return qAddOverflow(a, b, &sum) ? std::numeric_limits<qint64>::max() : sum;
}

QStringList numericEntries(const QString &dir)
{
    QStringList out;
    const QStringList entries = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    for (const QString &e : entries) {
        bool ok = false;
        e.toLongLong(&ok);
        if (ok)
            out << e;
    }
    return out;
}

} // namespace

bool parseDrmFdinfo(const QByteArray &text, DrmClientInfo *info)
{
    *info = DrmClientInfo();
    qint64 vramLegacy = -1, vramResident = -1, vramTotal = -1;
    for (const QByteArray &line : text.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "drm-driver")
            info->driver = QString::fromUtf8(value);
        else if (key == "drm-pdev")
            info->pciAddress = QString::fromUtf8(value).toLower();
        else if (key == "drm-client-id")
            info->clientId = QString::fromUtf8(value);
        else if (key.startsWith("drm-engine-") && !key.startsWith("drm-engine-capacity"))
            info->engineNs = addSaturating(info->engineNs, parseQuantity(value));
        else if (key == "drm-memory-vram")
            vramLegacy = parseQuantity(value);
        else if (key == "drm-resident-vram")
            vramResident = parseQuantity(value);
        else if (key == "drm-total-vram")
            vramTotal = parseQuantity(value);
    }
    info->vramBytes = vramLegacy >= 0 ? vramLegacy : vramResident >= 0 ? vramResident : std::max<qint64>(vramTotal, 0);
    return !info->driver.isEmpty();
}

QList<ProcessGpuUsage> ProcessGpuScanner::scan(qint64 nowMs)
{
    QList<ProcessGpuUsage> usages;
    QHash<QString, int> indexByKey;
    QHash<QString, bool> seenClients; // one client can be reachable through several fds
    QHash<QString, qint64> currentNs;
    for (const QString &pid : numericEntries(m_procRoot)) {
        const QString base = m_procRoot + QLatin1Char('/') + pid;
        const QString fdDir = base + QStringLiteral("/fd");
        const bool haveFdLinks = QFileInfo(fdDir).isDir();
        for (const QString &fd : numericEntries(base + QStringLiteral("/fdinfo"))) {
            // Only DRM device fds are worth reading.
            if (haveFdLinks && !QFileInfo(fdDir + QLatin1Char('/') + fd).symLinkTarget().startsWith(QLatin1String("/dev/dri/")))
                continue;
            DrmClientInfo client;
            if (!parseDrmFdinfo(readSmall(base + QStringLiteral("/fdinfo/") + fd), &client))
                continue;
            const QString clientKey = client.pciAddress + QLatin1Char('/') + client.clientId;
            if (!client.clientId.isEmpty() && seenClients.contains(clientKey))
                continue;
            seenClients.insert(clientKey, true);
            const QString key = pid + QLatin1Char('/') + client.pciAddress;
            auto it = indexByKey.constFind(key);
            if (it == indexByKey.constEnd()) {
                ProcessGpuUsage u;
                u.pid = pid.toLongLong();
                u.command = QString::fromUtf8(readSmall(base + QStringLiteral("/comm"))).trimmed();
                u.pciAddress = client.pciAddress;
                it = indexByKey.insert(key, static_cast<int>(usages.size()));
                usages.append(u);
            }
            ProcessGpuUsage &u = usages[*it];
            u.engineNs = addSaturating(u.engineNs, client.engineNs);
            u.vramBytes = addSaturating(u.vramBytes, client.vramBytes);
        }
    }
    const qint64 elapsedMs = m_previousMs >= 0 ? nowMs - m_previousMs : 0;
    for (ProcessGpuUsage &u : usages) {
        const QString key = QString::number(u.pid) + QLatin1Char('/') + u.pciAddress;
        currentNs.insert(key, u.engineNs);
        const auto prev = m_previousNs.constFind(key);
        if (elapsedMs > 0 && prev != m_previousNs.constEnd() && u.engineNs >= *prev)
            u.enginePercent = std::min(100.0, static_cast<double>(u.engineNs - *prev) / (static_cast<double>(elapsedMs) * 1e4));
    }
    m_previousNs = currentNs;
    m_previousMs = nowMs;
    return usages;
}

OllamaProcesses findOllamaProcesses(const QString &procRoot)
{
    OllamaProcesses found;
    for (const QString &pid : numericEntries(procRoot)) {
        const QString base = procRoot + QLatin1Char('/') + pid;
        const QString comm = QString::fromUtf8(readSmall(base + QStringLiteral("/comm"))).trimmed();
        if (comm.isEmpty())
            continue;
        // cmdline is NUL-separated.
        const QByteArray cmdline = readSmall(base + QStringLiteral("/cmdline")).replace('\0', ' ');
        // comm is cut at 15 characters: "ollama_llama_server" reads "ollama_llama_se".
        if (comm.startsWith(QLatin1String("ollama_llama_se")) || comm == QLatin1String("llama-server")
            || (comm == QLatin1String("ollama") && cmdline.contains(" runner")))
            found.runnerAlive = true;
        else if (comm == QLatin1String("ollama") && cmdline.contains(" serve"))
            found.serverAlive = true;
    }
    return found;
}

} // namespace ogs
