#include "ollamainstallpanel.h"

#include "getollama/installexecutor.h"
#include "ollama/ollamaclient.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace ogs::ui {

/// State shared between the panel and a worker thread.
struct OllamaInstallPanel::Run {
    std::atomic<bool> cancel { false };
    std::atomic<bool> closing { false };
    std::atomic<bool> answer { false };
    QSemaphore answered;
    QPointer<QThread> thread;
};

OllamaInstallPanel::OllamaInstallPanel(InstallRequest request, ProcessRunner *runner, QWidget *parent)
    : QGroupBox(tr("Ollama"), parent)
    , m_request(std::move(request))
    , m_runner(runner)
    , m_status(new QLabel(this))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_install(new QPushButton(tr("&Install Ollama…"), this))
    , m_cancel(new QPushButton(tr("Cance&l"), this))
{
    setObjectName(QStringLiteral("ollamaInstallPanel"));
    m_status->setObjectName(QStringLiteral("ollamaStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_step->setObjectName(QStringLiteral("ollamaStep"));
    m_step->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("ollamaProgress"));
    m_progress->setAccessibleName(tr("Ollama download progress"));
    m_install->setObjectName(QStringLiteral("ollamaInstallButton"));
    m_install->setAccessibleName(tr("Install or update Ollama"));
    m_cancel->setObjectName(QStringLiteral("ollamaCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the Ollama install"));
    m_install->setVisible(false);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_install);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_step);
    layout->addLayout(buttons);
    connect(m_install, &QPushButton::clicked, this, &OllamaInstallPanel::startInstall);
    connect(m_cancel, &QPushButton::clicked, this, &OllamaInstallPanel::cancel);
}

OllamaInstallPanel::~OllamaInstallPanel()
{
    for (const QPointer<QThread> &t : std::as_const(m_refreshThreads))
        if (t)
            t->wait();
    if (m_run) {
        m_run->closing = true;
        m_run->cancel = true;
        m_run->answered.release();
        if (m_run->thread)
            m_run->thread->wait();
    }
}

void OllamaInstallPanel::setGoal(const InstallGoal &goal)
{
    m_request.goal = goal;
    m_request.locator.platform = goal.platform;
    refresh();
}

bool OllamaInstallPanel::isBusy() const
{
    return m_run != nullptr;
}

QString OllamaInstallPanel::statusText() const
{
    return m_status->text();
}

QString OllamaInstallPanel::progressText() const
{
    return m_step->text();
}

void OllamaInstallPanel::setBusy(bool busy)
{
    m_install->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
}

void OllamaInstallPanel::refresh()
{
    if (m_run)
        return;
    const int generation = ++m_generation;
    m_status->setText(tr("Looking for Ollama…"));
    InstallRequest request = m_request;
    request.readFeed = false;
    request.server = serverVersionProbe(request.plan.serverUrl);
    auto result = std::make_shared<PreparedInstall>();
    ProcessRunner *runner = m_runner;
    QThread *thread = QThread::create([request, runner, result] {
        SystemProcessRunner system;
        *result = prepareInstall(request, nullptr, runner ? *runner : system);
    });
    m_refreshThreads.removeAll(nullptr);
    m_refreshThreads.append(thread);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result, generation] {
        if (generation == m_generation)
            showPrepared(*result);
    });
    thread->start();
}

void OllamaInstallPanel::showPrepared(const PreparedInstall &p)
{
    const OllamaStatus &s = p.status;
    QString text;
    if (!s.installed())
        text = tr("Ollama is not installed.");
    else
        text = tr("Ollama %1 (%2) at %3.")
                   .arg(s.version ? s.version->toString() : tr("of unknown version"),
                       s.build.build ? buildKey(*s.build.build) : tr("unknown build"), s.location.executable);
    text += QLatin1Char(' ') + (s.serverRunning ? tr("The server answers.") : tr("The server does not answer."));
    text += QStringLiteral("\n") + p.decision.reason;
    for (const QString &note : p.decision.notes)
        text += QStringLiteral("\n") + note;
    m_status->setText(text);
    const InstallAction a = p.decision.action;
    const bool act = a == InstallAction::Install || a == InstallAction::Update || a == InstallAction::Replace;
    m_install->setVisible(act);
    m_install->setText(a == InstallAction::Update        ? tr("&Update Ollama…")
            : a == InstallAction::Replace                ? tr("&Switch to %1…").arg(buildKey(p.decision.build))
                                                         : tr("&Install Ollama…"));
    emit statusChanged();
}

