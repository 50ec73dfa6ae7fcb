#pragma once

#include "diagnostic/Diagnostic.h"
#include "diagnostic/Questionnaire.h"

#include <QJsonObject>

namespace jalon::test {

class TestDatabase;

// The latest SPIE grid shipped with Jalon, parsed from its file (not installed anywhere); throws
// with every problem if it is not valid.
Questionnaire shippedSpieGrid();
// Installs the grids shipped with Jalon and returns the SPIE grid as installed.
Questionnaire installedSpieGrid(TestDatabase& t);
// Adds a person to the test database's structure and returns the id.
QString addPerson(TestDatabase& t, const QString& lastName = QStringLiteral("Le Goff"),
                  const QString& firstName = QStringLiteral("Maëlle"));
// Answers every required question that is visible (the first option, "no", the minimum, a date,
// a short text), following conditions until none is missing: a diagnostic that can be validated.
QJsonObject requiredAnswers(const Questionnaire& questionnaire, QJsonObject answers = {});

} // namespace jalon::test
