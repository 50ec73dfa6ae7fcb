#pragma once

#include <QList>
#include <QString>

namespace jalon {

// One value of a closed list: the code stored in the database and its translated label.
struct Choice {
    QString code;
    QString label;
};

// The closed lists of a person's record (DOMAIN.md). Labels are translated at call time.
namespace PersonChoices {
QList<Choice> titles();
QList<Choice> benefitsAgencies();
QList<Choice> rsaStatuses();
QList<Choice> educationLevels();
QList<Choice> workSituations();
QList<Choice> familySituations();
QList<Choice> followStatuses();

// The label of code in list, or the code itself if unknown.
QString labelOf(const QList<Choice>& list, const QString& code);
bool contains(const QList<Choice>& list, const QString& code);
} // namespace PersonChoices

} // namespace jalon
