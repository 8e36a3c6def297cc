#include "errortext.h"

#include "textconv.h"

#include <windows.h>

#include <cstdio>

namespace ogs::win {

namespace {

/// The system's text for a message id without its trailing line break; empty when it has none.
std::string systemMessage(DWORD id)
{
    wchar_t buffer[512] = {};
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, id, 0,
        buffer, DWORD(sizeof buffer / sizeof buffer[0]), nullptr);
    std::string text = toUtf8(buffer, length);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

std::string withMessage(std::string code, DWORD id)
{
    const std::string message = systemMessage(id);
    return message.empty() ? code : code + " (" + message + ")";
}

/// DXGI's codes, which FormatMessage does not know.
const char *dxgiErrorName(unsigned long hr)
{
    switch (hr) {
    case 0x887A0001UL:
        return "DXGI_ERROR_INVALID_CALL";
    case 0x887A0002UL:
        return "DXGI_ERROR_NOT_FOUND";
    case 0x887A0003UL:
        return "DXGI_ERROR_MORE_DATA";
    case 0x887A0004UL:
        return "DXGI_ERROR_UNSUPPORTED: no display driver that DXGI can use";
    case 0x887A0005UL:
        return "DXGI_ERROR_DEVICE_REMOVED";
    case 0x887A0006UL:
        return "DXGI_ERROR_DEVICE_HUNG";
    case 0x887A0007UL:
        return "DXGI_ERROR_DEVICE_RESET";
    case 0x887A0020UL:
        return "DXGI_ERROR_DRIVER_INTERNAL_ERROR";
    case 0x887A0022UL:
        return "DXGI_ERROR_NOT_CURRENTLY_AVAILABLE";
    case 0x887A002BUL:
        return "DXGI_ERROR_ACCESS_DENIED";
    default:
        return nullptr;
    }
}

} // namespace

std::string hresultText(long hr)
{
    const unsigned long value = static_cast<unsigned long>(hr) & 0xffffffffUL;
    char code[16];
    std::snprintf(code, sizeof code, "0x%08lX", value);
    if (const char *name = dxgiErrorName(value))
        return std::string(code) + " (" + name + ")";
    return withMessage(code, static_cast<DWORD>(value));
}

std::string win32ErrorText(unsigned long code)
{
    return withMessage("error " + std::to_string(code), static_cast<DWORD>(code));
}

} // namespace ogs::win
