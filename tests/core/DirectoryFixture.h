// Shared by the directory tests: the golden files, a fixed "today", and imports in one call.
#pragma once

#include <catch2/catch.hpp>

#include "TestDatabase.h"

#include "directory/DirectoryImporter.h"
#include "directory/DirectoryParser.h"

#include <QFile>
#include <QSqlQuery>

namespace jalon::test {

// The day the golden files are dated against (dates in them are 2024–2026).
inline QDateTime directoryNow() {
    return QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC);
}

inline QString directoryData(const QString& name = {}) {
    return qEnvironmentVariable("JALON_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/directory/") + name;
}

inline QByteArray directoryBytes(const QString& name) {
    QFile file(directoryData(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline ImportReport importDirectory(TestDatabase& t, const QByteArray& bytes,
                                    const DirectoryImporter::Options& options = {}) {
    const Result<DirectoryBatch> batch = DirectoryParser::parse(bytes);
    REQUIRE(batch.isOk());
    const Result<ImportReport> report = DirectoryImporter(t.db(), t.actor()).run(batch.value(), options);
    INFO(report.error().toStdString());
    REQUIRE(report.isOk());
    return report.value();
}

inline ImportReport importDirectoryFile(TestDatabase& t, const QString& name,
                                        const DirectoryImporter::Options& options = {}) {
    return importDirectory(t, directoryBytes(name), options);
}

inline int directoryCount(TestDatabase& t, const QString& sql) {
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace jalon::test
