#pragma once

#include <QList>
#include <QString>

namespace ogs {

/// One program from the Windows "Uninstall" registry keys (what Apps & Features lists).
struct UninstallEntry {
    QString key; ///< the subkey, "{44E83376-CE68-45EB-8FC1-393500EB558C}_is1" for Ollama's Inno Setup installer
    QString displayName;
    QString displayVersion;
    QString publisher;
    QString installLocation;
    QString uninstallString;
    QString urlInfoAbout;
};

/// Reads the uninstall keys (HKCU, then HKLM). Tests hand in fixed entries.
class UninstallRegistry {
public:
    virtual ~UninstallRegistry() = default;
    /// Every entry whose DisplayName starts with "Ollama" (our own "Ollama GPU Setup" excluded).
    virtual QList<UninstallEntry> ollamaEntries() const = 0;
};

/// The real registry through QSettings (Windows); elsewhere it lists nothing.
class SystemUninstallRegistry final : public UninstallRegistry {
public:
    QList<UninstallEntry> ollamaEntries() const override;
};

/// The fixed list a test (or another platform) hands in.
class FixedUninstallRegistry final : public UninstallRegistry {
public:
    explicit FixedUninstallRegistry(QList<UninstallEntry> entries) : m_entries(std::move(entries)) {}
    QList<UninstallEntry> ollamaEntries() const override { return m_entries; }

private:
    QList<UninstallEntry> m_entries;
};

/// True for an entry that is an Ollama install (not our wizard, which is called "Ollama GPU Setup").
bool isOllamaUninstallEntry(const UninstallEntry &entry);

} // namespace ogs
