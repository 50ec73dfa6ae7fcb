// The text of a PDF as `pdftotext -layout` gives it (poppler-utils), for tests that read back
// the documents Jalon writes.
#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>

namespace jalon::test {

inline QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForStarted(10000)) {
        FAIL("pdftotext is missing: install poppler-utils (packaging/install-deps.sh)");
    }
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace jalon::test
