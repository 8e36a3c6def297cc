// ogs-bench-detect-coreonly: what `ollama-gpu-setup detect --json` prints, from a binary that
// links QtCore/QtNetwork only. Timing it beside the app shows what linking Widgets, Gui and
// Charts into the command-line path costs. Takes no options: all sources, system roots.

#include "detect/detectionjson.h"
#include "detect/detectoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const ogs::DetectionReport report = ogs::makeDetector(ogs::DetectOptions()).run();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(QJsonDocument(ogs::reportToJson(report)).toJson(QJsonDocument::Indented));
    return 0;
}
