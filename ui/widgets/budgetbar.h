#pragma once

#include "budget/vrambudget.h"

#include <QWidget>

namespace ogs::ui {

/// A horizontal stacked bar: model weights, KV cache, compute buffer and overhead against the
/// VRAM available, with a marker where the card's memory ends.
class BudgetBar final : public QWidget {
    Q_OBJECT
public:
    explicit BudgetBar(QWidget *parent = nullptr);
    void setBudget(const BudgetResult &result, qint64 available);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The segments as drawn, for tests and the accessible description.
    struct Segment {
        QString label;
        qint64 bytes = 0;
        QColor color;
    };
    QList<Segment> segments() const { return m_segments; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Segment> m_segments;
    qint64 m_available = 0;
};

} // namespace ogs::ui
