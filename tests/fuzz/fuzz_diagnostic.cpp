// Fuzz target: a diagnostic row read back from a damaged or foreign file. Its JSON columns
// (answers, assessments, levels, priorities: one per line of the input) are decoded leniently,
// evaluated against the SPIE grid and encoded again; nothing may crash, and what is encoded
// must decode to the same values.
#include "diagnostic/Diagnostic.h"
#include "diagnostic/DiagnosticCodec.h"
#include "diagnostic/QuestionnaireParser.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdlib>

namespace {

const jalon::Questionnaire& grid() {
    static const jalon::Questionnaire questionnaire = [] {
        QFile file(QStringLiteral(":/jalon/questionnaires/spie-diagnostic-v2.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            std::abort();
        }
        auto parsed = jalon::QuestionnaireParser::parse(file.readAll());
        if (!parsed.questionnaire) {
            std::abort();
        }
        return *parsed.questionnaire;
    }();
    return questionnaire;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    grid();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace jalon;
    const QStringList columns =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size))
            .split(QLatin1Char('\n'));
    Diagnostic d;
    d.answers = DiagnosticCodec::answers(columns.value(0));
    d.assessments = DiagnosticCodec::assessments(columns.value(1));
    d.levels = DiagnosticCodec::levels(columns.value(2));
    d.priorities = DiagnosticCodec::priorities(columns.value(3));

    const QMap<QString, Level> retained = DiagnosticRules::retainedLevels(grid(), d);
    const QStringList problems = DiagnosticRules::validationProblems(grid(), d);
    if (retained.size() != grid().themes.size() || problems.size() > 10000) {
        std::abort();
    }
    DiagnosticComparison::compare(d.levels, retained);

    if (DiagnosticCodec::assessments(DiagnosticCodec::assessments(d.assessments)) != d.assessments ||
        DiagnosticCodec::levels(DiagnosticCodec::levels(d.levels)) != d.levels ||
        DiagnosticCodec::priorities(DiagnosticCodec::priorities(d.priorities)) != d.priorities ||
        DiagnosticCodec::answers(DiagnosticCodec::answers(d.answers)) != d.answers) {
        std::abort();
    }
    return 0;
}
