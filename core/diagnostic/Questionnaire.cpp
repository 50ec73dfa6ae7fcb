#include "diagnostic/Questionnaire.h"

#include <QLocale>

namespace jalon {

QString Label::text() const {
    return QLocale().language() == QLocale::English ? en : fr;
}

bool Question::hasOption(const QString& value) const {
    for (const Option& option : options) {
        if (option.value == value) {
            return true;
        }
    }
    return false;
}

const Question* Questionnaire::question(const QString& questionId) const {
    for (const Theme& theme : themes) {
        for (const Question& q : theme.questions) {
            if (q.id == questionId) {
                return &q;
            }
        }
    }
    return nullptr;
}

const Theme* Questionnaire::theme(const QString& themeId) const {
    for (const Theme& t : themes) {
        if (t.id == themeId) {
            return &t;
        }
    }
    return nullptr;
}

int Questionnaire::questionCount() const {
    int count = 0;
    for (const Theme& theme : themes) {
        count += static_cast<int>(theme.questions.size());
    }
    return count;
}

} // namespace jalon
