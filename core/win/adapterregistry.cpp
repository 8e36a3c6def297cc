#include "adapterregistry.h"

#include <cctype>
#include <cstdlib>

namespace ogs::win {

namespace {

std::string lower(std::string text)
{
    for (char &c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool isDriverSubkey(const std::string &name)
{
    if (name.size() != 4)
        return false;
    for (char c : name) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

/// The hex digits after `tag` (e.g. "ven_"), exactly `digits` of them; nullopt when absent.
std::optional<std::uint32_t> hexAfter(const std::string &text, const std::string &tag, std::size_t digits)
{
    const std::size_t at = text.find(tag);
    if (at == std::string::npos || at + tag.size() + digits > text.size())
        return std::nullopt;
    const std::string part = text.substr(at + tag.size(), digits);
    for (char c : part) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    return std::uint32_t(std::strtoul(part.c_str(), nullptr, 16));
}

AdapterRegistryEntry readEntry(const RegistryKey &key, const std::string &subkey)
{
    AdapterRegistryEntry entry;
    entry.subkey = subkey;
    std::string error;
    entry.matchingDeviceId = lower(key.readString("MatchingDeviceId", &error).value_or(std::string()));
    entry.driverDesc = key.readString("DriverDesc", &error).value_or(std::string());

    std::string memoryError;
    entry.memorySize = key.readUInt("HardwareInformation.qwMemorySize", &memoryError);
    if (!entry.memorySize) {
        std::string legacyError;
        entry.memorySize = key.readUInt("HardwareInformation.MemorySize", &legacyError);
        if (!entry.memorySize) {
            entry.problem = !memoryError.empty() ? memoryError
                : !legacyError.empty()           ? legacyError
                                       : key.path() + ": no HardwareInformation.qwMemorySize or MemorySize value";
        }
    }
    if (!error.empty() && entry.problem.empty())
        entry.problem = error;
    return entry;
}

} // namespace

std::vector<AdapterRegistryEntry> readAdapterRegistry(
    RegistryRoot root, const std::string &classKeyPath, std::string *error)
{
    std::vector<AdapterRegistryEntry> entries;
    const RegistryKey classKey = RegistryKey::open(root, classKeyPath, error);
    if (!classKey.isOpen())
        return entries;
    for (const std::string &name : classKey.subkeyNames(error)) {
        if (!isDriverSubkey(name))
            continue;
        std::string openError;
        const RegistryKey key = classKey.child(name, &openError);
        if (!key.isOpen()) {
            AdapterRegistryEntry entry;
            entry.subkey = name;
            entry.problem = openError;
            entries.push_back(entry);
            continue;
        }
        entries.push_back(readEntry(key, name));
    }
    return entries;
}

std::optional<PciHardwareId> parsePciHardwareId(const std::string &hardwareId)
{
    const std::string text = lower(hardwareId);
    if (text.rfind("pci\\", 0) != 0)
        return std::nullopt;
    const auto vendor = hexAfter(text, "ven_", 4);
    const auto device = hexAfter(text, "dev_", 4);
    if (!vendor || !device)
        return std::nullopt;
    PciHardwareId id;
    id.vendorId = *vendor;
    id.deviceId = *device;
    id.subsysId = hexAfter(text, "subsys_", 8);
    id.revision = hexAfter(text, "rev_", 2);
    return id;
}

} // namespace ogs::win
