#pragma once

#include "adapterregistry.h"
#include "dxgiadapters.h"

#include <vector>

namespace ogs::win {

/// Matches registry entries to hardware adapters by PCI vendor+device id (and subsystem id when the
/// entry names one), narrowing by DriverDesc == description when several match, and fills
/// registryMemorySize, or registryProblem when no entry or disagreeing entries match.
void applyRegistryMemory(std::vector<DxgiAdapter> &adapters, const std::vector<AdapterRegistryEntry> &entries);

} // namespace ogs::win
