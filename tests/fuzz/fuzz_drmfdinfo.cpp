// /proc/<pid>/fdinfo/<fd> of a DRM client (drm-driver, drm-pdev, drm-engine-*, drm-memory-*).
#include "fuzzinput.h"
#include "processgpuscanner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ogs::DrmClientInfo info;
    (void)ogs::parseDrmFdinfo(ogs::fuzz::bytes(data, size), &info);
    return 0;
}
