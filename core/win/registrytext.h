#pragma once

// UTF-8/UTF-16 and error-text helpers for the environment part of the Windows layer
// (registryenv, broadcastenv, processcontrol). Plain C++17 and Win32.

#include <string>

namespace ogs::win {

/// UTF-8 → UTF-16 for Win32 calls.
std::wstring wideText(const std::string &utf8);
/// UTF-16 → UTF-8.
std::string utf8Text(const std::wstring &wide);
/// "error 5 (Access is denied.)" for a Win32 error code.
std::string errorText(unsigned long code);

} // namespace ogs::win
