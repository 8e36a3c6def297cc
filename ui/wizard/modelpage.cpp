#include "modelpage.h"

#include "budget/modelcatalogue.h"
#include "budget/modelinfosource.h"
#include "ollama/ollamaclient.h"
#include "ollama/ollamatypes.h"
#include "setupsession.h"
#include "widgets/budgetbar.h"
#include "widgets/modeldownloader.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace ogs::ui {

ModelPage::ModelPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new QComboBox(this))
    , m_downloader(new ModelDownloader(this))
    , m_context(new QSlider(Qt::Horizontal, this))
    , m_contextValue(new QLabel(this))
    , m_bar(new BudgetBar(this))
    , m_processor(new QLabel(this))
    , m_suggestion(new QLabel(this))
    , m_useSuggested(new QPushButton(tr("&Use the suggested variant"), this))
    , m_client(new OllamaClient(OllamaClientOptions {}, this))
{
    setObjectName(QStringLiteral("modelPage"));
    setTitle(tr("Model and memory"));
    setSubTitle(
        tr("Whether the model fits in video memory. What does not fit runs on the processor, much more slowly."));
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setEditable(true); // any library name, not only the catalogue's
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->lineEdit()->setAccessibleName(tr("Model"));
    m_model->view()->setAccessibleName(tr("Model"));
    m_context->setObjectName(QStringLiteral("contextSlider"));
    m_context->setAccessibleName(tr("Context length"));
    m_context->setPageStep(1);
    m_context->setTickPosition(QSlider::TicksBelow);
    m_contextValue->setObjectName(QStringLiteral("contextValue"));
    m_contextValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("262144 tokens")));
    m_processor->setObjectName(QStringLiteral("processorLabel"));
    m_processor->setWordWrap(true);
    m_suggestion->setObjectName(QStringLiteral("suggestionLabel"));
    m_suggestion->setWordWrap(true);
    m_useSuggested->setObjectName(QStringLiteral("useSuggestedButton"));
    m_useSuggested->setAccessibleName(tr("Use the suggested variant"));

    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_model);
    auto *contextLabel = new QLabel(tr("&Context length:"), this);
    contextLabel->setBuddy(m_context);
    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_context, 1);
    contextRow->addWidget(m_contextValue);
    auto *form = new QFormLayout;
    form->addRow(modelLabel, m_model);
    form->addRow(contextLabel, contextRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_downloader);
    layout->addSpacing(8);
    layout->addWidget(m_bar);
    layout->addWidget(m_processor);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_useSuggested, 0, Qt::AlignLeft);
    layout->addStretch();

    // Only what `ollama pull` can fetch; locally built models appear once Ollama lists them.
    for (const CatalogueModel &m : ModelCatalogue::builtin().libraryModels())
        m_model->addItem(m.name, m.name);
    markInstalled({});

    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        m_session->setModel(m_model->currentData().toString());
        m_downloader->setModel(m_session->model());
        if (!m_session->knowsModel(m_session->model()))
            describe(m_session->model());
        updateSlider();
        emit completeChanged();
    });
    connect(m_model->lineEdit(), &QLineEdit::editingFinished, this, [this] { useTypedName(); });
    connect(m_context, &QSlider::valueChanged, this, [this](int index) {
        if (index >= 0 && index < m_steps.size())
            m_session->setContext(m_steps.at(index));
    });
    connect(m_useSuggested, &QPushButton::clicked, this, [this] {
        if (const std::optional<VariantChoice> v = m_session->suggestedVariant())
            m_model->setCurrentIndex(m_model->findData(v->model.name));
    });
    connect(m_session, &SetupSession::choicesChanged, this, &ModelPage::updateBudget);
    connect(m_downloader, &ModelDownloader::installedModelsChanged, this, &ModelPage::markInstalled);
}

void ModelPage::useTypedName()
{
    const QString typed = m_model->lineEdit()->text().trimmed();
    if (typed.isEmpty() || typed == m_model->itemText(m_model->currentIndex()))
        return;
    int index = m_model->findData(typed);
    if (index < 0) {
        m_model->addItem(typed, typed);
        index = m_model->count() - 1;
    }
    m_model->setCurrentIndex(index);
}

