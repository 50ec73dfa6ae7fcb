#include "CliArguments.h"
#include "CliContext.h"
#include "Commands.h"

#include "directory/DirectoryImporter.h"
#include "directory/DirectoryParser.h"
#include "directory/DirectorySearch.h"
#include "directory/DirectoryStore.h"

#include <QCoreApplication>

namespace jalon::cli {

namespace {

QString issueLine(const ImportIssue& issue) {
    return QStringList{issue.recordId, issue.field.isEmpty() ? QStringLiteral("-") : issue.field,
                       issue.error ? QStringLiteral("error") : QStringLiteral("warning"), issue.message}
        .join(QLatin1Char('\t'));
}

int import(CliContext& context, const CliArguments& arguments) {
    if (arguments.positional().size() != 2) {
        return context.usage(
            QCoreApplication::translate("Cli", "directory import needs the file to import."));
    }
    // Refused whole before the database is touched when the file is not the format.
    const Result<DirectoryBatch> batch = DirectoryParser::read(arguments.positional().at(1));
    if (!batch) {
        return context.fail(batch.error());
    }
    if (!context.open()) {
        return Failure;
    }
    DirectoryImporter::Options options;
    options.source = arguments.value(QStringLiteral("source")).trimmed();
    options.dryRun = arguments.has(QStringLiteral("dry-run"));
    const Result<ImportReport> report =
        DirectoryImporter(context.database(), context.actor()).run(batch.value(), options);
    if (!report) {
        return context.fail(report.error());
    }
    for (const ImportIssue& issue : report->issues) {
        context.out() << issueLine(issue) << '\n';
    }
    context.out() << report->summary() << Qt::endl;
    return Success;
}

QStringList listOption(const CliArguments& arguments, const QString& name) {
    return arguments.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

int search(CliContext& context, CliArguments& arguments) {
    if (arguments.positional().size() > 2) {
        return context.usage(QCoreApplication::translate(
            "Cli", "directory search takes one TEXT (quote it when it has spaces)."));
    }
    DirectoryQuery query;
    query.text = arguments.positional().value(1);
    query.thematiques = listOption(arguments, QStringLiteral("theme"));
    query.types = listOption(arguments, QStringLiteral("type"));
    query.communeInsee = arguments.value(QStringLiteral("commune"));
    query.includeWithdrawn = arguments.has(QStringLiteral("withdrawn"));
    if (arguments.has(QStringLiteral("free"))) {
        query.frais = {QStringLiteral("gratuit")};
    }
    query.limit = arguments.intValue(QStringLiteral("limit"), 50, 1, 10000);
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    if (!context.open()) {
        return Failure;
    }
    const Result<QList<DirectoryHit>> hits =
        DirectorySearch(context.database()).search(context.actor(), query);
    if (!hits) {
        return context.fail(hits.error());
    }
    for (const DirectoryHit& hit : hits.value()) {
        context.out() << QStringList{hit.key,
                                     hit.name,
                                     hit.structureName,
                                     hit.commune,
                                     hit.thematiques.join(QLatin1Char(',')),
                                     QString::number(hit.ageDays),
                                     QString::number(hit.quality, 'f', 2)}
                             .join(QLatin1Char('\t'))
                      << '\n';
    }
    context.out().flush();
    return Success;
}

int exportLocal(CliContext& context, const CliArguments& arguments) {
    const QString path = arguments.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        return context.usage(QCoreApplication::translate("Cli", "directory export needs --out FILE.json."));
    }
    if (!context.open()) {
        return Failure;
    }
    if (Status written = DirectoryStore(context.database()).exportLocalTo(context.actor(), path); !written) {
        return context.fail(written.error());
    }
    return Success;
}

} // namespace

int runDirectory(CliContext& context, const QStringList& args) {
    CliArguments arguments(args,
                           {QStringLiteral("source"), QStringLiteral("theme"), QStringLiteral("commune"),
                            QStringLiteral("type"), QStringLiteral("limit"), QStringLiteral("out")},
                           {QStringLiteral("dry-run"), QStringLiteral("free"), QStringLiteral("withdrawn")});
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    const QString sub = arguments.positional().value(0);
    if (sub == QLatin1String("import")) {
        return import(context, arguments);
    }
    if (sub == QLatin1String("search")) {
        return search(context, arguments);
    }
    if (sub == QLatin1String("export")) {
        return exportLocal(context, arguments);
    }
    return context.usage(QCoreApplication::translate(
        "Cli", "directory takes: import FILE [--source NAME] [--dry-run], search TEXT [--theme CODE] "
               "[--commune INSEE] [--type CODE] [--free], export --out FILE."));
}

} // namespace jalon::cli
