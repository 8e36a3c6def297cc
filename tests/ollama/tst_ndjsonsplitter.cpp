#include "ollama/ndjsonsplitter.h"

#include <QFile>
#include <QTest>

using namespace ogs;

/// The incremental line splitter must give the same lines for every way of cutting the stream.
class TestNdjsonSplitter final : public QObject {
    Q_OBJECT
private:
    static QByteArray transcript()
    {
        QFile f(QStringLiteral(OGS_TEST_DATA "/ollama-api/generate-stream.ndjson"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private slots:
    void everySplitPoint()
    {
        const QByteArray data = transcript();
        QVERIFY(!data.isEmpty());
        NdjsonSplitter whole;
        QList<QByteArray> expected = whole.feed(data);
        const QByteArray tail = whole.takeRemainder();
        if (!tail.isEmpty())
            expected << tail;
        QCOMPARE(expected.size(), 7);
        for (qsizetype a = 0; a <= data.size(); ++a) {
            for (qsizetype b = a; b <= data.size(); b += 7) {
                NdjsonSplitter s;
                QList<QByteArray> got = s.feed(data.left(a));
                got += s.feed(data.mid(a, b - a));
                got += s.feed(data.mid(b));
                const QByteArray rest = s.takeRemainder();
                if (!rest.isEmpty())
                    got << rest;
                QCOMPARE(got, expected);
            }
        }
    }
    void byteByByteWithCrLf()
    {
        const QByteArray data = "{\"a\":1}\r\n\r\n{\"b\":2}\n{\"c\"";
        NdjsonSplitter s;
        QList<QByteArray> got;
        for (char c : data)
            got += s.feed(QByteArray(1, c));
        QCOMPARE(got, (QList<QByteArray> { "{\"a\":1}", "{\"b\":2}" }));
        QCOMPARE(s.takeRemainder(), QByteArray("{\"c\""));
    }
    void lineCap_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<bool>("overflow");
        QTest::addColumn<int>("lines");
        QTest::newRow("exactly at cap") << QList<QByteArray> { QByteArray(16, 'x') + '\n' } << false << 1;
        QTest::newRow("one over cap, complete") << QList<QByteArray> { QByteArray(17, 'x') + '\n' } << true << 0;
        QTest::newRow("over cap without newline yet")
            << QList<QByteArray> { QByteArray(10, 'x'), QByteArray(10, 'x') } << true << 0;
        QTest::newRow("long total, short lines")
            << QList<QByteArray> { QByteArray("0123456789\n").repeated(50) } << false << 50;
        QTest::newRow("line before overflow kept") << QList<QByteArray> { "ok\n" + QByteArray(40, 'x') } << true << 1;
    }
    void lineCap()
    {
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(bool, overflow);
        QFETCH(int, lines);
        NdjsonSplitter s(16);
        int n = 0;
        for (const QByteArray &p : pieces)
            n += static_cast<int>(s.feed(p).size());
        QCOMPARE(s.overflowed(), overflow);
        QCOMPARE(n, lines);
        QVERIFY(s.pendingBytes() <= 16);
        if (overflow)
            QVERIFY(s.feed("{}\n").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNdjsonSplitter)
#include "tst_ndjsonsplitter.moc"
