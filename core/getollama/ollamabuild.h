#pragma once

#include <QString>

#include <optional>

namespace ogs {

/// Which Ollama build is installed or wanted: the official one, or the community
/// likelovewant/ollama-for-amd build (Windows, extra ROCm targets).
enum class OllamaBuild { Official, OllamaForAmd };

/// "official", "ollama-for-amd".
QString buildKey(OllamaBuild build);
std::optional<OllamaBuild> buildFromKey(const QString &key);
/// "the official build", "the ollama-for-amd build" (for sentences).
QString buildDisplayName(OllamaBuild build);

} // namespace ogs
