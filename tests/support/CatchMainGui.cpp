// Catch2 runner for document tests (jalon-docs): an offscreen QGuiApplication for fonts and
// painting, no widgets, French like the documents people are handed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/Translations.h"

#include <QGuiApplication>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("JALON_TEST_SOURCE_DIR")) {
        qputenv("JALON_TEST_SOURCE_DIR", JALON_SOURCE_DIR);
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("JalonTests"));
    QGuiApplication::setApplicationName(QStringLiteral("JalonTests"));
    jalon::installTranslations(app, QStringLiteral("fr"));
    return Catch::Session().run(argc, argv);
}
