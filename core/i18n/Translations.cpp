#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jalon {

bool installTranslations(QCoreApplication& app, const QString& language) {
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        return false;
    }
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    if (language == QLatin1String("en")) {
        return true;
    }
    auto* jalonTranslator = new QTranslator(&app);
    if (!jalonTranslator->load(QStringLiteral(":/i18n/jalon_%1.qm").arg(language))) {
        delete jalonTranslator;
        return false;
    }
    QCoreApplication::installTranslator(jalonTranslator);
    return true;
}

} // namespace jalon
