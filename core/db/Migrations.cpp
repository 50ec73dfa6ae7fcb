#include "db/Migrations.h"

#include "db/SqliteHandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

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
    QString script = QStringLiteral("BEGIN IMMEDIATE;\n");
    for (int version = from + 1; version <= to; ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            return Status::fail(QStringLiteral("missing migration %1").arg(version));
        }
        script += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
    }
    script += QStringLiteral("PRAGMA user_version = %1;\nCOMMIT;\n").arg(to);

    const QString error = execScript(db, script);
    if (!error.isEmpty()) {
        execScript(db, QStringLiteral("ROLLBACK;"));
        return Status::fail(
            QCoreApplication::translate("Migrations",
                                        "Could not update the database structure from version %1 to %2 (%3). "
                                        "The database was left unchanged.")
                .arg(from)
                .arg(to)
                .arg(error));
    }
    return Status::ok();
}

} // namespace jalon