bool OllamaInstallPanel::confirm(const QString &title, const QString &text, const QString &details)
{
    m_lastConfirmation = text + QStringLiteral("\n") + details;
    if (m_autoConfirm)
        return *m_autoConfirm;
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    auto *view = new QPlainTextEdit(details, &dialog);
    view->setReadOnly(true);
    view->setAccessibleName(title);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Yes | QDialogButtonBox::No, &dialog);
    box->button(QDialogButtonBox::No)->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    layout->addWidget(box);
    dialog.resize(720, 480);
    return dialog.exec() == QDialog::Accepted;
}

void OllamaInstallPanel::startInstall()
{
    if (m_run)
        return;
    auto run = std::make_shared<Run>();
    m_run = run;
    setBusy(true);
    m_step->setText(tr("Reading the release and planning…"));
    m_progress->setRange(0, 0);
    InstallRequest request = m_request;
    request.server = serverVersionProbe(request.plan.serverUrl);
    ProcessRunner *runner = m_runner;
    QPointer<OllamaInstallPanel> self(this);
    const QString program = QCoreApplication::applicationFilePath();

    // Asks the GUI thread and waits for the answer without blocking it (and gives up when it closes).
    const auto ask = [self, run](const QString &title, const QString &text, const QString &details) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, run, title, text, details] {
                run->answer = self && !run->closing && self->confirm(title, text, details);
                run->answered.release();
            },
            Qt::QueuedConnection);
        while (!run->answered.tryAcquire(1, 100))
            if (run->closing)
                return false;
        return run->answer && !run->closing;
    };
    const auto post = [self](std::function<void(OllamaInstallPanel *)> f) {
        QMetaObject::invokeMethod(
            self.data(), [self, f] { if (self) f(self.data()); }, Qt::QueuedConnection);
    };

    run->thread = QThread::create([request, runner, run, ask, post, program] {
        SystemProcessRunner system;
        ProcessRunner &r = runner ? *runner : system;
        QNetworkAccessManager nam;
        useSystemProxy(&nam);
        const PreparedInstall prepared = prepareInstall(request, &nam, r);
        const auto finish = [post](bool ok, const QString &message) {
            post([ok, message](OllamaInstallPanel *p) {
                p->m_run.reset();
                p->setBusy(false);
                p->m_step->setText(message);
                emit p->installFinished(ok, message);
                p->refresh();
            });
        };
        if (!prepared.plan) {
            finish(false, prepared.error);
            return;
        }
        if (!prepared.plan->hasSteps()) {
            finish(true, prepared.decision.reason);
            return;
        }
        if (run->cancel || !ask(QCoreApplication::translate("ogs::ui::OllamaInstallPanel", "Install Ollama"),
                               prepared.decision.reason, installPlanToText(*prepared.plan))) {
            finish(false, QCoreApplication::translate("ogs::ui::OllamaInstallPanel", "Not confirmed; nothing was changed."));
            return;
        }
        ExecutorContext ctx;
        ctx.runner = &r;
        ctx.nam = &nam;
        ctx.download = request.download;
        ctx.show = [ask](const InstallStep &step, const QByteArray &text, const QString &sha) {
            return ask(QCoreApplication::translate("ogs::ui::OllamaInstallPanel", "Run this script as root?"),
                QCoreApplication::translate("ogs::ui::OllamaInstallPanel", "%1 (SHA-256 %2) will run as root:")
                    .arg(step.path, sha),
                QString::fromUtf8(text));
        };
        ctx.clearEnv = [&r, program](const QString &key, QString *why) {
            return clearEnvThroughCli(r, program, key, why);
        };
        InstallExecutor executor(*prepared.plan, ctx);
        const int steps = int(prepared.plan->steps.size());
        QObject::connect(&executor, &InstallExecutor::stepStarted, &executor, [post, steps](int i, const QString &what) {
            post([i, steps, what](OllamaInstallPanel *p) {
                p->m_step->setText(QStringLiteral("%1/%2: %3").arg(i + 1).arg(steps).arg(what));
                p->m_progress->setRange(0, 0);
            });
        });
        QObject::connect(&executor, &InstallExecutor::progress, &executor, [post](qint64 received, qint64 total) {
            post([received, total](OllamaInstallPanel *p) {
                if (total > 0) {
                    p->m_progress->setRange(0, 1000);
                    p->m_progress->setValue(int(received * 1000 / total));
                }
            });
        });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &executor, [&executor, run] {
            if (run->cancel)
                executor.cancel();
        });
        poll.start(100);
        executor.start();
        const bool ok = executor.wait();
        finish(ok, ok ? QCoreApplication::translate("ogs::ui::OllamaInstallPanel", "Done: %1").arg(prepared.decision.reason)
                      : executor.error());
    });
    connect(run->thread, &QThread::finished, run->thread, &QObject::deleteLater);
    run->thread->start();
}

void OllamaInstallPanel::cancel()
{
    if (m_run) {
        m_run->cancel = true;
        m_step->setText(tr("Cancelling…"));
    }
}

} // namespace ogs::ui
