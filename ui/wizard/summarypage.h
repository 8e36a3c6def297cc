#pragma once

#include "report/diagnosticbundle.h"

#include <QWizardPage>

#include <functional>

class QTextBrowser;

namespace ogs::ui {

class SetupSession;

/// Last page: what changed where, how to undo it, a report and a diagnostic bundle to save for a
/// bug report, and the monitor. Reaching it marks the setup complete, so later launches open the
/// home view.
class SummaryPage final : public QWizardPage {
    Q_OBJECT
public:
    /// Asks where to save; gets the suggested file name, returns the path (empty: cancelled).
    using FileChooser = std::function<QString(const QString &suggestedName)>;

    SummaryPage(SetupSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    /// Everything the session knows that a bug report needs, dated by the session's clock.
    DiagnosticInput diagnosticInput() const;
    /// The report as saved: detection, recommendation, the chosen settings and what was applied.
    QString reportText() const;
    /// Writes reportText() to `path` atomically; false with *error naming the file.
    bool saveReport(const QString &path, QString *error) const;
    /// Writes the diagnostic bundle (diagnosticBundle()) as a zip file; false with *error naming the file.
    bool saveBundle(const QString &path, QString *error) const;
    /// Replaces the save dialogs of "Save report…" and "Save diagnostic bundle…" (tests).
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    void openMonitorRequested();

private:
    void onSaveReport();
    void onSaveBundle();
    /// m_chooseFile, else a save dialog with `title` and `filter`.
    QString choosePath(const QString &suggested, const QString &title, const QString &filter);

    SetupSession *m_session;
    QTextBrowser *m_text;
    FileChooser m_chooseFile;
};

} // namespace ogs::ui
