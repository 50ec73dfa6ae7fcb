#include "diagnostic/DefinitionReader.h"

#include "diagnostic/DefinitionChecker.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jalon {

namespace {

QString at(const QString& path, const QString& key) {
    return path + QLatin1Char('.') + key;
}
QString at(const QString& path, qsizetype index) {
    return path + QStringLiteral("[%1]").arg(index);
}

constexpr int kMaxConditionDepth = 16;

const QList<QPair<QString, Question::Type>>& questionTypes() {
    static const QList<QPair<QString, Question::Type>> types{
        {QStringLiteral("single_choice"), Question::Type::SingleChoice},
        {QStringLiteral("multiple_choice"), Question::Type::MultipleChoice},
        {QStringLiteral("yes_no"), Question::Type::YesNo},
        {QStringLiteral("number"), Question::Type::Number},
        {QStringLiteral("date"), Question::Type::Date},
        {QStringLiteral("short_text"), Question::Type::ShortText},
        {QStringLiteral("long_text"), Question::Type::LongText}};
    return types;
}

} // namespace

void DefinitionReader::problem(const QString& path, const QString& message) {
    m_problems.append({path, message});
}

void DefinitionReader::checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed) {
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            problem(at(path, it.key()), QCoreApplication::translate("QuestionnaireParser",
                                                                    "Unknown key \"%1\" (allowed here: %2).")
                                            .arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }
}

Label DefinitionReader::readLabel(const QJsonObject& object, const QString& key, const QString& path,
                                  bool required) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required) {
            problem(at(path, key),
                    QCoreApplication::translate(
                        "QuestionnaireParser",
                        "Missing label: give a French and an English text, {\"fr\": …, \"en\": …}."));
        }
        return {};
    }
    if (!value.isObject()) {
        problem(at(path, key), QCoreApplication::translate("QuestionnaireParser",
                                                           "A label is an object {\"fr\": …, \"en\": …}."));
        return {};
    }
    const QJsonObject label = value.toObject();
    checkKeys(label, at(path, key), {QStringLiteral("fr"), QStringLiteral("en")});
    Label result;
    for (const char* language : {"fr", "en"}) {
        const QJsonValue text = label.value(QLatin1String(language));
        if (!text.isString() || text.toString().trimmed().isEmpty()) {
            problem(at(at(path, key), QLatin1String(language)),
                    QCoreApplication::translate("QuestionnaireParser",
                                                "Missing or empty text in this language."));
        }
    }
    result.fr = label.value(QStringLiteral("fr")).toString();
    result.en = label.value(QStringLiteral("en")).toString();
    return result;
}

QString DefinitionReader::readId(const QJsonObject& object, const QString& path, const QString& pattern) {
    const QJsonValue value = object.value(QStringLiteral("id"));
    const QRegularExpression valid(QStringLiteral("^%1$").arg(pattern));
    if (!value.isString()) {
        problem(at(path, QStringLiteral("id")),
                QCoreApplication::translate("QuestionnaireParser", "Missing id (a string)."));
        return {};
    }
    const QString id = value.toString();
    if (id.size() > 64 || !valid.match(id).hasMatch()) {
        problem(at(path, QStringLiteral("id")),
                QCoreApplication::translate("QuestionnaireParser",
                                            "The id \"%1\" must match %2 and have 64 characters at most.")
                    .arg(id.left(80), pattern));
    }
    return id;
}

bool DefinitionReader::readBool(const QJsonObject& object, const QString& key, const QString& path) {
    const QJsonValue value = object.value(key);
    if (!value.isUndefined() && !value.isBool()) {
        problem(at(path, key), QCoreApplication::translate("QuestionnaireParser", "Expected true or false."));
    }
    return value.toBool(false);
}

QJsonArray DefinitionReader::readArray(const QJsonObject& object, const QString& key, const QString& path,
                                       bool required) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required) {
        return {};
    }
    if (!value.isArray() || (required && value.toArray().isEmpty())) {
        problem(at(path, key),
                required ? QCoreApplication::translate("QuestionnaireParser", "Expected a non-empty array.")
                         : QCoreApplication::translate("QuestionnaireParser", "Expected an array."));
        return {};
    }
    return value.toArray();
}

