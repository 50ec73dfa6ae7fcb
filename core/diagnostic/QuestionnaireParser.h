#pragma once

#include "diagnostic/Questionnaire.h"

#include <QByteArray>
#include <QJsonObject>

namespace jalon {

// One thing wrong in a definition file, located by its JSON path ("$.themes[2].questions[0].type").
struct DefinitionProblem {
    QString path;
    QString message;
};

// The outcome of reading a definition: the questionnaire when there is no problem at all.
struct ParsedQuestionnaire {
    std::optional<Questionnaire> questionnaire;
    QList<DefinitionProblem> problems;
};

// Reads and validates a questionnaire definition (docs/questionnaire-format.md). Every problem
// is reported, not only the first: bad JSON, wrong types, missing labels, duplicate ids,
// unknown keys, conditions naming unknown questions or impossible answers, visibility cycles,
// scoring with unknown levels, and a hash that does not match the content.
class QuestionnaireParser {
public:
    static ParsedQuestionnaire parse(const QByteArray& json);
    // "sha256:<hex>" of the canonical form: the definition without "hash", compact, keys sorted.
    static QString canonicalHash(QJsonObject root);
    static constexpr qsizetype kMaxFileSize = 4 * 1024 * 1024;
};

} // namespace jalon
