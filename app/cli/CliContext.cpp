#include "CliContext.h"

#include "diagnostic/QuestionnaireStore.h"
#include "security/LocalAccount.h"

#include <QCoreApplication>

#include <cstdio>

namespace jalon::cli {

CliContext::CliContext(QString databasePath)
    : m_databasePath(std::move(databasePath))
    , m_out(stdout)
    , m_err(stderr) {
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool CliContext::open() {
    Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath);
    if (!opened) {
        fail(opened.error());
        return false;
    }
    m_database = std::move(opened).value();
    Result<Actor> actor = LocalAccount::ensureDefault(*m_database);
    if (!actor) {
        fail(actor.error());
        return false;
    }
    m_actor = actor.value();
    // A new database, or one made by an older Jalon, gets the grids this version ships.
    // Not fatal: commands that do not need them still work, and the message says what is wrong.
    if (Status grids = QuestionnaireStore::ensureBuiltIn(*m_database); !grids) {
        m_err << QCoreApplication::translate("Cli", "jalon-cli: warning: %1").arg(grids.error()) << Qt::endl;
    }
    return true;
}

int CliContext::fail(const QString& message) {
    m_err << QCoreApplication::translate("Cli", "jalon-cli: error: %1").arg(message) << Qt::endl;
    return Failure;
}

int CliContext::usage(const QString& message) {
    m_err << QCoreApplication::translate("Cli", "jalon-cli: %1 (see jalon-cli --help)").arg(message)
          << Qt::endl;
    return UsageError;
}

} // namespace jalon::cli
