// ogs-bench-wizard: time from starting the process to the wizard's first page painted, offscreen.
// Measured: the real `ollama-gpu-setup` (no command: the wizard), with a probe library
// LD_PRELOADed (benchmarks/gui/firstpaint.cpp) that prints a line once the first frame has been
// painted and flushed (the event loop's next turn after the first QEvent::Paint). The parent times
// each start from QProcess::start() to reading that line. Reference, measured in the same run and
// alternated with it: this executable showing a bare QWizard with one empty page (Qt's own cost);
// diagnostic: this executable building the same SetupWizard in-process (no GUI module to load).
// Target: ≤ 300 ms absolute.
//
// Usage: ogs-bench-wizard [--runs N] [--write FILE]
//        ogs-bench-wizard --child wizard|bare   (one start; prints "painted <ms since main> <ms since QApplication>")
#include "benchreport.h"
#include "i18n/translator.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QIcon>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWizard>

#include <cstdio>

namespace {

/// Prints once the first frame has been painted and the event loop has come round (as firstpaint.cpp).
class FirstPaint final : public QObject {
public:
    FirstPaint(const QElapsedTimer &sinceMain, const QElapsedTimer &sinceApp)
        : m_sinceMain(sinceMain)
        , m_sinceApp(sinceApp)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
            m_done = true;
            QTimer::singleShot(0, qApp, [this] {
                std::printf("painted %.3f %.3f\n", static_cast<double>(m_sinceMain.nsecsElapsed()) / 1e6,
                    static_cast<double>(m_sinceApp.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    const QElapsedTimer &m_sinceMain;
    const QElapsedTimer &m_sinceApp;
    bool m_done = false;
};

int child(const QString &kind, int &argc, char **argv, const QElapsedTimer &sinceMain)
{
    QElapsedTimer sinceApp;
    // As app/gui/guientry.cpp starts the wizard: application, icon, translation, session, wizard.
    QApplication app(argc, argv);
    sinceApp.start();
    FirstPaint probe(sinceMain, sinceApp);
    app.installEventFilter(&probe);
    std::unique_ptr<ogs::ui::SetupSession> session;
    std::unique_ptr<QWizard> wizard;
    if (kind == QLatin1String("wizard")) {
        QApplication::setApplicationDisplayName(QStringLiteral("Ollama GPU Setup"));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ollama-gpu-setup.svg")));
        ogs::ui::installTranslator(app, QString());
        session = std::make_unique<ogs::ui::SetupSession>(ogs::DetectOptions {});
        wizard = std::make_unique<ogs::ui::SetupWizard>(session.get());
    } else {
        wizard = std::make_unique<QWizard>();
        wizard->addPage(new QWizardPage(wizard.get()));
    }
    wizard->show();
    return QApplication::exec();
}

struct Run {
    double wallMs = 0; ///< process start → "painted" line read
    double mainMs = 0; ///< main() → painted, as the child saw it
    double appMs = 0; ///< QApplication constructed → painted
};

struct Program {
    QString program;
    QStringList args;
    QProcessEnvironment env;
};

std::optional<Run> startOnce(const Program &what, QString *error)
{
    QProcess p;
    p.setProcessEnvironment(what.env);
    QElapsedTimer t;
    t.start();
    p.start(what.program, what.args);
    QByteArray line;
    while (!line.contains('\n') && p.waitForReadyRead(30000))
        line += p.readAllStandardOutput();
    const double wall = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (!p.waitForFinished(30000))
        p.kill();
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() != 3 || parts.at(0) != "painted") {
        *error = QStringLiteral("%1 %2 printed \"%3\": %4")
                     .arg(what.program, what.args.join(QLatin1Char(' ')), QString::fromUtf8(line),
                         QString::fromUtf8(p.readAllStandardError()));
        return std::nullopt;
    }
    return Run { wall, parts.at(1).toDouble(), parts.at(2).toDouble() };
}

QString ms(double v)
{
    return QString::number(v, 'f', 1) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return child(QString::fromLocal8Bit(argv[2]), argc, argv, sinceMain);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Starts of each program."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption writeOption(
        QStringLiteral("write"), QStringLiteral("Replace the section in FILE."), QStringLiteral("FILE"));
    parser.addOptions({ runsOption, writeOption });
    parser.process(app);
    const int runs = std::max(3, parser.value(runsOption).toInt());

    // A fresh home and config: no saved settings or "setup complete" mark changes what is shown.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QString::fromLocal8Bit(qgetenv("QT_QPA_PLATFORM")));

    const Program real { QStringLiteral(OGS_APP_BINARY), {}, [&] {
                            QProcessEnvironment e = env;
                            e.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(OGS_FIRSTPAINT_PROBE));
                            return e;
                        }() };
    const Program inProcess { QCoreApplication::applicationFilePath(),
        { QStringLiteral("--child"), QStringLiteral("wizard") }, env };
    const Program bareWizard { QCoreApplication::applicationFilePath(),
        { QStringLiteral("--child"), QStringLiteral("bare") }, env };
    const QList<const Program *> programs { &real, &bareWizard, &inProcess };
    QList<Run> results[3];
    QString error;
    for (int i = -2; i < runs; ++i) { // two warm-up rounds
        for (int k = 0; k < 3; ++k) {
            const int which = (k + (i + 3)) % 3; // rotate the order every round
            const auto r = startOnce(*programs.at(which), &error);
            if (!r) {
                QTextStream(stderr) << "ogs-bench-wizard: " << error << Qt::endl;
                return 1;
            }
            if (i >= 0)
                results[which].append(*r);
        }
    }
    const QList<Run> &measured = results[0], &bare = results[1], &wizard = results[2];
    auto med = [](const QList<Run> &list, double Run::*field) {
        QList<double> v;
        for (const Run &r : list)
            v.append(r.*field);
        return ogs::bench::median(v);
    };
    auto maxOf = [](const QList<Run> &list) {
        double m = 0;
        for (const Run &r : list)
            m = std::max(m, r.wallMs);
        return m;
    };
    const double a = med(measured, &Run::wallMs), b = med(bare, &Run::wallMs);

    QString text;
    QTextStream out(&text);
    out << "## wizard first page shown offscreen\n\n";
    out << "Written by `ogs-bench-wizard` (run `scripts/bench.sh`); do not edit by hand.\n\n";
    out << "- Date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n";
    out << "- Machine: " << ogs::bench::cpuModel() << ", " << QThread::idealThreadCount() << " logical cores, "
        << QSysInfo::prettyProductName() << ", Qt " << qVersion() << ", `QT_QPA_PLATFORM=" << qgetenv("QT_QPA_PLATFORM")
        << "`\n";
    out << "- Method: Release build. Each program is started " << runs
        << " times (after 2 warm-up rounds), the three in a rotating order each round. A is the real "
           "`ollama-gpu-setup` without a command (it loads the GUI module and opens the wizard on its first "
           "page), with a probe library LD_PRELOADed (`benchmarks/gui/firstpaint.cpp`, QtCore only) that "
           "puts an event filter on the application and, on the event loop's next turn after the first "
           "`QEvent::Paint` (the first frame painted and flushed), prints a line and quits. Wall time from "
           "`QProcess::start()` to reading that line (`QElapsedTimer`): exec, dynamic linking, Qt's start-up, "
           "the GUI module, building every page, the first paint. Fresh `HOME` and `XDG_CONFIG_HOME`, so no "
           "saved state changes what is shown. B, the reference in the same run: `ogs-bench-wizard` itself "
           "showing a bare `QWizard` with one empty page. C, a diagnostic: `ogs-bench-wizard` building the "
           "same `SetupWizard` in-process, as `app/gui/guientry.cpp` does (no module to load).\n\n";
    out << "| | program | role | wall median (process start → first paint) | wall max | in the process: start → "
           "paint | QApplication → paint |\n";
    out << "|---|---|---|---|---|---|---|\n";
    auto row = [&](const char *id, const QString &label, const QString &role, const QList<Run> &list) {
        out << "| " << id << " | " << label << " | " << role << " | " << ms(med(list, &Run::wallMs)) << " | "
            << ms(maxOf(list)) << " | " << ms(med(list, &Run::mainMs)) << " | " << ms(med(list, &Run::appMs)) << " |\n";
    };
    row("A", QStringLiteral("`ollama-gpu-setup` (wizard)"), QStringLiteral("measured"), measured);
    row("B", QStringLiteral("bare `QWizard`, one empty page"), QStringLiteral("reference"), bare);
    row("C", QStringLiteral("`SetupWizard` in-process"), QStringLiteral("diagnostic"), wizard);
    out << "\n**A = " << ms(a) << "** to the first page (target ≤ 300 ms: " << (a <= 300 ? "met" : "NOT met")
        << "); A/B = " << QString::number(a / b, 'f', 2)
        << ", C/B = " << QString::number(med(wizard, &Run::wallMs) / b, 'f', 2)
        << ". \"In the process\" counts from the probe library's load (A) or `main()` (B, C).\n";

    QTextStream(stdout) << text;
    if (parser.isSet(writeOption) && !ogs::bench::writeSection(parser.value(writeOption), text, &error)) {
        QTextStream(stderr) << "ogs-bench-wizard: " << error << Qt::endl;
        return 1;
    }
    return 0;
}
