#include "pathcomparisontable.h"

#include <QHeaderView>

namespace ogs::ui {

PathComparisonTable::PathComparisonTable(QWidget *parent)
    : QTableWidget(6, 3, parent)
{
    setObjectName(QStringLiteral("pathComparisonTable"));
    setAccessibleName(tr("Comparison of the three AMD acceleration paths"));
    setHorizontalHeaderLabels({tr("ROCm"), tr("Vulkan"), tr("ollama-for-amd")});
    setVerticalHeaderLabels({tr("Speed"), tr("Setup"), tr("GPU requirement"), tr("Stability"), tr("Extra install"), tr("Platforms")});
    const QList<QStringList> rows{
        {tr("Best"), tr("Good (about 60–80 % of ROCm)"), tr("Best")},
        {tr("Moderate"), tr("Trivial (one variable)"), tr("Moderate")},
        {tr("Official list only"), tr("Any GPU with Vulkan"), tr("Extended AMD list")},
        {tr("Production"), tr("Experimental"), tr("Community-maintained")},
        {tr("HIP SDK on Windows"), tr("None"), tr("Replaces Ollama")},
        {tr("Windows and Linux"), tr("Windows and Linux"), tr("Windows only")},
    };
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(true);
    resizeRowsToContents();
}

} // namespace ogs::ui
