#include "nvmlsource.h"

#include "common/coretext.h"
#include "nvmlabi.h"
#include "nvmlloader.h"

#include <QLibrary>
#include <QRegularExpression>

#include <cstring>
#include <limits>

namespace ogs {

namespace {

/// The resolved entry points. The first five are required; the rest only fill fields.
struct NvmlApi {
    nvml::InitFn init = nullptr;
    nvml::ShutdownFn shutdown = nullptr;
    nvml::ErrorStringFn errorString = nullptr;
    nvml::GetCountFn getCount = nullptr;
    nvml::GetHandleByIndexFn getHandle = nullptr;
    nvml::GetNameFn getName = nullptr;
    nvml::GetPciInfoFn getPciInfo = nullptr;
    nvml::GetMemoryInfoFn getMemoryInfo = nullptr;
    nvml::GetCudaComputeCapabilityFn getComputeCapability = nullptr;
};

QString errorText(const NvmlApi &api, nvml::Return code)
{
    return nvmlErrorText(api.errorString, code);
}

QString fromFixedBuffer(const char *buffer, size_t size)
{
    const void *nul = std::memchr(buffer, 0, size);
    const size_t length = nul ? size_t(static_cast<const char *>(nul) - buffer) : size;
    return QString::fromUtf8(buffer, qsizetype(length)).trimmed();
}

qint64 toBytes(unsigned long long value)
{
    constexpr auto max = static_cast<unsigned long long>(std::numeric_limits<qint64>::max());
    return static_cast<qint64>(value > max ? max : value);
}

QString busIdFromFields(const nvml::PciInfo &pci)
{
    return QStringLiteral("%1:%2:%3.0")
        .arg(pci.domain, 4, 16, QLatin1Char('0'))
        .arg(pci.bus, 2, 16, QLatin1Char('0'))
        .arg(pci.device, 2, 16, QLatin1Char('0'));
}

/// Fills one GPU from the optional entry points; each failure becomes a warning naming the GPU.
void readDevice(const NvmlApi &api, unsigned int index, nvml::Device device, GpuInfo &gpu, QStringList &warnings)
{
    auto label = [&]() {
        return gpu.name.isEmpty() ? QStringLiteral("GPU %1").arg(index)
                                  : QStringLiteral("GPU %1 (%2)").arg(QString::number(index), gpu.name);
    };
    auto failed = [&](const char *call, nvml::Return rc) {
        warnings << QStringLiteral("%1: %2 failed: %3").arg(label(), QString::fromLatin1(call), errorText(api, rc));
    };

    if (api.getName) {
        char name[nvml::kNameBufferSize] = {};
        const nvml::Return rc = api.getName(device, name, nvml::kNameBufferSize);
        if (rc == nvml::kSuccess)
            gpu.name = fromFixedBuffer(name, sizeof name);
        else
            failed("nvmlDeviceGetName", rc);
    }
    if (api.getPciInfo) {
        nvml::PciInfo pci = {};
        const nvml::Return rc = api.getPciInfo(device, &pci);
        if (rc == nvml::kSuccess) {
            const QString raw = fromFixedBuffer(pci.busId, sizeof pci.busId);
            gpu.pciBusAddress = normalizeNvmlBusId(raw);
            if (gpu.pciBusAddress.isEmpty()) {
                // Bus 0 device 0 is the host bridge, never a GPU: all-zero fields mean "unset".
                if (pci.domain != 0 || pci.bus != 0 || pci.device != 0)
                    gpu.pciBusAddress = busIdFromFields(pci);
                warnings << DetectText::tr("%1: NVML bus id \"%2\" is not domain:bus:device.function; %3")
                                .arg(label(), raw,
                                    gpu.pciBusAddress.isEmpty()
                                        ? DetectText::tr("its PCI address is unknown")
                                        : DetectText::tr("using %1 from its fields").arg(gpu.pciBusAddress));
            }
            gpu.pciDeviceId = pci.pciDeviceId >> 16;
            if ((pci.pciDeviceId & 0xffffu) != 0)
                gpu.pciVendorId = pci.pciDeviceId & 0xffffu;
        } else {
            failed("nvmlDeviceGetPciInfo_v3", rc);
        }
    }
    if (api.getMemoryInfo) {
        nvml::Memory memory = {};
        const nvml::Return rc = api.getMemoryInfo(device, &memory);
        if (rc == nvml::kSuccess) {
            gpu.vramTotalBytes = toBytes(memory.total);
            gpu.vramFreeBytes = toBytes(memory.free);
            gpu.vramTotalSource = gpu.vramFreeSource = QStringLiteral("nvml nvmlDeviceGetMemoryInfo");
        } else {
            failed("nvmlDeviceGetMemoryInfo", rc);
        }
    }
    if (api.getComputeCapability) {
        int major = 0;
        int minor = 0;
        const nvml::Return rc = api.getComputeCapability(device, &major, &minor);
        if (rc == nvml::kSuccess && major > 0 && minor >= 0)
            gpu.computeCapability = QStringLiteral("%1.%2").arg(major).arg(minor);
        else if (rc == nvml::kSuccess)
            warnings
                << DetectText::tr("%1: implausible CUDA compute capability %2.%3").arg(label()).arg(major).arg(minor);
        else
            failed("nvmlDeviceGetCudaComputeCapability", rc);
    }
}

} // namespace

QString normalizeNvmlBusId(const QString &busId)
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9a-fA-F]{1,8}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])$"));
    const QRegularExpressionMatch m = re.match(busId.trimmed());
    if (!m.hasMatch())
        return QString();
    bool ok = false;
    const uint domain = m.captured(1).toUInt(&ok, 16);
    if (!ok)
        return QString();
    return QStringLiteral("%1:%2:%3.%4")
        .arg(domain, 4, 16, QLatin1Char('0'))
        .arg(m.captured(2).toLower(), m.captured(3).toLower(), m.captured(4));
}

