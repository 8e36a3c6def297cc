#include "loadedmodelspanel.h"

#include "ollama/psformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ogs::ui {

namespace {

OllamaClientOptions pollOptions()
{
    OllamaClientOptions o;
    o.connectTimeoutMs = 1000; // a poll, not a model load
    o.firstByteTimeoutMs = 2000;
    o.totalTimeoutMs = 3000;
    return o;
}

} // namespace

LoadedModelsPanel::LoadedModelsPanel(QWidget *parent)
    : QGroupBox(tr("Models Ollama has loaded"), parent)
    , m_client(new OllamaClient(pollOptions(), this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("loadedModelsPanel"));
    m_status->setObjectName(QStringLiteral("loadedModelsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(tr("Asking Ollama…"));
    m_table->setObjectName(QStringLiteral("loadedModelsTable"));
    m_table->setAccessibleName(tr("Models Ollama has loaded"));
    m_table->setHorizontalHeaderLabels({ tr("Model"), tr("Size"), tr("Processor"), tr("Context"), tr("Until") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    connect(&m_timer, &QTimer::timeout, this, &LoadedModelsPanel::poll);
}

void LoadedModelsPanel::setOllamaUrl(const QUrl &url)
{
    OllamaClientOptions o = m_client->options();
    o.baseUrl = url;
    m_client->setOptions(o);
}

void LoadedModelsPanel::start(int intervalMs)
{
    m_timer.start(intervalMs);
    poll();
}

void LoadedModelsPanel::stop()
{
    m_timer.stop();
    if (m_inFlight)
        m_inFlight->cancel();
}

void LoadedModelsPanel::poll()
{
    if (m_inFlight)
        return;
    OllamaCall *call = m_client->ps();
    m_inFlight = call;
    connect(call, &OllamaCall::finished, this, [this, call] {
        call->deleteLater();
        m_inFlight = nullptr;
        const OllamaError &e = call->error();
        if (e.kind == OllamaError::Kind::Cancelled)
            return;
        std::optional<bool> loaded;
        if (!e.isError()) {
            m_models = parseRunningModels(call->result());
            loaded = !m_models.isEmpty();
            showModels(m_models);
        } else {
            m_models.clear();
            showModels({});
            if (e.kind == OllamaError::Kind::NotRunning)
                loaded = false; // no server, no model (as `sample --watchdog --host` decides)
            m_status->setText(tr("Ollama does not answer at %1: %2").arg(ollamaUrl().toString(), e.message));
        }
        if (loaded != m_modelLoaded) {
            m_modelLoaded = loaded;
            emit modelLoadedChanged(loaded);
        }
        emit updated();
    });
}

void LoadedModelsPanel::showModels(const QList<RunningModel> &models)
{
    m_table->setRowCount(0);
    m_table->setVisible(!models.isEmpty());
    m_status->setText(models.isEmpty()
            ? tr("No model is loaded at %1.").arg(ollamaUrl().toString())
            : tr("%n model(s) loaded at %1:", nullptr, static_cast<int>(models.size())).arg(ollamaUrl().toString()));
    const QDateTime now = m_clock();
    for (const RunningModel &m : models) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells { m.name, formatSizeSi(m.sizeBytes), formatProcessor(m.sizeBytes, m.sizeVramBytes),
            m.contextLength ? QString::number(*m.contextLength) : QStringLiteral("–"), formatUntil(m.expiresAt, now) };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    // As tall as its rows (up to four), so the charts keep the space.
    const int rows = std::min<int>(static_cast<int>(models.size()), 4);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 2);
}

} // namespace ogs::ui
