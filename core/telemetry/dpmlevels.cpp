#include "dpmlevels.h"

#include <QList>

namespace ogs {

DpmLevels parseDpmLevels(const QByteArray &text)
{
    DpmLevels levels;
    int currentIndex = -1;
    int maxIndex = -1;
    int index = 0;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray value = line.mid(colon + 1).trimmed();
        const bool current = value.endsWith('*');
        if (current)
            value.chop(1);
        value = value.trimmed().toLower();
        if (!value.endsWith("mhz"))
            continue;
        bool ok = false;
        const int mhz = value.left(value.size() - 3).trimmed().toInt(&ok);
        if (!ok || mhz < 0)
            continue;
        if (!levels.maxMhz || mhz >= *levels.maxMhz) {
            levels.maxMhz = mhz;
            maxIndex = index;
        }
        if (current) {
            levels.currentMhz = mhz;
            currentIndex = index;
        }
        ++levels.levelCount;
        ++index;
    }
    levels.atTopLevel = currentIndex >= 0 && levels.levelCount > 1
        && (currentIndex == maxIndex || levels.currentMhz == levels.maxMhz);
    return levels;
}

} // namespace ogs
