#pragma once

#include "common/Clock.h"
#include "db/Database.h"
#include "persons/Person.h"
#include "security/Actor.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace jalon::test {

// A fresh database file in a private temporary folder, opened and migrated, with the
// default local adviser as actor. Removed with the folder when the test ends.
class TestDatabase {
public:
    TestDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString folder() const { return m_dir.path(); }
    Database& db() { return *m_database; }
    const Actor& actor() const { return m_actor; }
    // Closes the connection (to reopen or inspect the file).
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    Actor m_actor;
};

// A well-formed person: change the fields a test cares about.
Person samplePerson(const QString& lastName = QStringLiteral("Durand"),
                    const QString& firstName = QStringLiteral("Hélène"),
                    const QDate& birth = QDate(1985, 3, 15));

// Sets Clock::instance() to a fixed time for the test's lifetime.
class ScopedClock {
public:
    explicit ScopedClock(const QDateTime& now)
        : m_clock(now) {
        Clock::setInstance(&m_clock);
    }
    ~ScopedClock() { Clock::setInstance(nullptr); }
    FixedClock& clock() { return m_clock; }

private:
    FixedClock m_clock;
};

} // namespace jalon::test
