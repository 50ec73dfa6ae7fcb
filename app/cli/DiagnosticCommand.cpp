#include "CliArguments.h"
#include "CliContext.h"
#include "Commands.h"

#include "DiagnosticSummaryDocument.h"
#include "PagedDocumentWriter.h"

#include "diagnostic/DiagnosticPrintout.h"
#include "diagnostic/DiagnosticStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextDocument>

namespace jalon::cli {

namespace {

// Tab-separated: id, date, state, grid id:version, adviser, priority themes (comma-separated).
QString line(const DiagnosticSummary& summary) {
    QStringList fields{summary.id,
                       summary.date().toString(Qt::ISODate),
                       summary.state == Diagnostic::State::Validated ? QStringLiteral("validated")
                                                                     : QStringLiteral("draft"),
                       QStringLiteral("%1:%2").arg(summary.questionnaireId).arg(summary.questionnaireVersion),
                       summary.adviserName,
                       summary.priorityThemes.join(QLatin1Char(','))};
    for (QString& field : fields) {
        field.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return fields.join(QLatin1Char('\t'));
}

// jalon-cli diagnostic list PERSON_ID: the person's diagnostics, newest first.
int list(CliContext& context, const CliArguments& arguments) {
    if (arguments.positional().size() != 2 || arguments.has(QStringLiteral("out")) ||
        arguments.has(QStringLiteral("without-sensitive"))) {
        return context.usage(
            QCoreApplication::translate("Cli", "diagnostic list needs one person id, nothing else."));
    }
    if (!context.open()) {
        return Failure;
    }
    const auto history =
        DiagnosticStore(context.database()).history(context.actor(), arguments.positional().at(1));
    if (!history) {
        return context.fail(history.error());
    }
    for (const DiagnosticSummary& summary : history.value()) {
        context.out() << line(summary) << '\n';
    }
    context.out().flush();
    return Success;
}

// jalon-cli diagnostic print ID --out FILE.pdf [--without-sensitive]: the printed summary as a PDF.
int print(CliContext& context, const CliArguments& arguments) {
    if (arguments.positional().size() != 2) {
        return context.usage(QCoreApplication::translate("Cli", "diagnostic print needs one diagnostic id."));
    }
    const QString out = arguments.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return context.usage(
            QCoreApplication::translate("Cli", "diagnostic print needs --out FILE.pdf, the PDF to write."));
    }
    if (!context.open()) {
        return Failure;
    }
    const bool includeSensitive = !arguments.has(QStringLiteral("without-sensitive"));
    const Result<DiagnosticPrintout> printout = DiagnosticPrintout::gather(
        context.database(), context.actor(), arguments.positional().at(1), includeSensitive);
    if (!printout) {
        return context.fail(printout.error());
    }
    const std::unique_ptr<QTextDocument> document = DiagnosticSummaryDocument::build(printout.value());
    const Status written =
        PagedDocumentWriter::writePdf(*document, out, DiagnosticSummaryDocument::title(printout.value()));
    if (!written) {
        return context.fail(written.error());
    }
    context.out() << QCoreApplication::translate("Cli", "Diagnostic summary written to %1.")
                         .arg(QDir::toNativeSeparators(out))
                  << Qt::endl;
    return Success;
}

} // namespace

// jalon-cli diagnostic list PERSON_ID, diagnostic print ID --out FILE.pdf [--without-sensitive]
int runDiagnostic(CliContext& context, const QStringList& args) {
    const CliArguments arguments(args, {QStringLiteral("out")}, {QStringLiteral("without-sensitive")});
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    const QString action = arguments.positional().value(0);
    if (action == QLatin1String("list")) {
        return list(context, arguments);
    }
    if (action == QLatin1String("print")) {
        return print(context, arguments);
    }
    return context.usage(
        action.isEmpty() ? QCoreApplication::translate("Cli", "diagnostic needs an action: list or print.")
                         : QCoreApplication::translate("Cli", "Unknown diagnostic action: %1.").arg(action));
}

} // namespace jalon::cli
