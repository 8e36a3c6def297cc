#include "adaptermemory.h"

#include <cstdio>

namespace ogs::win {

namespace {

std::string pciName(const DxgiAdapter &adapter)
{
    char text[32];
    std::snprintf(text, sizeof text, "pci\\ven_%04x&dev_%04x", unsigned(adapter.vendorId & 0xffffu),
        unsigned(adapter.deviceId & 0xffffu));
    return text;
}

} // namespace

void applyRegistryMemory(std::vector<DxgiAdapter> &adapters, const std::vector<AdapterRegistryEntry> &entries)
{
    for (DxgiAdapter &adapter : adapters) {
        if (adapter.software)
            continue;
        std::vector<const AdapterRegistryEntry *> matches;
        for (const AdapterRegistryEntry &entry : entries) {
            const auto id = parsePciHardwareId(entry.matchingDeviceId);
            if (!id || id->vendorId != adapter.vendorId || id->deviceId != adapter.deviceId)
                continue;
            if (id->subsysId && *id->subsysId != adapter.subSysId)
                continue;
            matches.push_back(&entry);
        }
        if (matches.size() > 1) {
            std::vector<const AdapterRegistryEntry *> named;
            for (const AdapterRegistryEntry *entry : matches) {
                if (entry->driverDesc == adapter.description)
                    named.push_back(entry);
            }
            if (!named.empty())
                matches.swap(named);
        }
        if (matches.empty()) {
            adapter.registryProblem = "no display driver registry entry matches " + pciName(adapter);
            continue;
        }
        // Two identical cards have two entries with one size; sizes that differ cannot be assigned.
        std::optional<std::uint64_t> size;
        bool disagree = false;
        std::string problems;
        for (const AdapterRegistryEntry *entry : matches) {
            if (!entry->memorySize) {
                if (!entry->problem.empty())
                    problems += (problems.empty() ? "" : "; ") + entry->problem;
                continue;
            }
            if (size && *size != *entry->memorySize)
                disagree = true;
            size = entry->memorySize;
        }
        if (disagree) {
            adapter.registryProblem = std::to_string(matches.size()) + " registry entries for " + pciName(adapter)
                + " state different memory sizes";
        } else if (size) {
            adapter.registryMemorySize = size;
        } else {
            adapter.registryProblem
                = problems.empty() ? "the registry entry for " + pciName(adapter) + " has no memory size" : problems;
        }
    }
}

} // namespace ogs::win
