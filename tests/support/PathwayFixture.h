#pragma once

#include "security/Actor.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace jalon::test {

class TestDatabase;

// A colleague in the test database's structure (another adviser by default), as an actor.
Actor addColleague(TestDatabase& t, const QString& name, Role role = Role::Adviser);
// A person whose follow-up opened on the given day (the test's clock must allow it).
QString followedPerson(TestDatabase& t, const QDate& openedOn,
                       const QString& lastName = QStringLiteral("Le Goff"),
                       const QString& firstName = QStringLiteral("Maëlle"));
// A local time, for appointments.
inline QDateTime at(int year, int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

} // namespace jalon::test
