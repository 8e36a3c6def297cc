#include "detect/amdpcitable.h"

#include <QTest>

using namespace ogs;

class TestAmdPciTable final : public QObject {
    Q_OBJECT
private slots:
    void builtinLoads()
    {
        // Every row of the shipped table parses (355 device ids in the reference data).
        QCOMPARE(AmdPciTable::builtin().size(), 355);
    }

    void lookup_data()
    {
        QTest::addColumn<quint32>("device");
        QTest::addColumn<int>("revision"); // -1: unknown
        QTest::addColumn<QString>("gfx");
        QTest::addColumn<QString>("generation");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("apu");
        QTest::newRow("RX 5700 XT") << 0x731fu << 0xc1 << "gfx1010" << "RDNA1" << "AMD Radeon RX 5700 XT" << false;
        QTest::newRow("RX 5700") << 0x731fu << 0xc4 << "gfx1010" << "RDNA1" << "AMD Radeon RX 5700" << false;
        QTest::newRow("RX 6800 XT") << 0x73bfu << 0xc1 << "gfx1030" << "RDNA2" << "AMD Radeon RX 6800 XT" << false;
        QTest::newRow("RX 6900 XT") << 0x73bfu << 0xc0 << "gfx1030" << "RDNA2" << "AMD Radeon RX 6900 XT" << false;
        QTest::newRow("RX 9070 XT") << 0x7550u << 0xc0 << "gfx1201" << "RDNA4" << "AMD Radeon RX 9070 XT" << false;
        QTest::newRow("RX 9060 XT") << 0x7590u << 0xc0 << "gfx1200" << "RDNA4" << "AMD Radeon RX 9060 XT" << false;
        QTest::newRow("880M") << 0x150eu << 0xc4 << "gfx1150" << "RDNA3.5" << "AMD Radeon 880M Graphics" << true;
        QTest::newRow("780M") << 0x15bfu << 0xc1 << "gfx1103" << "RDNA3" << "AMD Radeon 780M Graphics" << true;
        QTest::newRow("unknown revision falls back to first name")
            << 0x73bfu << -1 << "gfx1030" << "RDNA2" << "AMD Radeon RX 6900 XT" << false;
    }
    void lookup()
    {
        QFETCH(quint32, device);
        QFETCH(int, revision);
        QFETCH(QString, gfx);
        QFETCH(QString, generation);
        QFETCH(QString, name);
        QFETCH(bool, apu);
        const AmdChipEntry *e = AmdPciTable::builtin().find(device);
        QVERIFY(e);
        QCOMPARE(e->gfxTarget, gfx);
        QCOMPARE(e->generation, generation);
        QCOMPARE(e->apu, apu);
        const std::optional<quint32> rev = revision < 0 ? std::nullopt : std::optional<quint32>(revision);
        QCOMPARE(AmdPciTable::builtin().marketingName(device, rev), name);
    }

    void unknownDevice()
    {
        QVERIFY(!AmdPciTable::builtin().find(0xffff));
        QVERIFY(AmdPciTable::builtin().marketingName(0xffff, 0xc1).isEmpty());
    }

    void chipNames_data()
    {
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("gfx");
        QTest::newRow("RADV NAVI10") << "NAVI10" << "gfx1010";
        QTest::newRow("RADV NAVI21") << "NAVI21" << "gfx1030";
        QTest::newRow("kernel name") << "SIENNA_CICHLID" << "gfx1030";
        QTest::newRow("RADV GFX1201") << "GFX1201" << "gfx1201";
        QTest::newRow("lower case") << "navi31" << "gfx1100";
        QTest::newRow("unknown") << "NOT_A_CHIP" << "";
    }
    void chipNames()
    {
        QFETCH(QString, chip);
        QFETCH(QString, gfx);
        QCOMPARE(AmdPciTable::builtin().gfxTargetForChip(chip), gfx);
    }

    void malformedCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("no header columns") << QByteArray("a,b,c\n1,2,3\n") << "header lacks";
        QTest::newRow("bad id") << QByteArray("pci_device_id,chip,gfx_target\n0xZZ,NAVI10,gfx1010\n") << "line 2";
        QTest::newRow("short row") << QByteArray("pci_device_id,chip,gfx_target\n0x731f,NAVI10\n") << "line 2";
    }
    void malformedCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        QString message;
        const AmdPciTable table = AmdPciTable::fromCsv(csv, &message);
        QCOMPARE(table.size(), 0);
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void quotedFields()
    {
        QCOMPARE(splitCsvLine(QStringLiteral("a,\"b, c\",\"say \"\"hi\"\"\",")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("say \"hi\""), QString()}));
    }
};

QTEST_GUILESS_MAIN(TestAmdPciTable)
#include "tst_amdpcitable.moc"
