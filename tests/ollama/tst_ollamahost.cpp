#include "ollama/ollamahost.h"

#include <QTest>

using namespace ogs;

/// OLLAMA_HOST resolution; the rows are the cases of Ollama's envconfig/config_test.go TestHost.
class TestOllamaHost final : public QObject {
    Q_OBJECT
private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("hostPort");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("connectUrl");
        auto row = [](const char *name, const char *value, const char *hostPort, const char *url, const char *connect) {
            QTest::newRow(name) << QString::fromUtf8(value) << QString::fromUtf8(hostPort) << QString::fromUtf8(url)
                                << QString::fromUtf8(connect);
        };
        row("empty", "", "127.0.0.1:11434", "http://127.0.0.1:11434", "http://127.0.0.1:11434");
        row("only address", "1.2.3.4", "1.2.3.4:11434", "http://1.2.3.4:11434", "http://1.2.3.4:11434");
        row("only port", ":1234", ":1234", "http://:1234", "http://127.0.0.1:1234");
        row("address and port", "1.2.3.4:1234", "1.2.3.4:1234", "http://1.2.3.4:1234", "http://1.2.3.4:1234");
        row("hostname", "example.com", "example.com:11434", "http://example.com:11434", "http://example.com:11434");
        row("hostname and port", "example.com:1234", "example.com:1234", "http://example.com:1234",
            "http://example.com:1234");
        row("zero port", ":0", ":0", "http://:0", "http://127.0.0.1:0");
        row("too large port", ":66000", ":11434", "http://:11434", "http://127.0.0.1:11434");
        row("too small port", ":-1", ":11434", "http://:11434", "http://127.0.0.1:11434");
        row("not a port", "1.2.3.4:abc", "1.2.3.4:11434", "http://1.2.3.4:11434", "http://1.2.3.4:11434");
        row("ipv6 localhost", "[::1]", "[::1]:11434", "http://[::1]:11434", "http://[::1]:11434");
        row("ipv6 world open", "[::]", "[::]:11434", "http://[::]:11434", "http://[::1]:11434");
        row("ipv6 no brackets", "::1", "[::1]:11434", "http://[::1]:11434", "http://[::1]:11434");
        row("ipv6 + port", "[::1]:1337", "[::1]:1337", "http://[::1]:1337", "http://[::1]:1337");
        row("extra space", " 1.2.3.4 ", "1.2.3.4:11434", "http://1.2.3.4:11434", "http://1.2.3.4:11434");
        row("extra quotes", "\"1.2.3.4\"", "1.2.3.4:11434", "http://1.2.3.4:11434", "http://1.2.3.4:11434");
        row("extra space+quotes", " \" 1.2.3.4 \" ", "1.2.3.4:11434", "http://1.2.3.4:11434", "http://1.2.3.4:11434");
        row("extra single quotes", "'1.2.3.4'", "1.2.3.4:11434", "http://1.2.3.4:11434", "http://1.2.3.4:11434");
        row("http", "http://1.2.3.4", "1.2.3.4:80", "http://1.2.3.4:80", "http://1.2.3.4:80");
        row("http port", "http://1.2.3.4:4321", "1.2.3.4:4321", "http://1.2.3.4:4321", "http://1.2.3.4:4321");
        row("https", "https://1.2.3.4", "1.2.3.4:443", "https://1.2.3.4:443", "https://1.2.3.4:443");
        row("https port", "https://1.2.3.4:4321", "1.2.3.4:4321", "https://1.2.3.4:4321", "https://1.2.3.4:4321");
        row("proxy path", "https://example.com/ollama", "example.com:443", "https://example.com:443/ollama",
            "https://example.com:443/ollama");
        row("ollama.com", "ollama.com", "ollama.com:443", "https://ollama.com:443", "https://ollama.com:443");
        row("all interfaces", "0.0.0.0", "0.0.0.0:11434", "http://0.0.0.0:11434", "http://127.0.0.1:11434");
        row("all interfaces + port", "0.0.0.0:8080", "0.0.0.0:8080", "http://0.0.0.0:8080", "http://127.0.0.1:8080");
    }
    void resolve()
    {
        QFETCH(QString, value);
        QFETCH(QString, hostPort);
        QFETCH(QString, url);
        QFETCH(QString, connectUrl);
        const OllamaHost host = resolveOllamaHost(value);
        QCOMPARE(host.hostPort(), hostPort);
        QCOMPARE(host.url().toString(), url);
        QCOMPARE(host.connectUrl().toString(), connectUrl);
    }
};

QTEST_GUILESS_MAIN(TestOllamaHost)
#include "tst_ollamahost.moc"
