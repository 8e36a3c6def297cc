#pragma once

#include <QString>

class QCoreApplication;

namespace ogs::ui {

/// Loads the wizard's translation and Qt's own (standard buttons) for `lang` ("de", "pt_BR");
/// an empty `lang` follows the system locale. Returns the language loaded, or an empty string
/// when the interface stays in English.
QString installTranslator(QCoreApplication &app, const QString &lang = QString());

/// The languages shipped, as codes ("de", "es", "fr", "ja", "pt_BR", "zh_CN").
QStringList availableLanguages();

} // namespace ogs::ui
