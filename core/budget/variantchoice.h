#pragma once

#include "modelcatalogue.h"
#include "vrambudget.h"

namespace ogs {

/// Which variant of a model family to pick for a card, and why.
struct VariantChoice {
    CatalogueModel model;
    bool fitsFully = false;
    QString reason;
};

/// The largest variant whose minimum VRAM the card meets and that fits fully at the given
/// settings; else the smallest (which will partly run on the CPU). nullopt for an empty family.
/// `base` supplies VRAM, context, parallel, KV type and overhead; its weights and arch are replaced.
std::optional<VariantChoice> chooseVariant(const QList<CatalogueModel> &family, const BudgetInput &base);

} // namespace ogs
