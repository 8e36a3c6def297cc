#include "variantchoice.h"

#include "common/coretext.h"
#include "sizeparse.h"

namespace ogs {

std::optional<VariantChoice> chooseVariant(const QList<CatalogueModel> &family, const BudgetInput &base)
{
    if (family.isEmpty())
        return std::nullopt;
    for (auto it = family.crbegin(); it != family.crend(); ++it) {
        if (it->minVramBytes > base.vramTotal)
            continue;
        BudgetInput in = base;
        in.weights = it->sizeBytes;
        in.arch = it->arch;
        if (!computeBudget(in).fits)
            continue;
        VariantChoice c { *it, true, {} };
        if (it->library) {
            c.reason = BudgetText::tr("%1 (%2, %3) is the largest choice from Ollama's library that fits fully on "
                                      "this card's GPU at %4 tokens of context.")
                           .arg(it->name, it->quantization, formatBytesBoth(it->sizeBytes))
                           .arg(base.context);
            return c;
        }
        c.reason
            = BudgetText::tr("%1 (%2, %3) is the largest variant whose minimum VRAM (%4) this card meets and that fits "
                             "fully on the GPU at %5 tokens of context.")
                  .arg(it->variant, it->quantization, formatBytesBoth(it->sizeBytes), formatBytesBoth(it->minVramBytes))
                  .arg(base.context);
        return c;
    }
    VariantChoice c { family.constFirst(), false, {} };
    c.reason
        = BudgetText::tr("Even the smallest variant, %1 (%2), does not fit fully at %3 tokens of context; it will run "
                         "partly on the CPU. A shorter context helps.")
              .arg(c.model.variant, formatBytesBoth(c.model.sizeBytes))
              .arg(base.context);
    return c;
}

} // namespace ogs
