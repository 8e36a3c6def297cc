#include "pathpage.h"

#include "setupsession.h"
#include "setupwizard.h"
#include "widgets/ollamainstallpanel.h"
#include "widgets/pathcomparisontable.h"
#include "widgets/pathdetailsview.h"
#include "widgets/pathtext.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ogs::ui {

PathPage::PathPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_paths(new QListWidget(this))
    , m_details(new PathDetailsView(this))
    , m_comparison(new PathComparisonTable(this))
    , m_rejected(new QLabel(this))
{
    setObjectName(QStringLiteral("pathPage"));
    setTitle(tr("Acceleration path"));
    setSubTitle(tr("The ways Ollama can use this GPU, best first. The first is chosen; pick another to see why it ranks lower."));
    m_paths->setObjectName(QStringLiteral("pathList"));
    m_paths->setAccessibleName(tr("Acceleration paths, best first"));
    m_rejected->setObjectName(QStringLiteral("rejectedLabel"));
    m_rejected->setWordWrap(true);

    auto *label = new QLabel(tr("&Paths:"), this);
    label->setBuddy(m_paths);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(label);
    leftLayout->addWidget(m_paths, 1);
    leftLayout->addWidget(m_rejected);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("pathTabs"));
    tabs->setAccessibleName(tr("Path details and comparison"));
    tabs->addTab(m_details, tr("&Details"));
    tabs->addTab(m_comparison, tr("&Compare the AMD paths"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    if (m_session->config().ollamaInstall) {
        m_ollama = new OllamaInstallPanel(*m_session->config().ollamaInstall, m_session->config().runner, this);
        layout->addWidget(m_ollama);
    }

    connect(m_paths, &QListWidget::currentRowChanged, this, [this] {
        if (QListWidgetItem *item = m_paths->currentItem()) {
            if (const std::optional<PathId> id = pathFromKey(item->data(Qt::UserRole).toString()))
                m_session->selectPath(*id);
        }
        showSelected();
        updateOllamaGoal();
        emit completeChanged();
    });
}

void PathPage::initializePage()
{
    const Recommendation &rec = m_session->advice().recommendation;
    const QSignalBlocker block(m_paths);
    m_paths->clear();
    int selected = 0;
    for (const PathAdvice &p : rec.paths) {
        auto *item = new QListWidgetItem(tr("%1. %2 — %3").arg(p.rank).arg(pathTitle(p.id), stabilityText(p.stability)), m_paths);
        item->setData(Qt::UserRole, pathKey(p.id));
        item->setToolTip(speedText(p));
        if (m_session->selectedPath() == p.id)
            selected = m_paths->count() - 1;
    }
    m_paths->setCurrentRow(rec.paths.isEmpty() ? -1 : selected);
    QStringList rejected;
    for (const RejectedPath &r : rec.rejected)
        rejected << tr("<b>%1</b>: %2").arg(pathTitle(r.id), r.reason.toHtmlEscaped());
    m_rejected->setText(rejected.isEmpty() ? QString() : tr("Not possible here:") + QStringLiteral("<br>") + rejected.join(QStringLiteral("<br>")));
    m_rejected->setVisible(!rejected.isEmpty());
    showSelected();
    updateOllamaGoal();
}

void PathPage::updateOllamaGoal()
{
    if (!m_ollama)
        return;
    InstallGoal goal;
    goal.platform = m_session->advice().input.platform;
    goal.path = m_session->selectedPath();
    m_ollama->setGoal(goal);
}

bool PathPage::isComplete() const
{
    return m_session->selectedAdvice() != nullptr;
}

int PathPage::nextId() const
{
    return m_session->isWsl() ? SetupWizard::WslPageId : SetupWizard::ModelPageId;
}

void PathPage::showSelected()
{
    const Recommendation &rec = m_session->advice().recommendation;
    if (const PathAdvice *p = m_session->selectedAdvice())
        m_details->showPath(*p, rec.paths.isEmpty() ? nullptr : &rec.paths.constFirst());
    else
        m_details->setHtml(tr("<p>No acceleration path could be recommended.</p>"));
}

} // namespace ogs::ui
