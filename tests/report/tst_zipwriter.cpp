#include "report/zipwriter.h"

#include "unzip.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace ogs;
using namespace ogs::test;

namespace {

const QDateTime kWhen(QDate(2026, 3, 1), QTime(9, 42, 31));

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Root may write into a read-only folder; while this lives the process acts as `nobody`, so the
/// permission error is the one a user gets. Does nothing for a normal user.
class AsUnprivileged final {
public:
    AsUnprivileged()
    {
#if defined(Q_OS_UNIX)
        m_dropped = ::geteuid() == 0 && ::seteuid(65534) == 0;
#endif
    }
    ~AsUnprivileged()
    {
#if defined(Q_OS_UNIX)
        if (m_dropped && ::seteuid(0) != 0)
            qFatal("cannot become root again");
#endif
    }
    AsUnprivileged(const AsUnprivileged &) = delete;
    AsUnprivileged &operator=(const AsUnprivileged &) = delete;

private:
    bool m_dropped = false;
};

} // namespace

class TestZipWriter final : public QObject {
    Q_OBJECT
private slots:
    void crcMatchesTheStandardCheckValues()
    {
        QCOMPARE(crc32(QByteArray()), 0u);
        QCOMPARE(crc32("123456789"), 0xcbf43926u);
        QCOMPARE(crc32("The quick brown fox jumps over the lazy dog"), 0x414fa339u);
    }

    /// Every kind of entry, judged by Info-ZIP's unzip: the archive tests clean, the names come back in
    /// order (UTF-8 included), each entry's bytes are ours, and deflate is used only where it helps.
    void unzipReadsBackEveryEntry()
    {
        QTemporaryDir dir;
        QByteArray log;
        for (int i = 0; i < 60000; ++i)
            log += "time=2026-03-01T09:42:31 level=INFO source=types.go:42 msg=\"inference compute\" id="
                + QByteArray::number(i % 7) + "\n";
        QByteArray noise(256 * 1024, Qt::Uninitialized);
        QRandomGenerator random(42);
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        const QList<ZipEntry> entries {
            { QStringLiteral("README.txt"), "What is in it.\n" },
            { QStringLiteral("données/résumé-日本語.txt"), QStringLiteral("Grüße, 你好\n").toUtf8() },
            { QStringLiteral("empty.txt"), QByteArray() },
            { QStringLiteral("big.log"), log },
            { QStringLiteral("noise.bin"), noise },
        };
        const QString zip = dir.filePath(QStringLiteral("bundle.zip"));
        QString error;
        QVERIFY2(writeZip(zip, entries, kWhen, &error), qPrintable(error));

        const Unzip test = Unzip::run({ QStringLiteral("-t"), zip });
        QVERIFY2(
            test.exitCode == 0 && test.out.contains("No errors detected"), QByteArray(test.out + test.err).constData());
        QStringList names;
        for (const ZipEntry &e : entries)
            names << e.name;
        QCOMPARE(Unzip::names(zip), names);
        for (const ZipEntry &e : entries)
            QVERIFY2(Unzip::content(zip, e.name) == e.data, qPrintable(e.name));

        const QString verbose = QString::fromUtf8(Unzip::run({ QStringLiteral("-v"), zip }).out);
        const auto methodOf = [&](const QString &name) {
            for (const QString &line : verbose.split(QLatin1Char('\n')))
                if (line.endsWith(QLatin1Char(' ') + name))
                    return line.simplified().section(QLatin1Char(' '), 1, 1);
            return QString();
        };
        QVERIFY2(methodOf(QStringLiteral("big.log")).startsWith(QLatin1String("Defl")), qPrintable(verbose));
        QCOMPARE(methodOf(QStringLiteral("noise.bin")), QStringLiteral("Stored"));
        QCOMPARE(methodOf(QStringLiteral("empty.txt")), QStringLiteral("Stored"));
        QVERIFY(QFileInfo(zip).size() < noise.size() + log.size() / 20);

        // The DOS time, in two-second steps, as zipinfo prints it (yyyymmdd.hhmmss).
        const QByteArray info
            = Unzip::run({ QStringLiteral("-Z"), QStringLiteral("-l"), QStringLiteral("-T"), zip }).out;
        QVERIFY2(info.contains("20260301.094230 README.txt"), info.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("bundle.zip") });
    }

    void anEmptyArchiveIsValid()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("empty.zip"));
        QString error;
        QVERIFY2(writeZip(zip, {}, kWhen, &error), qPrintable(error));
        QCOMPARE(QFileInfo(zip).size(), 22); // the end record alone
        QVERIFY(Unzip::names(zip).isEmpty());
        const Unzip list = Unzip::run({ QStringLiteral("-l"), zip });
        QCOMPARE(list.exitCode, 1); // unzip's "warning" status, as for Python's empty zipfile
        QVERIFY2(list.err.contains("zipfile is empty"), list.err.constData());
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringList { QString() } << QStringLiteral("an entry has no name");
        QTest::newRow("absolute") << QStringList { QStringLiteral("/etc/passwd") }
                                  << QStringLiteral("'/etc/passwd' must be relative");
        QTest::newRow("backslash") << QStringList { QStringLiteral("a\\b.txt") }
                                   << QStringLiteral("'a\\b.txt' must be relative");
        QTest::newRow("dotdot") << QStringList { QStringLiteral("logs/../../x") }
                                << QStringLiteral("'logs/../../x' must not contain '..'");
        QTest::newRow("twice") << QStringList { QStringLiteral("a.txt"), QStringLiteral("a.txt") }
                               << QStringLiteral("'a.txt' appears twice");
    }

    void badNamesAreRefused()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, message);
        QList<ZipEntry> entries;
        for (const QString &n : names)
            entries.append({ n, "x" });
        QString error;
        QVERIFY(!zipArchive(entries, kWhen, &error));
        QVERIFY2(error.contains(message), qPrintable(error));

        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("bad.zip"));
        QVERIFY(!writeZip(zip, entries, kWhen, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + zip), qPrintable(error));
        QVERIFY(!QFile::exists(zip));
    }

    /// Nothing can be written there: no new file, the old one untouched, and the error names the path. On
    /// Unix the folder is read-only (as nobody when root); Windows has no such bit for folders, so there the
    /// old file is read-only and the new one would go under a file.
    void aFailedWriteLosesNothing()
    {
        QTemporaryDir dir;
        const QString ro = dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(ro));
        const QString old = ro + QStringLiteral("/old.zip");
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the user's file");
        f.close();
