#pragma once

#include "modelarch.h"

#include <QList>

namespace ogs {

/// A model the budget knows without asking Ollama.
struct CatalogueModel {
    QString name; ///< "coheara-medgemma-4b-q8"
    QString family; ///< "coheara-medgemma-4b": variants of one model
    QString variant; ///< "q8"
    QString quantization; ///< "Q8_0"
    QString quality; ///< English, from the JSON: show qualityText()
    qint64 sizeBytes = 0;
    qint64 minVramBytes = 0;
    bool library = true; ///< in Ollama's library: `ollama pull NAME` works
    QString buildCommand; ///< how a model outside the library is built ("./setup-medgemma.sh q8")
    QString source; ///< where the size and architecture numbers come from (required)
    ModelArch arch;
};

/// `model.quality` in the GUI's language (context ogs::BudgetText); English without a translator.
QString qualityText(const CatalogueModel &model);
/// The quality words lupdate knows (listed in modelcatalogue.cpp): every one the JSON uses must be here.
QStringList catalogueQualityTexts();

/// The command that gets `name` onto this machine: its build command for a locally built
/// catalogue model (MedGemma), else `ollama pull NAME`.
QString installCommand(const QString &name);

/// resources/data/model-catalogue.json: the seed's MedGemma variants and the sliding-window
/// layouts of architectures whose metadata does not spell them out.
class ModelCatalogue {
public:
    static ModelCatalogue fromJson(const QByteArray &json, QString *error);
    static const ModelCatalogue &builtin();

    bool isEmpty() const { return m_models.isEmpty(); }
    /// By name, ignoring case and a ":latest" tag.
    const CatalogueModel *find(const QString &name) const;
    /// Every variant of `family`, smallest first.
    QList<CatalogueModel> family(const QString &family) const;
    const QList<CatalogueModel> &models() const { return m_models; }
    /// The models `ollama pull` can download, smallest first.
    QList<CatalogueModel> libraryModels() const;
    const QHash<QString, int> &globalEvery() const { return m_globalEvery; }

private:
    QList<CatalogueModel> m_models;
    QHash<QString, int> m_globalEvery;
};

} // namespace ogs
