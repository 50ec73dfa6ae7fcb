// Fuzz target: any bytes given as a questionnaire definition are refused with problems, or
// accepted as a questionnaire that evaluates without crashing.
#include "diagnostic/AnswerEvaluator.h"
#include "diagnostic/QuestionnaireParser.h"

#include <QCoreApplication>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const jalon::ParsedQuestionnaire parsed = jalon::QuestionnaireParser::parse(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (parsed.questionnaire.has_value() == !parsed.problems.isEmpty()) {
        std::abort(); // exactly one of: a questionnaire, or problems
    }
    if (parsed.questionnaire) {
        const jalon::AnswerEvaluator evaluator(*parsed.questionnaire, {});
        for (const jalon::Theme& theme : parsed.questionnaire->themes) {
            evaluator.derivedLevel(theme);
        }
        evaluator.missingRequired();
    }
    return 0;
}
