// pp_dpm_sclk / pp_dpm_mclk tables, including the starred current-level line.
#include "dpmlevels.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)ogs::parseDpmLevels(ogs::fuzz::bytes(data, size));
    return 0;
}
