#include "applypage.h"

#include "serverrestart.h"
#include "setupsession.h"
#include "widgets/diffview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace ogs::ui {

ApplyPage::ApplyPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_target(new QComboBox(this))
    , m_reason(new QLabel(this))
    , m_diff(new DiffView(this))
    , m_notes(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_undo(new QPushButton(tr("&Undo"), this))
    , m_stopWaiting(new QPushButton(tr("&Stop waiting"), this))
    , m_status(new QLabel(this))
    , m_restartStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Apply the settings"));
    setSubTitle(tr("These are the exact changes. Nothing is written until you press Apply, and Undo restores the previous bytes."));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setAccessibleName(tr("Where to write the settings"));
    m_reason->setObjectName(QStringLiteral("targetReason"));
    m_reason->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("planNotes"));
    m_notes->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Applying"));
    m_progress->hide();
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setAccessibleName(tr("Apply the changes"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setAccessibleName(tr("Undo the last apply"));
    m_undo->setEnabled(false);
    m_stopWaiting->setObjectName(QStringLiteral("stopWaitingButton"));
    m_stopWaiting->setAccessibleName(tr("Stop waiting for Ollama to restart"));
    m_stopWaiting->hide();
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restartStatus->setObjectName(QStringLiteral("restartStatus"));
    m_restartStatus->setWordWrap(true);
    m_restartStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *targetLabel = new QLabel(tr("&Write to:"), this);
    targetLabel->setBuddy(m_target);
    auto *form = new QFormLayout;
    form->addRow(targetLabel, m_target);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_stopWaiting);
    buttons->addStretch(); // the buttons keep their size while the progress bar is hidden
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_reason);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_restartStatus);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (const std::optional<EnvTarget> t = envTargetFromId(m_target->currentData().toString()))
            m_session->setTarget(*t);
        replan();
    });
    connect(m_apply, &QPushButton::clicked, m_session, &SetupSession::startApply);
    connect(m_undo, &QPushButton::clicked, m_session, &SetupSession::startUndo);
    connect(m_session, &SetupSession::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_apply->setEnabled(!busy);
        m_undo->setEnabled(!busy && m_session->hasApplied());
        m_target->setEnabled(!busy);
        if (busy) {
            m_status->setText(tr("Working…"));
            m_restartStatus->clear();
        }
        emit completeChanged();
    });
    connect(m_stopWaiting, &QPushButton::clicked, m_session->restart(), &ServerRestart::cancel);
    connect(m_session, &SetupSession::restartProgress, this, [this](const QString &stage) {
        m_restartStatus->setText(stage.toHtmlEscaped());
        m_stopWaiting->show();
    });
    connect(m_session, &SetupSession::restartFinished, this, [this] {
        m_stopWaiting->hide();
        m_restartStatus->setText(ServerRestart::describe(m_session->restart()->outcome()));
        emit completeChanged();
    });
    connect(m_session, &SetupSession::choicesChanged, this, [this] {
        if (wizard() && wizard()->currentPage() == this) // back from the verify page with another path
            replan();
    });
    connect(m_session, &SetupSession::applyFinished, this, &ApplyPage::showAction);
    connect(m_session, &SetupSession::undoFinished, this, &ApplyPage::showAction);
}

void ApplyPage::initializePage()
{
    const QSignalBlocker block(m_target);
    m_target->clear();
    for (EnvTarget t : m_session->availableTargets()) {
        const QString path = envTargetPath(t, m_session->config().envRoots);
        m_target->addItem(path.isEmpty() ? envTargetId(t) : QStringLiteral("%1 (%2)").arg(envTargetId(t), path), envTargetId(t));
    }
    m_target->setCurrentIndex(m_target->findData(envTargetId(m_session->target())));
    const TargetDecision &d = m_session->targetDecision();
    m_reason->setText(tr("Suggested: <b>%1</b>, because %2.").arg(envTargetId(d.target), d.reason.toHtmlEscaped()));
    replan();
}

bool ApplyPage::isComplete() const
{
    return !m_session->isBusy() && (m_session->hasApplied() || m_nothingToDo);
}

bool ApplyPage::needsRoot() const
{
#if defined(Q_OS_UNIX)
    if (::geteuid() == 0)
        return false;
#endif
    return targetNeedsPrivilege(m_session->target()) && m_session->config().envRoots.root == QLatin1String("/");
}

void ApplyPage::replan()
{
    QString error;
    const std::optional<EnvPlan> plan = m_session->plan(&error);
    QStringList notes;
    if (!plan) {
        m_diff->setPlainText(QString());
        notes << tr("⚠ This plan cannot be made: %1").arg(error.toHtmlEscaped());
        m_nothingToDo = false;
    } else {
        m_diff->showPlan(*plan);
        m_nothingToDo = !plan->hasChanges();
        for (const QString &w : plan->warnings)
            notes << QStringLiteral("⚠ ") + w.toHtmlEscaped();
        if (plan->hasChanges())
            notes << ServerRestart::plannedStep(plan->target, m_session->config()).toHtmlEscaped();
    }
    const bool root = plan && plan->hasChanges() && needsRoot();
    if (root)
        notes << tr("This target needs administrator rights. Run in a terminal: <code>sudo ollama-gpu-setup env apply --target %1 --path %2 --yes</code>")
                     .arg(envTargetId(m_session->target()), m_session->selectedAdvice() ? pathKey(m_session->selectedAdvice()->id) : QStringLiteral("best"));
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    m_apply->setEnabled(plan && plan->hasChanges() && !root && !m_session->isBusy());
    emit completeChanged();
}

void ApplyPage::showAction(bool ok)
{
    const EnvActionResult &r = m_session->lastAction();
    QStringList lines;
    for (const QString &m : r.messages)
        lines << m.toHtmlEscaped();
    if (!ok)
        lines << tr("<b>Failed:</b> %1").arg(r.error.toHtmlEscaped());
    m_status->setText(lines.join(QStringLiteral("<br>")));
    m_undo->setEnabled(m_session->hasApplied());
    replan();
    if (m_session->hasApplied())
        m_apply->setEnabled(false);
}

} // namespace ogs::ui
