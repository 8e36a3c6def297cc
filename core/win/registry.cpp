#include "registry.h"

#include "errortext.h"
#include "textconv.h"

#include <windows.h>

#include <cstring>
#include <utility>

namespace ogs::win {

namespace {

HKEY hkey(void *key)
{
    return static_cast<HKEY>(key);
}

HKEY rootKey(RegistryRoot root)
{
    return root == RegistryRoot::LocalMachine ? HKEY_LOCAL_MACHINE : HKEY_CURRENT_USER;
}

void setError(std::string *error, std::string text)
{
    if (error)
        *error = std::move(text);
}

/// Queries a value's type and raw bytes. Returns false with *error empty when it is missing.
bool queryRaw(HKEY key, const std::string &path, const std::string &name, DWORD *type, std::vector<BYTE> *data,
    std::string *error)
{
    const std::wstring wideName = toWide(name);
    DWORD size = 0;
    LONG rc = RegQueryValueExW(key, wideName.c_str(), nullptr, type, nullptr, &size);
    for (int attempt = 0; rc == ERROR_SUCCESS && attempt < 3; ++attempt) {
        data->assign(size, 0);
        rc = RegQueryValueExW(key, wideName.c_str(), nullptr, type, data->empty() ? nullptr : data->data(), &size);
        if (rc == ERROR_SUCCESS) {
            data->resize(size);
            return true;
        }
        // ERROR_MORE_DATA: the value grew between the two calls; size now holds the new length.
        if (rc == ERROR_MORE_DATA)
            rc = ERROR_SUCCESS;
    }
    if (rc != ERROR_FILE_NOT_FOUND)
        setError(error, path + "\\" + name + ": " + win32ErrorText(static_cast<unsigned long>(rc)));
    return false;
}

} // namespace

std::string registryRootName(RegistryRoot root)
{
    return root == RegistryRoot::LocalMachine ? "HKLM" : "HKCU";
}

RegistryKey::~RegistryKey()
{
    close();
}

RegistryKey::RegistryKey(RegistryKey &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
    , m_path(std::move(other.m_path))
{
}

RegistryKey &RegistryKey::operator=(RegistryKey &&other) noexcept
{
    if (this != &other) {
        close();
        m_key = std::exchange(other.m_key, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void RegistryKey::close()
{
    if (m_key)
        RegCloseKey(hkey(m_key));
    m_key = nullptr;
}

RegistryKey RegistryKey::open(RegistryRoot root, const std::string &path, std::string *error)
{
    HKEY key = nullptr;
    const std::string fullPath = registryRootName(root) + "\\" + path;
    // KEY_WOW64_64KEY: a 32-bit build must still see the real (64-bit) driver keys.
    const LONG rc = RegOpenKeyExW(rootKey(root), toWide(path).c_str(), 0, KEY_READ | KEY_WOW64_64KEY, &key);
    if (rc != ERROR_SUCCESS) {
        setError(error, fullPath + ": " + win32ErrorText(static_cast<unsigned long>(rc)));
        return RegistryKey();
    }
    return RegistryKey(key, fullPath);
}

RegistryKey RegistryKey::child(const std::string &name, std::string *error) const
{
    const std::string fullPath = m_path + "\\" + name;
    if (!m_key) {
        setError(error, fullPath + ": parent key is not open");
        return RegistryKey();
    }
    HKEY key = nullptr;
    const LONG rc = RegOpenKeyExW(hkey(m_key), toWide(name).c_str(), 0, KEY_READ | KEY_WOW64_64KEY, &key);
    if (rc != ERROR_SUCCESS) {
        setError(error, fullPath + ": " + win32ErrorText(static_cast<unsigned long>(rc)));
        return RegistryKey();
    }
    return RegistryKey(key, fullPath);
}

std::vector<std::string> RegistryKey::subkeyNames(std::string *error) const
{
    std::vector<std::string> names;
    if (!m_key) {
        setError(error, m_path + ": key is not open");
        return names;
    }
    for (DWORD index = 0;; ++index) {
        wchar_t name[256]; // registry key names are at most 255 characters
        DWORD length = DWORD(sizeof name / sizeof name[0]);
        const LONG rc = RegEnumKeyExW(hkey(m_key), index, name, &length, nullptr, nullptr, nullptr, nullptr);
        if (rc == ERROR_NO_MORE_ITEMS)
            break;
        if (rc != ERROR_SUCCESS) {
            setError(error, m_path + ": listing subkeys: " + win32ErrorText(static_cast<unsigned long>(rc)));
            break;
        }
        names.push_back(toUtf8(name, length));
    }
    return names;
}

std::optional<std::string> RegistryKey::readString(const std::string &name, std::string *error) const
{
    DWORD type = 0;
    std::vector<BYTE> data;
    if (!m_key || !queryRaw(hkey(m_key), m_path, name, &type, &data, error))
        return std::nullopt;
    if (type != REG_SZ && type != REG_EXPAND_SZ) {
        setError(
            error, m_path + "\\" + name + ": expected a string value, found registry type " + std::to_string(type));
        return std::nullopt;
    }
    std::wstring text(data.size() / sizeof(wchar_t), L'\0');
    if (!text.empty())
        std::memcpy(&text[0], data.data(), text.size() * sizeof(wchar_t));
    while (!text.empty() && text.back() == L'\0')
        text.pop_back();
    return toUtf8(text);
}

std::optional<std::uint64_t> RegistryKey::readUInt(const std::string &name, std::string *error) const
{
    DWORD type = 0;
    std::vector<BYTE> data;
    if (!m_key || !queryRaw(hkey(m_key), m_path, name, &type, &data, error))
        return std::nullopt;
    const bool sizeFits = (type == REG_DWORD && data.size() == 4) || (type == REG_QWORD && data.size() == 8)
        || (type == REG_BINARY && !data.empty() && data.size() <= 8);
    if (!sizeFits) {
        setError(error,
            m_path + "\\" + name + ": expected a DWORD, QWORD or up to 8 binary bytes, found registry type "
                + std::to_string(type) + " with " + std::to_string(data.size()) + " bytes");
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (std::size_t i = data.size(); i-- > 0;)
        value = (value << 8) | data[i];
    return value;
}

} // namespace ogs::win
