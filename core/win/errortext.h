#pragma once

#include <string>

namespace ogs::win {

/// "0x887A0022 (The system message, if Windows has one)" for an HRESULT.
std::string hresultText(long hr);
/// "error 2 (The system cannot find the file specified.)" for a Win32 error code.
std::string win32ErrorText(unsigned long code);

} // namespace ogs::win
