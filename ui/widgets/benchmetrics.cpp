#include "benchmetrics.h"

#include <QGridLayout>
#include <QLabel>

namespace ogs::ui {

namespace {

QLabel *value(const char *name, QWidget *parent)
{
    auto *l = new QLabel(QStringLiteral("–"), parent);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    l->setFont(f);
    return l;
}

QString rate(const std::optional<double> &v)
{
    return v ? BenchMetrics::tr("%1 tok/s").arg(QString::number(*v, 'f', 1)) : QStringLiteral("–");
}

} // namespace

BenchMetrics::BenchMetrics(QWidget *parent)
    : QWidget(parent)
    , m_ttft(value("ttftLabel", this))
    , m_rate(value("rateLabel", this))
    , m_promptRate(value("promptRateLabel", this))
    , m_processor(value("processorSplitLabel", this))
{
    setObjectName(QStringLiteral("benchMetrics"));
    m_ttft->setAccessibleName(tr("Time to first token"));
    m_rate->setAccessibleName(tr("Generation speed"));
    m_promptRate->setAccessibleName(tr("Prompt processing speed"));
    m_processor->setAccessibleName(tr("Where the model runs"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QLabel *>> cells { { tr("Time to first token"), m_ttft },
        { tr("Generation"), m_rate }, { tr("Prompt processing"), m_promptRate }, { tr("Processor"), m_processor } };
    for (int i = 0; i < cells.size(); ++i) {
        auto *caption = new QLabel(cells.at(i).first, this);
        caption->setEnabled(false); // the palette's secondary text
        grid->addWidget(caption, 0, i);
        grid->addWidget(cells.at(i).second, 1, i);
        grid->setColumnStretch(i, 1);
    }
}

void BenchMetrics::clear()
{
    for (QLabel *l : { m_ttft, m_rate, m_promptRate, m_processor })
        l->setText(QStringLiteral("–"));
}

void BenchMetrics::showLiveRate(double tokensPerSecond)
{
    m_rate->setText(rate(tokensPerSecond));
}

void BenchMetrics::setProcessor(const QString &processor)
{
    m_processor->setText(processor.isEmpty() ? QStringLiteral("–") : processor);
}

void BenchMetrics::showRun(const BenchRun &run)
{
    const std::optional<double> ttft = run.ttftMs();
    m_ttft->setText(ttft ? tr("%1 ms").arg(QString::number(*ttft, 'f', 0)) : QStringLiteral("–"));
    m_rate->setText(rate(run.evalRate() ? run.evalRate() : run.clientTokensPerSecond()));
    m_promptRate->setText(rate(run.promptEvalRate()));
    setProcessor(run.processor);
}

} // namespace ogs::ui
