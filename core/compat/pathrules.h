#pragma once

#include "recommendation.h"

#include <QMap>
#include <QRegularExpression>

namespace ogs {

/// The fixed facts about one path: stability, speed, what it always needs.
struct PathProfile {
    PathId id = PathId::Cpu;
    QString title;
    QString stability;
    Range relativeSpeed;
    QStringList unset;
    QStringList requirements;
    QString source; ///< where stability and speed come from
};

/// What a known-bug rule can test. Empty / unset members match anything.
struct RuleFacts {
    QString platform; ///< "linux", "windows", "wsl2"
    QString vendor; ///< "amd", "nvidia", "intel", "other"
    QString gfx;
    QString model;
    bool integrated = false;
    OllamaVersion version;
    bool rocmNative = false; ///< the effective ROCm target list has this gfx
    QString rocmInstalled; ///< "yes", "no", "unknown"
};

struct RuleCondition {
    QStringList platforms;
    QStringList vendors;
    QRegularExpression gfx;
    QRegularExpression gfxNot;
    QRegularExpression model;
    std::optional<bool> integrated;
    std::optional<OllamaVersion> minVersion;
    std::optional<bool> rocmNative;
    QStringList rocmInstalled;

    bool matches(const RuleFacts &facts) const;
};

/// What a rule does to one path, when that path is offered.
struct RuleEffect {
    PathId path = PathId::Cpu;
    bool promote = false;
    EnvList env;
    EnvList optionalEnv;
    QStringList requirements;
    QStringList reasons;
    QStringList warnings;
};

/// A known bug or requirement, with the report it comes from.
struct PathRule {
    QString id;
    QString reference;
    RuleCondition when;
    QList<RuleEffect> effects;
};

/// One row of the seed's per-GPU speed table.
struct CardSpeed {
    QString card;
    QRegularExpression pattern; ///< matches the card in a GPU name, "RX 7900 XT" not in "RX 7900 XTX"
    Range tokensPerSecond;
    PathId measuredOn = PathId::Rocm;
};

/// resources/data/path-rules.json: profiles, speed table and known-bug rules.
class PathRules {
public:
    static PathRules fromJson(const QByteArray &json, QString *error);
    static const PathRules &builtin();

    bool isEmpty() const { return m_profiles.isEmpty(); }
    PathProfile profile(PathId id) const { return m_profiles.value(id); }
    const QList<PathRule> &rules() const { return m_rules; }
    const QList<CardSpeed> &speeds() const { return m_speeds; }
    QString speedModel() const { return m_speedModel; }
    /// Where the speed table comes from (the seed guide's performance section).
    QString speedSource() const { return m_speedSource; }
    /// The speed row for this GPU name, or nullptr.
    const CardSpeed *speedFor(const QString &gpuName) const;

private:
    QMap<PathId, PathProfile> m_profiles;
    QList<PathRule> m_rules;
    QList<CardSpeed> m_speeds;
    QString m_speedModel;
    QString m_speedSource;
};

} // namespace ogs
