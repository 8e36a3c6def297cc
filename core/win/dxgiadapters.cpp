#include "dxgiadapters.h"

#include "adaptermemory.h"
#include "errortext.h"
#include "textconv.h"

#include <dxgi.h>
#include <windows.h>

#include <cwchar>

namespace ogs::win {

namespace {

/// Releases a COM interface at scope exit.
template <typename T> class ComPtr final {
public:
    ComPtr() = default;
    ~ComPtr()
    {
        if (m_ptr)
            m_ptr->Release();
    }
    ComPtr(const ComPtr &) = delete;
    ComPtr &operator=(const ComPtr &) = delete;
    T *get() const { return m_ptr; }
    T *operator->() const { return m_ptr; }
    T **out() { return &m_ptr; }

private:
    T *m_ptr = nullptr;
};

void append(std::string *error, const std::string &text)
{
    if (error)
        *error += (error->empty() ? "" : "; ") + text;
}

DxgiAdapter fromDesc(const DXGI_ADAPTER_DESC1 &desc)
{
    DxgiAdapter adapter;
    const std::size_t length = wcsnlen(desc.Description, sizeof desc.Description / sizeof desc.Description[0]);
    adapter.description = toUtf8(desc.Description, length);
    adapter.vendorId = desc.VendorId;
    adapter.deviceId = desc.DeviceId;
    adapter.subSysId = desc.SubSysId;
    adapter.revision = desc.Revision;
    adapter.dedicatedVideoMemory = desc.DedicatedVideoMemory;
    adapter.dedicatedSystemMemory = desc.DedicatedSystemMemory;
    adapter.sharedSystemMemory = desc.SharedSystemMemory;
    // HighPart is a signed LONG; take its 32 bits as they are.
    adapter.luid
        = (std::uint64_t(static_cast<std::uint32_t>(desc.AdapterLuid.HighPart)) << 32) | desc.AdapterLuid.LowPart;
    adapter.software = (desc.Flags & DXGI_ADAPTER_FLAG_SOFTWARE) != 0;
    adapter.remote = (desc.Flags & DXGI_ADAPTER_FLAG_REMOTE) != 0;
    return adapter;
}

} // namespace

std::vector<DxgiAdapter> enumerateDxgiAdapters(std::string *error)
{
    return enumerateDxgiAdapters(error, RegistryRoot::LocalMachine, kDisplayAdapterClassKey);
}

std::vector<DxgiAdapter> enumerateDxgiAdapters(std::string *error, RegistryRoot root, const std::string &classKeyPath)
{
    std::vector<DxgiAdapter> adapters;
    if (error)
        error->clear();

    ComPtr<IDXGIFactory1> factory;
    void *raw = nullptr;
    const HRESULT created = CreateDXGIFactory1(__uuidof(IDXGIFactory1), &raw);
    if (created < 0 || !raw) {
        append(error, "CreateDXGIFactory1 failed: " + hresultText(created));
        return adapters;
    }
    *factory.out() = static_cast<IDXGIFactory1 *>(raw);

    // EnumAdapters1 ends with DXGI_ERROR_NOT_FOUND; the cap guards against a driver that never does.
    for (UINT index = 0; index < 64; ++index) {
        ComPtr<IDXGIAdapter1> adapter;
        const HRESULT hr = factory->EnumAdapters1(index, adapter.out());
        if (hr == DXGI_ERROR_NOT_FOUND)
            break;
        if (hr < 0 || !adapter.get()) {
            append(error, "IDXGIFactory1::EnumAdapters1(" + std::to_string(index) + ") failed: " + hresultText(hr));
            break;
        }
        DXGI_ADAPTER_DESC1 desc = {};
        const HRESULT described = adapter->GetDesc1(&desc);
        if (described < 0) {
            append(error,
                "IDXGIAdapter1::GetDesc1 for adapter " + std::to_string(index) + " failed: " + hresultText(described));
            continue;
        }
        adapters.push_back(fromDesc(desc));
    }

    std::string registryError;
    const std::vector<AdapterRegistryEntry> entries = readAdapterRegistry(root, classKeyPath, &registryError);
    applyRegistryMemory(adapters, entries);
    if (!registryError.empty()) {
        for (DxgiAdapter &adapter : adapters) {
            if (!adapter.software && !adapter.registryMemorySize)
                adapter.registryProblem = registryError;
        }
    }
    return adapters;
}

} // namespace ogs::win
