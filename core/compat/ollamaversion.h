#pragma once

#include <QString>

#include <optional>

namespace ogs {

/// An Ollama release number, "0.12.11" or "0.33.0-rc2". Pre-releases sort before the release.
struct OllamaVersion {
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString preRelease; ///< "rc2"; empty for a release

    /// Accepts "0.12.11", "v0.12.11", "0.33.0-rc2"; nullopt for anything else.
    static std::optional<OllamaVersion> parse(const QString &text);
    QString toString() const;
    int compare(const OllamaVersion &other) const;

    bool operator<(const OllamaVersion &o) const { return compare(o) < 0; }
    bool operator<=(const OllamaVersion &o) const { return compare(o) <= 0; }
    bool operator>=(const OllamaVersion &o) const { return compare(o) >= 0; }
    bool operator==(const OllamaVersion &o) const { return compare(o) == 0; }
};

/// Finds the version in what `ollama --version` prints: "ollama version is 0.12.11", or
/// "Warning: client version is 0.12.11" when no server runs. nullopt when none is there.
std::optional<OllamaVersion> parseOllamaVersionOutput(const QString &output);

} // namespace ogs
