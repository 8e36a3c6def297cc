#pragma once

#include "gpusource.h"

namespace ogs {

/// GPUs as the Vulkan loader sees them: name, ids, type, driver, API version, device-local
/// memory (with VK_EXT_memory_budget free memory), PCI address and LUID where the device tells.
/// The loader is opened at run time, never linked, so a machine without Vulkan still runs.
class VulkanSource final : public GpuSource {
public:
    /// `loaderName` is the loader library to open; empty means the platform's
    /// (libvulkan.so.1, vulkan-1.dll, libvulkan.1.dylib).
    explicit VulkanSource(QString loaderName = QString());
    QString id() const override { return QStringLiteral("vulkan"); }
    SourceResult probe() override;

    static QString defaultLoaderName();

private:
    QString m_loaderName;
};

} // namespace ogs
