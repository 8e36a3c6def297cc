#include "ollamatestserver.h"
#include "wizardfixture.h"

#include "home/homeview.h"
#include "i18n/translator.h"
#include "monitor/loadedmodelspanel.h"
#include "monitor/monitorwindow.h"
#include "widgets/modeldownloader.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStyleFactory>
#include <QTableWidget>

#include <cmath>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;
using ogs::test::OllamaTestServer;

namespace {

/// A dark palette as a desktop's dark theme sets it; the app must follow it (no hard-coded light colours).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole r : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, r, disabled);
    return p;
}

GpuSample sample(const QString &id, const QString &name, double util, qint64 vramGiB, qint64 totalGiB, int sclk,
    double power, double temp)
{
    GpuSample s;
    s.id = id;
    s.name = name;
    s.utilPercent = util;
    s.vramUsedBytes = vramGiB * 1024 * 1024 * 1024;
    s.vramTotalBytes = totalGiB * 1024 * 1024 * 1024;
    s.gttUsedBytes = 300LL * 1024 * 1024;
    s.sclkMhz = sclk;
    s.powerW = power;
    s.tempC = temp;
    return s;
}

/// A plausible /etc and /proc for the fixture machine, so the scan page shows no warnings about
/// files the fixture does not have: this user in the render and video groups.
void writeMachineFiles(WizardFixture &fx)
{
    const QByteArray user = qEnvironmentVariable("USER", QStringLiteral("root")).toUtf8();
    const std::pair<const char *, QByteArray> files[] = { { "proc/sys/kernel/osrelease", "6.1.0-27-amd64\n" },
        { "etc/passwd", "root:x:0:0:root:/root:/bin/bash\n" + user + ":x:1000:1000::/home/" + user + ":/bin/bash\n" },
        { "etc/group", "root:x:0:\nvideo:x:44:" + user + "\nrender:x:105:" + user + "\n" + user + ":x:1000:\n" } };
    for (const auto &[name, text] : files) {
        const QString path = fx.dir.filePath(QLatin1String(name));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
}

} // namespace

