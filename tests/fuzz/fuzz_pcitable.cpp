// The PCI id / gfx target table loader (resources/data/amd-gpu-ids.csv) and its CSV splitter.
#include "amdpcitable.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const ogs::AmdPciTable table = ogs::AmdPciTable::fromCsv(ogs::fuzz::bytes(data, size), &error);
    (void)table.size();
    (void)table.gfxTargetForChip(QStringLiteral("NAVI31"));
    (void)ogs::splitCsvLine(ogs::fuzz::text(data, size));
    return 0;
}
