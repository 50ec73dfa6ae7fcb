// Catch2 runner for core and CLI tests: a QCoreApplication, French-independent messages.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("JALON_TEST_SOURCE_DIR")) {
        qputenv("JALON_TEST_SOURCE_DIR", JALON_SOURCE_DIR);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("JalonTests"));
    QCoreApplication::setApplicationName(QStringLiteral("JalonTests"));
    return Catch::Session().run(argc, argv);
}