void ModelPage::describe(const QString &name)
{
    if (name.isEmpty() || name == m_describing)
        return;
    m_describing = name;
    OllamaClientOptions o = m_client->options();
    o.baseUrl = m_session->config().ollamaUrl;
    o.connectTimeoutMs = 3000;
    o.totalTimeoutMs = 30000;
    m_client->setOptions(o);
    m_processor->setText(tr("Asking Ollama about %1…").arg(name.toHtmlEscaped()));
    OllamaCall *call = m_client->show(name);
    connect(call, &OllamaCall::finished, this, [this, call, name] {
        call->deleteLater();
        if (m_describing == name)
            m_describing.clear();
        QString error = call->error().message;
        std::optional<ModelDescription> d;
        if (!call->error().isError())
            d = describeFromShowJson(call->result(), ModelCatalogue::builtin().globalEvery(), &error);
        if (!d) {
            if (name == m_session->model())
                m_processor->setText(tr("<b>Cannot size %1:</b> %2").arg(name.toHtmlEscaped(), error.toHtmlEscaped()));
            return;
        }
        if (const LocalModel *local = m_downloader->installedModel(name); local && local->sizeBytes > 0)
            d->sizeBytes = local->sizeBytes;
        m_session->describeOllamaModel(name, *d);
        if (name == m_session->model()) {
            updateSlider();
            updateBudget();
            emit completeChanged();
        }
    });
}

void ModelPage::markInstalled(const QStringList &installed)
{
    for (const QString &name : installed) { // installed models the catalogue does not know
        const CatalogueModel *known = ModelCatalogue::builtin().find(name);
        if (known && !known->library && m_model->findData(known->name) < 0)
            m_model->addItem(known->name, known->name);
        else if (!known && m_model->findData(name) < 0)
            m_model->addItem(tr("%1 — installed in Ollama").arg(name), name);
    }
    for (int i = 0; i < m_model->count(); ++i) {
        const CatalogueModel *m = ModelCatalogue::builtin().find(m_model->itemData(i).toString());
        if (!m)
            continue;
        QString text = m->library ? tr("%1 (%2, %3 GB)")
                                        .arg(m->name, m->quantization)
                                        .arg(static_cast<double>(m->sizeBytes) / 1e9, 0, 'f', 1)
                                  : tr("%1 (%2, %3 GB; built locally with %4)")
                                        .arg(m->name, m->quantization)
                                        .arg(static_cast<double>(m->sizeBytes) / 1e9, 0, 'f', 1)
                                        .arg(m->buildCommand);
        if (installed.contains(normalizeModelName(m->name)))
            text = tr("%1 — installed").arg(text);
        m_model->setItemText(i, text);
    }
}

QList<int> ModelPage::contextSteps(int modelMax)
{
    const int top = modelMax > 0 ? modelMax : 131072;
    QList<int> steps;
    for (int c = 2048; c <= top; c *= 2)
        steps << c;
    if (steps.isEmpty() || steps.constLast() != top)
        steps << top;
    return steps;
}

void ModelPage::initializePage()
{
    m_downloader->setOllamaUrl(m_session->config().ollamaUrl);
    const int index = m_model->findData(m_session->model());
    m_model->setCurrentIndex(index);
    m_downloader->setModel(m_session->model());
    updateSlider();
    updateBudget();
}

bool ModelPage::isComplete() const
{
    return m_session->knowsModel(m_session->model());
}

void ModelPage::updateSlider()
{
    const ModelArch *arch = m_session->modelArch(m_session->model());
    m_steps = contextSteps(arch ? arch->contextLength : 0);
    const int wanted = m_session->context() > 0 ? m_session->context() : m_session->defaultContext();
    int index = 0;
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i) <= wanted)
            index = i;
    const QSignalBlocker block(m_context);
    m_context->setRange(0, static_cast<int>(m_steps.size()) - 1);
    m_context->setValue(index);
    m_session->setContext(m_steps.value(index));
}

void ModelPage::updateBudget()
{
    const BudgetInput in = m_session->budgetInput();
    m_contextValue->setText(tr("%1 tokens").arg(in.context));
    m_context->setAccessibleDescription(m_contextValue->text());
    if (!m_session->knowsModel(m_session->model())) { // an installed model /api/show has not described yet
        m_bar->hide();
        m_suggestion->clear();
        m_useSuggested->hide();
        return;
    }
    if (in.vramTotal <= 0) {
        m_bar->hide();
        m_processor->setText(tr("No GPU memory was detected: the model will run on the processor."));
    } else {
        const BudgetResult r = computeBudget(in);
        m_bar->show();
        m_bar->setBudget(r, in.available);
        m_processor->setText(r.fits
                ? tr("Predicted <code>ollama ps</code>: <b>%1</b> — the whole model runs on the GPU.").arg(r.processor)
                : tr("Predicted <code>ollama ps</code>: <b>%1</b> — %2 of %3 layers on the GPU; the rest runs on the "
                     "processor.")
                      .arg(r.processor)
                      .arg(r.layersOnGpu)
                      .arg(r.layerCount));
    }
    const std::optional<VariantChoice> v = m_session->suggestedVariant();
    const bool other = v && v->model.name != m_session->model();
    // The reason names the model with its quantization and size: say it once.
    m_suggestion->setText(v ? tr("<b>Suggested for this card:</b> %1").arg(v->reason.toHtmlEscaped()) : QString());
    m_useSuggested->setVisible(other);
}

} // namespace ogs::ui
