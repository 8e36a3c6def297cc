// /sys/class/kfd/kfd/topology/nodes/*/properties, and what detection derives from its numbers
// (gfx target from gfx_target_version, PCI address from domain/location_id, iGPU heuristic).
#include "fuzzinput.h"
#include "sysfsgpusource.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList bad;
    const QHash<QString, qint64> props = ogs::parseKfdProperties(ogs::fuzz::text(data, size), &bad);
    (void)ogs::gfxTargetFromVersion(props.value(QStringLiteral("gfx_target_version")));
    (void)ogs::pciAddressFromLocation(props.value(QStringLiteral("domain")), props.value(QStringLiteral("location_id")));
    (void)ogs::looksIntegrated(props.value(QStringLiteral("local_mem_size")), props.value(QStringLiteral("simd_count")));
    return 0;
}
