#include "TestDatabase.h"

#include "persons/Person.h"
#include "security/LocalAccount.h"

#include <stdexcept>

namespace jalon::test {

TestDatabase::TestDatabase() {
    reopen();
}

void TestDatabase::reopen() {
    m_database.reset();
    auto opened = Database::open(path());
    if (!opened) {
        throw std::runtime_error(opened.error().toStdString());
    }
    m_database = std::move(opened).value();
    auto actor = LocalAccount::ensureDefault(*m_database);
    if (!actor) {
        throw std::runtime_error(actor.error().toStdString());
    }
    m_actor = actor.value();
}

Person samplePerson(const QString& lastName, const QString& firstName, const QDate& birth) {
    Person p;
    p.lastName = lastName;
    p.firstName = firstName;
    p.birthDate = birth;
    p.communeInsee = QStringLiteral("22278"); // Saint-Brieuc
    p.communeName = QStringLiteral("Saint-Brieuc");
    p.postcode = QStringLiteral("22000");
    return p;
}

} // namespace jalon::test
