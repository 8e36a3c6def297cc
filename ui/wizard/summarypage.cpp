#include "summarypage.h"

#include "setupsession.h"
#include "verifysession.h"
#include "widgets/pathtext.h"

#include "compat/recommendationjson.h"
#include "detect/detectionjson.h"

#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
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
    auto *copy = new QPushButton(tr("&Copy report"), this);
    copy->setObjectName(QStringLiteral("copyReportButton"));
    copy->setAccessibleName(tr("Copy the report to the clipboard"));
    auto *monitor = new QPushButton(tr("Open the GPU &monitor"), this);
    monitor->setObjectName(QStringLiteral("openMonitorButton"));
    monitor->setAccessibleName(tr("Open the GPU monitor"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(copy);
    buttons->addWidget(monitor);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(monitor, &QPushButton::clicked, this, &SummaryPage::openMonitorRequested);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(reportText()); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), QStringLiteral("ollama-gpu-setup-report.txt"),
                                                          tr("Text files (*.txt)"));
        if (!path.isEmpty() && !saveReport(path))
            m_text->append(tr("<p><b>Could not write %1.</b></p>").arg(path.toHtmlEscaped()));
    });
}

void SummaryPage::initializePage()
{
    const EnvActionResult &r = m_session->lastAction();
    QString html;
    if (const PathAdvice *p = m_session->selectedAdvice())
        html += tr("<p>Acceleration path: <b>%1</b>.</p>").arg(pathTitle(p->id));
    html += tr("<p>Model: <b>%1</b> with %2 tokens of context.</p>").arg(m_session->model().toHtmlEscaped()).arg(m_session->context());
    if (const VerifySession *v = m_session->verify(); v->hasReport() && v->report().gpu.ok()) {
        const BenchRun &run = v->report().gpu;
        const std::optional<double> rate = run.evalRate() ? run.evalRate() : run.clientTokensPerSecond();
        html += tr("<p>Test prompt with %1: <b>%2 tok/s</b>, %3.</p>")
                    .arg(v->report().model.toHtmlEscaped(), QString::number(rate.value_or(0), 'f', 1),
                        run.processor.isEmpty() ? tr("processor split unknown") : run.processor.toHtmlEscaped());
    }
    if (m_session->hasApplied()) {
        html += tr("<p>Changes written (journal entry %1):</p>").arg(r.journalId.toHtmlEscaped()) + QStringLiteral("<ul>");
        for (const QString &m : r.messages)
            html += QStringLiteral("<li>%1</li>").arg(m.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        html += tr("<p>To undo them, go back to the Apply page and press Undo, or run <code>ollama-gpu-setup env undo</code>.</p>");
    } else {
        html += tr("<p>Nothing was changed on this computer.</p>");
    }
    if (!m_session->benchReport().isEmpty())
        html += tr("<p>The test prompt ran; its results are in the report.</p>");
    html += tr("<p><b>Save report…</b> or <b>Copy report</b> gives you everything a bug report needs: "
               "detection, recommendation, the changes, the test prompt's results and Ollama's log lines.</p>");
    m_text->setHtml(html);
    m_session->markSetupComplete();
    if (!m_session->hasLogExcerpt())
        m_session->startLogRead();
}

QString SummaryPage::reportText() const
{
    QString text = QStringLiteral("ollama-gpu-setup %1 report (%2)\n\n== Detection ==\n")
                       .arg(QStringLiteral(OGS_VERSION), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    text += QString::fromUtf8(QJsonDocument(reportToJson(m_session->detection())).toJson());
    text += QStringLiteral("\n== Recommendation ==\n");
    text += QString::fromUtf8(QJsonDocument(recommendationToJson(m_session->advice().input, m_session->advice().version, m_session->advice().recommendation)).toJson());
    text += QStringLiteral("\n== Choices ==\npath=%1\nmodel=%2\ncontext=%3\ntarget=%4\nwsl_host=%5\n")
                .arg(m_session->selectedAdvice() ? pathKey(m_session->selectedAdvice()->id) : QString(), m_session->model())
                .arg(m_session->context())
                .arg(envTargetId(m_session->target()), m_session->wslHost());
    const EnvActionResult &action = m_session->lastAction();
    text += QStringLiteral("\n== Applied ==\napplied=%1\njournal=%2\n").arg(m_session->hasApplied() ? QStringLiteral("yes") : QStringLiteral("no"), action.journalId);
    if (!action.error.isEmpty())
        text += QStringLiteral("error=%1\n").arg(action.error);
    for (const QString &m : action.messages)
        text += m + QLatin1Char('\n');
    for (const EnvAssignment &a : m_session->envRequest().set)
        text += QStringLiteral("set %1=%2\n").arg(a.first, a.second);
    for (const QString &k : m_session->envRequest().unset)
        text += QStringLiteral("unset %1\n").arg(k);
    text += QStringLiteral("\n== Bench ==\n");
    text += m_session->benchReport().isEmpty() ? QStringLiteral("not run\n") : QString::fromUtf8(QJsonDocument(m_session->benchReport()).toJson());
    text += QStringLiteral("\n== Ollama log ==\n");
    const LogExcerpt &log = m_session->logExcerpt();
    if (!m_session->hasLogExcerpt())
        text += QStringLiteral("not read yet\n");
    else if (log.source.isEmpty())
        text += QStringLiteral("no log found (looked at: %1)\n").arg(log.tried.isEmpty() ? QStringLiteral("nothing") : log.tried.join(QStringLiteral(", ")));
    else
        text += QStringLiteral("source=%1\n%2\n").arg(log.source, log.lines.join(QLatin1Char('\n')));
    return text;
}

bool SummaryPage::saveReport(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(reportText().toUtf8());
    return f.commit();
}

} // namespace ogs::ui
