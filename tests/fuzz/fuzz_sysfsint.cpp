// Integer sysfs attributes (mem_info_vram_total, vendor/device ids, gpu_busy_percent, …),
// parsed directly and read back from a real file the way readSysfsText reads them.
#include "fuzzinput.h"
#include "sysfsreader.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = ogs::fuzz::text(data, size);
    (void)ogs::parseSysfsInt(text, 0);
    (void)ogs::parseSysfsInt(text, 10);
    (void)ogs::parseSysfsInt(text, 16);

    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attr"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(ogs::fuzz::bytes(data, size));
        f.close();
        QString error;
        (void)ogs::readSysfsInt(path, &error);
    }
    return 0;
}