QStringList NvmlSource::defaultLibraryCandidates()
{
    return nvmlLibraryCandidates();
}

SourceResult NvmlSource::probe()
{
    SourceResult result;
    m_unavailableReason.clear();

    // Never unloaded: NVML starts threads of its own, and unloading under them would crash.
    QLibrary library;
    const NvmlLoadResult load = loadNvmlLibrary(library, m_library);
    result.warnings << load.warnings;
    if (!load.loaded) {
        result.available = false;
        m_unavailableReason = load.unavailableReason;
        result.notes << m_unavailableReason;
        return result;
    }

    NvmlApi api;
    QStringList missing;
    resolveNvml(library, "nvmlErrorString", api.errorString, missing);
    resolveNvml(library, "nvmlInit_v2", api.init, missing);
    resolveNvml(library, "nvmlShutdown", api.shutdown, missing);
    resolveNvml(library, "nvmlDeviceGetCount_v2", api.getCount, missing);
    resolveNvml(library, "nvmlDeviceGetHandleByIndex_v2", api.getHandle, missing);
    if (!missing.isEmpty()) {
        result.warnings << DetectText::tr(
            "%1 lacks %2: the NVIDIA driver is too old or this is not NVML; update the driver")
                               .arg(library.fileName(), missing.join(QStringLiteral(", ")));
        return result;
    }
    resolveNvml(library, "nvmlDeviceGetName", api.getName, missing);
    resolveNvml(library, "nvmlDeviceGetPciInfo_v3", api.getPciInfo, missing);
    resolveNvml(library, "nvmlDeviceGetMemoryInfo", api.getMemoryInfo, missing);
    resolveNvml(library, "nvmlDeviceGetCudaComputeCapability", api.getComputeCapability, missing);
    if (!missing.isEmpty())
        result.warnings << DetectText::tr("%1 lacks %2; those fields stay empty")
                               .arg(library.fileName(), missing.join(QStringLiteral(", ")));

    const nvml::Return initRc = api.init();
    if (initRc != nvml::kSuccess) {
        QString warning = DetectText::tr("nvmlInit_v2 failed: %1").arg(errorText(api, initRc));
        if (initRc == nvml::kErrorDriverNotLoaded)
            warning += DetectText::tr("; the NVIDIA kernel module is not loaded (reboot after installing the driver, "
                                      "or check Secure Boot module signing)");
        result.warnings << warning;
        return result;
    }

    unsigned int count = 0;
    const nvml::Return countRc = api.getCount(&count);
    if (countRc != nvml::kSuccess) {
        result.warnings << DetectText::tr("nvmlDeviceGetCount_v2 failed: %1").arg(errorText(api, countRc));
        count = 0;
    }
    constexpr unsigned int kMaxDevices = 256;
    if (count > kMaxDevices) {
        result.warnings
            << DetectText::tr("NVML reports %1 GPUs; reading only the first %2").arg(count).arg(kMaxDevices);
        count = kMaxDevices;
    }
    for (unsigned int i = 0; i < count; ++i) {
        nvml::Device device = nullptr;
        const nvml::Return rc = api.getHandle(i, &device);
        if (rc != nvml::kSuccess) {
            result.warnings << DetectText::tr("GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2")
                                   .arg(QString::number(i), errorText(api, rc));
            continue;
        }
        GpuInfo gpu;
        gpu.vendor = GpuVendor::Nvidia;
        gpu.pciVendorId = kPciVendorNvidia;
        gpu.kernelDriver = QStringLiteral("nvidia");
        gpu.addSource(DetectionSource::Nvml);
        readDevice(api, i, device, gpu, result.warnings);
        gpu.vendor = vendorFromPciId(gpu.pciVendorId);
        result.gpus << gpu;
    }

    const nvml::Return shutdownRc = api.shutdown();
    if (shutdownRc != nvml::kSuccess)
        result.warnings << DetectText::tr("nvmlShutdown failed: %1").arg(errorText(api, shutdownRc));
    return result;
}

} // namespace ogs
