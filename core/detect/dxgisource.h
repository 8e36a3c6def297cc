#pragma once

#include "gpusource.h"
#include "win/adapterregistry.h"
#include "win/registry.h"

#include <string>

namespace ogs {

/// Windows GPUs from DXGI (every vendor, with LUIDs to match Vulkan), memory sizes corrected from
/// the display driver registry keys. The registry location is a parameter for tests.
/// Compiled on Windows only; the conversion lives in dxgiconvert.h.
class DxgiSource final : public GpuSource {
public:
    explicit DxgiSource(win::RegistryRoot root = win::RegistryRoot::LocalMachine,
        std::string classKeyPath = win::kDisplayAdapterClassKey)
        : m_root(root)
        , m_classKeyPath(std::move(classKeyPath))
    {
    }
    QString id() const override { return QStringLiteral("dxgi"); }
    SourceResult probe() override;

private:
    win::RegistryRoot m_root;
    std::string m_classKeyPath;
};

} // namespace ogs
