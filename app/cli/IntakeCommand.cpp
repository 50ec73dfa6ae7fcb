#include "CliArguments.h"
#include "CliContext.h"
#include "Commands.h"

#include "intake/IntakeColumns.h"
#include "intake/IntakeFile.h"
#include "intake/IntakeImporter.h"
#include "intake/IntakeReview.h"

#include <QCoreApplication>

namespace jalon::cli {

namespace {

void printSummary(CliContext& context, const IntakeCounts& c) {
    context.out() << QCoreApplication::translate(
                         "Cli",
                         "%1 rows: %2 new, %3 to update, %4 up to date, %5 possible duplicates, %6 errors.")
                         .arg(c.rows)
                         .arg(c.fresh)
                         .arg(c.updates)
                         .arg(c.upToDate)
                         .arg(c.duplicates)
                         .arg(c.errors)
                  << '\n';
}

int import(CliContext& context, CliArguments& arguments) {
    if (arguments.positional().size() != 2) {
        return context.usage(QCoreApplication::translate("Cli", "intake import needs the file to import."));
    }
    const Result<IntakeTable> table = IntakeFile::read(arguments.positional().at(1));
    if (!table) {
        return context.fail(table.error());
    }
    IntakeMapping mapping = IntakeColumns::recognise(table->header);
    if (Status mapped = IntakeColumns::applyOverrides(&mapping, table->header,
                                                      arguments.value(QStringLiteral("mapping")));
        !mapped) {
        return context.usage(mapped.error());
    }
    for (int column = 0; column < table->header.size(); ++column) {
        if (!mapping.recognised.at(column)) {
            context.err() << QCoreApplication::translate(
                                 "Cli",
                                 "jalon-cli: warning: the column “%1” is not recognised and is ignored "
                                 "(--mapping \"%1=FIELD\" to import it).")
                                 .arg(table->header.at(column))
                          << Qt::endl;
        }
    }
    if (const QStringList problems = IntakeColumns::problems(mapping); !problems.isEmpty()) {
        return context.fail(problems.join(QLatin1Char(' ')));
    }
    if (!context.open()) {
        return Failure;
    }
    QList<IntakeRow> rows = IntakeReview::rowsOf(table.value(), mapping);
    if (arguments.has(QStringLiteral("create-duplicates"))) {
        for (IntakeRow& row : rows) {
            row.decision = IntakeDecision::CreateAnyway;
        }
    }
    if (Status classified = IntakeReview(context.database(), context.actor()).classify(&rows); !classified) {
        return context.fail(classified.error());
    }
    for (const IntakeRow& row : std::as_const(rows)) {
        context.out() << IntakeReview::describe(row) << '\n';
    }
    const IntakeCounts counts = IntakeReview::count(rows);
    printSummary(context, counts);
    if (arguments.has(QStringLiteral("dry-run"))) {
        context.out() << QCoreApplication::translate(
                             "Cli",
                             "Dry run: nothing written (%1 would be created, %2 updated, %3 not written).")
                             .arg(counts.toCreate)
                             .arg(counts.toUpdate)
                             .arg(counts.skipped)
                      << Qt::endl;
        return Success;
    }
    const Result<IntakeOutcome> done = IntakeImporter(context.database(), context.actor()).apply(rows);
    if (!done) {
        context.out().flush();
        return context.fail(done.error());
    }
    context.out() << QCoreApplication::translate(
                         "Cli",
                         "Written: %1 created, %2 updated, %3 entries into follow-up; %4 rows not written.")
                         .arg(done->created)
                         .arg(done->updated)
                         .arg(done->entries)
                         .arg(done->skipped)
                  << Qt::endl;
    return Success;
}

} // namespace

int runIntake(CliContext& context, const QStringList& args) {
    CliArguments arguments(args, {QStringLiteral("mapping")},
                           {QStringLiteral("dry-run"), QStringLiteral("create-duplicates")});
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    const QString sub = arguments.positional().value(0);
    if (sub == QLatin1String("import")) {
        return import(context, arguments);
    }
    return context.usage(QCoreApplication::translate(
        "Cli", "intake takes: import FILE.csv [--dry-run] [--create-duplicates] [--mapping "
               "\"Header=field,…\"]."));
}

} // namespace jalon::cli
