#include "budgetbar.h"

#include <QPainter>

namespace ogs::ui {

namespace {

QString gib(qint64 bytes)
{
    return BudgetBar::tr("%1 GiB").arg(static_cast<double>(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
}

} // namespace

BudgetBar::BudgetBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("budgetBar"));
    setAccessibleName(tr("Video memory budget"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize BudgetBar::sizeHint() const
{
    return {400, fontMetrics().height() * 4};
}

QSize BudgetBar::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 4};
}

void BudgetBar::setBudget(const BudgetResult &r, qint64 available)
{
    m_available = available;
    m_segments = {{tr("Weights"), r.weights, QColor(0x3b, 0x82, 0xf6)},
                  {tr("KV cache"), r.kvCache, QColor(0x10, 0xb9, 0x81)},
                  {tr("Compute"), r.graph + r.reserve, QColor(0xf5, 0x9e, 0x0b)},
                  {tr("Overhead"), r.overhead, QColor(0x8b, 0x5c, 0xf6)}};
    // The same rows as `budget` prints (budgetRows): they add up to "required".
    Q_ASSERT(budgetRows(r).size() == m_segments.size());
    QStringList parts;
    for (const Segment &s : std::as_const(m_segments))
        parts << QStringLiteral("%1 %2").arg(s.label, gib(s.bytes));
    setAccessibleDescription(tr("%1 of %2 available").arg(parts.join(QStringLiteral(", ")), gib(available)));
    setToolTip(accessibleDescription());
    update();
}

void BudgetBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int lineH = fontMetrics().height();
    const QRectF bar(1, 1, width() - 2, lineH * 1.8);
    qint64 total = 0;
    for (const Segment &s : std::as_const(m_segments))
        total += s.bytes;
    const double scale = std::max<qint64>({total, m_available, 1});
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Base));
    p.drawRect(bar);
    double x = bar.left();
    for (const Segment &s : std::as_const(m_segments)) {
        const double w = bar.width() * static_cast<double>(s.bytes) / scale;
        p.setBrush(s.color);
        p.drawRect(QRectF(x, bar.top(), w, bar.height()));
        x += w;
    }
    // The end of the available VRAM: everything right of it goes to the CPU.
    const double limit = bar.left() + bar.width() * static_cast<double>(m_available) / scale;
    p.setPen(QPen(palette().color(QPalette::WindowText), 2, Qt::DashLine));
    p.drawLine(QPointF(limit, 0), QPointF(limit, bar.bottom() + 2));
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);

    // Legend
    double lx = 1;
    const double ly = bar.bottom() + lineH * 0.6;
    for (const Segment &s : std::as_const(m_segments)) {
        p.setPen(Qt::NoPen);
        p.setBrush(s.color);
        p.drawRect(QRectF(lx, ly + 2, lineH - 4, lineH - 4));
        p.setPen(palette().color(QPalette::WindowText));
        const QString text = QStringLiteral("%1 %2").arg(s.label, gib(s.bytes));
        p.drawText(QPointF(lx + lineH, ly + fontMetrics().ascent()), text);
        lx += lineH + fontMetrics().horizontalAdvance(text) + lineH;
    }
    const QString avail = tr("| available %1").arg(gib(m_available));
    p.drawText(QPointF(lx, ly + fontMetrics().ascent()), avail);
}

} // namespace ogs::ui
