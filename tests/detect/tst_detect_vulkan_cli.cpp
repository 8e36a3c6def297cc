#include "lavapipe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// `ollama-gpu-setup detect --json` with only Mesa's software Vulkan driver visible.
class TestDetectVulkanCli final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void vulkanOnlyListsLavapipe();
    void lavapipeNeverMergesWithHardware();

private:
    QJsonObject runDetect(const QStringList &extraArgs);
    QString m_lavapipe;
};

void TestDetectVulkanCli::initTestCase()
{
    m_lavapipe = ogs::test::lavapipeIcd();
    if (m_lavapipe.isEmpty())
        QSKIP("Mesa's lavapipe ICD (lvp_icd.*.json) is not installed; install mesa-vulkan-drivers");
}

QJsonObject TestDetectVulkanCli::runDetect(const QStringList &extraArgs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VK_DRIVER_FILES"), m_lavapipe);
    env.insert(QStringLiteral("VK_ICD_FILENAMES"), m_lavapipe);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OGS_APP_BINARY), QStringList{QStringLiteral("detect"), QStringLiteral("--json")} + extraArgs);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning("detect did not finish within 60 s");
        return {};
    }
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("detect exited with %d: %s", process.exitCode(), err.constData());
        return {};
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (!doc.isObject())
        qWarning("detect printed no JSON object: %s", qPrintable(parseError.errorString()));
    return doc.object();
}

void TestDetectVulkanCli::vulkanOnlyListsLavapipe()
{
    const QJsonObject report = runDetect({QStringLiteral("--sources"), QStringLiteral("vulkan")});
    QVERIFY(!report.isEmpty());
    QCOMPARE(report.value(QStringLiteral("sources_used")).toArray(), QJsonArray{QStringLiteral("vulkan")});
    for (const QJsonValue &w : report.value(QStringLiteral("warnings")).toArray())
        QVERIFY2(!w.toString().startsWith(QLatin1String("vulkan:")), qPrintable(w.toString()));
    const QJsonArray gpus = report.value(QStringLiteral("gpus")).toArray();
    QCOMPARE(gpus.size(), 1);
    const QJsonObject gpu = gpus.at(0).toObject();
    QCOMPARE(gpu.value(QStringLiteral("device_type")).toString(), QStringLiteral("cpu"));
    QCOMPARE(gpu.value(QStringLiteral("vendor")).toString(), QStringLiteral("other"));
    QCOMPARE(gpu.value(QStringLiteral("pci_vendor_id")).toString(), QStringLiteral("0x10005"));
    QCOMPARE(gpu.value(QStringLiteral("vulkan_driver")).toString(), QStringLiteral("llvmpipe"));
    QVERIFY(!gpu.value(QStringLiteral("vulkan_api_version")).toString().isEmpty());
    QCOMPARE(gpu.value(QStringLiteral("integrated")).toBool(true), false);
    QCOMPARE(gpu.value(QStringLiteral("sources")).toArray(), QJsonArray{QStringLiteral("vulkan")});
}

void TestDetectVulkanCli::lavapipeNeverMergesWithHardware()
{
    // A real RX 6900 XT sysfs tree beside lavapipe: two GPUs, each seen only by its own source.
    const QJsonObject report = runDetect({QStringLiteral("--sources"), QStringLiteral("sysfs,vulkan"),
                                          QStringLiteral("--sysfs-root"), QStringLiteral(OGS_TEST_DATA "/sysfs/rx6900xt")});
    QVERIFY(!report.isEmpty());
    const QJsonArray gpus = report.value(QStringLiteral("gpus")).toArray();
    QCOMPARE(gpus.size(), 2);
    const QJsonObject amd = gpus.at(0).toObject();
    const QJsonObject software = gpus.at(1).toObject();
    QCOMPARE(amd.value(QStringLiteral("pci_vendor_id")).toString(), QStringLiteral("0x1002"));
    QVERIFY(!amd.value(QStringLiteral("sources")).toArray().contains(QStringLiteral("vulkan")));
    QVERIFY(amd.value(QStringLiteral("vulkan_driver")).isNull());
    QCOMPARE(amd.value(QStringLiteral("device_type")).toString(), QStringLiteral("discrete"));
    QCOMPARE(software.value(QStringLiteral("device_type")).toString(), QStringLiteral("cpu"));
    QCOMPARE(software.value(QStringLiteral("vulkan_driver")).toString(), QStringLiteral("llvmpipe"));
    QCOMPARE(software.value(QStringLiteral("sources")).toArray(), QJsonArray{QStringLiteral("vulkan")});
    QVERIFY(software.value(QStringLiteral("pci_bus_address")).isNull());
}

QTEST_GUILESS_MAIN(TestDetectVulkanCli)
#include "tst_detect_vulkan_cli.moc"
