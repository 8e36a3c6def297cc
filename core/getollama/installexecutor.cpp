#include "installexecutor.h"

#include "common/coretext.h"
#include "ollama/ollamaclient.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace ogs {

InstallExecutor::InstallExecutor(InstallPlan plan, ExecutorContext context, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_ctx(std::move(context))
{
}

InstallExecutor::~InstallExecutor()
{
    if (m_download && !m_download->isDone())
        m_download->cancel();
}

QString InstallExecutor::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

void InstallExecutor::start()
{
    QTimer::singleShot(0, this, &InstallExecutor::runNext);
}

void InstallExecutor::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_download && !m_download->isDone()) {
        m_download->cancel(); // its finished() ends the plan
        return;
    }
    if (m_client) {
        fail(QStringLiteral("cancelled"));
        return;
    }
}

bool InstallExecutor::wait()
{
    if (!m_done) {
        QEventLoop loop;
        connect(this, &InstallExecutor::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return succeeded();
}

void InstallExecutor::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_error = m_cancelled ? QStringLiteral("cancelled") : message;
    if (m_client)
        m_client->deleteLater();
    emit finished();
}

void InstallExecutor::stepDone()
{
    ++m_next;
    QTimer::singleShot(0, this, &InstallExecutor::runNext);
}

void InstallExecutor::runNext()
{
    if (m_done)
        return;
    if (m_cancelled) {
        fail(QStringLiteral("cancelled"));
        return;
    }
    if (m_next >= m_plan.steps.size()) {
        m_done = true;
        emit finished();
        return;
    }
    const InstallStep step = m_plan.steps.at(m_next);
    emit stepStarted(m_next, step.description);
    bool ok = true;
    switch (step.kind) {
    case InstallStep::Kind::Download:
        startDownload(step);
        return;
    case InstallStep::Kind::Wait:
        startWait(step);
        return;
    case InstallStep::Kind::Verify:
        ok = verify(step);
        break;
    case InstallStep::Kind::Show:
        ok = show(step);
        break;
    case InstallStep::Kind::Run:
        ok = run(step);
        break;
    case InstallStep::Kind::ClearEnv:
        ok = clearEnv(step);
        break;
    }
    if (ok)
        stepDone();
}

void InstallExecutor::startDownload(const InstallStep &step)
{
    m_download = new Download(m_ctx.nam, step.url, step.path, step.sha256, m_ctx.download, this);
    connect(m_download, &Download::progress, this, &InstallExecutor::progress);
    connect(m_download, &Download::finished, this, [this, step] {
        Download *d = m_download;
        m_download = nullptr;
        d->deleteLater();
        if (!d->succeeded()) {
            fail(InstallText::tr("download failed, nothing was run: %1").arg(d->error()));
            return;
        }
        if (!step.sha256.isEmpty())
            m_verified.insert(step.path, d->sha256());
        stepDone();
    });
    m_download->start();
}

void InstallExecutor::startWait(const InstallStep &step)
{
    OllamaClientOptions options;
    options.baseUrl = step.serverUrl;
    options.connectTimeoutMs = 2000;
    options.firstByteTimeoutMs = 10000;
    options.retryWindowMs = step.timeoutMs;
    options.retryIntervalMs = 500;
    options.totalTimeoutMs = step.timeoutMs + 15000;
    m_client = new OllamaClient(options, this);
    OllamaCall *call = m_client->version();
    connect(call, &OllamaCall::finished, this, [this, call, step] {
        const bool ok = !call->error().isError();
        const QString why = call->error().message;
        if (m_client)
            m_client->deleteLater();
        m_client = nullptr;
        if (!ok) {
            fail(InstallText::tr("Ollama did not answer at %1 within %2 s after the install: %3")
                     .arg(step.serverUrl.toDisplayString())
                     .arg(step.timeoutMs / 1000)
                     .arg(why));
            return;
        }
        stepDone();
    });
}

bool InstallExecutor::verify(const InstallStep &step)
{
    const QString actual = fileSha256(step.path);
    if (actual.isEmpty()) {
        fail(InstallText::tr("cannot read %1 to check it").arg(step.path));
        return false;
    }
    if (step.sha256.isEmpty() || actual != step.sha256.toLower()) {
        QFile::remove(step.path);
        fail(InstallText::tr("%1 has SHA-256 %2, not the published %3; it was deleted and not run")
                 .arg(step.path, actual, step.sha256));
        return false;
    }
    m_verified.insert(step.path, actual);
    return true;
}

bool InstallExecutor::show(const InstallStep &step)
{
    QFile file(step.path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(InstallText::tr("cannot read %1 to show it").arg(step.path));
        return false;
    }
    const QByteArray text = file.readAll();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    if (!m_ctx.show || !m_ctx.show(step, text, sha)) {
        fail(InstallText::tr("stopped after showing %1; nothing was run").arg(step.path));
        return false;
    }
    m_verified.insert(step.path, sha);
    return true;
}

bool InstallExecutor::run(const InstallStep &step)
{
    QStringList args = step.arguments;
    if (!step.verifyFile.isEmpty()) {
        const QString expected = m_verified.value(step.verifyFile);
        if (expected.isEmpty()) {
            fail(InstallText::tr("refusing to run %1: it was not verified").arg(step.verifyFile));
            return false;
        }
        const QString actual = fileSha256(step.verifyFile);
        if (actual != expected) {
            fail(InstallText::tr("refusing to run %1: it changed after it was verified (SHA-256 %2, verified %3)")
                     .arg(step.verifyFile, actual.isEmpty() ? QStringLiteral("unreadable") : actual, expected));
            return false;
        }
        args.replaceInStrings(QString::fromLatin1(kSha256Placeholder), expected);
    }
    if (!m_ctx.runner) {
        fail(InstallText::tr("no process runner"));
        return false;
    }
    const ProcessResult r = m_ctx.runner->run(step.program, args, m_ctx.runTimeoutMs);
    if (!r.started) {
        fail(InstallText::tr("could not start %1").arg(step.program));
        return false;
    }
    if (r.exitCode != 0) {
        const QString tail = QString::fromUtf8(r.standardError.right(600)).trimmed();
        fail(InstallText::tr("%1 exited with code %2%3")
                 .arg(step.program)
                 .arg(r.exitCode)
                 .arg(tail.isEmpty() ? QString() : QStringLiteral(": ") + tail));
        return false;
    }
    return true;
}

bool InstallExecutor::clearEnv(const InstallStep &step)
{
    QString why;
    if (!m_ctx.clearEnv || !m_ctx.clearEnv(step.envKey, &why)) {
        fail(InstallText::tr("Ollama is installed, but %1 could not be removed: %2")
                 .arg(step.envKey, why.isEmpty() ? InstallText::tr("no way to change the environment here") : why));
        return false;
    }
    return true;
}

} // namespace ogs
