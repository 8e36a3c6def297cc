#include "modelcatalogue.h"

#include "common/builtinresource.h"
#include "common/coretext.h"
#include "common/jsonobject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ogs {

namespace {

QString normalizedName(QString name)
{
    name = name.trimmed().toLower();
    if (name.endsWith(QLatin1String(":latest")))
        name.chop(7);
    return name;
}

} // namespace

ModelCatalogue ModelCatalogue::fromJson(const QByteArray &json, QString *error)
{
    QString localError;
    QString &err = error ? *error : localError;
    const std::optional<QJsonObject> parsed = parseJsonObject(json, &err);
    if (!parsed)
        return {};
    ModelCatalogue c;
    const QJsonObject archs = parsed->value(QLatin1String("architectures")).toObject();
    for (auto it = archs.begin(); it != archs.end(); ++it)
        c.m_globalEvery.insert(it.key(), it.value().toObject().value(QLatin1String("global_every")).toInt());
    const QJsonArray models = parsed->value(QLatin1String("models")).toArray();
    for (int i = 0; i < models.size(); ++i) {
        const QJsonObject o = models.at(i).toObject();
        CatalogueModel m;
        m.name = o.value(QLatin1String("name")).toString();
        m.family = o.value(QLatin1String("family")).toString();
        m.variant = o.value(QLatin1String("variant")).toString();
        m.quantization = o.value(QLatin1String("quantization")).toString();
        m.quality = o.value(QLatin1String("quality")).toString();
        m.sizeBytes = static_cast<qint64>(o.value(QLatin1String("size_bytes")).toDouble());
        m.minVramBytes = static_cast<qint64>(o.value(QLatin1String("min_vram_bytes")).toDouble());
        m.library = o.value(QLatin1String("library")).toBool(true);
        m.buildCommand = o.value(QLatin1String("build_command")).toString();
        m.source = o.value(QLatin1String("source")).toString().trimmed();
        QString archError;
        const std::optional<ModelArch> arch
            = ModelArch::fromModelInfo(o.value(QLatin1String("model_info")).toObject(), c.m_globalEvery, &archError);
        if (m.name.isEmpty() || m.sizeBytes <= 0 || !arch) {
            err = QStringLiteral("models[%1] (%2): %3")
                      .arg(i)
                      .arg(m.name, archError.isEmpty() ? QStringLiteral("needs a name and size_bytes") : archError);
            return {};
        }
        if (m.source.isEmpty()) { // every number must be traceable
            err = QStringLiteral("models[%1] (%2): needs a source (library page or model metadata)").arg(i).arg(m.name);
            return {};
        }
        if (!m.library && m.buildCommand.isEmpty()) {
            err = QStringLiteral("models[%1] (%2): a model outside Ollama's library needs a build_command")
                      .arg(i)
                      .arg(m.name);
            return {};
        }
        m.arch = *arch;
        c.m_models.append(m);
    }
    return c;
}

const ModelCatalogue &ModelCatalogue::builtin()
{
    static const ModelCatalogue catalogue = loadBuiltinResource<ModelCatalogue>(
        QStringLiteral(":/ogs/data/model-catalogue.json"), &ModelCatalogue::fromJson);
    return catalogue;
}

const CatalogueModel *ModelCatalogue::find(const QString &name) const
{
    const QString wanted = normalizedName(name);
    for (const CatalogueModel &m : m_models)
        if (normalizedName(m.name) == wanted)
            return &m;
    return nullptr;
}

QList<CatalogueModel> ModelCatalogue::family(const QString &family) const
{
    QList<CatalogueModel> out;
    for (const CatalogueModel &m : m_models)
        if (!family.isEmpty() && m.family == family)
            out << m;
    std::sort(out.begin(), out.end(),
        [](const CatalogueModel &a, const CatalogueModel &b) { return a.sizeBytes < b.sizeBytes; });
    return out;
}

QList<CatalogueModel> ModelCatalogue::libraryModels() const
{
    QList<CatalogueModel> out;
    for (const CatalogueModel &m : m_models)
        if (m.library)
            out << m;
    std::stable_sort(out.begin(), out.end(),
        [](const CatalogueModel &a, const CatalogueModel &b) { return a.sizeBytes < b.sizeBytes; });
    return out;
}

// model-catalogue.json's quality words, for lupdate; tst_modelcatalogue checks the JSON uses no other.
const char *const kQualityTexts[] = {
    QT_TRANSLATE_NOOP("ogs::BudgetText", "Good for most tasks"),
    QT_TRANSLATE_NOOP("ogs::BudgetText", "Better accuracy (default)"),
    QT_TRANSLATE_NOOP("ogs::BudgetText", "Full precision"),
};

QStringList catalogueQualityTexts()
{
    QStringList out;
    for (const char *t : kQualityTexts)
        out << QString::fromUtf8(t);
    return out;
}

QString installCommand(const QString &name)
{
    const CatalogueModel *m = ModelCatalogue::builtin().find(name);
    if (m && !m->library)
        return m->buildCommand;
    return QStringLiteral("ollama pull ") + name.trimmed();
}

QString qualityText(const CatalogueModel &model)
{
    return BudgetText::tr(model.quality.toUtf8().constData());
}

} // namespace ogs
