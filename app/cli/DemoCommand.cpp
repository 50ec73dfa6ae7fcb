#include "CliArguments.h"
#include "CliContext.h"
#include "Commands.h"

#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace jalon::cli {

// jalon-cli demo --persons N [--seed S]
int runDemo(CliContext& context, const QStringList& args) {
    CliArguments arguments(args, {QStringLiteral("persons"), QStringLiteral("seed")}, {});
    DemoGenerator::Options options;
    options.persons = arguments.intValue(QStringLiteral("persons"), 1000, 0, 1000000);
    options.seed = static_cast<quint32>(arguments.intValue(QStringLiteral("seed"), 1, 0, 2147483647));
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    if (!arguments.positional().isEmpty()) {
        return context.usage(QCoreApplication::translate("Cli", "Unexpected argument: %1.")
                                 .arg(arguments.positional().constFirst()));
    }
    if (!context.open()) {
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    const Result<int> created = DemoGenerator::generate(context.database(), context.actor(), options);
    if (!created) {
        return context.fail(created.error());
    }
    context.out() << QCoreApplication::translate("Cli", "%1 fictional people created in %2 (%3 s).")
                         .arg(created.value())
                         .arg(QDir::toNativeSeparators(context.databasePath()))
                         .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
    return Success;
}

} // namespace jalon::cli
