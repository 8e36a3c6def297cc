#pragma once

#include "compattable.h"
#include "pathrules.h"
#include "recommendation.h"

namespace ogs {

/// Ranks the acceleration paths for one GPU: the compatibility table (or the install's own
/// rocBLAS files) decides what ROCm can do, the path rules add known bugs and requirements.
class Recommender final {
public:
    explicit Recommender(
        const CompatTable &table = CompatTable::builtin(), const PathRules &rules = PathRules::builtin())
        : m_table(table)
        , m_rules(rules)
    {
    }

    Recommendation recommend(const RecommendInput &input) const;

private:
    PathAdvice makePath(PathId id) const;
    void recommendAmd(const RecommendInput &input, Recommendation &rec) const;
    void recommendNvidia(const RecommendInput &input, Recommendation &rec) const;
    void recommendWsl(const RecommendInput &input, Recommendation &rec) const;
    PathAdvice vulkanPath(const RecommendInput &input, bool otherBackendClaimsGpu) const;
    void applyRules(const RecommendInput &input, Recommendation &rec) const;
    void applyIgpuFilter(const RecommendInput &input, Recommendation &rec) const;
    void applyWindowsVulkanLoader(const RecommendInput &input, Recommendation &rec) const;
    void addTokenEstimates(const RecommendInput &input, Recommendation &rec) const;

    const CompatTable &m_table;
    const PathRules &m_rules;
};

} // namespace ogs
