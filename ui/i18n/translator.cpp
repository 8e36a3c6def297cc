#include "translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace ogs::ui {

namespace {

const QString kPrefix = QStringLiteral("ollama-gpu-setup_");
const QString kInstalledName = QStringLiteral("ogs-i18n"); ///< objectName of the translators installTranslator made
const QString kSourceLanguage = QStringLiteral("en"); ///< its file holds only the plural forms (lupdate -pluralonly)

bool isEnglish(const QString &uiLanguage)
{
    return QLocale(uiLanguage).language() == QLocale::English;
}

} // namespace

QStringList availableLanguages()
{
    QStringList langs;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString lang = f.mid(kPrefix.size(), f.size() - kPrefix.size() - 3);
        if (lang != kSourceLanguage)
            langs << lang;
    }
    return langs;
}

QStringList preferredUiLanguages(const QString &requested, const QLocale &system)
{
    if (requested.isEmpty())
        return system.uiLanguages();
    QStringList langs{requested};
    const QLocale locale(requested);
    if (locale.language() != QLocale::C)
        langs << locale.uiLanguages();
    return langs;
}

QString chooseLanguage(const QStringList &uiLanguages, const QStringList &available)
{
    for (const QString &ui : uiLanguages) {
        if (isEnglish(ui))
            return QString(); // the source language: a later, less preferred entry must not win
        const QLocale locale(ui);
        QStringList candidates{QString(ui).replace(QLatin1Char('-'), QLatin1Char('_'))};
        if (locale.language() != QLocale::C)
            candidates << locale.name() << QLocale::languageToCode(locale.language());
        for (const QString &c : std::as_const(candidates)) {
            if (available.contains(c))
                return c;
        }
    }
    return QString();
}

QString installTranslator(QCoreApplication &app, const QString &lang, const QLocale &system)
{
    const QList<QTranslator *> earlier = app.findChildren<QTranslator *>(kInstalledName, Qt::FindDirectChildrenOnly);
    for (QTranslator *t : earlier) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const QString chosen = chooseLanguage(preferredUiLanguages(lang, system));
    auto *own = new QTranslator(&app);
    own->setObjectName(kInstalledName);
    // English too: its file gives "%n model(s)" its forms, "1 model" and "2 models".
    if (!own->load(kPrefix + (chosen.isEmpty() ? kSourceLanguage : chosen), QStringLiteral(":/i18n"))) {
        delete own;
        return QString();
    }
    QCoreApplication::installTranslator(own);
    if (chosen.isEmpty())
        return QString();
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kInstalledName);
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return chosen;
}

QString languageNotice(const QString &requested, const QString &loaded, const QStringList &available)
{
    if (requested.isEmpty() || !loaded.isEmpty() || isEnglish(requested))
        return QString();
    return QStringLiteral("no translation for --lang %1; showing English (available: en, %2)").arg(requested, available.join(QStringLiteral(", ")));
}

} // namespace ogs::ui
