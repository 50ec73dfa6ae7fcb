#include "diagnostic/QuestionnaireParser.h"

#include "diagnostic/DefinitionReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace jalon {

QString QuestionnaireParser::canonicalHash(QJsonObject root) {
    root.remove(QStringLiteral("hash"));
    const QByteArray canonical = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

ParsedQuestionnaire QuestionnaireParser::parse(const QByteArray& json) {
    ParsedQuestionnaire result;
    if (json.size() > kMaxFileSize) {
        result.problems.append(
            {QStringLiteral("$"),
             QCoreApplication::translate("QuestionnaireParser",
                                         "The file is larger than 4 MB: it is not a questionnaire "
                                         "definition.")});
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.problems.append(
            {QStringLiteral("$"), QCoreApplication::translate("QuestionnaireParser",
                                                              "The file is not valid JSON (%1, at byte %2).")
                                      .arg(error.errorString())
                                      .arg(error.offset)});
        return result;
    }
    if (!document.isObject()) {
        result.problems.append(
            {QStringLiteral("$"),
             QCoreApplication::translate("QuestionnaireParser", "The file must hold one JSON object.")});
        return result;
    }
    DefinitionReader reader;
    Questionnaire questionnaire = reader.read(document.object());
    result.problems = reader.problems();
    questionnaire.hash = canonicalHash(document.object());
    const QJsonValue declared = document.object().value(QStringLiteral("hash"));
    if (declared.isString() && declared.toString() != questionnaire.hash) {
        result.problems.append({QStringLiteral("$.hash"),
                                QCoreApplication::translate(
                                    "QuestionnaireParser",
                                    "The hash does not match the content: the file was changed after it was "
                                    "published. Give it a new version number and remove the hash.")});
    }
    if (result.problems.isEmpty()) {
        result.questionnaire = std::move(questionnaire);
    }
    return result;
}

} // namespace jalon
