// Catch2 runner for widget tests: an offscreen QApplication, French like the users' screens.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/Translations.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("JALON_TEST_SOURCE_DIR")) {
        qputenv("JALON_TEST_SOURCE_DIR", JALON_SOURCE_DIR);
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JalonTests"));
    QApplication::setApplicationName(QStringLiteral("JalonTests"));
    jalon::installTranslations(app, QStringLiteral("fr"));
    return Catch::Session().run(argc, argv);
}
