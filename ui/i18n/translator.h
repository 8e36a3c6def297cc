#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ogs::ui {

/// The languages shipped, as codes ("de", "es", "fr", "ja", "pt_BR", "zh_CN"). English, the
/// source language, is not listed: its file (ollama-gpu-setup_en) holds only the plural forms.
QStringList availableLanguages();

/// The UI languages to try, best first: `requested` (--lang, "de", "pt_BR", "pt-BR") when given,
/// otherwise the system locale's ("de-DE", "de"; on Unix $LANGUAGE's list comes first).
QStringList preferredUiLanguages(const QString &requested, const QLocale &system = QLocale::system());

/// The shipped translation for `uiLanguages` (best first): the first entry that is English or has a
/// translation decides ("de-AT" → "de", "pt" → "pt_BR", "zh-Hans-CN" → "zh_CN", "en-GB" → "").
/// An empty result means the interface stays in English.
QString chooseLanguage(const QStringList &uiLanguages, const QStringList &available = availableLanguages());

/// Loads the wizard's translation and Qt's own (standard buttons) for `lang` ("de", "pt_BR");
/// an empty `lang` follows `system`. Replaces what an earlier call installed. Returns the language
/// loaded, or an empty string when the interface stays in English; English then gets its plural
/// forms ("1 model", "2 models" for "%n model(s)").
QString installTranslator(QCoreApplication &app, const QString &lang = QString(), const QLocale &system = QLocale::system());

/// What to tell the user when --lang `requested` asked for a language that is not shipped (and is
/// not English) and `loaded` came back empty; an empty string when there is nothing to say.
QString languageNotice(const QString &requested, const QString &loaded, const QStringList &available = availableLanguages());

} // namespace ogs::ui
