#include "textconv.h"

#include <windows.h>

#include <climits>

namespace ogs::win {

std::string toUtf8(const wchar_t *wide, std::size_t length)
{
    if (!wide || length == 0 || length > std::size_t(INT_MAX))
        return std::string();
    const int wideLength = int(length);
    const int size = WideCharToMultiByte(CP_UTF8, 0, wide, wideLength, nullptr, 0, nullptr, nullptr);
    if (size <= 0)
        return std::string();
    std::string out(std::size_t(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, wide, wideLength, &out[0], size, nullptr, nullptr);
    return out;
}

std::string toUtf8(const std::wstring &wide)
{
    return toUtf8(wide.data(), wide.size());
}

std::wstring toWide(const std::string &utf8)
{
    if (utf8.empty() || utf8.size() > std::size_t(INT_MAX))
        return std::wstring();
    const int length = int(utf8.size());
    const int size = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), length, nullptr, 0);
    if (size <= 0)
        return std::wstring();
    std::wstring out(std::size_t(size), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), length, &out[0], size);
    return out;
}

} // namespace ogs::win
