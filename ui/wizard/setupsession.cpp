#include "setupsession.h"

#include "budget/modelcatalogue.h"
#include "env/envregistry.h"
#include "serverrestart.h"
#include "verifysession.h"

#include <QSettings>
#include <QThread>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif
#include <memory>

namespace ogs::ui {

namespace {

struct ScanResult {
    DetectionReport detection;
    MachineAdvice advice;
    TargetDecision decision;
};

} // namespace

SetupSession::SetupSession(SessionConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_restart(new ServerRestart(m_config, this))
    , m_verify(new VerifySession(this))
{
    if (m_config.windows)
        m_registry = m_config.registry ? m_config.registry : std::shared_ptr<EnvRegistry>(makeSystemRegistry());
    connect(m_restart, &ServerRestart::progress, this, &SetupSession::restartProgress);
    connect(m_restart, &ServerRestart::finished, this, [this] {
        setBusy(false);
        emit restartFinished();
    });
}

SetupSession::SetupSession(DetectOptions options, QObject *parent)
    : SetupSession(SessionConfig::system(options), parent)
{
}

SetupSession::~SetupSession() = default;

void SetupSession::startScan()
{
    if (m_scanning)
        return;
    m_scanning = true;
    emit scanStarted();
    auto *result = new ScanResult;
    TargetProbeInput probe;
    probe.windows = m_config.windows;
    probe.roots = m_config.envRoots;
    probe.shell = m_config.shell;
    probe.runner = m_config.runner;
    QThread *thread = QThread::create([config = m_config, probe, result]() mutable {
        result->detection = makeDetector(config.advice.detect).run();
        MachineAdviceOptions options = config.advice;
        if (!options.gpuGiven) {
            options.gpuGiven = true;
            options.gpu = pickPrimaryGpu(result->detection.gpus);
        }
        result->advice = adviseMachine(options);
        probe.wsl = result->advice.input.platform == Platform::Wsl2;
        result->decision = decideDefaultTarget(probe);
    });
    connect(thread, &QThread::finished, this, [this, thread, result] {
        m_detection = std::move(result->detection);
        m_advice = std::move(result->advice);
        m_decision = std::move(result->decision);
        delete result;
        thread->deleteLater();
        m_target = m_decision.target;
        m_path.reset();
        if (!m_advice.recommendation.paths.isEmpty())
            m_path = m_advice.recommendation.paths.constFirst().id;
        if (const std::optional<VariantChoice> v = suggestedVariant(); m_model.isEmpty() && v)
            m_model = v->model.name;
        m_context = defaultContext();
        m_scanning = false;
        m_hasScan = true;
        emit scanFinished();
        emit choicesChanged();
    });
    thread->start();
}

const PathAdvice *SetupSession::selectedAdvice() const
{
    return m_path ? m_advice.recommendation.find(*m_path) : nullptr;
}

void SetupSession::selectPath(PathId id)
{
    if (m_path == id)
        return;
    m_path = id;
    emit choicesChanged();
}

void SetupSession::setWslHost(const QString &host)
{
    if (m_wslHost == host)
        return;
    m_wslHost = host;
    emit choicesChanged();
}

void SetupSession::setModel(const QString &name)
{
    if (m_model == name)
        return;
    m_model = name;
    emit choicesChanged();
}

void SetupSession::setContext(int tokens)
{
    if (m_context == tokens)
        return;
    m_context = tokens;
    emit choicesChanged();
}

qint64 SetupSession::vramTotal() const
{
    const std::optional<GpuInfo> &gpu = m_advice.input.gpu;
    return gpu ? gpu->vramTotalBytes.value_or(0) : 0;
}

int SetupSession::defaultContext() const
{
    const ModelArch *arch = modelArch(m_model);
    return defaultContextLength(vramTotal(), arch ? arch->contextLength : 0);
}

void SetupSession::describeOllamaModel(const QString &name, const ModelDescription &description)
{
    m_ollamaModels.insert(name, description);
    if (name == m_model)
        emit choicesChanged();
}

const ModelArch *SetupSession::modelArch(const QString &name) const
{
    if (const CatalogueModel *m = ModelCatalogue::builtin().find(name))
        return &m->arch;
    const auto it = m_ollamaModels.constFind(name);
    return it == m_ollamaModels.constEnd() ? nullptr : &it->arch;
}

BudgetInput SetupSession::budgetInput() const
{
    BudgetInput in;
    in.vramTotal = vramTotal();
    in.available = in.vramTotal;
    in.context = m_context > 0 ? m_context : defaultContext();
    if (const CatalogueModel *m = ModelCatalogue::builtin().find(m_model)) {
        in.weights = m->sizeBytes;
        in.arch = m->arch;
    } else if (const auto it = m_ollamaModels.constFind(m_model); it != m_ollamaModels.constEnd()) {
        in.weights = it->sizeBytes.value_or(0);
        in.arch = it->arch;
    }
    return in;
}

std::optional<VariantChoice> SetupSession::suggestedVariant() const
{
    const ModelCatalogue &catalogue = ModelCatalogue::builtin();
    const CatalogueModel *m = catalogue.find(m_model);
    BudgetInput in = budgetInput();
    if (!m) // no model chosen yet: judge at Ollama's default context
        in.context = defaultContextLength(in.vramTotal, 0);
    // A locally built family (MedGemma) is judged among its own variants; anything else among
    // the models Ollama's library can download.
    if (m && !m->library)
        return chooseVariant(catalogue.family(m->family), in);
    return chooseVariant(catalogue.libraryModels(), in);
}

void SetupSession::setTarget(EnvTarget target)
{
    if (m_target == target)
        return;
    m_target = target;
    emit choicesChanged();
}

QList<EnvTarget> SetupSession::availableTargets() const
{
    QList<EnvTarget> targets;
    for (EnvTarget t : allEnvTargets()) {
        if (isFileTarget(t) != m_config.windows)
            targets << t;
    }
    return targets;
}

EnvRequest SetupSession::envRequest() const
{
    EnvRequest r;
    r.target = m_target;
    if (const PathAdvice *p = selectedAdvice()) {
        r.set = p->env;
        r.unset = p->unset;
    }
    if (!m_wslHost.isEmpty()) {
        r.set.removeIf([](const EnvAssignment &a) { return a.first == QLatin1String("OLLAMA_HOST"); });
        r.set.append({QStringLiteral("OLLAMA_HOST"), m_wslHost});
    }
    if (m_context > 0 && m_context != defaultContext())
        r.set.append({QStringLiteral("OLLAMA_CONTEXT_LENGTH"), QString::number(m_context)});
    return r;
}

std::optional<EnvPlan> SetupSession::plan(QString *error) const
{
    const EnvRequest request = envRequest();
    if (request.set.isEmpty() && request.unset.isEmpty()) {
        EnvPlan empty;
        empty.target = request.target;
        return empty;
    }
    return EnvPlanner(m_config.envRoots, m_registry.get()).plan(request, error);
}

void SetupSession::startApply()
{
    runAction(false);
}

void SetupSession::startUndo()
{
    runAction(true);
}

std::optional<EnvPlan> SetupSession::planFix(const FindingEnvFix &fix, QString *error) const
{
    EnvRequest r;
    r.target = m_target;
    r.set = fix.set;
    r.unset = fix.unset;
    return EnvPlanner(m_config.envRoots, m_registry.get()).plan(r, error);
}

void SetupSession::startApplyFix(const FindingEnvFix &fix)
{
    QString error;
    std::optional<EnvPlan> plan = planFix(fix, &error);
    if (!plan)
        return finishAction(false, EnvActionResult { false, error, {}, {} });
    runAction(false, std::move(plan));
}

void SetupSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void SetupSession::runAction(bool undo, std::optional<EnvPlan> plan)
{
    if (m_busy)
        return;
    if (!undo && !plan) {
        QString error;
        plan = this->plan(&error);
        if (!plan) {
            finishAction(undo, EnvActionResult{false, error, {}, {}});
            return;
        }
    }
    if (!undo && !plan->hasChanges()) {
        finishAction(undo, EnvActionResult{true, {}, {}, {tr("Nothing needed changing.")}});
        return;
    }
    setBusy(true);
    auto *result = new EnvActionResult;
    QThread *thread = QThread::create([stateDir = m_config.stateDir, registry = m_registry.get(), plan, undo, result] {
        EnvJournal journal(stateDir, registry, [] { return QDateTime::currentDateTimeUtc(); });
        *result = undo ? journal.undo(false) : journal.apply(*plan);
    });
    connect(thread, &QThread::finished, this, [this, thread, result, undo, plan] {
        const EnvActionResult r = *result;
        delete result;
        thread->deleteLater();
        if (r.ok && !undo)
            m_appliedSet = plan->set;
        finishAction(undo, r);
        if (!r.ok)
            return setBusy(false);
        // Ollama reads its environment when it starts: restart it (or say how), then confirm.
        m_restart->start(undo ? m_target : plan->target, undo ? EnvAssignments() : plan->set, ollamaUrl(), hostOs());
    });
    thread->start();
}

void SetupSession::finishAction(bool undo, const EnvActionResult &result)
{
    m_lastAction = result;
    if (undo) {
        if (result.ok) {
            m_applied = false;
            m_appliedSet.clear();
        }
        emit undoFinished(result.ok);
    } else {
        m_applied = m_applied || result.ok;
        emit applyFinished(result.ok);
    }
}

bool SetupSession::needsRoot() const
{
#if defined(Q_OS_UNIX)
    if (::geteuid() == 0)
        return false;
#endif
    return targetNeedsPrivilege(m_target) && m_config.envRoots.root == QLatin1String("/");
}

QUrl SetupSession::ollamaUrl() const
{
    if (!m_wslHost.isEmpty())
        return QUrl::fromUserInput(m_wslHost);
    return m_config.ollamaUrl;
}

QString SetupSession::hostOs() const
{
    if (m_config.windows)
        return QStringLiteral("windows");
    if (isWsl())
        return QStringLiteral("wsl2");
    return m_config.logs.os.isEmpty() || m_config.logs.os == QLatin1String("wsl2") ? QStringLiteral("linux")
                                                                                 : m_config.logs.os; // macOS too
}

const PathAdvice *SetupSession::nextPath() const
{
    const QList<PathAdvice> &paths = m_advice.recommendation.paths;
    for (qsizetype i = 0; i + 1 < paths.size(); ++i) {
        if (m_path && paths.at(i).id == *m_path)
            return &paths.at(i + 1);
    }
    return nullptr;
}

void SetupSession::setBenchReport(const QJsonObject &report)
{
    m_benchReport = report;
    emit benchReportChanged();
}

void SetupSession::startLogRead()
{
    if (m_readingLog)
        return;
    m_readingLog = true;
    // Shared, so neither the result nor the thread leaks when this object goes first.
    auto excerpt = std::make_shared<LogExcerpt>();
    // The same sources the verify and restart steps read (an explicit ollamaLog wins).
    QThread *thread = QThread::create([sources = m_config.logSources(hostOs()), runner = m_config.runner, excerpt] {
        *excerpt = readLogExcerpt(sources, runner);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, excerpt] {
        m_logExcerpt = *excerpt;
        m_readingLog = false;
        m_hasLogExcerpt = true;
        emit logExcerptReady();
    });
    thread->start();
}

bool SetupSession::setupComplete() const
{
    if (m_config.settingsFile.isEmpty())
        return false;
    return QSettings(m_config.settingsFile, QSettings::IniFormat).value(QStringLiteral("setup/complete")).toBool();
}

void SetupSession::markSetupComplete()
{
    if (m_config.settingsFile.isEmpty())
        return;
    QSettings s(m_config.settingsFile, QSettings::IniFormat);
    s.setValue(QStringLiteral("setup/complete"), true);
    if (const PathAdvice *p = selectedAdvice())
        s.setValue(QStringLiteral("setup/path"), pathKey(p->id));
    s.setValue(QStringLiteral("setup/model"), m_model);
    s.setValue(QStringLiteral("setup/context"), m_context);
    s.setValue(QStringLiteral("setup/target"), envTargetId(m_target));
    s.setValue(QStringLiteral("setup/journal"), m_lastAction.journalId);
    s.setValue(QStringLiteral("setup/ollamaUrl"), m_config.ollamaUrl.toString());
    s.sync();
}

} // namespace ogs::ui
