#include "expectedspeed.h"

#include "common/coretext.h"
#include "ollama/ollamatypes.h"

namespace ogs {

std::optional<ExpectedRange> expectedSpeed(
    const Recommendation &rec, PathId path, const QString &gpuName, const QString &model, QString *note)
{
    QString n;
    const PathAdvice *advice = rec.find(path);
    std::optional<ExpectedRange> range;
    if (!advice) {
        n = RecommendText::tr("no expected speed: the %1 path is not offered for %2").arg(pathKey(path), gpuName);
        for (const RejectedPath &r : rec.rejected) {
            if (r.id == path)
                n += QStringLiteral(" (%1)").arg(r.reason);
        }
    } else if (!advice->tokens) {
        n = RecommendText::tr("no expected speed: the speed table has no row for %1").arg(gpuName);
    } else {
        const TokensEstimate &t = *advice->tokens;
        if (normalizeModelName(t.model) != normalizeModelName(model))
            n = RecommendText::tr("the expected speed was measured with %1; %2 may be faster or slower")
                    .arg(t.model, model);
        range = ExpectedRange { static_cast<double>(t.tokensPerSecond.min), static_cast<double>(t.tokensPerSecond.max),
            QStringLiteral("%1 on %2, %3, %4").arg(t.card, pathKey(path), t.basis, t.model), n };
    }
    if (note)
        *note = n;
    return range;
}

} // namespace ogs
