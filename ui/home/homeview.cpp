#include "homeview.h"

#include "widgets/aboutbox.h"
#include "widgets/pathtext.h"

#include "diagnose/ollamalog.h"
#include "env/envregistry.h"
#include "env/envstatus.h"
#include "ollama/ollamaclient.h"
#include "ollama/ollamatypes.h"
#include "ollama/psformat.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QThread>

#include <QVBoxLayout>
#include <memory>

namespace ogs::ui {

namespace {

/// An env journal entry's state ("applied", "undone", "pending") in words.
QString journalStateText(const QString &state)
{
    if (state == QLatin1String("applied"))
        return HomeView::tr("applied");
    if (state == QLatin1String("undone"))
        return HomeView::tr("undone");
    if (state == QLatin1String("pending"))
        return HomeView::tr("not finished");
    return state;
}

QLabel *richLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return l;
}

QPushButton *button(const QString &text, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

HomeView::HomeView(SessionConfig config, QWidget *parent)
    : QWidget(parent)
    , m_config(std::move(config))
    , m_client(new OllamaClient(OllamaClientOptions {}, this))
    , m_setup(richLabel(QStringLiteral("appliedSetup"), this))
    , m_check(richLabel(QStringLiteral("gpuCheck"), this))
    , m_recheck(button(
          tr("Check &again"), QStringLiteral("recheckButton"), tr("Check again whether Ollama runs on the GPU"), this))
    , m_load(button(tr("&Load the model and check"), QStringLiteral("loadModelButton"),
          tr("Load the model and check where it runs"), this))
{
    setObjectName(QStringLiteral("homeView"));
    setWindowTitle(tr("Ollama GPU Setup"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ollama-gpu-setup.svg")));
    m_setup->setAccessibleName(tr("The applied setup"));
    m_check->setAccessibleName(tr("Whether Ollama runs on the GPU"));

    auto *title = new QLabel(tr("<h2>Ollama GPU Setup</h2>"), this);
    auto *setupBox = new QGroupBox(tr("Applied setup"), this);
    (new QVBoxLayout(setupBox))->addWidget(m_setup);
    auto *checkBox = new QGroupBox(tr("Does Ollama run on the GPU?"), this);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_check);
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addWidget(m_recheck);
    checkButtons->addWidget(m_load);
    checkButtons->addStretch();
    checkLayout->addLayout(checkButtons);

    auto *monitor
        = button(tr("Open the GPU &monitor"), QStringLiteral("openMonitorButton"), tr("Open the GPU monitor"), this);
    auto *again = button(
        tr("&Run setup again"), QStringLiteral("runSetupButton"), tr("Run the setup again from the first page"), this);
    auto *about = button(tr("Abou&t"), QStringLiteral("aboutButton"), tr("About Ollama GPU Setup"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(monitor);
    buttons->addWidget(again);
    buttons->addStretch();
    buttons->addWidget(about);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(setupBox);
    layout->addWidget(checkBox);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_recheck, &QPushButton::clicked, this, &HomeView::refresh);
    connect(m_load, &QPushButton::clicked, this, &HomeView::loadModelAndCheck);
    connect(monitor, &QPushButton::clicked, this, &HomeView::openMonitorRequested);
    connect(again, &QPushButton::clicked, this, &HomeView::runSetupRequested);
    connect(about, &QPushButton::clicked, this, [this] { showAboutBox(this); });
    resize(720, 420);
    refresh();
}

QString HomeView::checkText() const
{
    return m_check->text();
}

QString HomeView::setupText() const
{
    return m_setup->text();
}

bool HomeView::isChecking() const
{
    return m_call || m_readingLog;
}

void HomeView::refresh()
{
    showSetup();
    checkGpu();
}

void HomeView::showSetup()
{
    const QSettings s(m_config.settingsFile, QSettings::IniFormat);
    m_model = s.value(QStringLiteral("setup/model")).toString();
    const QString url = s.value(QStringLiteral("setup/ollamaUrl"), m_config.ollamaUrl.toString()).toString();
    OllamaClientOptions o = m_client->options();
    o.baseUrl = QUrl(url);
    o.connectTimeoutMs = 2000;
    o.firstByteTimeoutMs = 300000; // loading a model may take minutes
    m_client->setOptions(o);

    QString html;
    if (const std::optional<PathId> path = pathFromKey(s.value(QStringLiteral("setup/path")).toString()))
        html += tr("Acceleration path: <b>%1</b>.<br>").arg(pathTitle(*path));
    if (!m_model.isEmpty())
        html += tr("Model: <b>%1</b> with %2 tokens of context.<br>")
                    .arg(m_model.toHtmlEscaped())
                    .arg(s.value(QStringLiteral("setup/context")).toInt());
    const std::optional<EnvTarget> target = envTargetFromId(s.value(QStringLiteral("setup/target")).toString());
    if (target) {
        const std::shared_ptr<EnvRegistry> registry = !m_config.windows ? nullptr
            : m_config.registry                                         ? m_config.registry
                                : std::shared_ptr<EnvRegistry>(makeSystemRegistry());
        EnvStatusInput in;
        in.roots = m_config.envRoots;
        in.targets = { *target };
        in.registry = registry.get();
        in.stateDir = m_config.stateDir; // runner stays null: no journalctl on the GUI thread
        const EnvStatus status = collectEnvStatus(in);
        const TargetStatus t = status.targets.value(0);
        const QString where = t.path.isEmpty() ? envTargetId(*target) : t.path;
        if (!t.error.isEmpty()) {
            html += tr("Could not read %1: %2").arg(where.toHtmlEscaped(), t.error.toHtmlEscaped());
        } else if (t.values.isEmpty()) {
            html += tr("<b>%1</b> holds no settings of ours (undone, or edited by hand).").arg(where.toHtmlEscaped());
        } else {
            html += tr("Settings in <b>%1</b>:").arg(where.toHtmlEscaped()) + QStringLiteral("<ul>");
            for (const EnvAssignment &a : t.values)
                html += QStringLiteral("<li><code>%1=%2</code></li>")
                            .arg(a.first.toHtmlEscaped(), a.second.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        if (!status.history.isEmpty())
            html += tr("Undo with <code>ollama-gpu-setup env undo</code> (latest change %1, %2).")
                        .arg(status.history.constFirst().id.toHtmlEscaped(),
                            journalStateText(status.history.constFirst().state).toHtmlEscaped());
    } else {
        html += tr("Nothing was written to this computer's environment.");
    }
    m_setup->setText(html);
}

void HomeView::checkGpu()
{
    if (m_call)
        return;
    m_check->setText(tr("Asking Ollama at %1…").arg(m_client->options().baseUrl.toString().toHtmlEscaped()));
    m_load->setEnabled(false);
    OllamaCall *call = m_client->ps();
    m_call = call;
    connect(call, &OllamaCall::finished, this, [this, call] {
        call->deleteLater();
        m_call = nullptr;
        m_load->setEnabled(!m_model.isEmpty());
        const QString url = m_client->options().baseUrl.toString().toHtmlEscaped();
        if (call->error().isError()) {
            m_checkHtml = tr("<b>Ollama does not answer at %1.</b> %2").arg(url, call->error().message.toHtmlEscaped());
            m_check->setText(m_checkHtml);
            return;
        }
        const QList<RunningModel> models = parseRunningModels(call->result());
        if (models.isEmpty()) {
            m_checkHtml
                = tr("Ollama runs at %1, but no model is loaded, so where it computes cannot be seen right now. "
                     "Load the model to check, or look at Ollama's log below.")
                      .arg(url);
            m_check->setText(m_checkHtml);
            readLog();
            return;
        }
        bool allGpu = true;
        QString rows;
        for (const RunningModel &m : models) {
            const QString split = formatProcessor(m.sizeBytes, m.sizeVramBytes);
            allGpu = allGpu && split == QLatin1String("100% GPU");
            rows += QStringLiteral("<li>%1: <b>%2</b></li>").arg(m.name.toHtmlEscaped(), split.toHtmlEscaped());
        }
        m_checkHtml = (allGpu ? tr("<b>Yes: Ollama runs on the GPU.</b>")
                              : tr("<b>Not entirely: part of the model runs on the processor.</b> A smaller variant or "
                                   "a shorter context "
                                   "would fit; run the setup again to choose."))
            + QStringLiteral("<ul>") + rows + QStringLiteral("</ul>");
        m_check->setText(m_checkHtml);
    });
}

void HomeView::loadModelAndCheck()
{
    if (m_call || m_model.isEmpty())
        return;
    m_check->setText(tr("Loading %1…").arg(m_model.toHtmlEscaped()));
    m_load->setEnabled(false);
    m_recheck->setEnabled(false);
    OllamaCall *call = m_client->request(QStringLiteral("POST"), QStringLiteral("/api/generate"),
        { { QStringLiteral("model"), m_model }, { QStringLiteral("stream"), false } }, OllamaCall::Mode::Json);
    m_call = call;
    connect(call, &OllamaCall::finished, this, [this, call] {
        call->deleteLater();
        m_call = nullptr;
        m_recheck->setEnabled(true);
        if (call->error().isError()) {
            m_load->setEnabled(true);
            m_check->setText(
                tr("<b>Could not load %1:</b> %2").arg(m_model.toHtmlEscaped(), call->error().message.toHtmlEscaped()));
            return;
        }
        checkGpu();
    });
}

void HomeView::readLog()
{
    if (m_readingLog)
        return;
    m_readingLog = true;
    // Shared, so neither the result nor the thread leaks when the view goes first.
    auto excerpt = std::make_shared<LogExcerpt>();
    QThread *thread = QThread::create([sources = m_config.logSources({}), runner = m_config.runner, excerpt] {
        *excerpt = readLogExcerpt(sources, runner, 400);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, excerpt] {
        const LogExcerpt log = *excerpt;
        m_readingLog = false;
        QString html;
        if (log.source.isEmpty()) {
            html = tr("No Ollama log was found.");
        } else {
            const ParsedLog parsed = parseOllamaLog(log.lines.join(QLatin1Char('\n')), LogScope::LastRun);
            if (!parsed.gpus.isEmpty()) {
                QStringList names;
                for (const InferenceDevice &d : parsed.gpus)
                    names << QStringLiteral("%1 (%2)").arg(d.description.isEmpty() ? d.name : d.description, d.library);
                html = tr("Ollama's log (%1) says it computes on: <b>%2</b>.")
                           .arg(log.source.toHtmlEscaped(), names.join(QStringLiteral(", ")).toHtmlEscaped());
            } else if (parsed.cpuDevice || parsed.noCompatibleGpus()) {
                html = tr("<b>Ollama's log (%1) says it found no usable GPU and computes on the processor.</b> "
                          "Run the setup again.")
                           .arg(log.source.toHtmlEscaped());
            } else {
                html = tr("Ollama's log (%1) does not say which device it uses.").arg(log.source.toHtmlEscaped());
            }
        }
        m_check->setText(m_checkHtml + QStringLiteral("<p>") + html + QStringLiteral("</p>"));
    });
    thread->start();
}

} // namespace ogs::ui
