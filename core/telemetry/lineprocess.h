#pragma once

#include <QByteArrayList>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace ogs {

/// A long-running process whose standard output is read line by line without blocking: the
/// seam through which NvidiaSmiTelemetry runs `nvidia-smi -lms`, so tests can hand it lines.
class LineProcess {
public:
    virtual ~LineProcess() = default;
    /// Starts `program` and waits up to `firstOutputMs` for its first output. False with *error
    /// when it could not be started.
    virtual bool start(const QString &program, const QStringList &args, int firstOutputMs, QString *error) = 0;
    /// The complete lines written since the last call, without waiting.
    virtual QByteArrayList readLines() = 0;
    /// Empty while it runs; once it has ended, how (exit code or crash, and its last stderr line).
    virtual QString exitReason() = 0;
};

/// LineProcess over QProcess. The QProcess is created by start(), in the thread that samples.
class QProcessLineProcess final : public LineProcess {
public:
    QProcessLineProcess();
    ~QProcessLineProcess() override; ///< kills the process and waits for it
    bool start(const QString &program, const QStringList &args, int firstOutputMs, QString *error) override;
    QByteArrayList readLines() override;
    QString exitReason() override;

private:
    std::unique_ptr<QProcess> m_process;
};

} // namespace ogs
