// Issue #20: every value `env apply --target etc-environment` accepts reads back, as pam_env
// (libpam 1.5.2) reads /etc/environment, exactly as given; what it would cut ('#') or drop (a line
// over 8190 bytes, which also loses every later line) is refused with a reason. Read back with the
// rules of pam_env.c (pamenvreader.h) and, where libpam and pam_env.so can be loaded, by the real
// module (pam_start_confdir with a private service file: nothing under /etc is read or changed).
#include "env/envtarget.h"
#include "pamenvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

#include <optional>

using namespace ogs;

namespace {

// The few libpam entry points, declared here (the -dev headers are not needed to run the module).
struct PamMessage;
struct PamResponse;
struct PamConv {
    int (*conv)(int, const PamMessage **, PamResponse **, void *);
    void *appdata;
};
using PamStartConfdir = int (*)(const char *, const char *, const PamConv *, const char *, void **);
using PamOpenSession = int (*)(void *, int);
using PamGetenvlist = char **(*)(void *);
using PamEnd = int (*)(void *, int);

int noConversation(int, const PamMessage **, PamResponse **, void *)
{
    return 19; // PAM_CONV_ERR: pam_env never asks
}

/// The variables the real pam_env sets from `envFile`; nullopt where libpam cannot be used here.
std::optional<QHash<QByteArray, QByteArray>> realPamEnv(const QString &dir, const QString &envFile)
{
    void *lib = ::dlopen("libpam.so.0", RTLD_NOW);
    if (!lib || !QFile::exists(QStringLiteral("/lib/x86_64-linux-gnu/security/pam_env.so")))
        return std::nullopt;
    auto start = reinterpret_cast<PamStartConfdir>(::dlsym(lib, "pam_start_confdir"));
    auto open = reinterpret_cast<PamOpenSession>(::dlsym(lib, "pam_open_session"));
    auto list = reinterpret_cast<PamGetenvlist>(::dlsym(lib, "pam_getenvlist"));
    auto end = reinterpret_cast<PamEnd>(::dlsym(lib, "pam_end"));
    if (!start || !open || !list || !end)
        return std::nullopt;
    QFile service(dir + QStringLiteral("/ogs-pamenv-test"));
    if (!service.open(QIODevice::WriteOnly))
        return std::nullopt;
    service.write("session required /lib/x86_64-linux-gnu/security/pam_env.so readenv=1 user_readenv=0 "
                  "conffile=/dev/null envfile="
        + QFile::encodeName(envFile) + "\n");
    service.close();
    const PamConv conv { noConversation, nullptr };
    void *handle = nullptr;
    if (start("ogs-pamenv-test", "root", &conv, QFile::encodeName(dir).constData(), &handle) != 0)
        return std::nullopt;
    QHash<QByteArray, QByteArray> env;
    if (open(handle, 0) == 0) {
        char **vars = list(handle);
        for (char **v = vars; v && *v; ++v) {
            const QByteArray kv(*v);
            env.insert(kv.left(kv.indexOf('=')), kv.mid(kv.indexOf('=') + 1));
            ::free(*v);
        }
        ::free(vars);
    }
    end(handle, 0);
    return env;
}

} // namespace

class TestPamEnv final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void acceptedValuesReadBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("boolean") << "OLLAMA_VULKAN" << "1";
        QTest::newRow("gfx") << "HSA_OVERRIDE_GFX_VERSION" << "10.3.0";
        QTest::newRow("host") << "OLLAMA_HOST" << "127.0.0.1:11434";
        QTest::newRow("path with spaces") << "OLLAMA_MODELS" << "/srv/ollama models/blobs";
        QTest::newRow("path with = and ,") << "OLLAMA_MODELS" << "/srv/a=b,c";
        QTest::newRow("non-ASCII path") << "OLLAMA_MODELS" << QStringLiteral("/srv/mod\u00e8les/\u30e2\u30c7\u30eb");
        QTest::newRow("origins") << "OLLAMA_ORIGINS" << "http://localhost:3000,app://*";
        // The longest line pam_env keeps: 8190 bytes before the newline.
        const QString key = QStringLiteral("OLLAMA_MODELS");
        QTest::newRow("longest line") << key << QLatin1Char('/') + QString(8190 - key.size() - 3 - 1, QLatin1Char('m'));
    }

    void acceptedValuesReadBack()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const AssignmentLine line = formatAssignment(EnvTarget::EtcEnvironment, key, value);
        QVERIFY2(line.ok(), qPrintable(line.error));
        const QByteArray file = "PATH=\"/usr/local/bin:/usr/bin:/bin\"\n" + line.line + "\nOGS_AFTER=\"kept\"\n";
        const QHash<QByteArray, QByteArray> ours = test::readPamEnvironment(file);
        QCOMPARE(QString::fromUtf8(ours.value(key.toUtf8())), value);
        QCOMPARE(ours.value("OGS_AFTER"), QByteArray("kept"));

        const QString envFile = m_dir.filePath(QStringLiteral("environment"));
        QFile f(envFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(file);
        f.close();
        const std::optional<QHash<QByteArray, QByteArray>> real = realPamEnv(m_dir.path(), envFile);
        if (!real)
            QSKIP("libpam or pam_env.so cannot be loaded here; checked with pam_env.c's rules only");
        QCOMPARE(QString::fromUtf8(real->value(key.toUtf8())), value);
        QCOMPARE(real->value("OGS_AFTER"), QByteArray("kept"));
        QCOMPARE(*real, ours); // the reader agrees with the module on the whole file
    }

    /// What pam_env would cut or drop is refused, with the reason; and the reader shows why.
    void cutOrDroppedValuesAreRefused()
    {
        AssignmentLine line = formatAssignment(EnvTarget::EtcEnvironment, QStringLiteral("OLLAMA_MODELS"), QStringLiteral("/a#b"));
        QVERIFY(!line.ok());
        QVERIFY2(line.error.contains(QStringLiteral("the character # cannot be written safely")), qPrintable(line.error));
        QCOMPARE(test::readPamEnvironment("OLLAMA_MODELS=\"/a#b\"\n").value("OLLAMA_MODELS"), QByteArray("/a"));

        const QString key = QStringLiteral("OLLAMA_MODELS");
        const QString tooLong = QLatin1Char('/') + QString(8190 - key.size() - 3, QLatin1Char('m')); // 8191 bytes
        line = formatAssignment(EnvTarget::EtcEnvironment, key, tooLong);
        QVERIFY(!line.ok());
        QVERIFY2(line.error.contains(QStringLiteral("the line would be 8191 bytes, and pam_env drops a line over 8190")),
            qPrintable(line.error));
        const QByteArray dropped = "OLLAMA_MODELS=\"" + tooLong.toUtf8() + "\"\nOGS_AFTER=\"lost\"\n";
        const QHash<QByteArray, QByteArray> ours = test::readPamEnvironment(dropped);
        QVERIFY(!ours.contains("OLLAMA_MODELS"));
        QVERIFY(!ours.contains("OGS_AFTER"));
        const QString envFile = m_dir.filePath(QStringLiteral("environment"));
        QFile f(envFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(dropped);
        f.close();
        if (const auto real = realPamEnv(m_dir.path(), envFile)) {
            QVERIFY(!real->contains("OLLAMA_MODELS"));
            QVERIFY(!real->contains("OGS_AFTER"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPamEnv)
#include "tst_pamenv.moc"
