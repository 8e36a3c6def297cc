#include "verifypage.h"

#include "budget/modelcatalogue.h"

#include "serverrestart.h"
#include "setupsession.h"
#include "verifysession.h"

#include "charts/rollingchart.h"
#include "widgets/benchmetrics.h"
#include "widgets/diffview.h"
#include "widgets/findingslist.h"
#include "widgets/pathtext.h"
#include "widgets/speeduptable.h"

#include "ollama/ollamatypes.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace ogs::ui {

namespace {

constexpr qint64 kChartWindowMs = 60 * 1000;

QString fixWords(const FindingEnvFix &fix)
{
    QStringList parts;
    for (const auto &[key, value] : fix.set)
        parts << key + QLatin1Char('=') + value;
    for (const QString &key : fix.unset)
        parts << VerifyPage::tr("remove %1").arg(key);
    return parts.join(QStringLiteral(", "));
}

QString tokS(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

VerifyPage::VerifyPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new QComboBox(this))
    , m_cpu(new QCheckBox(tr("Compare with the &CPU"), this))
    , m_run(new QPushButton(tr("&Run the test"), this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_chartRow(new QHBoxLayout)
    , m_metrics(new BenchMetrics(this))
    , m_verdict(new QLabel(this))
    , m_speedup(new SpeedupTable(this))
    , m_diagnosis(new QGroupBox(tr("What went wrong"), this))
    , m_logSource(new QLabel(this))
    , m_findings(new FindingsList(this))
    , m_fixDiff(new DiffView(this))
    , m_confirmFix(new QPushButton(tr("&Write this fix"), this))
    , m_fixStatus(new QLabel(this))
    , m_nextPath(new QPushButton(this))
    , m_chartTimer(new QTimer(this))
    , m_scroll(nullptr)
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Check that it works"));
    setSubTitle(
        tr("A short test prompt shows where the model runs and how fast. It needs a model that is already installed."));

    m_model->setObjectName(QStringLiteral("verifyModelCombo"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setAccessibleName(tr("Installed model to test"));
    m_model->view()->setAccessibleName(tr("Installed models"));
    m_model->lineEdit()->setAccessibleName(tr("Installed model to test"));
    m_cpu->setObjectName(QStringLiteral("cpuBaselineCheck"));
    m_cpu->setAccessibleName(tr("Also run the prompt on the CPU and compare"));
    m_cpu->setToolTip(tr("Runs the prompt a second time with num_gpu 0 to show the speedup"));
    m_run->setObjectName(QStringLiteral("runTestButton"));
    m_run->setAccessibleName(tr("Run the test prompt"));
    m_cancel->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancel->setAccessibleName(tr("Stop the test prompt"));
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Test running"));
    m_progress->hide();
    m_stage->setObjectName(QStringLiteral("verifyStage"));
    m_stage->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("responseText"));
    m_text->setAccessibleName(tr("The text the model generates"));
    m_text->setReadOnly(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
    m_text->setPlaceholderText(tr("The model's answer appears here as it is generated."));
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_speedup->hide();
    m_diagnosis->setObjectName(QStringLiteral("diagnosisBox"));
    m_diagnosis->hide();
    m_logSource->setObjectName(QStringLiteral("logSourceLabel"));
    m_logSource->setWordWrap(true);
    m_fixDiff->setObjectName(QStringLiteral("fixDiff"));
    m_fixDiff->setAccessibleName(tr("What the fix writes"));
    m_fixDiff->setFixedHeight(m_fixDiff->fontMetrics().lineSpacing() * 10 + 12);
    m_fixDiff->hide();
    m_confirmFix->setObjectName(QStringLiteral("confirmFixButton"));
    m_confirmFix->setAccessibleName(tr("Write the fix shown above and restart Ollama"));
    m_confirmFix->hide();
    m_fixStatus->setObjectName(QStringLiteral("fixStatus"));
    m_fixStatus->setWordWrap(true);
    m_fixStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextPath->setObjectName(QStringLiteral("nextPathButton"));
    m_nextPath->setText(tr("Try the next-ranked &path"));
    m_nextPath->setAccessibleName(tr("Go back and apply the next-ranked path"));
    m_nextPath->hide();

    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_model);
    auto *controls = new QHBoxLayout;
    controls->addWidget(modelLabel);
    controls->addWidget(m_model, 1);
    controls->addWidget(m_cpu);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(m_progress);
    stageRow->addWidget(m_stage, 1);
    auto *fixRow = new QHBoxLayout;
    fixRow->addWidget(m_confirmFix, 0, Qt::AlignTop);
    fixRow->addWidget(m_fixStatus, 1);
    auto *diag = new QVBoxLayout(m_diagnosis);
    diag->addWidget(m_logSource);
    diag->addWidget(m_findings);
    diag->addWidget(m_fixDiff);
    diag->addLayout(fixRow);
    diag->addWidget(m_nextPath, 0, Qt::AlignLeft);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(stageRow);
    layout->addWidget(m_text);
    layout->addLayout(m_chartRow); // the charts come in ensureCharts()
    layout->addWidget(m_metrics);
    layout->addWidget(m_verdict);
    layout->addWidget(m_speedup);
    layout->addWidget(m_diagnosis);
    layout->addStretch();
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("verifyScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(body);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    VerifySession *verify = m_session->verify();
    m_chartTimer->setInterval(250);
    connect(m_chartTimer, &QTimer::timeout, this, &VerifyPage::refreshCharts);
    connect(m_run, &QPushButton::clicked, this, &VerifyPage::runTest);
    connect(m_cancel, &QPushButton::clicked, verify, &VerifySession::cancel);
    connect(verify, &VerifySession::modelsListed, this, &VerifyPage::showModels);
    connect(verify, &VerifySession::started, this, &VerifyPage::onStarted);
    connect(verify, &VerifySession::stageChanged, this, [this](const QString &stage) { m_stage->setText(stage); });
    connect(verify, &VerifySession::textReceived, this, &VerifyPage::onText);
    connect(verify, &VerifySession::rateMeasured, this, [this](const QString &run, qint64 t, double rate) {
        ensureCharts();
        m_rateChart->append(run == QLatin1String("cpu") ? m_cpuSeries : m_rateSeries, t, rate);
        m_lastMs = std::max(m_lastMs, t);
        m_metrics->showLiveRate(rate);
    });
    connect(verify, &VerifySession::gpuBusyMeasured, this, [this](qint64 t, double percent) {
        ensureCharts();
        m_gpuChart->append(m_gpuSeries, t, percent);
        m_lastMs = std::max(m_lastMs, t);
    });
    connect(verify, &VerifySession::processorChanged, m_metrics, &BenchMetrics::setProcessor);
    connect(verify, &VerifySession::finished, this, &VerifyPage::showResult);
    connect(verify, &VerifySession::diagnosisStarted, this, [this] {
        m_diagnosis->show();
        m_logSource->setText(tr("Reading the Ollama server log…"));
    });
    connect(verify, &VerifySession::diagnosisReady, this, &VerifyPage::showDiagnosis);
    connect(m_findings, &FindingsList::fixRequested, this, &VerifyPage::showFixPlan);
    connect(m_confirmFix, &QPushButton::clicked, this, &VerifyPage::applyFix);
    connect(m_nextPath, &QPushButton::clicked, this, &VerifyPage::tryNextPath);
    connect(m_session, &SetupSession::busyChanged, this, &VerifyPage::completeChanged);
    connect(m_session, &SetupSession::restartProgress, this, [this](const QString &stage) {
        if (m_fixRunning)
            m_fixStatus->setText(stage.toHtmlEscaped());
    });
    connect(m_session, &SetupSession::restartFinished, this, &VerifyPage::showFixOutcome);
    connect(m_session, &SetupSession::applyFinished, this, [this](bool ok) {
        if (m_fixRunning && !ok) {
            m_fixRunning = false;
            m_fixStatus->setText(tr("<b>Failed:</b> %1").arg(m_session->lastAction().error.toHtmlEscaped()));
            m_run->setEnabled(true);
        }
    });
}

void VerifyPage::ensureCharts()
{
    if (m_rateChart)
        return;
    m_rateChart = new RollingChart(tr("Generation speed"), tr("tokens/s"), kChartWindowMs, this);
    m_gpuChart = new RollingChart(tr("GPU busy"), tr("%"), kChartWindowMs, this);
    m_rateChart->setObjectName(QStringLiteral("rateChart"));
    m_gpuChart->setObjectName(QStringLiteral("gpuBusyChart"));
    m_rateSeries = m_rateChart->addSeries(tr("GPU run"));
    m_cpuSeries = m_rateChart->addSeries(tr("CPU run"));
    m_gpuSeries = m_gpuChart->addSeries(tr("GPU busy"));
    m_gpuChart->setFixedRange(0, 100);
    for (RollingChart *c : { m_rateChart, m_gpuChart }) {
        c->setMinimumHeight(210); // room for a rotated CJK axis title ("トークン/秒") next to the plot
        c->setFocusPolicy(Qt::NoFocus); // nothing to do there with the keyboard
        m_chartRow->addWidget(c, 1);
    }
}

void VerifyPage::initializePage()
{
    ensureCharts();
    clearResult();
    m_model->clear();
    m_model->addItem(m_session->model());
    m_stage->setText(tr("Asking Ollama at %1 which models are installed…").arg(m_session->ollamaUrl().toString()));
    m_session->verify()->listModels();
}

void VerifyPage::cleanupPage()
{
    m_session->verify()->cancel();
}

bool VerifyPage::isComplete() const
{
    return !m_session->verify()->isRunning() && !m_session->isBusy();
}

void VerifyPage::showModels()
{
    const VerifySession *verify = m_session->verify();
    const QStringList models = verify->installedModels();
    const QString chosen = normalizeModelName(m_session->model());
    const QString typed = m_model->currentText();
    m_model->clear();
    m_model->addItems(models);
    int index = -1;
    for (int i = 0; i < models.size(); ++i) {
        if (normalizeModelName(models.at(i)) == chosen)
            index = i;
    }
    if (index >= 0) {
        m_model->setCurrentIndex(index);
        m_stage->setText(tr("Ready: press Run the test."));
    } else if (!models.isEmpty()) {
        m_model->setCurrentIndex(0);
        m_stage->setText(tr("%1 is not installed yet (install it with: %2); the test uses %3 instead.")
                             .arg(m_session->model(), installCommand(m_session->model()), models.constFirst()));
    } else {
        m_model->setEditText(typed);
        m_stage->setText(verify->modelsError().isEmpty()
                ? tr("No model is installed. Install one first, for example: %1").arg(installCommand(m_session->model()))
                : verify->modelsError());
    }
}

void VerifyPage::clearResult()
{
    m_text->clear();
    m_rateChart->clear();
    m_gpuChart->clear();
    refreshCharts();
    m_metrics->clear();
    m_verdict->clear();
    m_speedup->hide();
    m_diagnosis->hide();
    m_fixDiff->hide();
    m_confirmFix->hide();
    m_fixStatus->clear();
    m_pendingFix.reset();
    m_lastMs = 0;
    m_lastRun.clear();
}

void VerifyPage::runTest()
{
    clearResult();
    m_rateChart->chart()->legend()->setVisible(m_cpu->isChecked()); // two lines only with the baseline
    m_session->verify()->start(m_model->currentText(), m_cpu->isChecked());
}

void VerifyPage::onStarted()
{
    ensureCharts();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_model->setEnabled(false);
    m_cpu->setEnabled(false);
    m_progress->show();
    m_chartTimer->start();
    emit completeChanged();
}

void VerifyPage::onText(const QString &run, const QString &text)
{
    if (run != m_lastRun && !m_lastRun.isEmpty())
        m_text->appendPlainText(tr("\n— on the CPU —\n"));
    m_lastRun = run;
    m_text->moveCursor(QTextCursor::End);
    m_text->insertPlainText(text);
    m_text->moveCursor(QTextCursor::End);
}

void VerifyPage::refreshCharts()
{
    m_rateChart->refresh(m_lastMs);
    m_gpuChart->refresh(m_lastMs);
}

void VerifyPage::showResult()
{
    const VerifySession *verify = m_session->verify();
    m_chartTimer->stop();
    refreshCharts();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_model->setEnabled(true);
    m_cpu->setEnabled(true);
    m_progress->hide();
    emit completeChanged();
    const BenchReport &r = verify->report();
    if (verify->wasCancelled()) {
        m_stage->setText(tr("Cancelled."));
        m_verdict->setText(tr("The test was cancelled; nothing was measured."));
        return;
    }
    m_stage->setText(r.gpu.ok() ? tr("Done.") : tr("The test failed."));
    m_metrics->showRun(r.gpu);
    const std::optional<double> rate = r.gpu.evalRate() ? r.gpu.evalRate() : r.gpu.clientTokensPerSecond();
    const QString v = r.verdict();
    QString text;
    QString colour = QStringLiteral("#1e7a34");
    if (v == QLatin1String("failed")) {
        text = tr("✖ The test prompt failed: %1").arg(r.gpu.error.toHtmlEscaped());
        colour = QStringLiteral("#b3261e");
    } else if (v == QLatin1String("cpu") && verify->cpuChosen()) {
        text = tr("✔ Working on the processor, as chosen: %1 tok/s.").arg(tokS(rate.value_or(0)));
    } else if (v == QLatin1String("cpu")) {
        text = tr("✖ The model runs on the CPU (%1), not on the GPU.").arg(r.gpu.processor);
        colour = QStringLiteral("#b3261e");
    } else if (v == QLatin1String("no_speedup")) {
        text = tr("⚠ The GPU is not speeding it up: %1 tok/s, and %2 tok/s on the processor alone (%3×).")
                   .arg(tokS(rate.value_or(0)), tokS(r.cpu->evalRate().value_or(0)),
                       QString::number(r.generationSpeedup().value_or(0), 'f', 1));
        colour = QStringLiteral("#9a6700");
    } else if (v == QLatin1String("partial")) {
        text = tr("⚠ Running, but only partly on the GPU: %1 tok/s.").arg(tokS(rate.value_or(0)));
        colour = QStringLiteral("#9a6700");
    } else if (v == QLatin1String("slow")) {
        text = tr("⚠ Slower than expected: %1 tok/s, where %2–%3 tok/s is expected.")
                   .arg(tokS(rate.value_or(0)), tokS(r.expected->minTokensPerSecond),
                       tokS(r.expected->maxTokensPerSecond));
        colour = QStringLiteral("#9a6700");
    } else if (v == QLatin1String("fast")) {
        text = tr("✔ Working, and faster than expected: %1 tok/s (expected %2–%3 tok/s).")
                   .arg(tokS(rate.value_or(0)), tokS(r.expected->minTokensPerSecond),
                       tokS(r.expected->maxTokensPerSecond));
    } else if (v == QLatin1String("ok")) {
        text = tr("✔ Working: %1 tok/s, within the %2–%3 tok/s expected for this GPU on this path.")
                   .arg(tokS(rate.value_or(0)), tokS(r.expected->minTokensPerSecond),
                       tokS(r.expected->maxTokensPerSecond));
    } else {
        text = tr("✔ Working: %1 tok/s. There is no expected speed to compare it with.").arg(tokS(rate.value_or(0)));
    }
    if (r.gpu.ok() && r.gpu.processor.contains(QLatin1String("CPU/GPU")))
        text += QStringLiteral("<br>")
            + tr("⚠ Part of the model runs on the CPU (%1): it does not fit in GPU memory.").arg(r.gpu.processor);
    QString small;
    if (r.expected && !r.expected->source.isEmpty())
        small = tr("Expected speed: %1.").arg(r.expected->source.toHtmlEscaped());
    if (QString note = verify->expectedNote(); !note.isEmpty()) {
        note[0] = note.at(0).toUpper();
        small += QLatin1Char(' ') + note.toHtmlEscaped() + QLatin1Char('.');
    }
    m_verdict->setText(
        QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>%3")
            .arg(colour, text, small.isEmpty() ? QString() : QStringLiteral("<br><small>%1</small>").arg(small)));
    if (r.cpu) {
        m_speedup->showReport(r);
        m_speedup->show();
        QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_speedup); });
    }
}

void VerifyPage::showDiagnosis()
{
    const VerifySession *verify = m_session->verify();
    m_diagnosis->show();
    m_logSource->setText(verify->logSource().isEmpty()
            ? tr("No Ollama server log was found, so the cause cannot be read from it.")
            : tr("From the server log (%1):").arg(verify->logSource().toHtmlEscaped()));
    QList<Finding> findings;
    QStringList fixes;
    for (const VerifyFinding &f : verify->findings()) {
        findings << f.finding;
        fixes << fixWords(f.fix);
    }
    m_findings->setFindings(findings, fixes);
    QTimer::singleShot(0, this, [this] { m_scroll->verticalScrollBar()->setValue(m_diagnosis->y()); });
    if (const PathAdvice *next = m_session->nextPath()) {
        m_nextPath->setText(tr("Try the next-ranked &path: %1").arg(pathTitle(next->id)));
        m_nextPath->setAccessibleName(tr("Go back and apply the next-ranked path, %1").arg(pathTitle(next->id)));
        m_nextPath->show();
    } else {
        m_nextPath->hide();
    }
}

void VerifyPage::showFixPlan(int index)
{
    const QList<VerifyFinding> &findings = m_session->verify()->findings();
    if (index < 0 || index >= findings.size())
        return;
    const FindingEnvFix fix = findings.at(index).fix;
    QString error;
    const std::optional<EnvPlan> plan = m_session->planFix(fix, &error);
    m_fixDiff->show();
    m_confirmFix->show();
    if (!plan) {
        m_fixDiff->setPlainText(QString());
        m_fixStatus->setText(tr("⚠ This fix cannot be planned: %1").arg(error.toHtmlEscaped()));
        m_confirmFix->setEnabled(false);
        return;
    }
    m_fixDiff->showPlan(*plan);
    m_pendingFix = fix;
    QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_confirmFix); });
    if (!plan->hasChanges()) {
        m_fixStatus->setText(
            tr("%1 already holds this; restart Ollama if it is not in effect yet.").arg(envTargetId(plan->target)));
        m_confirmFix->setEnabled(false);
    } else if (m_session->needsRoot()) {
        QStringList args;
        for (const auto &[key, value] : fix.set)
            args << QStringLiteral("--set %1=%2").arg(key, value);
        for (const QString &key : fix.unset)
            args << QStringLiteral("--unset %1").arg(key);
        m_fixStatus->setText(tr("This target needs administrator rights. Run in a terminal: <code>sudo "
                                "ollama-gpu-setup env apply --target %1 %2 --yes</code>")
                                 .arg(envTargetId(plan->target), args.join(QLatin1Char(' ')).toHtmlEscaped()));
        m_confirmFix->setEnabled(false);
    } else {
        m_fixStatus->setText(tr("These are the exact changes to %1. Nothing is written until you press Write this fix; "
                                "Undo on the previous page takes it back.")
                                 .arg(envTargetId(plan->target)));
        m_confirmFix->setEnabled(!m_session->isBusy());
    }
}

void VerifyPage::applyFix()
{
    if (!m_pendingFix || m_session->isBusy())
        return;
    m_fixRunning = true;
    m_confirmFix->setEnabled(false);
    m_run->setEnabled(false);
    m_fixStatus->setText(tr("Writing…"));
    m_session->startApplyFix(*m_pendingFix);
}

void VerifyPage::showFixOutcome()
{
    if (!m_fixRunning)
        return;
    m_fixRunning = false;
    m_pendingFix.reset();
    m_run->setEnabled(true);
    QStringList lines;
    for (const QString &m : m_session->lastAction().messages)
        lines << m.toHtmlEscaped();
    lines << ServerRestart::describe(m_session->restart()->outcome());
    lines << tr("Then run the test again.");
    m_fixStatus->setText(lines.join(QStringLiteral("<br>")));
}

void VerifyPage::tryNextPath()
{
    const PathAdvice *next = m_session->nextPath();
    if (!next)
        return;
    const PathId id = next->id;
    m_session->verify()->cancel();
    wizard()->back();
    m_session->selectPath(id);
}

} // namespace ogs::ui
