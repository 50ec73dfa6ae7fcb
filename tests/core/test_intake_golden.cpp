// Golden files for the intake import (tests/data/intake/*.csv): each file's review, line by line
// as `jalon-cli intake import` prints it, is in the .expected file beside it; a .mapping file
// holds the --mapping the officer would give for headers that are not recognised. Then the
// import writes exactly the rows the review accepted, and the file stays consistent.
// JALON_UPDATE_GOLDEN=1 rewrites the .expected files (check the diff before committing).
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "IntakeFixture.h"

#include "common/TextFold.h"
#include "intake/IntakeFile.h"
#include "intake/IntakeImporter.h"
#include "intake/IntakeReview.h"

#include <QDir>
#include <QFile>
#include <QSet>

using namespace jalon;
using namespace jalon::test;

namespace {

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList reviewLines(const IntakeTable& table, const IntakeMapping& mapping,
                        const QList<IntakeRow>& rows) {
    QStringList columns;
    for (const IntakeField field : mapping.fields) {
        columns << IntakeColumns::code(field);
    }
    QStringList lines{
        QStringLiteral("# encoding: %1").arg(table.encoding),
        QStringLiteral("# separator: %1")
            .arg(table.separator == QLatin1Char('\t') ? QStringLiteral("tab") : QString(table.separator)),
        QStringLiteral("# columns: %1").arg(columns.join(QStringLiteral(", ")))};
    for (const IntakeRow& row : rows) {
        lines << IntakeReview::describe(row);
    }
    return lines;
}

// The people created by the import, as "folded last name|birth date".
QSet<QString> peopleSince(Database& db, int seq) {
    QSet<QString> found;
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT last_key, birth_date FROM persons WHERE seq > ?"));
    query.addBindValue(seq);
    REQUIRE(query.exec());
    while (query.next()) {
        found.insert(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString());
    }
    return found;
}

} // namespace

TEST_CASE("intake: files are reviewed as their golden files say, and only accepted rows are written",
          "[intake][golden]") {
    const QDir folder(intakeData());
    const QStringList files = folder.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 6);
    for (const QString& name : files) {
        INFO(name.toStdString());
        ScopedClock clock(intakeNow());
        TestDatabase t;
        seedIntakeRegister(t.db(), t.actor());

        const Result<IntakeTable> table = IntakeFile::read(folder.filePath(name));
        REQUIRE(table.isOk());
        IntakeMapping mapping = IntakeColumns::recognise(table->header);
        const QString mappingFile =
            folder.filePath(QString(name).replace(QStringLiteral(".csv"), QStringLiteral(".mapping")));
        if (QFile::exists(mappingFile)) {
            REQUIRE(IntakeColumns::applyOverrides(&mapping, table->header, readText(mappingFile).trimmed())
                        .isOk());
        }
        REQUIRE(IntakeColumns::problems(mapping).isEmpty());
        QList<IntakeRow> rows = IntakeReview::rowsOf(table.value(), mapping);
        REQUIRE(IntakeReview(t.db(), t.actor()).classify(&rows).isOk());

        const QStringList actual = reviewLines(table.value(), mapping, rows);
        const QString expectedPath =
            folder.filePath(QString(name).replace(QStringLiteral(".csv"), QStringLiteral(".expected")));
        if (qEnvironmentVariableIsSet("JALON_UPDATE_GOLDEN")) {
            QFile out(expectedPath);
            REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write((actual.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        }
        const QStringList expected = readText(expectedPath).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        CHECK(actual == expected);

        // The import writes the rows to create or update, and not one other.
        const QList<int> before = intakeTableCounts(t.db());
        const int lastSeq = countRows(t.db(), QStringLiteral("persons"));
        const IntakeCounts counts = IntakeReview::count(rows);
        const Result<IntakeOutcome> done = IntakeImporter(t.db(), t.actor()).apply(rows);
        REQUIRE(done.isOk());
        CHECK(done->created == counts.toCreate);
        QSet<QString> wanted;
        int entries = 0;
        for (const IntakeRow& row : rows) {
            if (row.action() == IntakeRow::Action::Create) {
                wanted.insert(foldText(row.person.lastName) + QLatin1Char('|') +
                              row.person.birthDate.toString(Qt::ISODate));
            }
            entries += row.action() == IntakeRow::Action::Create ||
                               (row.action() == IntakeRow::Action::Update && row.reentry)
                           ? 1
                           : 0;
        }
        CHECK(peopleSince(t.db(), lastSeq) == wanted);
        const QList<int> after = intakeTableCounts(t.db());
        CHECK(after.at(0) - before.at(0) == counts.toCreate);
        CHECK(after.at(1) - before.at(1) == entries);
        CHECK(after.at(2) - before.at(2) == entries);
        QSqlQuery check(t.db().sql());
        REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));
        REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(check.next());
    }
}