Questionnaire DefinitionReader::read(const QJsonObject& root) {
    const QString path = QStringLiteral("$");
    checkKeys(root, path,
              {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"),
               QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("themes"),
               QStringLiteral("hash")});
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("jalon-questionnaire/1")) {
        problem(at(path, QStringLiteral("format")),
                QCoreApplication::translate("QuestionnaireParser",
                                            "This is not a Jalon questionnaire definition: "
                                            "\"format\" must be \"jalon-questionnaire/1\"."));
    }
    Questionnaire questionnaire;
    questionnaire.id = readId(root, path, QStringLiteral("[a-z0-9][a-z0-9_.-]*"));
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number < 1 || number > 100000 || number != static_cast<int>(number)) {
        problem(
            at(path, QStringLiteral("version")),
            QCoreApplication::translate("QuestionnaireParser", "The version must be a whole number from 1."));
    } else {
        questionnaire.version = static_cast<int>(number);
    }
    questionnaire.title = readLabel(root, QStringLiteral("title"), path, true);
    questionnaire.description = readLabel(root, QStringLiteral("description"), path, false);
    const QJsonValue hash = root.value(QStringLiteral("hash"));
    if (!hash.isUndefined() && !hash.isString()) {
        problem(
            at(path, QStringLiteral("hash")),
            QCoreApplication::translate("QuestionnaireParser", "The hash must be a string \"sha256:…\"."));
    }
    const QJsonArray themes = readArray(root, QStringLiteral("themes"), path, true);
    for (qsizetype i = 0; i < themes.size(); ++i) {
        questionnaire.themes.append(readTheme(themes.at(i), at(at(path, QStringLiteral("themes")), i)));
    }
    // The cross-references are checked even when something else is wrong, so that one run lists
    // every problem; what could not be read (a condition, a question) is simply not checked.
    DefinitionChecker checker(questionnaire);
    m_problems.append(checker.check());
    return questionnaire;
}

Theme DefinitionReader::readTheme(const QJsonValue& value, const QString& path) {
    Theme theme;
    if (!value.isObject()) {
        problem(path, QCoreApplication::translate("QuestionnaireParser", "A theme is an object."));
        return theme;
    }
    const QJsonObject object = value.toObject();
    checkKeys(object, path,
              {QStringLiteral("id"), QStringLiteral("group"), QStringLiteral("label"), QStringLiteral("help"),
               QStringLiteral("sensitive"), QStringLiteral("questions"), QStringLiteral("scoring"),
               QStringLiteral("objectives")});
    theme.id = readId(object, path, QStringLiteral("[a-z0-9_]+"));
    if (!theme.id.isEmpty() && m_themeIds.contains(theme.id)) {
        problem(at(path, QStringLiteral("id")),
                QCoreApplication::translate("QuestionnaireParser", "Another theme already has the id \"%1\".")
                    .arg(theme.id));
    }
    m_themeIds.insert(theme.id);
    const QString group = object.value(QStringLiteral("group")).toString();
    if (group != QLatin1String("personal") && group != QLatin1String("professional")) {
        problem(at(path, QStringLiteral("group")),
                QCoreApplication::translate("QuestionnaireParser",
                                            "The group must be \"personal\" or \"professional\"."));
    }
    theme.professional = group == QLatin1String("professional");
    theme.label = readLabel(object, QStringLiteral("label"), path, true);
    theme.help = readLabel(object, QStringLiteral("help"), path, false);
    theme.sensitive = readBool(object, QStringLiteral("sensitive"), path);
    const QJsonArray questions = readArray(object, QStringLiteral("questions"), path, true);
    for (qsizetype i = 0; i < questions.size(); ++i) {
        theme.questions.append(readQuestion(questions.at(i), at(at(path, QStringLiteral("questions")), i)));
    }
    const QJsonArray rules = readArray(object, QStringLiteral("scoring"), path, false);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        theme.scoring.append(readRule(rules.at(i), at(at(path, QStringLiteral("scoring")), i)));
    }
    const QJsonArray objectives = readArray(object, QStringLiteral("objectives"), path, false);
    for (qsizetype i = 0; i < objectives.size(); ++i) {
        if (!objectives.at(i).isString() || objectives.at(i).toString().trimmed().isEmpty()) {
            problem(
                at(at(path, QStringLiteral("objectives")), i),
                QCoreApplication::translate("QuestionnaireParser", "An objective is a non-empty string."));
        }
        theme.objectives << objectives.at(i).toString();
    }
    return theme;
}

