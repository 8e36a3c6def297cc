#pragma once

#include "registry.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ogs::win {

/// The display adapter device class; each installed adapter driver has a "0000", "0001", … subkey.
inline constexpr char kDisplayAdapterClassKey[]
    = "SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e968-e325-11ce-bfc1-08002be10318}";

/// What one driver subkey says about its adapter.
struct AdapterRegistryEntry {
    std::string subkey; ///< "0000"
    std::string matchingDeviceId; ///< "pci\\ven_10de&dev_2684" as written, lowercased
    std::string driverDesc; ///< "NVIDIA GeForce RTX 4090"
    /// HardwareInformation.qwMemorySize, else the older 32-bit HardwareInformation.MemorySize.
    std::optional<std::uint64_t> memorySize;
    std::string problem; ///< what could not be read (first problem); empty when all was
};

/// Reads every four-digit subkey of root\classKeyPath (skipping "Properties", which ordinary
/// users may not open). Returns nothing and sets *error when the class key itself cannot be opened.
std::vector<AdapterRegistryEntry> readAdapterRegistry(
    RegistryRoot root, const std::string &classKeyPath, std::string *error);

/// The ids in a PnP hardware id such as "PCI\\VEN_1002&DEV_73BF&SUBSYS_0E3A1002&REV_C1".
struct PciHardwareId {
    std::uint32_t vendorId = 0;
    std::uint32_t deviceId = 0;
    std::optional<std::uint32_t> subsysId;
    std::optional<std::uint32_t> revision;
};
/// nullopt unless the text starts with "pci\" and names both VEN_ and DEV_ (case-insensitive).
std::optional<PciHardwareId> parsePciHardwareId(const std::string &hardwareId);

} // namespace ogs::win
