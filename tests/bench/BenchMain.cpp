// jalon-bench: the Google Benchmark runner, inside the Qt application the code under test expects
// (on the offscreen platform: a QApplication when the ui library is linked, else a QGuiApplication
// for the documents). Exits non-zero if a benchmark failed, so that the ctest smoke run catches it.
#include "BenchDataset.h"

#include <benchmark/benchmark.h>

#ifdef JALON_BENCH_WITH_UI
#include <QApplication>
#else
#include <QGuiApplication>
#endif

int main(int argc, char* argv[]) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#ifdef JALON_BENCH_WITH_UI
    QApplication app(argc, argv);
#else
    QGuiApplication app(argc, argv); // documents need fonts
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("JalonBench"));
    QCoreApplication::setApplicationName(QStringLiteral("jalon-bench"));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return jalon::bench::anyBenchmarkFailed() ? 1 : 0;
}
