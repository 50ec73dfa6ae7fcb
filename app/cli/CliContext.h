#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "security/Actor.h"

#include <QTextStream>

#include <memory>

namespace jalon::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What every command gets: where the database is, the output streams, and (once opened)
// the database and the acting user.
class CliContext {
public:
    explicit CliContext(QString databasePath);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const QString& databasePath() const { return m_databasePath; }

    // Opens the database and the local account; prints the reason on failure.
    bool open();
    Database& database() { return *m_database; }
    const Actor& actor() const { return m_actor; }

    // Prints one clear line on stderr and returns the exit code for it.
    int fail(const QString& message);
    int usage(const QString& message);

private:
    QString m_databasePath;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_database;
    Actor m_actor;
};

} // namespace jalon::cli