Question DefinitionReader::readQuestion(const QJsonValue& value, const QString& path) {
    Question question;
    if (!value.isObject()) {
        problem(path, QCoreApplication::translate("QuestionnaireParser", "A question is an object."));
        return question;
    }
    const QJsonObject object = value.toObject();
    checkKeys(object, path,
              {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label"), QStringLiteral("help"),
               QStringLiteral("required"), QStringLiteral("options"), QStringLiteral("min"),
               QStringLiteral("max"), QStringLiteral("visible_if")});
    question.id = readId(object, path, QStringLiteral("[a-z0-9_.]+"));
    if (!question.id.isEmpty() && m_questionIds.contains(question.id)) {
        problem(
            at(path, QStringLiteral("id")),
            QCoreApplication::translate("QuestionnaireParser", "Another question already has the id \"%1\".")
                .arg(question.id));
    }
    m_questionIds.insert(question.id);
    const QString type = object.value(QStringLiteral("type")).toString();
    bool known = false;
    for (const auto& [name, kind] : questionTypes()) {
        if (name == type) {
            question.type = kind;
            known = true;
        }
    }
    if (!known) {
        problem(at(path, QStringLiteral("type")),
                QCoreApplication::translate(
                    "QuestionnaireParser",
                    "Unknown question type \"%1\" (single_choice, multiple_choice, yes_no, number, date, "
                    "short_text or long_text).")
                    .arg(type.left(40)));
    }
    question.label = readLabel(object, QStringLiteral("label"), path, true);
    question.help = readLabel(object, QStringLiteral("help"), path, false);
    question.required = readBool(object, QStringLiteral("required"), path);
    const bool choice =
        question.type == Question::Type::SingleChoice || question.type == Question::Type::MultipleChoice;
    if (choice && known) {
        question.options =
            readOptions(object.value(QStringLiteral("options")), at(path, QStringLiteral("options")),
                        question.type == Question::Type::MultipleChoice);
    } else if (object.contains(QStringLiteral("options"))) {
        problem(at(path, QStringLiteral("options")),
                QCoreApplication::translate("QuestionnaireParser", "Only choice questions have options."));
    }
    for (const char* bound : {"min", "max"}) {
        const QJsonValue limit = object.value(QLatin1String(bound));
        if (limit.isUndefined()) {
            continue;
        }
        if (question.type != Question::Type::Number || !limit.isDouble()) {
            problem(at(path, QLatin1String(bound)),
                    QCoreApplication::translate("QuestionnaireParser",
                                                "Only number questions have a numeric min and max."));
        } else {
            (qstrcmp(bound, "min") == 0 ? question.min : question.max) = limit.toDouble();
        }
    }
    if (question.min && question.max && *question.min > *question.max) {
        problem(at(path, QStringLiteral("min")),
                QCoreApplication::translate("QuestionnaireParser", "min is greater than max."));
    }
    if (object.contains(QStringLiteral("visible_if"))) {
        question.visibleIf = readCondition(object.value(QStringLiteral("visible_if")),
                                           at(path, QStringLiteral("visible_if")), 0);
    }
    return question;
}

QList<Option> DefinitionReader::readOptions(const QJsonValue& value, const QString& path, bool multiple) {
    QList<Option> options;
    if (!value.isArray() || value.toArray().size() < 2) {
        problem(path,
                QCoreApplication::translate("QuestionnaireParser",
                                            "A choice question needs an array of at least two options."));
        return options;
    }
    const QJsonArray array = value.toArray();
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_]+$"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString optionPath = at(path, i);
        if (!array.at(i).isObject()) {
            problem(optionPath,
                    QCoreApplication::translate("QuestionnaireParser",
                                                "An option is an object {\"value\": …, \"label\": …}."));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        checkKeys(object, optionPath,
                  {QStringLiteral("value"), QStringLiteral("label"), QStringLiteral("exclusive")});
        Option option;
        option.value = object.value(QStringLiteral("value")).toString();
        if (!valid.match(option.value).hasMatch() || option.value.size() > 64) {
            problem(at(optionPath, QStringLiteral("value")),
                    QCoreApplication::translate("QuestionnaireParser",
                                                "An option value is made of a-z, 0-9 and _."));
        } else if (seen.contains(option.value)) {
            problem(at(optionPath, QStringLiteral("value")),
                    QCoreApplication::translate("QuestionnaireParser", "Two options have the value \"%1\".")
                        .arg(option.value));
        }
        seen.insert(option.value);
        option.label = readLabel(object, QStringLiteral("label"), optionPath, true);
        option.exclusive = readBool(object, QStringLiteral("exclusive"), optionPath);
        if (option.exclusive && !multiple) {
            problem(
                at(optionPath, QStringLiteral("exclusive")),
                QCoreApplication::translate(
                    "QuestionnaireParser", "Only an option of a multiple-choice question can be exclusive."));
        }
        options.append(option);
    }
    return options;
}

