#include "detect/sysfsreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ogs;

class TestSysfsReader final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void text_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << QByteArray("17163091968\n") << "17163091968" << "";
        QTest::newRow("NUL padded like rx6900xt") << QByteArray("3\n").append(QByteArray(4094, '\0')) << "3" << "";
        QTest::newRow("empty") << QByteArray() << "" << "empty";
        QTest::newRow("only whitespace") << QByteArray(" \n\n") << "" << "empty";
    }
    void text()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, error);
        const SysfsValue v = readSysfsText(write(QString::fromLatin1(QTest::currentDataTag()), bytes));
        QCOMPARE(v.text, text);
        QCOMPARE(v.error, error);
    }

    void missing()
    {
        QCOMPARE(readSysfsText(m_dir.filePath(QStringLiteral("nope"))).error, QStringLiteral("missing"));
    }

    void directoryAndFifoAreRefusedWithoutBlocking()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("sub")));
        QCOMPARE(readSysfsText(m_dir.filePath(QStringLiteral("sub"))).error, QStringLiteral("not a regular file"));
        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // A FIFO with no writer would block a plain read forever.
        QCOMPARE(readSysfsText(fifo).error, QStringLiteral("not a regular file"));
    }

    void integers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("base");
        QTest::addColumn<qint64>("value"); // -1: no value
        QTest::newRow("decimal") << "4098" << 0 << qint64(4098);
        QTest::newRow("hex prefixed") << "0x1002" << 0 << qint64(0x1002);
        QTest::newRow("hex bare, base 16") << "73BF" << 16 << qint64(0x73bf);
        QTest::newRow("garbage") << "lots" << 0 << qint64(-1);
        QTest::newRow("empty") << "" << 0 << qint64(-1);
        QTest::newRow("0x alone") << "0x" << 0 << qint64(-1);
    }
    void integers()
    {
        QFETCH(QString, text);
        QFETCH(int, base);
        QFETCH(qint64, value);
        const auto v = parseSysfsInt(text, base);
        QCOMPARE(v.value_or(-1), value);
    }

    void readIntNamesTheFile()
    {
        QString error;
        const QString path = write(QStringLiteral("garbled"), "12abc\n");
        QVERIFY(!readSysfsInt(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("12abc")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSysfsReader)
#include "tst_sysfsreader.moc"
