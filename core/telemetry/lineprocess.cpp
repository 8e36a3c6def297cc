#include "lineprocess.h"

#include "common/coretext.h"

#include <QProcess>

namespace ogs {

QProcessLineProcess::QProcessLineProcess() = default;

QProcessLineProcess::~QProcessLineProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

bool QProcessLineProcess::start(const QString &program, const QStringList &args, int firstOutputMs, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(args);
    m_process->start(QIODevice::ReadOnly);
    if (!m_process->waitForStarted(5000)) {
        *error = TelemetryText::tr("cannot start %1: %2").arg(program, m_process->errorString());
        m_process.reset();
        return false;
    }
    m_process->waitForReadyRead(firstOutputMs);
    return true;
}

QByteArrayList QProcessLineProcess::readLines()
{
    QByteArrayList lines;
    if (!m_process)
        return lines;
    if (m_process->state() == QProcess::Running)
        m_process->waitForReadyRead(0); // take what the pipe holds, without waiting
    while (m_process->canReadLine())
        lines << m_process->readLine().trimmed();
    return lines;
}

QString QProcessLineProcess::exitReason()
{
    if (!m_process)
        return TelemetryText::tr("not started");
    if (m_process->state() != QProcess::NotRunning)
        return QString();
    const QByteArrayList err = m_process->readAllStandardError().trimmed().split('\n');
    const QString last = err.isEmpty() ? QString() : QString::fromLocal8Bit(err.last()).trimmed();
    const QString how = m_process->exitStatus() == QProcess::CrashExit
        ? TelemetryText::tr("crashed")
        : TelemetryText::tr("exited with code %1").arg(m_process->exitCode());
    return last.isEmpty() ? how : QStringLiteral("%1: %2").arg(how, last);
}

} // namespace ogs
