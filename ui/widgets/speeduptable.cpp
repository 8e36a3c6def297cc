#include "speeduptable.h"

#include <QHeaderView>

namespace ogs::ui {

namespace {

QString number(const std::optional<double> &v, const QString &unit, int decimals = 1)
{
    return v ? QStringLiteral("%1 %2").arg(QString::number(*v, 'f', decimals), unit) : QStringLiteral("–");
}

QString ratio(const std::optional<double> &num, const std::optional<double> &den)
{
    if (!num || !den || *den <= 0)
        return QStringLiteral("–");
    return QStringLiteral("%1×").arg(QString::number(*num / *den, 'f', 1));
}

std::optional<double> seconds(const BenchRun &r)
{
    const std::optional<double> ms = r.ttftMs();
    return ms ? std::optional<double>(*ms / 1000.0) : std::nullopt;
}

} // namespace

SpeedupTable::SpeedupTable(QWidget *parent)
    : QTableWidget(3, 3, parent)
{
    setObjectName(QStringLiteral("speedupTable"));
    setAccessibleName(tr("CPU and GPU speed compared"));
    setHorizontalHeaderLabels({ tr("CPU only"), tr("GPU"), tr("Speedup") });
    setVerticalHeaderLabels({ tr("Prompt processing"), tr("Generation"), tr("Time to first token") });
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedHeight(
        horizontalHeader()->sizeHint().height() + 3 * verticalHeader()->defaultSectionSize() + 2 * frameWidth());
}

void SpeedupTable::showReport(const BenchReport &report)
{
    const BenchRun none;
    const BenchRun &cpu = report.cpu ? *report.cpu : none;
    const BenchRun &gpu = report.gpu;
    const QString tokS = tr("tok/s");
    const QString s = tr("s");
    const QList<QStringList> rows {
        { number(cpu.promptEvalRate(), tokS), number(gpu.promptEvalRate(), tokS),
            ratio(gpu.promptEvalRate(), cpu.promptEvalRate()) },
        { number(cpu.evalRate(), tokS), number(gpu.evalRate(), tokS), ratio(gpu.evalRate(), cpu.evalRate()) },
        { number(seconds(cpu), s, 2), number(seconds(gpu), s, 2), ratio(seconds(cpu), seconds(gpu)) },
    };
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            item->setTextAlignment(Qt::AlignCenter);
            setItem(r, c, item);
        }
    }
}

} // namespace ogs::ui
