#include "CliArguments.h"
#include "CliContext.h"
#include "Commands.h"

#include "PagedDocumentWriter.h"
#include "PathwayDocuments.h"

#include "pathway/Timeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextDocument>

namespace jalon::cli {

namespace {

QString clean(QString field) {
    return field.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// jalon-cli pathway events PERSON_ID: one event per line, oldest first.
int events(CliContext& context, const CliArguments& arguments) {
    if (arguments.positional().size() != 2 || arguments.has(QStringLiteral("out")) ||
        arguments.has(QStringLiteral("what"))) {
        return context.usage(
            QCoreApplication::translate("Cli", "pathway events needs one person id, nothing else."));
    }
    if (!context.open()) {
        return Failure;
    }
    const auto list = Timeline(context.database()).events(context.actor(), arguments.positional().at(1));
    if (!list) {
        return context.fail(list.error());
    }
    for (const PathwayEvent& event : list.value()) {
        context.out() << QStringList{event.occurredOn, event.kind, event.action,
                                     clean(Timeline::describe(event)), clean(event.actorName)}
                             .join(QLatin1Char('\t'))
                      << '\n';
    }
    context.out().flush();
    return Success;
}

// jalon-cli pathway print PERSON_ID --what plan|contract|convocation --out FILE.pdf [--appointment ID]
int print(CliContext& context, const CliArguments& arguments) {
    if (arguments.positional().size() != 2) {
        return context.usage(QCoreApplication::translate("Cli", "pathway print needs one person id."));
    }
    const QString what = arguments.value(QStringLiteral("what"));
    const QString out = arguments.value(QStringLiteral("out"));
    if (what != QLatin1String("plan") && what != QLatin1String("contract") &&
        what != QLatin1String("convocation")) {
        return context.usage(
            QCoreApplication::translate("Cli", "pathway print needs --what plan, contract or convocation."));
    }
    if (out.isEmpty()) {
        return context.usage(
            QCoreApplication::translate("Cli", "pathway print needs --out FILE.pdf, the PDF to write."));
    }
    if (!context.open()) {
        return Failure;
    }
    PathwayPrintout::What kind = PathwayPrintout::What::Plan;
    if (what == QLatin1String("contract")) {
        kind = PathwayPrintout::What::Contract;
    } else if (what == QLatin1String("convocation")) {
        kind = PathwayPrintout::What::Convocation;
    }
    const Result<PathwayDocument> built =
        buildPathwayDocument(context.database(), context.actor(), arguments.positional().at(1), kind,
                             arguments.value(QStringLiteral("appointment")));
    if (!built) {
        return context.fail(built.error());
    }
    const QString& title = built->title;
    if (const Status written = PagedDocumentWriter::writePdf(*built->document, out, title); !written) {
        return context.fail(written.error());
    }
    context.out()
        << QCoreApplication::translate("Cli", "%1 written to %2.").arg(title, QDir::toNativeSeparators(out))
        << Qt::endl;
    return Success;
}

} // namespace

// jalon-cli pathway events PERSON_ID, pathway print PERSON_ID --what plan|contract|convocation --out FILE.pdf
int runPathway(CliContext& context, const QStringList& args) {
    const CliArguments arguments(
        args, {QStringLiteral("out"), QStringLiteral("what"), QStringLiteral("appointment")}, {});
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    const QString action = arguments.positional().value(0);
    if (action == QLatin1String("events")) {
        return events(context, arguments);
    }
    if (action == QLatin1String("print")) {
        return print(context, arguments);
    }
    return context.usage(action.isEmpty()
                             ? QCoreApplication::translate("Cli", "pathway needs an action: events or print.")
                             : QCoreApplication::translate("Cli", "Unknown pathway action: %1.").arg(action));
}

} // namespace jalon::cli
