#include "setupsession.h"

#include <QThread>

namespace ogs::ui {

SetupSession::SetupSession(DetectOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

void SetupSession::startScan()
{
    if (m_scanning)
        return;
    m_scanning = true;
    emit scanStarted();
    auto *result = new DetectionReport;
    QThread *thread = QThread::create([options = m_options, result] { *result = makeDetector(options).run(); });
    connect(thread, &QThread::finished, this, [this, thread, result] {
        m_detection = std::move(*result);
        delete result;
        thread->deleteLater();
        m_scanning = false;
        m_hasScan = true;
        emit scanFinished();
    });
    thread->start();
}

} // namespace ogs::ui
