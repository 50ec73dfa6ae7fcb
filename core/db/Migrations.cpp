#include "db/Migrations.h"

#include "db/SqliteHandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

QStringList Migrations::scripts() {
    QStringList files =
        QDir(QStringLiteral(":/jalon/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& file : files) {
        file.prepend(QStringLiteral(":/jalon/sql/"));
    }
    return files;
}

int Migrations::latestVersion() {
    return static_cast<int>(scripts().size());
}

Status Migrations::apply(const QSqlDatabase& db, int from, int to) {
    const QStringList files = scripts();
    if (to < 0) {
        to = static_cast<int>(files.size());
    }
    if (from >= to) {
        return Status::ok();
    }
    const auto failed = [&](const QString& error) {
        return Status::fail(
            QCoreApplication::translate("Migrations",
                                        "Could not update the database structure from version %1 to %2 (%3). "
                                        "The database was left unchanged.")
                .arg(from)
                .arg(to)
                .arg(error));
    };
    // Under the write lock, read the version again: another process may have migrated meanwhile.
    if (const QString error = execScript(db, QStringLiteral("BEGIN IMMEDIATE;")); !error.isEmpty()) {
        return failed(error);
    }
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        execScript(db, QStringLiteral("ROLLBACK;"));
        return failed(version.lastError().text());
    }
    const int current = version.value(0).toInt();
    version.finish();
    QString script;
    for (int step = current + 1; step <= to; ++step) {
        QFile file(files.at(step - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            execScript(db, QStringLiteral("ROLLBACK;"));
            return failed(QStringLiteral("missing migration %1").arg(step));
        }
        script += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
    }
    if (current < to) {
        // "JALN": marks the file as Jalon's, so that another program's database is never mistaken for it.
        script += QStringLiteral("PRAGMA user_version = %1;\nPRAGMA application_id = 1245793358;\n").arg(to);
    }
    script += QStringLiteral("COMMIT;\n");
    if (const QString error = execScript(db, script); !error.isEmpty()) {
        execScript(db, QStringLiteral("ROLLBACK;"));
        return failed(error);
    }
    return Status::ok();
}

} // namespace jalon
