#include "summarypage.h"

#include "setupsession.h"
#include "verifysession.h"
#include "widgets/pathtext.h"

#include "budget/budgetjson.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ogs::ui {

SummaryPage::SummaryPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Done"));
    setSubTitle(tr("What changed, and how to take it back."));
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setAccessibleName(tr("Summary of the changes"));
    auto *save = new QPushButton(tr("&Save report…"), this);
    save->setObjectName(QStringLiteral("saveReportButton"));
    save->setAccessibleName(tr("Save a report for a bug report"));
    auto *bundle = new QPushButton(tr("Save &diagnostic bundle…"), this);
    bundle->setObjectName(QStringLiteral("saveBundleButton"));
    bundle->setAccessibleName(tr("Save a diagnostic bundle (zip file) for a bug report"));
    auto *copy = new QPushButton(tr("&Copy report"), this);
    copy->setObjectName(QStringLiteral("copyReportButton"));
    copy->setAccessibleName(tr("Copy the report to the clipboard"));
    auto *monitor = new QPushButton(tr("Open the GPU &monitor"), this);
    monitor->setObjectName(QStringLiteral("openMonitorButton"));
    monitor->setAccessibleName(tr("Open the GPU monitor"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(bundle);
    buttons->addWidget(copy);
    buttons->addWidget(monitor);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(monitor, &QPushButton::clicked, this, &SummaryPage::openMonitorRequested);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(reportText()); });
    connect(bundle, &QPushButton::clicked, this, &SummaryPage::onSaveBundle);
    connect(save, &QPushButton::clicked, this, &SummaryPage::onSaveReport);
}

void SummaryPage::initializePage()
{
    const EnvActionResult &r = m_session->lastAction();
    QString html;
    if (const PathAdvice *p = m_session->selectedAdvice())
        html += tr("<p>Acceleration path: <b>%1</b>.</p>").arg(pathTitle(p->id));
    html += tr("<p>Model: <b>%1</b> with %2 tokens of context.</p>")
                .arg(m_session->model().toHtmlEscaped())
                .arg(m_session->context());
    if (const VerifySession *v = m_session->verify(); v->hasReport() && v->report().gpu.ok()) {
        const BenchRun &run = v->report().gpu;
        const std::optional<double> rate = run.evalRate() ? run.evalRate() : run.clientTokensPerSecond();
        html += tr("<p>Test prompt with %1: <b>%2 tok/s</b>, %3.</p>")
                    .arg(v->report().model.toHtmlEscaped(), QString::number(rate.value_or(0), 'f', 1),
                        run.processor.isEmpty() ? tr("processor split unknown") : run.processor.toHtmlEscaped());
    }
    if (m_session->hasApplied()) {
        html += tr("<p>Changes written (journal entry %1):</p>").arg(r.journalId.toHtmlEscaped())
            + QStringLiteral("<ul>");
        for (const QString &m : r.messages)
            html += QStringLiteral("<li>%1</li>").arg(m.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        html += tr("<p>To undo them, go back to the Apply page and press Undo, or run <code>ollama-gpu-setup env "
                   "undo</code>.</p>");
    } else {
        html += tr("<p>Nothing was changed on this computer.</p>");
    }
    if (!m_session->benchReport().isEmpty())
        html += tr("<p>The test prompt ran; its results are in the report.</p>");
    html += tr("<p><b>Save report…</b> or <b>Copy report</b> gives you everything a bug report needs: "
               "detection, recommendation, the changes, the test prompt's results and Ollama's log lines.</p>");
    html += tr("<p><b>Save diagnostic bundle…</b> puts the same in one .zip file, each part also as JSON, "
               "to attach to a bug report.</p>");
    m_text->setHtml(html);
    m_session->markSetupComplete();
    if (!m_session->hasLogExcerpt())
        m_session->startLogRead();
}

DiagnosticInput SummaryPage::diagnosticInput() const
{
    const SessionConfig &config = m_session->config();
    DiagnosticInput in;
    in.created = config.clock();
    in.collectedBy = QStringLiteral("the setup wizard");
    in.detection = m_session->detection();
    in.advice = m_session->advice();
    in.choices = { { QStringLiteral("path"),
                       m_session->selectedAdvice() ? pathKey(m_session->selectedAdvice()->id) : QString() },
        { QStringLiteral("model"), m_session->model() },
        { QStringLiteral("context"), QString::number(m_session->context()) },
        { QStringLiteral("target"), envTargetId(m_session->target()) },
        { QStringLiteral("wsl_host"), m_session->wslHost() } };
    in.session = AppliedChanges { m_session->hasApplied(), m_session->lastAction(), m_session->envRequest() };
    if (!config.stateDir.isEmpty()) {
        QString error; // no journal yet is no history
        in.journal = EnvJournal(config.stateDir, nullptr, config.clock).history(&error);
    }
    if (m_session->knowsModel(m_session->model())) {
        const BudgetInput budget = m_session->budgetInput();
        in.budget = budgetToJson(budget, computeBudget(budget), m_session->suggestedVariant());
    }
    in.bench = m_session->benchReport();
    if (m_session->hasLogExcerpt())
        in.log = m_session->logExcerpt();
    for (const VerifyFinding &f : m_session->verify()->findings())
        in.findings << f.finding;
    if (in.findings.isEmpty() && in.log) { // the verify step did not diagnose: the log lines are diagnosed here
        DiagnoseContext context;
        context.os = m_session->hostOs();
        for (const EnvAssignment &a : m_session->appliedSet())
            context.appliedSettings.insert(a.first, a.second);
        if (const PathAdvice *p = m_session->selectedAdvice())
            context.plannedBackend = p->id == PathId::Vulkan ? QStringLiteral("vulkan") : QString();
        in.findings = diagnoseExcerpt(*in.log, context);
    }
    in.environment = reportEnvironment(config.environment);
    return in;
}

QString SummaryPage::reportText() const
{
    return diagnosticReport(diagnosticInput());
}

bool SummaryPage::saveReport(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(reportText().toUtf8()) >= 0 && f.commit())
        return true;
    *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
    return false;
}

bool SummaryPage::saveBundle(const QString &path, QString *error) const
{
    const DiagnosticInput in = diagnosticInput();
    return writeZip(path, diagnosticBundle(in), in.created.toLocalTime(), error);
}

QString SummaryPage::choosePath(const QString &suggested, const QString &title, const QString &filter)
{
    return m_chooseFile ? m_chooseFile(suggested) : QFileDialog::getSaveFileName(this, title, suggested, filter);
}

void SummaryPage::onSaveReport()
{
    const QString path
        = choosePath(QStringLiteral("ollama-gpu-setup-report.txt"), tr("Save report"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveReport(path, &error))
        m_text->append(tr("<p>Report saved to <b>%1</b>.</p>").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    else
        m_text->append(tr("<p><b>Could not save the report:</b> %1</p>").arg(error.toHtmlEscaped()));
}

void SummaryPage::onSaveBundle()
{
    const QString path = choosePath(defaultBundleName(m_session->config().clock().toLocalTime()),
        tr("Save diagnostic bundle"), tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveBundle(path, &error))
        m_text->append(tr("<p>Diagnostic bundle saved to <b>%1</b>. Attach it to your bug report.</p>")
                           .arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    else
        m_text->append(tr("<p><b>Could not save the diagnostic bundle:</b> %1</p>").arg(error.toHtmlEscaped()));
}

} // namespace ogs::ui
