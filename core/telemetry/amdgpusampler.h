#pragma once

#include "gpusample.h"
#include "sysfsattribute.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <deque>

namespace ogs {

/// Samples one amdgpu card from `<card>/device/`: busy %, VRAM/GTT, the starred pp_dpm_sclk
/// level, and hwmon power (µW), temperature (m°C) and clock (Hz). Files stay open between samples.
class AmdGpuSampler final {
public:
    AmdGpuSampler(const QString &deviceDir, QString id, QString name, bool utilReliable);
    /// Reads every attribute once. Problems become warnings, each reported once per file
    /// until it recovers, so a broken file does not flood the log at 1 Hz.
    GpuSample sample(QStringList &warnings);
    const QString &id() const { return m_id; }

private:
    struct Attribute {
        std::unique_ptr<SysfsAttribute> file;
        QString label;        ///< what sourceOf says, e.g. "hwmon3/power1_average"
        bool optional = false; ///< silent when missing (not every card has it)
        bool warned = false;
    };
    Attribute &add(const QString &path, const QString &label, bool optional);
    std::optional<qint64> readInt(Attribute *attr, QStringList &warnings);
    bool readText(Attribute *attr, QStringList &warnings);
    void fail(Attribute &attr, const QString &error, QStringList &warnings);

    QString m_id;
    QString m_name;
    bool m_utilReliable;
    std::deque<Attribute> m_attributes; // deque: the m_* pointers below stay valid
    Attribute *m_busy = nullptr;
    Attribute *m_memBusy = nullptr;
    Attribute *m_vramUsed = nullptr;
    Attribute *m_vramTotal = nullptr;
    Attribute *m_gttUsed = nullptr;
    Attribute *m_sclk = nullptr;
    Attribute *m_power = nullptr;
    Attribute *m_temp = nullptr;
    Attribute *m_freq = nullptr;
    std::optional<qint64> m_vramTotalCached;
    QByteArray m_buffer;
    QHash<QString, QString> m_sourceOf; ///< shared into every sample; changes only when a source does
};

} // namespace ogs
