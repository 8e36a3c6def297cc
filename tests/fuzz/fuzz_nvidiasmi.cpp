// One CSV line of `nvidia-smi --query-gpu=… --format=csv,noheader,nounits -l`.
#include "fuzzinput.h"
#include "nvidiasmitelemetry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    (void)ogs::parseNvidiaSmiLine(ogs::fuzz::bytes(data, size), &error);
    return 0;
}
