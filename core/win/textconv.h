#pragma once

#include <cstddef>
#include <string>

namespace ogs::win {

/// UTF-16 as Windows APIs hand it out → UTF-8. Unpaired surrogates become U+FFFD.
std::string toUtf8(const wchar_t *wide, std::size_t length);
std::string toUtf8(const std::wstring &wide);
/// UTF-8 → UTF-16 for Windows APIs. Invalid bytes become U+FFFD.
std::wstring toWide(const std::string &utf8);

} // namespace ogs::win