#if defined(Q_OS_WIN)
        QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::ReadUser));
        const QString fresh = old + QStringLiteral("/new.zip");
#else
        const QFile::Permissions rx = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), rx | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(ro, rx));
        const QString fresh = ro + QStringLiteral("/new.zip");
#endif
        const QList<ZipEntry> entries { { QStringLiteral("report.txt"), "report" } };
        bool written = true;
        QString errorNew, errorOld;
        {
            AsUnprivileged nobody;
            written = writeZip(fresh, entries, kWhen, &errorNew) || writeZip(old, entries, kWhen, &errorOld);
        }
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(readAll(old), QByteArray("the user's file"));
        QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!written);
        QVERIFY2(
            errorNew.startsWith(QStringLiteral("cannot write ") + fresh + QStringLiteral(": ")), qPrintable(errorNew));
        QVERIFY2(
            errorOld.startsWith(QStringLiteral("cannot write ") + old + QStringLiteral(": ")), qPrintable(errorOld));
        QCOMPARE(QDir(ro).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("old.zip") });
    }

    void aFolderOrAMissingFolderIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!writeZip(dir.path(), {}, kWhen, &error));
        QVERIFY2(error == QStringLiteral("cannot write %1: it is a folder; give a file name").arg(dir.path()),
            qPrintable(error));
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/b.zip"));
        QVERIFY(!writeZip(missing, {}, kWhen, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + missing + QStringLiteral(": ")), qPrintable(error));
        QVERIFY(QDir(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
