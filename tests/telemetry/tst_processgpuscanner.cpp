#include "telemetry/processgpuscanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace ogs;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QByteArray fdinfo(int clientId, qint64 gfxNs, qint64 computeNs, qint64 vramKiB, const char *pdev = "0000:03:00.0")
{
    return QByteArrayLiteral("pos:\t0\nflags:\t02100002\nmnt_id:\t24\ndrm-driver:\tamdgpu\ndrm-client-id:\t")
        + QByteArray::number(clientId) + "\ndrm-pdev:\t" + pdev + "\npasid:\t32789\ndrm-memory-vram:\t"
        + QByteArray::number(vramKiB) + " KiB\ndrm-memory-gtt: \t2048 KiB\ndrm-engine-gfx:\t" + QByteArray::number(gfxNs)
        + " ns\ndrm-engine-compute:\t" + QByteArray::number(computeNs) + " ns\ndrm-engine-dma:\t0 ns\n";
}

void process(const QString &root, int pid, const char *comm, const QByteArray &cmdline)
{
    const QString base = root + QLatin1Char('/') + QString::number(pid);
    write(base + QStringLiteral("/comm"), QByteArray(comm) + '\n');
    write(base + QStringLiteral("/cmdline"), cmdline);
    QDir().mkpath(base + QStringLiteral("/fd"));
    QDir().mkpath(base + QStringLiteral("/fdinfo"));
}

void drmFd(const QString &root, int pid, int fd, const QByteArray &info, const QString &target = QStringLiteral("/dev/dri/renderD128"))
{
    const QString base = root + QLatin1Char('/') + QString::number(pid);
    QFile::link(target, base + QStringLiteral("/fd/") + QString::number(fd));
    write(base + QStringLiteral("/fdinfo/") + QString::number(fd), info);
}

} // namespace

class TestProcessGpuScanner final : public QObject {
    Q_OBJECT
private slots:
    void parsesAmdgpuFdinfo()
    {
        DrmClientInfo info;
        QVERIFY(parseDrmFdinfo(fdinfo(41, 1127566230, 1000, 4044184), &info));
        QCOMPARE(info.driver, QStringLiteral("amdgpu"));
        QCOMPARE(info.pciAddress, QStringLiteral("0000:03:00.0"));
        QCOMPARE(info.clientId, QStringLiteral("41"));
        QCOMPARE(info.engineNs, qint64(1127567230));
        QCOMPARE(info.vramBytes, qint64(4044184) * 1024);
        QVERIFY(!parseDrmFdinfo("pos:\t0\nflags:\t02\n", &info)); // not a DRM client
        QVERIFY(!parseDrmFdinfo("garbage without colons", &info));
        // Newer kernels: drm-resident-vram instead of drm-memory-vram.
        QVERIFY(parseDrmFdinfo("drm-driver: i915\ndrm-pdev: 0000:00:02.0\ndrm-resident-vram: 2 MiB\n", &info));
        QCOMPARE(info.vramBytes, qint64(2) * 1024 * 1024);
        // Found by tests/fuzz/fuzz_drmfdinfo: a size whose unit multiplies it past qint64 overflowed
        // (undefined behaviour); it now reads as 0, and sums of engine counters saturate.
        QVERIFY(parseDrmFdinfo("drm-driver: amdgpu\ndrm-resident-vram: 555555555555552 MiB\n", &info));
        QCOMPARE(info.vramBytes, qint64(0));
        QVERIFY(parseDrmFdinfo("drm-driver: amdgpu\ndrm-engine-gfx: 9223372036854775807 ns\n"
                               "drm-engine-compute: 9223372036854775807 ns\ndrm-memory-vram: -5 KiB\n", &info));
        QCOMPARE(info.engineNs, std::numeric_limits<qint64>::max());
        QCOMPARE(info.vramBytes, qint64(0));
    }

    void scansProcessesAndComputesBusyShare()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        process(root, 100, "ollama_llama_se", QByteArray("/usr/lib/ollama/ollama_llama_server\0--model\0x", 42));
        drmFd(root, 100, 5, fdinfo(41, 0, 0, 4200000));
        drmFd(root, 100, 6, fdinfo(41, 0, 0, 4200000)); // the same client through a dup'ed fd
        process(root, 200, "Xwayland", QByteArray("Xwayland\0", 9));
        drmFd(root, 200, 9, fdinfo(7, 1000000000, 0, 65536));
        drmFd(root, 200, 3, "drm-driver: amdgpu\n", QStringLiteral("/home/u/notes.txt")); // not a DRM fd: skipped
        process(root, 300, "bash", QByteArray("bash\0", 5));

        ProcessGpuScanner scanner(root);
        QList<ProcessGpuUsage> first = scanner.scan(1000);
        QCOMPARE(first.size(), 2);
        std::sort(first.begin(), first.end(), [](const auto &a, const auto &b) { return a.pid < b.pid; });
        QCOMPARE(first.at(0).command, QStringLiteral("ollama_llama_se"));
        QCOMPARE(first.at(0).vramBytes, qint64(4200000) * 1024); // counted once
        QVERIFY(!first.at(1).enginePercent); // no previous scan yet

        // One second later Xwayland used the GFX engine for 0.5 s: 50 %.
        write(root + QStringLiteral("/200/fdinfo/9"), fdinfo(7, 1500000000, 0, 65536));
        QList<ProcessGpuUsage> second = scanner.scan(2000);
        std::sort(second.begin(), second.end(), [](const auto &a, const auto &b) { return a.pid < b.pid; });
        QCOMPARE(second.at(1).enginePercent.value_or(-1), 50.0);
        QCOMPARE(second.at(0).enginePercent.value_or(-1), 0.0);
    }

    void findsOllamaRunner_data()
    {
        QTest::addColumn<QByteArray>("comm");
        QTest::addColumn<QByteArray>("cmdline");
        QTest::addColumn<bool>("server");
        QTest::addColumn<bool>("runner");
        QTest::newRow("serve only") << QByteArray("ollama") << QByteArray("/usr/bin/ollama\0serve\0", 22) << true << false;
        QTest::newRow("old runner") << QByteArray("ollama") << QByteArray("/usr/bin/ollama\0runner\0--model\0", 31) << false << true;
        QTest::newRow("llama server (0.30+)") << QByteArray("llama-server") << QByteArray("llama-server\0", 13) << false << true;
        QTest::newRow("cut comm") << QByteArray("ollama_llama_se") << QByteArray("x\0", 2) << false << true;
        QTest::newRow("unrelated") << QByteArray("bash") << QByteArray("bash\0", 5) << false << false;
    }
    void findsOllamaRunner()
    {
        QFETCH(QByteArray, comm);
        QFETCH(QByteArray, cmdline);
        QFETCH(bool, server);
        QFETCH(bool, runner);
        QTemporaryDir dir;
        process(dir.path(), 77, comm.constData(), cmdline);
        const OllamaProcesses found = findOllamaProcesses(dir.path());
        QCOMPARE(found.serverAlive, server);
        QCOMPARE(found.runnerAlive, runner);
    }
};

QTEST_GUILESS_MAIN(TestProcessGpuScanner)
#include "tst_processgpuscanner.moc"
