// Crash safety: a process applying a change is killed (SIGKILL) at random moments, again and
// again. The file must always hold either the old or the new bytes, never a mix, and undo
// must bring back the old bytes whenever the new ones made it to disk.
#include "env/envjournal.h"
#include "env/envplan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ogs;

namespace {

constexpr int kRounds = 24;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArrayLiteral("<missing>");
}

} // namespace

class TestEnvCrash final : public QObject {
    Q_OBJECT
private slots:
    void killedDuringApply()
    {
        QRandomGenerator rng(7331u);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        // A large rc file (about 1 MiB) so that writing it takes a while.
        QByteArray old;
        while (old.size() < 1024 * 1024)
            old += "export FILLER_" + QByteArray::number(rng.generate()) + "='" + QByteArray(40, static_cast<char>('a' + rng.bounded(26))) + "'\n";

        int sawOld = 0, sawNew = 0;
        for (int round = 0; round < kRounds; ++round) {
            const QString dir = tmp.filePath(QStringLiteral("r%1").arg(round));
            EnvRoots roots;
            roots.home = dir + QStringLiteral("/home");
            roots.root = dir + QStringLiteral("/root");
            const QString state = dir + QStringLiteral("/state");
            QDir().mkpath(roots.home);
            QDir().mkpath(roots.root);
            const QString path = envTargetPath(EnvTarget::Bashrc, roots);
            {
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(old);
            }
            EnvRequest request;
            request.target = EnvTarget::Bashrc;
            request.set = {{QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1")}, {QStringLiteral("GPU_MAX_HW_QUEUES"), QStringLiteral("1")}};
            QString error;
            const std::optional<EnvPlan> plan = EnvPlanner(roots).plan(request, &error);
            QVERIFY2(plan, qPrintable(error));
            const QByteArray expectedNew = plan->files.constFirst().after;

            QProcess helper;
            helper.start(QStringLiteral(OGS_ENV_APPLY_HELPER),
                         {roots.home, roots.root, state, QStringLiteral("bashrc"), QString::number(rng.bounded(1, 15)),
                          QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("GPU_MAX_HW_QUEUES=1")});
            QVERIFY(helper.waitForStarted(10000));
            // Kill at a random point: blind (planning, journal), or after the helper reports that the
            // journal is written (so mostly during the file write), or after the file is written.
            const int mode = round % 3;
            if (mode > 0) {
                const QByteArray waitFor = mode == 1 ? QByteArrayLiteral("journal-pending") : QByteArrayLiteral("file-written");
                QByteArray seen;
                while (!seen.contains(waitFor) && helper.state() == QProcess::Running) {
                    helper.waitForReadyRead(5000);
                    seen += helper.readAllStandardOutput();
                }
                QThread::usleep(rng.bounded(0, mode == 1 ? 20000 : 5000));
            } else {
                QThread::usleep(rng.bounded(0, 150000));
            }
            helper.kill();
            QVERIFY(helper.waitForFinished(10000));

            const QByteArray now = readAll(path);
            QVERIFY2(now == old || now == expectedNew,
                     qPrintable(QStringLiteral("round %1: partial file of %2 bytes").arg(round).arg(now.size())));
            const EnvActionResult undone = EnvJournal(state, nullptr, [] { return QDateTime::currentDateTimeUtc(); }).undo(false);
            if (now == expectedNew) {
                ++sawNew;
                QVERIFY2(undone.ok, qPrintable(undone.error));
            } else {
                ++sawOld;
            }
            QVERIFY2(readAll(path) == old, qPrintable(QStringLiteral("round %1: undo did not restore the old bytes").arg(round)));
        }
        qInfo("killed %d times: old content %d times, new content %d times", kRounds, sawOld, sawNew);
        QCOMPARE(sawOld + sawNew, kRounds);
    }
};

QTEST_GUILESS_MAIN(TestEnvCrash)
#include "tst_envcrash.moc"
