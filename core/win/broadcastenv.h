#pragma once

// Tells running programs that the environment changed. Plain C++17 and Win32.

#include <string>

namespace ogs::win {

/// Sends WM_SETTINGCHANGE with "Environment" to every top-level window (Explorer then hands
/// the new variables to programs it starts). Returns within about `timeoutMs` even when a
/// window hangs: the send runs on a worker thread that is left behind if it overruns.
/// false with *error when the send failed or timed out.
bool broadcastEnvironmentChange(unsigned timeoutMs, std::string *error);

} // namespace ogs::win