/// Renders every wizard page, the monitor window and the home view to PNG in the default and
/// a dark palette, into $OGS_SCREENSHOT_DIR (default: a temporary folder), and checks that each
/// image has content. Look at them after a UI change; the best are in docs/screenshots/.
/// $OGS_SCREENSHOT_LANG=ja (any shipped language) renders them translated, as `--lang ja` does.
class TestScreenshots final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); // the same look on every machine
        m_default = QApplication::palette();
        m_dir = qEnvironmentVariable("OGS_SCREENSHOT_DIR");
        if (m_dir.isEmpty())
            m_dir = m_temp.path();
        QVERIFY(QDir().mkpath(m_dir));
        const QString lang = qEnvironmentVariable("OGS_SCREENSHOT_LANG");
        if (!lang.isEmpty())
            QCOMPARE(ogs::ui::installTranslator(*QCoreApplication::instance(), lang), lang);
    }

    void wizardPages_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("tree");
        QTest::newRow("default") << QStringLiteral("default")
                                 << QStringLiteral("rdna1-rx5700xt"); // Vulkan: a diff to apply
        QTest::newRow("dark") << QStringLiteral("dark") << QStringLiteral("rdna1-rx5700xt");
        QTest::newRow("two GPUs") << QStringLiteral("default")
                                  << QStringLiteral("dgpu-with-apu"); // ROCm: nothing to change
    }
    void wizardPages()
    {
        QFETCH(QString, theme);
        QFETCH(QString, tree);
        usePalette(theme);
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        WizardFixture fx(qPrintable(tree));
        writeMachineFiles(fx);
        fx.config.ollamaUrl = server.url();
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.resize(860, 640);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QString prefix
            = tree == QLatin1String("dgpu-with-apu") ? QStringLiteral("wizard2gpu") : QStringLiteral("wizard");
        shoot(&wizard, theme, prefix + QStringLiteral("-1-welcome"));
        int step = 2;
        QSet<int> seen { wizard.currentId() };
        while (wizard.currentId() != SetupWizard::SummaryPageId) {
            QVERIFY(wizard.currentPage()->isComplete());
            wizard.button(QWizard::NextButton)->click();
            QVERIFY2(!seen.contains(wizard.currentId()), "the wizard went back to a page");
            seen.insert(wizard.currentId());
            settle(wizard, session);
            const QString name = QStringLiteral("%1-%2-%3")
                                     .arg(prefix)
                                     .arg(step++)
                                     .arg(wizard.currentPage()->objectName().remove(QStringLiteral("Page")));
            shoot(&wizard, theme, name);
            auto *downloader = wizard.currentPage()->findChild<ModelDownloader *>();
            if (downloader && downloader->state() == ModelDownloader::State::Missing) {
                server.setFault(
                    QStringLiteral("/api/pull"), ogs::test::Fault::Stall, 4); // hold it half-way for the picture
                downloader->startDownload();
                auto *progress = downloader->findChild<QProgressBar *>();
                QTRY_VERIFY(progress->maximum() > 0 && progress->value() >= 500);
                shoot(&wizard, theme, name + QStringLiteral("-downloading"));
                downloader->cancelDownload();
                QTRY_COMPARE(downloader->state(), ModelDownloader::State::Missing);
                server.setFault(QStringLiteral("/api/pull"), ogs::test::Fault::None);
            }
            auto *apply = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("applyButton"));
            if (apply && apply->isEnabled()) {
                apply->click();
                QTRY_VERIFY(session.hasApplied());
                shoot(&wizard, theme, name + QStringLiteral("-applied"));
            }
            // A page that needs a click to complete (like Apply above) must be driven here.
            QTRY_VERIFY2_WITH_TIMEOUT(wizard.currentPage()->isComplete(),
                qPrintable(name + QStringLiteral(" does not complete by itself")), 10000);
            QVERIFY(step < 20);
        }
        QVERIFY(seen.contains(SetupWizard::ModelPageId));
    }

    void wslPage_data() { palettes(); }
    void wslPage()
    {
        QFETCH(QString, theme);
        usePalette(theme);
        WizardFixture fx("rdna1-rx5700xt", Platform::Wsl2);
        fx.writeDefaultRoute();
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.resize(860, 640);
        wizard.show();
        wizard.button(QWizard::NextButton)->click();
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        wizard.button(QWizard::NextButton)->click();
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(SetupWizard::WslPageId));
        shoot(&wizard, theme, QStringLiteral("wizard-wsl"));
    }

    void monitorWindow_data() { palettes(); }
    void monitorWindow()
    {
        QFETCH(QString, theme);
        usePalette(theme);
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setVramFraction(0.82);
        QVERIFY(server.listen());
        MonitorWindow w;
        w.resize(1000, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.watchOllama(server.url(), 60000);
        QTRY_COMPARE(w.loadedModels()->table()->rowCount(), 1);
        const QString a = QStringLiteral("0000:03:00.0"), b = QStringLiteral("0000:0c:00.0");
        for (int t = 0; t < 600; ++t) { // ten minutes: a prompt every two minutes, then idle
            const bool busy = (t % 120) < 45;
            const double wave = busy ? 85 + 10 * std::sin(t / 3.0) : 2 + (t % 7);
            w.addRound(qint64(t) * 1000,
                { sample(a, QStringLiteral("AMD Radeon RX 7800 XT"), wave, busy ? 9 : 6, 16, busy ? 2400 : 500,
                      busy ? 240 : 18, busy ? 71 : 45),
                    sample(b, QStringLiteral("AMD Radeon 780M Graphics"), 4 + (t % 5), 0, 1, 800, 6, 48) },
                {}, {});
        }
        shoot(&w, theme, QStringLiteral("monitor"));
        StuckGpuAlert alert;
        alert.gpuId = a;
        alert.gpuName = QStringLiteral("AMD Radeon RX 7800 XT");
        alert.evidence << QStringLiteral("busy 100 % for 30 s at 2400 MHz") << QStringLiteral("no model loaded");
        alert.explanation = QStringLiteral("The ROCm runtime left its queues running after Ollama unloaded the model.");
        alert.fixes << QStringLiteral("Restart Ollama: sudo systemctl restart ollama");
        w.addRound(600000, { sample(a, alert.gpuName, 100, 6, 16, 2400, 200, 80) }, { alert }, {});
        shoot(&w, theme, QStringLiteral("monitor-stuck"));
        w.loadedModels()->stop();
    }

    void homeView_data() { palettes(); }
    void homeView()
    {
        QFETCH(QString, theme);
        usePalette(theme);
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        WizardFixture fx("rdna1-rx5700xt");
        fx.completeSetup(server.url(), QStringLiteral("mistral"));
        HomeView home(fx.config);
        home.resize(720, 400);
        home.show();
        QVERIFY(QTest::qWaitForWindowExposed(&home));
        QTRY_VERIFY(!home.isChecking());
        if (qEnvironmentVariableIsEmpty("OGS_SCREENSHOT_LANG"))
            QVERIFY(home.checkText().contains(QLatin1String("runs on the GPU")));
        shoot(&home, theme, QStringLiteral("home"));
    }

private:
    void palettes()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("default") << QStringLiteral("default");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void usePalette(const QString &theme)
    {
        QApplication::setPalette(theme == QLatin1String("dark") ? darkPalette() : m_default);
    }

    /// Lets asynchronous work on the current page finish, so the picture shows its result.
    static void settle(SetupWizard &wizard, SetupSession &session)
    {
        QTRY_VERIFY(!session.isScanning());
        if (auto *d = wizard.currentPage()->findChild<ModelDownloader *>())
            QTRY_VERIFY(
                d->state() != ModelDownloader::State::Checking && d->state() != ModelDownloader::State::Unknown);
        QTest::qWait(50);
    }

    void shoot(QWidget *w, const QString &theme, const QString &name)
    {
        QTest::qWait(100); // deferred layouts (a panel added while the window shows) settle first
        const QImage image = w->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300 && image.height() > 200);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(name + QStringLiteral(": the image is (almost) one colour")));
        if (theme == QLatin1String("dark")) { // a dark palette gives mostly dark pixels
            qint64 light = 0, all = 0;
            for (int y = 0; y < image.height(); y += 5)
                for (int x = 0; x < image.width(); x += 5, ++all)
                    light += qGray(image.pixel(x, y)) > 160;
            QVERIFY2(light * 4 < all,
                qPrintable(name + QStringLiteral(": more than a quarter is light in the dark palette")));
        }
        const QString path = QStringLiteral("%1/%2-%3.png").arg(m_dir, name, theme);
        QVERIFY2(image.save(path, "PNG"), qPrintable(path));
        QVERIFY(QFileInfo(path).size() > 1000);
    }

    QTemporaryDir m_temp;
    QString m_dir;
    QPalette m_default;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
