#include "pdhtelemetry.h"

#include "common/coretext.h"
#include "detect/gpuinfo.h"
#include "win/dxgiadapters.h"

namespace ogs {

PdhTelemetry::PdhTelemetry(bool skipNvidia, win::GpuCounterPaths paths)
    : m_query(std::move(paths))
{
    std::string error;
    const std::vector<win::DxgiAdapter> adapters = win::enumerateDxgiAdapters(&error);
    if (!error.empty())
        m_warnings << TelemetryText::tr("DXGI: %1; adapters are named by LUID").arg(QString::fromStdString(error));
    int hardware = 0;
    for (const win::DxgiAdapter &a : adapters) {
        CounterAdapter c;
        c.id = counterLuidId(a.luid);
        c.name = QString::fromStdString(a.description).trimmed();
        if (const std::uint64_t total = a.bestDedicatedMemory(); total > 0)
            c.vramTotalBytes = static_cast<qint64>(total);
        c.skip = a.software || (skipNvidia && a.vendorId == kPciVendorNvidia);
        if (!c.skip)
            ++hardware;
        m_adapters.insert(a.luid, c);
    }
    if (!m_query.open(&error)) {
        m_warnings << QString::fromStdString(error) + TelemetryText::tr("; no utilisation or memory use from Windows");
        return;
    }
    if (!error.empty()) // a memory counter is missing, the engines are read
        m_warnings << QString::fromStdString(error);
    m_gpuCount = hardware;
}

void PdhTelemetry::warnOnce(const QString &text)
{
    if (m_reported.contains(text))
        return;
    m_reported.insert(text);
    m_warnings << text;
}

QList<GpuSample> PdhTelemetry::sample()
{
    if (!m_query.isOpen())
        return {};
    std::string error;
    m_problems.clear();
    const bool ok = m_query.collect(m_counters, &m_problems, &error);
    if (ok && m_problems.empty())
        m_reported.clear(); // a clean read ends every episode
    if (!ok)
        warnOnce(QString::fromStdString(error));
    for (const std::string &p : m_problems)
        warnOnce(QString::fromStdString(p));
    return samplesFromCounters(m_counters, m_adapters);
}

QStringList PdhTelemetry::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

} // namespace ogs
