#include "modeldownloader.h"

#include "ollama/ollamatypes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ogs::ui {

ModelDownloader::ModelDownloader(QWidget *parent)
    : QWidget(parent)
    , m_client(new OllamaClient(OllamaClientOptions {}, this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_download(new QPushButton(tr("&Download"), this))
    , m_cancel(new QPushButton(tr("Cancel do&wnload"), this))
{
    setObjectName(QStringLiteral("modelDownloader"));
    m_status->setObjectName(QStringLiteral("modelInstallStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("pullProgress"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_download->setAccessibleName(tr("Download the model"));
    m_cancel->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_cancel->setAccessibleName(tr("Cancel the download"));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_progress, 1);
    row->addWidget(m_download);
    row->addWidget(m_cancel);
    row->addStretch(); // the buttons keep their size while the progress bar is hidden
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(row);
    connect(m_download, &QPushButton::clicked, this, &ModelDownloader::startDownload);
    connect(m_cancel, &QPushButton::clicked, this, &ModelDownloader::cancelDownload);
    setState(State::Unknown, QString());
}

void ModelDownloader::setOllamaUrl(const QUrl &url)
{
    OllamaClientOptions o = m_client->options();
    o.baseUrl = url;
    o.connectTimeoutMs = 3000;
    m_client->setOptions(o);
}

void ModelDownloader::setModel(const QString &model)
{
    if (model == m_model && m_state != State::Unknown)
        return;
    m_model = model;
    if (m_state != State::Downloading)
        refresh();
}

bool ModelDownloader::isInstalled(const QString &model) const
{
    return m_installed.contains(normalizeModelName(model));
}

const LocalModel *ModelDownloader::installedModel(const QString &model) const
{
    const QString name = normalizeModelName(model);
    for (const LocalModel &m : m_local) {
        if (normalizeModelName(m.name) == name)
            return &m;
    }
    return nullptr;
}

void ModelDownloader::refresh()
{
    if (m_model.isEmpty() || m_state == State::Downloading)
        return;
    if (m_tags)
        m_tags->cancel();
    setState(State::Checking, tr("Asking Ollama whether %1 is installed…").arg(m_model.toHtmlEscaped()));
    OllamaCall *call = m_client->tags();
    m_tags = call;
    connect(call, &OllamaCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->error().kind == OllamaError::Kind::Cancelled)
            return;
        if (m_tags == call)
            m_tags = nullptr;
        if (call->error().isError()) {
            setState(State::Unreachable,
                tr("Could not ask Ollama which models are installed: %1").arg(call->error().message.toHtmlEscaped()));
            return;
        }
        m_installed.clear();
        m_local = parseTags(call->result());
        for (const LocalModel &m : std::as_const(m_local))
            m_installed << normalizeModelName(m.name);
        emit installedModelsChanged(m_installed);
        if (isInstalled(m_model))
            setState(State::Installed, tr("<b>%1</b> is installed in Ollama.").arg(m_model.toHtmlEscaped()));
        else
            setState(State::Missing,
                tr("<b>%1</b> is not installed in Ollama yet. Download it here or later with <code>ollama pull "
                   "%1</code>.")
                    .arg(m_model.toHtmlEscaped()));
    });
}

void ModelDownloader::startDownload()
{
    if (m_model.isEmpty() || m_state == State::Downloading)
        return;
    if (m_tags)
        m_tags->cancel();
    m_layers.clear();
    m_progress->setRange(0, 0); // busy until the first sizes arrive
    setState(State::Downloading, tr("Downloading %1…").arg(m_model.toHtmlEscaped()));
    OllamaCall *call = m_client->pull(m_model);
    m_pull = call;
    connect(call, &OllamaCall::objectReceived, this, &ModelDownloader::onPullObject);
    connect(call, &OllamaCall::finished, this, [this, call] { onPullFinished(call); });
}

void ModelDownloader::cancelDownload()
{
    if (m_pull)
        m_pull->cancel();
}

void ModelDownloader::onPullObject(const QJsonObject &object)
{
    const PullProgress p = parsePullProgress(object);
    if (!p.digest.isEmpty() && p.total && *p.total > 0)
        m_layers.insert(p.digest, { p.completed.value_or(0), *p.total });
    qint64 done = 0, total = 0;
    for (const auto &layer : std::as_const(m_layers)) {
        done += layer.first;
        total += layer.second;
    }
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(1000.0 * static_cast<double>(done) / static_cast<double>(total)));
        m_progress->setFormat(tr("%1 of %2 MB").arg(done / 1000000).arg(total / 1000000));
    }
    m_status->setText(tr("Downloading %1: %2").arg(m_model.toHtmlEscaped(), p.status.toHtmlEscaped()));
}

void ModelDownloader::onPullFinished(OllamaCall *call)
{
    call->deleteLater();
    m_pull = nullptr;
    m_progress->setRange(0, 1000);
    const OllamaError &e = call->error();
    if (e.kind == OllamaError::Kind::Cancelled) {
        setState(State::Missing,
            tr("Download of %1 cancelled. Nothing was installed; download it again at any time.")
                .arg(m_model.toHtmlEscaped()));
        return;
    }
    if (e.isError()) {
        setState(State::Failed,
            tr("<b>The download of %1 failed:</b> %2").arg(m_model.toHtmlEscaped(), e.message.toHtmlEscaped()));
        return;
    }
    m_progress->setValue(1000);
    m_state = State::Unknown; // refresh() asks /api/tags again
    refresh();
}

void ModelDownloader::setState(State state, const QString &text)
{
    m_state = state;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    const bool downloading = state == State::Downloading;
    m_progress->setVisible(downloading);
    m_cancel->setVisible(downloading);
    m_download->setVisible(state == State::Missing || state == State::Failed);
    m_download->setText(state == State::Failed ? tr("&Try the download again") : tr("&Download"));
    if (downloading) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("starting…"));
    }
    emit stateChanged(state);
}

} // namespace ogs::ui
