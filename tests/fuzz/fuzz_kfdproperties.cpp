// /sys/class/kfd/kfd/topology/nodes/*/properties.
#include "fuzzinput.h"
#include "sysfsgpusource.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList bad;
    (void)ogs::parseKfdProperties(ogs::fuzz::text(data, size), &bad);
    return 0;
}
