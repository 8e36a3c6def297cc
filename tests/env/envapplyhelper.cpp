// Test helper for tst_envcrash: plans and applies one change, pausing at every step of the
// apply so that the test can kill it there. Usage:
//   envapplyhelper HOME ROOT STATE TARGET PAUSE_MS KEY=VALUE...
#include "env/envjournal.h"
#include "env/envplan.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 7) {
        std::fprintf(stderr, "usage: envapplyhelper HOME ROOT STATE TARGET PAUSE_MS KEY=VALUE...\n");
        return 2;
    }
    ogs::EnvRoots roots;
    roots.home = args.at(1);
    roots.root = args.at(2);
    const std::optional<ogs::EnvTarget> target = ogs::envTargetFromId(args.at(4));
    if (!target)
        return 2;
    const int pauseMs = args.at(5).toInt();
    ogs::EnvRequest request;
    request.target = *target;
    for (const QString &kv : args.mid(6))
        request.set.append({kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1)});
    QString error;
    const std::optional<ogs::EnvPlan> plan = ogs::EnvPlanner(roots).plan(request, &error);
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ogs::EnvJournal journal(args.at(3), nullptr, [] { return QDateTime::currentDateTimeUtc(); });
    journal.setStageHook([pauseMs](const QString &stage) {
        std::fprintf(stdout, "%s\n", qPrintable(stage));
        std::fflush(stdout);
        QThread::msleep(static_cast<unsigned long>(pauseMs));
    });
    const ogs::EnvActionResult r = journal.apply(*plan);
    if (!r.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error));
        return 1;
    }
    std::fprintf(stdout, "done\n");
    return 0;
}
