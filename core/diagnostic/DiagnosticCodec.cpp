#include "diagnostic/DiagnosticCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jalon::DiagnosticCodec {

namespace {

QString compact(const QJsonDocument& document) {
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonDocument parse(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8());
}

} // namespace

QString answers(const QJsonObject& answers) {
    return compact(QJsonDocument(answers));
}

QJsonObject answers(const QString& text) {
    return parse(text).object();
}

QString assessments(const QMap<QString, ThemeAssessment>& assessments) {
    QJsonObject object;
    for (auto it = assessments.cbegin(); it != assessments.cend(); ++it) {
        if (it->isEmpty()) {
            continue;
        }
        QJsonObject entry;
        if (it->override) {
            entry.insert(QStringLiteral("override"), Levels::code(*it->override));
        }
        if (!it->overrideReason.isEmpty()) {
            entry.insert(QStringLiteral("reason"), it->overrideReason);
        }
        if (!it->comment.isEmpty()) {
            entry.insert(QStringLiteral("comment"), it->comment);
        }
        object.insert(it.key(), entry);
    }
    return compact(QJsonDocument(object));
}

QMap<QString, ThemeAssessment> assessments(const QString& text) {
    QMap<QString, ThemeAssessment> result;
    const QJsonObject object = parse(text).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ThemeAssessment assessment;
        Level level;
        if (Levels::fromCode(entry.value(QStringLiteral("override")).toString(), &level)) {
            assessment.override = level;
        }
        assessment.overrideReason = entry.value(QStringLiteral("reason")).toString();
        assessment.comment = entry.value(QStringLiteral("comment")).toString();
        if (!assessment.isEmpty()) {
            result.insert(it.key(), assessment);
        }
    }
    return result;
}

QString levels(const QMap<QString, Level>& levels) {
    QJsonObject object;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        object.insert(it.key(), Levels::code(it.value()));
    }
    return compact(QJsonDocument(object));
}

QMap<QString, Level> levels(const QString& text) {
    QMap<QString, Level> result;
    const QJsonObject object = parse(text).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        Level level;
        if (Levels::fromCode(it.value().toString(), &level)) {
            result.insert(it.key(), level);
        }
    }
    return result;
}

QString priorities(const QList<Priority>& priorities) {
    QJsonArray array;
    for (const Priority& priority : priorities) {
        array.append(
            QJsonObject{{QStringLiteral("theme"), priority.themeId},
                        {QStringLiteral("objectives"), QJsonArray::fromStringList(priority.objectives)}});
    }
    return compact(QJsonDocument(array));
}

QList<Priority> priorities(const QString& text) {
    QList<Priority> result;
    const QJsonArray array = parse(text).array();
    for (const QJsonValue& value : array) {
        const QJsonObject entry = value.toObject();
        Priority priority;
        priority.themeId = entry.value(QStringLiteral("theme")).toString();
        for (const QJsonValue& objective : entry.value(QStringLiteral("objectives")).toArray()) {
            if (objective.isString()) {
                priority.objectives << objective.toString();
            }
        }
        if (!priority.themeId.isEmpty()) {
            result << priority;
        }
    }
    return result;
}

} // namespace jalon::DiagnosticCodec