ScoringRule DefinitionReader::readRule(const QJsonValue& value, const QString& path) {
    ScoringRule rule;
    if (!value.isObject()) {
        problem(path, QCoreApplication::translate(
                          "QuestionnaireParser",
                          "A scoring rule is an object {\"when\": condition, \"level\": code}."));
        return rule;
    }
    const QJsonObject object = value.toObject();
    checkKeys(object, path, {QStringLiteral("when"), QStringLiteral("level")});
    if (!Levels::fromCode(object.value(QStringLiteral("level")).toString(), &rule.level)) {
        problem(
            at(path, QStringLiteral("level")),
            QCoreApplication::translate(
                "QuestionnaireParser",
                "Unknown level (not_discussed, resource, light_need, major_barrier or blocking_barrier)."));
    }
    if (auto condition =
            readCondition(object.value(QStringLiteral("when")), at(path, QStringLiteral("when")), 0)) {
        rule.when = *condition;
    }
    return rule;
}

std::optional<Condition> DefinitionReader::readCondition(const QJsonValue& value, const QString& path,
                                                         int depth) {
    if (depth > kMaxConditionDepth) {
        problem(path, QCoreApplication::translate("QuestionnaireParser",
                                                  "Conditions are nested too deeply (16 levels at most)."));
        return std::nullopt;
    }
    if (!value.isObject()) {
        problem(path, QCoreApplication::translate("QuestionnaireParser", "A condition is an object."));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Condition condition;
    const auto list = [&](Condition::Kind kind, const QString& key) -> std::optional<Condition> {
        checkKeys(object, path, {key});
        condition.kind = kind;
        const QJsonArray items = object.value(key).toArray();
        if (!object.value(key).isArray() || items.isEmpty()) {
            problem(at(path, key), QCoreApplication::translate("QuestionnaireParser",
                                                               "Expected a non-empty array of conditions."));
            return std::nullopt;
        }
        // Every child is read, so that each bad one is reported, not only the first; the children
        // that could be read are kept for the cross-reference checks (the definition is refused
        // anyway, its problems being recorded).
        // A child that could not be read stays as an empty "all", which checks nothing, so that the
        // others keep their index in the JSON paths the checker reports.
        for (qsizetype i = 0; i < items.size(); ++i) {
            condition.children.append(
                readCondition(items.at(i), at(at(path, key), i), depth + 1).value_or(Condition{}));
        }
        return condition;
    };
    if (object.contains(QStringLiteral("all"))) {
        return list(Condition::Kind::All, QStringLiteral("all"));
    }
    if (object.contains(QStringLiteral("any"))) {
        return list(Condition::Kind::Any, QStringLiteral("any"));
    }
    if (object.contains(QStringLiteral("not"))) {
        checkKeys(object, path, {QStringLiteral("not")});
        auto child =
            readCondition(object.value(QStringLiteral("not")), at(path, QStringLiteral("not")), depth + 1);
        if (!child) {
            return std::nullopt;
        }
        condition.kind = Condition::Kind::Not;
        condition.children.append(*child);
        return condition;
    }
    if (!object.value(QStringLiteral("question")).isString()) {
        problem(path,
                QCoreApplication::translate(
                    "QuestionnaireParser",
                    "A condition uses all, any, not, or names a question with equals, one_of or answered."));
        return std::nullopt;
    }
    condition.question = object.value(QStringLiteral("question")).toString();
    if (object.contains(QStringLiteral("equals"))) {
        checkKeys(object, path, {QStringLiteral("question"), QStringLiteral("equals")});
        condition.kind = Condition::Kind::Equals;
        condition.values.append(object.value(QStringLiteral("equals")));
    } else if (object.contains(QStringLiteral("one_of"))) {
        checkKeys(object, path, {QStringLiteral("question"), QStringLiteral("one_of")});
        condition.kind = Condition::Kind::OneOf;
        const QJsonArray values = object.value(QStringLiteral("one_of")).toArray();
        if (values.isEmpty()) {
            problem(
                at(path, QStringLiteral("one_of")),
                QCoreApplication::translate("QuestionnaireParser", "Expected a non-empty array of values."));
            return std::nullopt;
        }
        for (const QJsonValue& v : values) {
            condition.values.append(v);
        }
    } else if (object.value(QStringLiteral("answered")).isBool()) {
        checkKeys(object, path, {QStringLiteral("question"), QStringLiteral("answered")});
        condition.kind = Condition::Kind::Answered;
        condition.answered = object.value(QStringLiteral("answered")).toBool();
    } else {
        problem(path, QCoreApplication::translate(
                          "QuestionnaireParser",
                          "A condition on a question needs equals, one_of or answered (true or false)."));
        return std::nullopt;
    }
    return condition;
}

} // namespace jalon
