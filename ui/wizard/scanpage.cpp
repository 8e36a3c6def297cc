#include "scanpage.h"

#include "setupsession.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ogs::ui {

namespace {

QString bytes(const std::optional<qint64> &b)
{
    if (!b)
        return QStringLiteral("–");
    return QStringLiteral("%1 GiB").arg(static_cast<double>(*b) / (1024.0 * 1024 * 1024), 0, 'f', 1);
}

QString typeText(const GpuInfo &g)
{
    switch (g.deviceType) {
    case DeviceType::Discrete:
        return ScanPage::tr("discrete");
    case DeviceType::Integrated:
        return ScanPage::tr("integrated");
    case DeviceType::Virtual:
        return ScanPage::tr("virtual");
    case DeviceType::Cpu:
        return ScanPage::tr("software (CPU)");
    case DeviceType::Other:
        break;
    }
    return ScanPage::tr("unknown");
}

QString platformText(const PlatformInfo &p)
{
    switch (p.platform) {
    case Platform::Windows:
        return ScanPage::tr("Windows");
    case Platform::MacOs:
        return ScanPage::tr("macOS");
    case Platform::Wsl2:
        return ScanPage::tr("Linux inside WSL 2 (Windows Subsystem for Linux)");
    case Platform::Linux:
        break;
    }
    return ScanPage::tr("Linux");
}

QString yesNoUnknown(const std::optional<bool> &b)
{
    if (!b)
        return ScanPage::tr("unknown");
    return *b ? ScanPage::tr("installed") : ScanPage::tr("not installed");
}

/// Ollama as the scan found it: installed and running (which version, from where), the ROCm
/// targets its own install ships, and (for an AMD GPU) the system's ROCm or HIP SDK.
QString ollamaText(const MachineAdvice &advice, const QUrl &url, Platform platform)
{
    QStringList lines;
    const ResolvedVersion &v = advice.version;
    const QString where = url.toString(QUrl::RemoveUserInfo).toHtmlEscaped();
    switch (v.origin) {
    case VersionOrigin::Server:
        lines << ScanPage::tr("Ollama <b>%1</b> is installed and running at %2.").arg(v.version.toString(), where);
        break;
    case VersionOrigin::Cli:
        lines << ScanPage::tr("Ollama <b>%1</b> is installed but not running (nothing answers at %2).")
                     .arg(v.version.toString(), where);
        break;
    case VersionOrigin::Given:
        lines << ScanPage::tr("Ollama <b>%1</b>.").arg(v.version.toString());
        break;
    case VersionOrigin::Unknown:
        lines << ScanPage::tr(
            "Ollama was <b>not found</b>: nothing answers at %1 and there is no <code>ollama</code> command. "
            "The advice assumes Ollama %2, the newest release this program knows.")
                     .arg(where, v.version.toString());
        break;
    }
    if (const std::optional<OllamaInstall> &install = advice.input.install) {
        const QString dir = install->libDir.toHtmlEscaped();
        lines << (install->hasRocm()
                ? ScanPage::tr("Its install (%1) ships ROCm kernels for: %2.")
                      .arg(dir,
                          install->rocmTargets.isEmpty() ? ScanPage::tr("none")
                                                         : install->rocmTargets.join(QStringLiteral(", ")))
                : ScanPage::tr("Its install (%1) has no ROCm runner.").arg(dir));
    }
    const bool amd = advice.input.gpu && advice.input.gpu->vendor == GpuVendor::Amd; // ROCm and HIP are AMD's
    if (amd && platform == Platform::Windows)
        lines << ScanPage::tr("AMD HIP SDK: %1.").arg(yesNoUnknown(advice.input.hipSdkInstalled));
    else if (amd && (platform == Platform::Linux || platform == Platform::Wsl2))
        lines << ScanPage::tr(
            "ROCm runtime on the system: %1 (Ollama brings its own; this matters for the HSA override).")
                     .arg(yesNoUnknown(advice.input.rocmInstalled));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

ScanPage::ScanPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_platform(new QLabel(this))
    , m_ollama(new QLabel(this))
    , m_gpus(new QTableWidget(0, 6, this))
    , m_findings(new QLabel(this))
    , m_rescan(new QPushButton(tr("&Scan again"), this))
{
    setObjectName(QStringLiteral("scanPage"));
    setTitle(tr("Your system"));
    setSubTitle(tr("The graphics cards in this computer and what Ollama needs to use them."));
    m_progress->setRange(0, 0); // busy indicator: detection has no meaningful steps
    m_progress->setAccessibleName(tr("Scanning"));
    m_platform->setObjectName(QStringLiteral("platformLabel"));
    m_platform->setWordWrap(true);
    m_ollama->setObjectName(QStringLiteral("ollamaLabel"));
    m_ollama->setWordWrap(true);
    m_ollama->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gpus->setObjectName(QStringLiteral("gpuTable"));
    m_gpus->setAccessibleName(tr("Detected GPUs"));
    m_gpus->setHorizontalHeaderLabels(
        { tr("GPU"), tr("gfx target"), tr("VRAM"), tr("Type"), tr("Vulkan driver"), tr("Seen by") });
    m_gpus->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_gpus->verticalHeader()->hide();
    m_gpus->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gpus->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setObjectName(QStringLiteral("findingsLabel"));
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rescan->setObjectName(QStringLiteral("rescanButton"));
    m_rescan->setAccessibleName(tr("Scan again"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_platform);
    layout->addWidget(m_gpus);
    layout->addWidget(m_findings);
    layout->addWidget(m_ollama);
    layout->addWidget(m_rescan, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_rescan, &QPushButton::clicked, m_session, &SetupSession::startScan);
    connect(m_session, &SetupSession::scanStarted, this, [this] {
        m_progress->show();
        m_rescan->setEnabled(false);
        m_platform->setText(tr("Scanning for GPUs…"));
        m_ollama->clear();
        emit completeChanged();
    });
    connect(m_session, &SetupSession::scanFinished, this, &ScanPage::showResult);
}

void ScanPage::initializePage()
{
    if (!m_session->hasScan())
        m_session->startScan();
    else
        showResult();
}

bool ScanPage::isComplete() const
{
    return m_session->hasScan() && !m_session->isScanning();
}

void ScanPage::showResult()
{
    const DetectionReport &r = m_session->detection();
    m_progress->hide();
    m_rescan->setEnabled(true);
    QString platform = tr("Platform: <b>%1</b>").arg(platformText(r.platform));
    if (r.platform.platform == Platform::Linux || r.platform.platform == Platform::Wsl2) {
        platform += QStringLiteral("<br>")
            + (r.platform.hasDevKfd ? (r.platform.devKfdAccessible
                       ? tr("ROCm compute device /dev/kfd: available.")
                       : tr("ROCm compute device /dev/kfd: present but <b>not accessible</b> to you."))
                                    : tr("ROCm compute device /dev/kfd: not present."));
    }
    m_platform->setText(platform);

    m_gpus->setRowCount(0);
    for (const GpuInfo &g : r.gpus) {
        const int row = m_gpus->rowCount();
        m_gpus->insertRow(row);
        QStringList sources;
        for (DetectionSource s : g.sources)
            sources << sourceKey(s);
        const QStringList cells { g.name, g.gfxTarget.isEmpty() ? QStringLiteral("–") : g.gfxTarget,
            bytes(g.vramTotalBytes), typeText(g), g.vulkanDriver.isEmpty() ? QStringLiteral("–") : g.vulkanDriver,
            sources.join(QStringLiteral(", ")) };
        for (int c = 0; c < cells.size(); ++c)
            m_gpus->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_gpus->resizeColumnsToContents();
    m_gpus->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // As tall as its rows (one to six), so the findings sit right under it.
    const int rows = std::clamp(m_gpus->rowCount(), 1, 6);
    m_gpus->setFixedHeight(m_gpus->horizontalHeader()->sizeHint().height()
        + rows * m_gpus->verticalHeader()->defaultSectionSize() + 2 * m_gpus->frameWidth() + 2);

    QStringList lines;
    const bool anyHardware
        = std::any_of(r.gpus.cbegin(), r.gpus.cend(), [](const GpuInfo &g) { return !g.isSoftware(); });
    if (!anyHardware)
        lines << tr("<b>No graphics card was found.</b> Ollama will run on the processor.");
    for (const QString &n : r.notes)
        lines << n.toHtmlEscaped();
    for (const QString &w : r.warnings)
        lines << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    m_findings->setText(lines.join(QStringLiteral("<br>")));
    m_findings->setVisible(!lines.isEmpty());
    m_ollama->setText(ollamaText(m_session->advice(), m_session->ollamaUrl(), r.platform.platform));
    emit completeChanged();
}

} // namespace ogs::ui
