#pragma once

#include "download.h"
#include "env/processrunner.h"
#include "installplan.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace ogs {

class OllamaClient;

/// What the executor may touch, as parameters: tests record processes and answer on loopback.
struct ExecutorContext {
    ProcessRunner *runner = nullptr;
    QNetworkAccessManager *nam = nullptr;
    DownloadOptions download;
    int runTimeoutMs = 30 * 60 * 1000;
    /// Show step: hands the script's text and SHA-256 to the user; false stops before anything runs.
    std::function<bool(const InstallStep &step, const QByteArray &text, const QString &sha256)> show;
    /// ClearEnv step: removes the variable where Ollama reads it; false (and *error) when that failed.
    std::function<bool(const QString &key, QString *error)> clearEnv;
};

/// Runs an InstallPlan step by step. A downloaded file is run only when its SHA-256 still equals
/// the one verified (or shown) a moment before. Ends exactly once with finished().
class InstallExecutor final : public QObject {
    Q_OBJECT
public:
    InstallExecutor(InstallPlan plan, ExecutorContext context, QObject *parent = nullptr);
    ~InstallExecutor() override;

    void start();
    /// Stops after the current step; a running download is aborted and its part file removed.
    void cancel();
    /// Runs a local event loop until the plan ends; true when every step succeeded.
    bool wait();

    bool isDone() const { return m_done; }
    bool succeeded() const { return m_done && m_error.isEmpty(); }
    bool wasCancelled() const { return m_cancelled; }
    QString error() const { return m_error; }
    int stepsDone() const { return m_next; }
    const InstallPlan &plan() const { return m_plan; }

    /// SHA-256 of a file, lowercase hex; empty when it cannot be read.
    static QString fileSha256(const QString &path);

signals:
    void stepStarted(int index, const QString &description);
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void runNext();
    void stepDone();
    void fail(const QString &message);
    void startDownload(const InstallStep &step);
    void startWait(const InstallStep &step);
    bool verify(const InstallStep &step);
    bool show(const InstallStep &step);
    bool run(const InstallStep &step);
    bool clearEnv(const InstallStep &step);

    InstallPlan m_plan;
    ExecutorContext m_ctx;
    QMap<QString, QString> m_verified; ///< file → SHA-256 checked (or shown) in this run
    QPointer<Download> m_download;
    QPointer<OllamaClient> m_client;
    QString m_error;
    int m_next = 0;
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace ogs
