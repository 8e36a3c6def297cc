#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;
class QWizard;

namespace ogs::ui {

/// Lets QWizard's header grow with its page's subtitle. QWizard (ModernStyle, no banner pixmap)
/// caps the header at the height of two lines of "Pq" in the subtitle's font
/// (QWizardHeader::setup): a subtitle that wraps to a third line (German at the minimum width),
/// or two lines in a taller fallback font (Japanese, Chinese), was cut off. This watches the
/// header and sets its height to what its own layout needs at its current width, after every
/// page change, subtitle change and resize. The header stays Qt's (its labels, palette and
/// accessibility); only its height changes.
class WizardHeaderFit final : public QObject {
    Q_OBJECT
public:
    explicit WizardHeaderFit(QWizard *wizard);

    /// The QLabel in `wizard`'s header that shows the current page's subtitle, or null while no
    /// header is shown. The header widget is its parent.
    static QLabel *subTitleLabel(const QWizard *wizard);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QWizard *m_wizard;
    QPointer<QWidget> m_header;
};

} // namespace ogs::ui
