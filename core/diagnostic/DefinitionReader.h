#pragma once

#include "diagnostic/QuestionnaireParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace jalon {

// Turns the JSON of a definition into a Questionnaire, collecting every structural problem
// with its JSON path (types, required keys, labels, id patterns, duplicates, unknown keys),
// then hands the result to DefinitionChecker for the cross-references.
class DefinitionReader {
public:
    Questionnaire read(const QJsonObject& root);
    const QList<DefinitionProblem>& problems() const { return m_problems; }

private:
    Theme readTheme(const QJsonValue& value, const QString& path);
    Question readQuestion(const QJsonValue& value, const QString& path);
    std::optional<Condition> readCondition(const QJsonValue& value, const QString& path, int depth);
    QList<Option> readOptions(const QJsonValue& value, const QString& path, bool multiple);
    ScoringRule readRule(const QJsonValue& value, const QString& path);

    Label readLabel(const QJsonObject& object, const QString& key, const QString& path, bool required);
    QString readId(const QJsonObject& object, const QString& path, const QString& pattern);
    bool readBool(const QJsonObject& object, const QString& key, const QString& path);
    QJsonArray readArray(const QJsonObject& object, const QString& key, const QString& path, bool required);
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed);
    void problem(const QString& path, const QString& message);

    QList<DefinitionProblem> m_problems;
    QSet<QString> m_themeIds;
    QSet<QString> m_questionIds;
};

} // namespace jalon
