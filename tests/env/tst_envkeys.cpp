#include "env/envkeys.h"

#include <QTest>

using namespace ogs;

class TestEnvKeys final : public QObject {
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("normalised");
        auto row = [](const char *k, const char *v, const char *n = nullptr) {
            QTest::newRow(qPrintable(QStringLiteral("%1=%2").arg(QLatin1String(k), QString::fromUtf8(v))))
                << QString::fromLatin1(k) << QString::fromUtf8(v) << QString::fromUtf8(n ? n : v);
        };
        row("OLLAMA_HOST", "127.0.0.1:11434");
        row("OLLAMA_HOST", "http://localhost:11434");
        row("OLLAMA_HOST", "https://ollama.example.com/api");
        row("OLLAMA_HOST", "[::1]:11434");
        row("OLLAMA_HOST", "0.0.0.0");
        row("OLLAMA_HOST", ":11434");
        row("OLLAMA_HOST", "172.28.160.1");
        row("HSA_OVERRIDE_GFX_VERSION", "10.3.0");
        row("HSA_OVERRIDE_GFX_VERSION", "11.0.2");
        row("HSA_OVERRIDE_GFX_VERSION", "9.0.10");
        row("ROCR_VISIBLE_DEVICES", "NOT_A_DEVICE");
        row("ROCR_VISIBLE_DEVICES", "0,1");
        row("ROCR_VISIBLE_DEVICES", "GPU-4b2c3d4e5f607182");
        row("HIP_VISIBLE_DEVICES", "-1");
        row("CUDA_VISIBLE_DEVICES", "0");
        row("GGML_VK_VISIBLE_DEVICES", "-1");
        row("GGML_VK_VISIBLE_DEVICES", "0,2");
        row("OLLAMA_VULKAN", "1");
        row("OLLAMA_VULKAN", "false");
        row("OLLAMA_KEEP_ALIVE", "5m");
        row("OLLAMA_KEEP_ALIVE", "1h30m");
        row("OLLAMA_KEEP_ALIVE", "-1");
        row("OLLAMA_KEEP_ALIVE", "300");
        row("OLLAMA_LOAD_TIMEOUT", "2.5m");
        row("OLLAMA_GPU_OVERHEAD", "536870912");
        row("OLLAMA_GPU_OVERHEAD", "512MiB", "536870912");
        row("OLLAMA_GPU_OVERHEAD", "1G", "1073741824");
        row("OLLAMA_GPU_OVERHEAD", "1.5 GB", "1500000000");
        row("OLLAMA_CONTEXT_LENGTH", "8192");
        row("OLLAMA_CONTEXT_LENGTH", "007", "7");
        row("OLLAMA_KV_CACHE_TYPE", "q8_0");
        row("OLLAMA_LLM_LIBRARY", "vulkan");
        row("OLLAMA_MODELS", "/mnt/big disk/models");
        row("OLLAMA_MODELS", "D:\\Ollama\\models");
        row("OLLAMA_ORIGINS", "http://localhost:3000,app://*");
        row("GPU_MAX_HW_QUEUES", "1");
        row("OLLAMA_DEBUG", "2");
    }
    void valid()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, normalised);
        const EnvValidation v = validateEnvValue(key, value);
        QVERIFY2(v.ok(), qPrintable(v.error));
        QCOMPARE(v.value, normalised);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *k, const char *v, const char *m) {
            QTest::newRow(name) << QString::fromLatin1(k) << QString::fromUtf8(v) << QString::fromUtf8(m);
        };
        row("unknown key", "OLLAMA_FROB", "1", "OLLAMA_FROB is not a variable ollama-gpu-setup manages");
        row("PATH is not ours", "PATH", "/usr/bin", "PATH is not a variable");
        row("bad name", "A-B", "1", "'A-B' is not a variable name");
        row("empty", "OLLAMA_VULKAN", "", "empty value; use --unset OLLAMA_VULKAN");
        row("newline", "OLLAMA_MODELS", "/a\nexport X=1", "line break or control character");
        row("escape char", "OLLAMA_MODELS", "/a\x1b[2J", "\\x{1b}");
        row("host scheme", "OLLAMA_HOST", "ftp://h:1", "scheme 'ftp' is not http or https");
        row("host port range", "OLLAMA_HOST", "127.0.0.1:70000", "port '70000'");
        row("host injection", "OLLAMA_HOST", "127.0.0.1:11434;rm -rf /", "is not a number from 1 to 65535");
        row("host quotes", "OLLAMA_HOST", "\"h\"", "is not a host name");
        row("host dollar", "OLLAMA_HOST", "$(id)", "is not a host name");
        row("host bare ipv6", "OLLAMA_HOST", "::1", "in brackets");
        row("host empty port", "OLLAMA_HOST", "localhost:", "without a port");
        row("gfx name", "HSA_OVERRIDE_GFX_VERSION", "gfx1030", "for gfx1030 write 10.3.0");
        row("gfx90a", "HSA_OVERRIDE_GFX_VERSION", "gfx90a", "for gfx90a write 9.0.10");
        row("gfx two parts", "HSA_OVERRIDE_GFX_VERSION", "10.3", "expected X.Y.Z");
        row("gfx minor", "HSA_OVERRIDE_GFX_VERSION", "10.16.0", "minor and stepping 0-15");
        row("devices words", "HIP_VISIBLE_DEVICES", "all", "expected comma-separated");
        row("NOT_A_DEVICE only for ROCR", "HIP_VISIBLE_DEVICES", "NOT_A_DEVICE", "expected comma-separated");
        row("devices trailing comma", "ROCR_VISIBLE_DEVICES", "0,", "expected comma-separated");
        row("vulkan devices", "GGML_VK_VISIBLE_DEVICES", "-2", "or -1 to disable Vulkan");
        row("bool", "OLLAMA_VULKAN", "yes", "expected 1 or 0");
        row("duration", "OLLAMA_KEEP_ALIVE", "5 minutes", "expected a duration");
        row("duration backtick", "OLLAMA_KEEP_ALIVE", "`id`", "expected a duration");
        row("bytes unit", "OLLAMA_GPU_OVERHEAD", "512 parsecs", "expected a number of bytes");
        row("bytes negative", "OLLAMA_GPU_OVERHEAD", "-1", "expected a number of bytes");
        row("count", "OLLAMA_NUM_PARALLEL", "-2", "non-negative whole number");
        row("hw queues zero", "GPU_MAX_HW_QUEUES", "0", "at least 1");
        row("choice", "OLLAMA_KV_CACHE_TYPE", "q5_1", "expected one of f16, q8_0, q4_0");
        row("relative path", "OLLAMA_MODELS", "models", "expected an absolute path");
        row("origins quote", "OLLAMA_ORIGINS", "http://a'b", "expected comma-separated origins");
    }
    void invalid()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const EnvValidation v = validateEnvValue(key, value);
        QVERIFY(!v.ok());
        QVERIFY2(v.error.contains(message), qPrintable(v.error));
        QVERIFY(v.value.isEmpty());
    }

    void exposure_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("exposed");
        QTest::newRow("all v4") << "0.0.0.0" << true;
        QTest::newRow("all v4 port") << "0.0.0.0:11434" << true;
        QTest::newRow("scheme") << "http://0.0.0.0:11434" << true;
        QTest::newRow("port only") << ":11434" << true;
        QTest::newRow("all v6") << "[::]:11434" << true;
        QTest::newRow("loopback") << "127.0.0.1:11434" << false;
        QTest::newRow("v6 loopback") << "[::1]:11434" << false;
        QTest::newRow("wsl adapter") << "172.28.160.1:11434" << false;
        QTest::newRow("name") << "localhost" << false;
    }
    void exposure()
    {
        QFETCH(QString, value);
        QFETCH(bool, exposed);
        QCOMPARE(exposesToNetwork(value), exposed);
    }

    void everyKeyHasADescription()
    {
        QVERIFY(envKeys().size() >= 25);
        for (const EnvKeyInfo &k : envKeys()) {
            QVERIFY2(!k.summary.isEmpty(), qPrintable(k.name));
            QVERIFY2(!describeKind(k).isEmpty(), qPrintable(k.name));
            QCOMPARE(findEnvKey(k.name), &k);
        }
        QVERIFY(!findEnvKey(QStringLiteral("ollama_host")));
    }
};

QTEST_GUILESS_MAIN(TestEnvKeys)
#include "tst_envkeys.moc"
