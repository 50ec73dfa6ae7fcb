// The printed diagnostic summary on the generated dataset: what an adviser (or jalon-cli
// diagnostic print) waits for between asking for the PDF and the file being written: the
// printout gathered from the database, the document built (radar image included) and the PDF
// written to a temporary file. Target: under 300 ms.
#include "BenchDataset.h"

#include "DiagnosticSample.h"
#include "DiagnosticSummaryDocument.h"
#include "PagedDocumentWriter.h"

#include "diagnostic/DiagnosticPrintout.h"
#include "diagnostic/DiagnosticStore.h"

#include <benchmark/benchmark.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

namespace jalon::bench {

namespace {

// A diagnostic to print: the latest one of the dataset's last person, made here (validated,
// with the sample content) when that person has none, so that the figure does not depend on the
// demo generator making diagnostics.
Result<QString> diagnosticToPrint(BenchSession& session) {
    QSqlQuery query(session.database().sql());
    if (!query.exec(QStringLiteral("SELECT id FROM persons WHERE deleted = 0 AND archived = 0 "
                                   "ORDER BY seq DESC LIMIT 1")) ||
        !query.next()) {
        return Result<QString>::fail(QStringLiteral("the dataset has no person"));
    }
    const QString personId = query.value(0).toString();
    const auto history = DiagnosticStore(session.database()).history(session.actor(), personId);
    if (!history) {
        return history.status();
    }
    if (!history->isEmpty()) {
        return history->constFirst().id;
    }
    const Result<Diagnostic> made =
        test::makeDiagnostic(session.database(), session.actor(), personId, test::sampleContent());
    return made ? Result<QString>(made->id) : Result<QString>(made.status());
}

void BM_DiagnosticSummaryPdf(benchmark::State& state) {
    std::optional<BenchSession> session = openDatasetOrFail(state);
    if (!session) {
        return;
    }
    const Result<QString> id = diagnosticToPrint(session.value());
    QTemporaryDir folder;
    if (!id || !folder.isValid()) {
        failBenchmark(state, id ? QStringLiteral("no temporary folder") : id.error());
        return;
    }
    const QString path = folder.filePath(QStringLiteral("summary.pdf"));
    LatencyRecorder latency;
    for (auto _ : state) {
        latency.start();
        const Result<DiagnosticPrintout> printout =
            DiagnosticPrintout::gather(session->database(), session->actor(), id.value(), true);
        if (!printout) {
            failBenchmark(state, printout.error());
            break;
        }
        const std::unique_ptr<QTextDocument> document = DiagnosticSummaryDocument::build(printout.value());
        const Status written = PagedDocumentWriter::writePdf(
            *document, path, DiagnosticSummaryDocument::title(printout.value()));
        state.SetIterationTime(latency.stop() / 1000.0);
        if (!written) {
            failBenchmark(state, written.error());
            break;
        }
    }
    latency.report(state);
}
BENCHMARK(BM_DiagnosticSummaryPdf)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

} // namespace jalon::bench
