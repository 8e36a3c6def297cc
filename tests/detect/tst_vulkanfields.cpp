#include "detect/vulkanfields.h"

#include <QTest>

using namespace ogs;

class TestVulkanFields final : public QObject {
    Q_OBJECT

private slots:
    void versionString_data();
    void versionString();
    void driverKey_data();
    void driverKey();
    void deviceType_data();
    void deviceType();
    void resultName();
    void pciAddress_data();
    void pciAddress();
    void luid_data();
    void luid();
    void heaps_data();
    void heaps();
};

void TestVulkanFields::versionString_data()
{
    QTest::addColumn<quint32>("packed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1.3.230") << ((1U << 22) | (3U << 12) | 230U) << QStringLiteral("1.3.230");
    QTest::newRow("1.0.0") << (1U << 22) << QStringLiteral("1.0.0");
    QTest::newRow("1.2.4095 max patch") << ((1U << 22) | (2U << 12) | 4095U) << QStringLiteral("1.2.4095");
    QTest::newRow("variant bits ignored") << ((7U << 29) | (1U << 22) | (1U << 12) | 5U) << QStringLiteral("1.1.5");
}

void TestVulkanFields::versionString()
{
    QFETCH(quint32, packed);
    QFETCH(QString, expected);
    QCOMPARE(vulkanVersionString(packed), expected);
}

void TestVulkanFields::driverKey_data()
{
    QTest::addColumn<quint32>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("amd proprietary") << 1U << QStringLiteral("AMD proprietary driver") << QStringLiteral("amd-proprietary");
    QTest::newRow("amdvlk") << 2U << QStringLiteral("AMD open-source driver") << QStringLiteral("amdvlk");
    QTest::newRow("radv") << 3U << QStringLiteral("radv") << QStringLiteral("radv");
    QTest::newRow("nvidia") << 4U << QStringLiteral("NVIDIA") << QStringLiteral("nvidia");
    QTest::newRow("intel windows") << 5U << QStringLiteral("Intel Corporation") << QStringLiteral("intel");
    QTest::newRow("intel mesa anv") << 6U << QStringLiteral("Intel open-source Mesa driver") << QStringLiteral("intel");
    QTest::newRow("llvmpipe") << 13U << QStringLiteral("llvmpipe") << QStringLiteral("llvmpipe");
    QTest::newRow("moltenvk") << 14U << QStringLiteral("MoltenVK") << QStringLiteral("moltenvk");
    QTest::newRow("venus") << 22U << QStringLiteral("venus") << QStringLiteral("venus");
    QTest::newRow("dozen") << 23U << QStringLiteral("Dozen") << QStringLiteral("dozen");
    QTest::newRow("nvk") << 24U << QStringLiteral("NVK") << QStringLiteral("nvk");
    QTest::newRow("unknown id uses name") << 9999U << QStringLiteral("  Future Driver ") << QStringLiteral("future driver");
    QTest::newRow("unknown id, no name") << 0U << QString() << QString();
}

void TestVulkanFields::driverKey()
{
    QFETCH(quint32, id);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(vulkanDriverKey(id, name), expected);
}

void TestVulkanFields::deviceType_data()
{
    QTest::addColumn<quint32>("vk");
    QTest::addColumn<DeviceType>("expected");
    QTest::newRow("other") << 0U << DeviceType::Other;
    QTest::newRow("integrated") << 1U << DeviceType::Integrated;
    QTest::newRow("discrete") << 2U << DeviceType::Discrete;
    QTest::newRow("virtual") << 3U << DeviceType::Virtual;
    QTest::newRow("cpu") << 4U << DeviceType::Cpu;
    QTest::newRow("out of range") << 77U << DeviceType::Other;
}

void TestVulkanFields::deviceType()
{
    QFETCH(quint32, vk);
    QFETCH(DeviceType, expected);
    QCOMPARE(deviceTypeFromVulkan(vk), expected);
}

void TestVulkanFields::resultName()
{
    QCOMPARE(vulkanResultName(-9), QStringLiteral("VK_ERROR_INCOMPATIBLE_DRIVER"));
    QCOMPARE(vulkanResultName(-3), QStringLiteral("VK_ERROR_INITIALIZATION_FAILED"));
    QCOMPARE(vulkanResultName(-1000), QStringLiteral("VkResult -1000"));
}

void TestVulkanFields::pciAddress_data()
{
    QTest::addColumn<QList<quint32>>("parts");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rx6900xt") << QList<quint32>{0, 0x0c, 0, 0} << QStringLiteral("0000:0c:00.0");
    QTest::newRow("lowercase hex") << QList<quint32>{0x10, 0xc1, 0x1f, 7} << QStringLiteral("0010:c1:1f.7");
}

void TestVulkanFields::pciAddress()
{
    QFETCH(QList<quint32>, parts);
    QFETCH(QString, expected);
    QCOMPARE(pciAddressFromVulkan(parts[0], parts[1], parts[2], parts[3]), expected);
}

void TestVulkanFields::luid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    // LUID{LowPart = 0x0000d1b8, HighPart = 0} is stored little-endian: b8 d1 00 00 00 00 00 00.
    QTest::newRow("low part only") << QByteArray::fromHex("b8d1000000000000") << QStringLiteral("000000000000d1b8");
    QTest::newRow("both parts") << QByteArray::fromHex("78563412efcdab01") << QStringLiteral("01abcdef12345678");
}

void TestVulkanFields::luid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    std::array<quint8, 8> raw{};
    for (size_t i = 0; i < raw.size(); ++i)
        raw[i] = static_cast<quint8>(bytes.at(static_cast<qsizetype>(i)));
    QCOMPARE(luidFromVulkan(raw), expected);
}

void TestVulkanFields::heaps_data()
{
    constexpr qint64 gib = qint64(1) << 30;
    QTest::addColumn<QList<VulkanHeap>>("heaps");
    QTest::addColumn<qint64>("total"); // -1: unset
    QTest::addColumn<qint64>("free");  // -1: unset
    QTest::newRow("no heaps") << QList<VulkanHeap>{} << qint64(-1) << qint64(-1);
    QTest::newRow("host heap only") << QList<VulkanHeap>{{8 * gib, false, {}, {}}} << qint64(-1) << qint64(-1);
    QTest::newRow("dGPU without budget")
        << QList<VulkanHeap>{{16 * gib, true, {}, {}}, {32 * gib, false, {}, {}}, {256 << 20, true, {}, {}}}
        << 16 * gib + (256 << 20) << qint64(-1);
    QTest::newRow("dGPU with budget: sum of budget - usage over local heaps")
        << QList<VulkanHeap>{{16 * gib, true, 15 * gib, 2 * gib}, {32 * gib, false, 30 * gib, gib}, {256 << 20, true, 200 << 20, 50 << 20}}
        << 16 * gib + (256 << 20) << 13 * gib + (150 << 20);
    QTest::newRow("usage above budget counts as zero")
        << QList<VulkanHeap>{{4 * gib, true, gib, 2 * gib}} << 4 * gib << qint64(0);
}

void TestVulkanFields::heaps()
{
    QFETCH(QList<VulkanHeap>, heaps);
    QFETCH(qint64, total);
    QFETCH(qint64, free);
    const VulkanMemory memory = summariseHeaps(heaps);
    QCOMPARE(memory.total.value_or(-1), total);
    QCOMPARE(memory.free.value_or(-1), free);
}

QTEST_GUILESS_MAIN(TestVulkanFields)
#include "tst_vulkanfields.moc"
