#include "translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ogs::ui {

QStringList availableLanguages()
{
    QStringList langs;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("ollama-gpu-setup_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        langs << f.mid(17, f.size() - 17 - 3);
    return langs;
}

QString installTranslator(QCoreApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    auto *own = new QTranslator(&app);
    // QLocale's uiLanguages() gives "pt-BR", "pt"; QTranslator tries each with _ and - forms.
    if (!own->load(locale, QStringLiteral("ollama-gpu-setup"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QString();
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    const QString file = QFileInfo(own->filePath()).completeBaseName();
    return file.mid(file.indexOf(QLatin1Char('_')) + 1);
}

} // namespace ogs::ui
