#include "CliArguments.h"
#include "CliContext.h"
#include "Commands.h"

#include "ReportDocument.h"
#include "reports/ReportCalculator.h"
#include "reports/ReportCsv.h"
#include "reports/ReportJson.h"
#include "reports/ReportSql.h"
#include "reports/ReportXlsx.h"
#include "security/LocalAccount.h"

#include <QCoreApplication>

namespace jalon::cli {

namespace {

Status save(const Report& report, const QString& format, const QString& path) {
    if (format == QLatin1String("pdf")) {
        return ReportDocument::writePdf(report, path);
    }
    if (format == QLatin1String("csv")) {
        return ReportCsv::save(report, path);
    }
    if (format == QLatin1String("xlsx")) {
        return ReportXlsx::save(report, path);
    }
    return ReportJson::save(report, path);
}

// The scope asked for: a structure, an adviser's caseload, else the whole database.
Result<ReportScope> scopeOf(const CliArguments& arguments) {
    const bool structure = arguments.has(QStringLiteral("structure"));
    const bool adviser = arguments.has(QStringLiteral("adviser"));
    if (structure && adviser) {
        return Result<ReportScope>::fail(
            QCoreApplication::translate("Cli", "report monthly takes --structure or --adviser, not both."));
    }
    if (structure) {
        return ReportScope::structure(arguments.value(QStringLiteral("structure")), {});
    }
    if (adviser) {
        return ReportScope::adviser(arguments.value(QStringLiteral("adviser")), {});
    }
    return ReportScope::all();
}

int monthly(CliContext& context, const CliArguments& arguments) {
    const std::optional<ReportPeriod> month =
        ReportPeriod::parseMonth(arguments.value(QStringLiteral("month")));
    if (!month) {
        return context.usage(QCoreApplication::translate(
            "Cli", "report monthly needs --month YYYY-MM, a month that exists (for example 2026-10)."));
    }
    const QString format = arguments.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx"),
                     QStringLiteral("json")}
             .contains(format)) {
        return context.usage(
            QCoreApplication::translate("Cli", "report monthly needs --format pdf, csv, xlsx or json."));
    }
    const QString out = arguments.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return context.usage(QCoreApplication::translate("Cli", "report monthly needs --out FILE."));
    }
    const Result<ReportScope> scope = scopeOf(arguments);
    if (!scope) {
        return context.usage(scope.error());
    }
    if (!context.open()) {
        return Failure;
    }
    // The command line is the département's and the structure's tool: it reports as the PC's
    // administrator, who may choose any scope; the report holds counts only.
    const Result<Actor> administrator = LocalAccount::ensureAdministrator(context.database());
    if (!administrator) {
        return context.fail(administrator.error());
    }
    ReportRequest request;
    request.period = *month;
    request.scope = scope.value();
    request.suppressSmallCells = arguments.has(QStringLiteral("suppress-small-cells"));
    const Result<Report> report =
        ReportCalculator(context.database()).compute(administrator.value(), request);
    if (!report) {
        return context.fail(report.error());
    }
    if (Status saved = save(report.value(), format, out); !saved) {
        return context.fail(saved.error());
    }
    context.out() << QCoreApplication::translate("Cli", "Report for %1 (%2) written to %3%4.")
                         .arg(report->period.label(), report->scope.label(), out,
                              report->smallCellsSuppressed
                                  ? QCoreApplication::translate("Cli", ", small counts suppressed")
                                  : QString())
                  << Qt::endl;
    return Success;
}

// The statements behind the report, values written in, one per line: what the sqlite3 shell runs
// for the benchmark's comparison, and what an auditor reads.
int printSql(CliContext& context, const CliArguments& arguments) {
    const std::optional<ReportPeriod> month =
        ReportPeriod::parseMonth(arguments.value(QStringLiteral("month")));
    if (!month) {
        return context.usage(QCoreApplication::translate(
            "Cli", "report monthly needs --month YYYY-MM, a month that exists (for example 2026-10)."));
    }
    const Result<ReportScope> scope = scopeOf(arguments);
    if (!scope) {
        return context.usage(scope.error());
    }
    for (const ReportPeriod& period : {*month, month->previous(), month->yearBefore()}) {
        for (ReportSql::Query query : ReportSql::periodQueries()) {
            context.out() << ReportSql::inlined(ReportSql::sql(query, scope->kind),
                                                ReportSql::parameters(period, scope.value()))
                          << ";\n";
        }
    }
    context.out() << ReportSql::inlined(ReportSql::sql(ReportSql::Query::Trend, scope->kind),
                                        ReportSql::parameters(*month, scope.value()))
                  << ";\n";
    return Success;
}

} // namespace

int runReport(CliContext& context, const QStringList& args) {
    CliArguments arguments(args,
                           {QStringLiteral("month"), QStringLiteral("structure"), QStringLiteral("adviser"),
                            QStringLiteral("format"), QStringLiteral("out")},
                           {QStringLiteral("suppress-small-cells")});
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    if (arguments.positional().value(0) == QLatin1String("monthly") && arguments.positional().size() == 1) {
        return monthly(context, arguments);
    }
    if (arguments.positional().value(0) == QLatin1String("sql") && arguments.positional().size() == 1) {
        return printSql(context, arguments);
    }
    return context.usage(QCoreApplication::translate(
        "Cli",
        "report takes: monthly --month YYYY-MM [--structure ID] [--adviser ID] --format "
        "pdf|csv|xlsx|json --out FILE [--suppress-small-cells], or sql --month YYYY-MM [--structure ID] "
        "[--adviser ID]."));
}

} // namespace jalon::cli
