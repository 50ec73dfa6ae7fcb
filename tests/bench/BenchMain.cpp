// jalon-bench: the Google Benchmark runner, inside the Qt application the code under test expects
// (a QApplication on the offscreen platform when the ui library is linked). Exits non-zero if a
// benchmark failed, so that the ctest smoke run catches it.
#include "BenchDataset.h"

#include <benchmark/benchmark.h>

#ifdef JALON_BENCH_WITH_UI
#include <QApplication>
#else
#include <QCoreApplication>
#endif

int main(int argc, char* argv[]) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
#ifdef JALON_BENCH_WITH_UI
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("JalonBench"));
    QCoreApplication::setApplicationName(QStringLiteral("jalon-bench"));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return jalon::bench::anyBenchmarkFailed() ? 1 : 0;
}
