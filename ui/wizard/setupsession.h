#pragma once

#include "detect/detectoptions.h"

#include <QObject>

namespace ogs::ui {

/// The one model the wizard's pages share: what was detected, chosen and applied. Pages read
/// it and ask it to act; long work (the scan) runs off the GUI thread.
class SetupSession final : public QObject {
    Q_OBJECT
public:
    explicit SetupSession(DetectOptions options, QObject *parent = nullptr);

    const DetectOptions &detectOptions() const { return m_options; }
    bool isScanning() const { return m_scanning; }
    bool hasScan() const { return m_hasScan; }
    const DetectionReport &detection() const { return m_detection; }

public slots:
    /// Detects GPUs on a worker thread; emits scanFinished when done. Ignored while one runs.
    void startScan();

signals:
    void scanStarted();
    void scanFinished();

private:
    DetectOptions m_options;
    DetectionReport m_detection;
    bool m_scanning = false;
    bool m_hasScan = false;
};

} // namespace ogs::ui
