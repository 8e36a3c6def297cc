#include "ollama/ollamatypes.h"
#include "ollama/psformat.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ogs;

/// `ollama ps` columns, as cmd/cmd.go and format/ print them.
class TestPsFormat final : public QObject {
    Q_OBJECT
private slots:
    void processor_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("vram");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all cpu") << qint64(5137025024) << qint64(0) << QStringLiteral("100% CPU");
        QTest::newRow("all gpu") << qint64(5137025024) << qint64(5137025024) << QStringLiteral("100% GPU");
        QTest::newRow("seed 28/72") << qint64(7800000000) << qint64(5616000000) << QStringLiteral("28%/72% CPU/GPU");
        QTest::newRow("faq 48/52") << qint64(100) << qint64(52) << QStringLiteral("48%/52% CPU/GPU");
        QTest::newRow("rounds half up") << qint64(200) << qint64(199) << QStringLiteral("1%/99% CPU/GPU");
        QTest::newRow("0.4% cpu rounds to 0") << qint64(1000) << qint64(996) << QStringLiteral("0%/100% CPU/GPU");
        QTest::newRow("99.6% cpu rounds to 100") << qint64(1000) << qint64(4) << QStringLiteral("100%/0% CPU/GPU");
        QTest::newRow("vram larger than size") << qint64(100) << qint64(101) << QStringLiteral("Unknown");
        QTest::newRow("size zero, vram set") << qint64(0) << qint64(5) << QStringLiteral("Unknown");
        QTest::newRow("both zero") << qint64(0) << qint64(0) << QStringLiteral("100% CPU");
        QTest::newRow("negative vram") << qint64(100) << qint64(-5) << QStringLiteral("Unknown");
    }
    void processor()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, vram);
        QFETCH(QString, expected);
        QCOMPARE(formatProcessor(size, vram), expected);
    }
    void size_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ps.json mistral") << qint64(5137025024) << QStringLiteral("5.1 GB");
        QTest::newRow("faq 70b") << qint64(42000000000) << QStringLiteral("42 GB");
        QTest::newRow("gemma4 9.6") << qint64(9600000000) << QStringLiteral("9.6 GB");
        QTest::newRow("whole") << qint64(2000000000) << QStringLiteral("2 GB");
        QTest::newRow("bytes") << qint64(999) << QStringLiteral("999 B");
        QTest::newRow("mb") << qint64(512300000) << QStringLiteral("512 MB");
    }
    void size()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, expected);
        QCOMPARE(formatSizeSi(bytes), expected);
    }
    void until_data()
    {
        QTest::addColumn<qint64>("deltaMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("faq 4 minutes") << qint64(4 * 60000 + 30000) << QStringLiteral("4 minutes from now");
        QTest::newRow("about a minute") << qint64(90000) << QStringLiteral("About a minute from now");
        QTest::newRow("seconds") << qint64(30500) << QStringLiteral("30 seconds from now");
        QTest::newRow("expired") << qint64(-1000) << QStringLiteral("Stopping...");
        QTest::newRow("keep_alive -1") << qint64(100LL * 365 * 24 * 3600 * 1000) << QStringLiteral("Forever");
        QTest::newRow("hours") << qint64(5 * 3600000) << QStringLiteral("5 hours from now");
    }
    void until()
    {
        QFETCH(qint64, deltaMs);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2024-06-04T14:33:31Z"), Qt::ISODate);
        QCOMPARE(formatUntil(now.addMSecs(deltaMs), now), expected);
    }
    void transcriptPs()
    {
        QFile f(QStringLiteral(OGS_TEST_DATA "/ollama-api/ps.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<RunningModel> models = parseRunningModels(QJsonDocument::fromJson(f.readAll()).object());
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.at(0).name, QStringLiteral("mistral:latest"));
        QCOMPARE(formatProcessor(models.at(0).sizeBytes, models.at(0).sizeVramBytes), QStringLiteral("100% GPU"));
        QCOMPARE(formatSizeSi(models.at(0).sizeBytes), QStringLiteral("5.1 GB"));
        QVERIFY(models.at(0).expiresAt.isValid());
        QCOMPARE(models.at(0).expiresAt.toSecsSinceEpoch(),
            QDateTime::fromString(QStringLiteral("2024-06-04T21:38:31Z"), Qt::ISODate).toSecsSinceEpoch());
        QVERIFY(!models.at(0).contextLength.has_value());
    }
};

QTEST_GUILESS_MAIN(TestPsFormat)
#include "tst_psformat.moc"
