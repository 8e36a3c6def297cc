#pragma once

#include "detect/platformprobe.h"
#include "uninstallregistry.h"

#include <QStringList>

#include <optional>

namespace ogs {

/// Everything the locator reads, as parameters: tests hand in a temporary root and PATH.
struct OllamaLocatorInput {
    Platform platform = Platform::Linux;
    QString pathEnv;                ///< PATH as the user has it (';'-separated on Windows)
    QString root = QStringLiteral("/"); ///< Linux: prefixed to every path (PATH entries included)
    QString localAppData;           ///< Windows: %LOCALAPPDATA%
    const UninstallRegistry *registry = nullptr; ///< Windows: the uninstall keys; null = none
};

/// Where Ollama is installed, and how that was found.
struct OllamaLocation {
    QString executable; ///< ollama / ollama.exe; empty when not found
    QString installDir; ///< the folder holding lib/ollama (Linux: /usr/local; Windows: …\Programs\Ollama)
    QString foundBy;    ///< "PATH", "/usr/local/bin", "systemd unit", "uninstall registry", "%LOCALAPPDATA%"
    QString systemdUnit; ///< Linux: the ollama.service file, when there is one
    QString systemdExecStart; ///< its ExecStart program
    std::optional<UninstallEntry> uninstall; ///< Windows: the registry entry
    QStringList notes;  ///< e.g. "PATH has a second ollama at …"
    bool found() const { return !executable.isEmpty(); }
};

/// Finds Ollama. Linux: `ollama` on PATH, /usr/local/bin, /usr/bin, the systemd unit's ExecStart.
/// Windows: the uninstall registry's InstallLocation, %LOCALAPPDATA%\Programs\Ollama, PATH.
OllamaLocation locateOllama(const OllamaLocatorInput &input);

/// Windows: Ollama's tray app, "ollama app.exe" beside the ollama.exe locateOllama finds (its
/// install folder), else where Ollama's installer puts it (%LOCALAPPDATA%\Programs\Ollama);
/// empty when neither is known. The file may not exist: callers check.
QString windowsTrayApp(const OllamaLocatorInput &input);

/// This machine's PATH, %LOCALAPPDATA% and uninstall registry, for `platform`.
OllamaLocatorInput systemLocatorInput(Platform platform);

/// The program an ExecStart= line runs ("ExecStart=-/usr/bin/ollama serve" → "/usr/bin/ollama").
QString execStartProgram(const QByteArray &unitFile);

} // namespace ogs
