// jalon-cli diagnostic list / print, run as a real process on a database prepared in the test;
// the PDF it writes is read back with pdftotext (poppler-utils).
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "CliProcess.h"
#include "DiagnosticSample.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "persons/PersonStore.h"
#include "security/LocalAccount.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace jalon;
using namespace jalon::test;

namespace {

// The sandbox's database with one person and her diagnostics, made as jalon-cli's local adviser.
struct Prepared {
    QString personId;
    QString validatedId;
    QString draftId;
    QString adviserName;
};

Prepared prepare(const CliSandbox& sandbox) {
    auto opened = Database::open(sandbox.dbPath());
    REQUIRE(opened);
    Database& database = *opened.value();
    const Actor adviser = LocalAccount::ensureDefault(database).value();
    const Result<QString> person = PersonStore(database).create(adviser, samplePerson());
    REQUIRE(person);
    ScopedClock clock(QDateTime(QDate(2025, 1, 10), QTime(9, 30), Qt::UTC));
    const Result<Diagnostic> validated = makeDiagnostic(database, adviser, person.value(), sampleContent());
    INFO(validated.error().toStdString());
    REQUIRE(validated);
    clock.clock().set(QDateTime(QDate(2025, 2, 14), QTime(14, 0), Qt::UTC));
    DiagnosticContent later = sampleContent();
    later.priorities = {{QStringLiteral("mobilite"), {}}};
    const Result<Diagnostic> draft = makeDiagnostic(database, adviser, person.value(), later, false);
    REQUIRE(draft);
    return {person.value(), validated->id, draft->id, adviser.displayName};
}

QStringList printArgs(const QString& id, const QString& out, const QStringList& more = {}) {
    return QStringList{QStringLiteral("diagnostic"), QStringLiteral("print"), id, QStringLiteral("--out"),
                       out} +
           more;
}

} // namespace

TEST_CASE("diagnostic list prints the person's diagnostics newest first, tab-separated",
          "[cli][diagnostic]") {
    CliSandbox sandbox;
    const Prepared prepared = prepare(sandbox);

    const CliRun run = sandbox.run({QStringLiteral("diagnostic"), QStringLiteral("list"), prepared.personId});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.outLines();
    REQUIRE(lines.size() == 2);
    const QStringList draft = lines.at(0).split(QLatin1Char('\t'));
    const QStringList validated = lines.at(1).split(QLatin1Char('\t'));
    REQUIRE(draft.size() == 6);
    REQUIRE(validated.size() == 6);
    CHECK(draft.at(0) == prepared.draftId);
    CHECK(draft.at(2) == QStringLiteral("draft"));
    CHECK(draft.at(5) == QStringLiteral("mobilite"));
    CHECK(validated.at(0) == prepared.validatedId);
    CHECK(validated.at(1) == QStringLiteral("2025-01-10"));
    CHECK(validated.at(2) == QStringLiteral("validated"));
    CHECK(validated.at(3) == QStringLiteral("spie-diagnostic:2"));
    CHECK(validated.at(4) == prepared.adviserName);
    CHECK(validated.at(5) == QStringLiteral("logement,sante,projet"));
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(draft.at(1)).hasMatch());
}

TEST_CASE("diagnostic list refuses an unknown person and wrong usage", "[cli][diagnostic]") {
    CliSandbox sandbox;
    prepare(sandbox);
    const CliRun unknown =
        sandbox.run({QStringLiteral("diagnostic"), QStringLiteral("list"), QStringLiteral("nobody")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());
    REQUIRE(unknown.errLines().size() == 1);
    CHECK(unknown.err.contains(QStringLiteral("does not exist")));

    CHECK(sandbox.run({QStringLiteral("diagnostic"), QStringLiteral("list")}).exitCode == 2);
    CHECK(sandbox.run({QStringLiteral("diagnostic")}).exitCode == 2);
    CHECK(sandbox.run({QStringLiteral("diagnostic"), QStringLiteral("show")}).exitCode == 2);
    CHECK(sandbox
              .run({QStringLiteral("diagnostic"), QStringLiteral("list"), QStringLiteral("a"),
                    QStringLiteral("--all")})
              .exitCode == 2);
}

TEST_CASE("diagnostic print writes the summary as a PDF, with or without the sensitive themes",
          "[cli][diagnostic][pdf]") {
    CliSandbox sandbox;
    const Prepared prepared = prepare(sandbox);

    const QString full = sandbox.filePath(QStringLiteral("synthèse.pdf"));
    const CliRun run = sandbox.run(printArgs(prepared.validatedId, full));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("synthèse.pdf")));
    CHECK(fileBytes(full).startsWith("%PDF-"));
    const QString text = pdfText(full);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Diagnostic summary")));
    CHECK(text.contains(QStringLiteral("Hélène DURAND")));
    CHECK(text.contains(QStringLiteral("15/03/1985")));
    CHECK(text.contains(QStringLiteral("Hébergée chez sa sœur, dossier à compléter")));
    CHECK(text.contains(QStringLiteral("Health")));
    CHECK(text.contains(QStringLiteral("asthme")));
    CHECK(text.contains(QStringLiteral("Major barrier")));
    CHECK(text.contains(QStringLiteral("Page 1 / 1")));

    const QString discreet = sandbox.filePath(QStringLiteral("discreet.pdf"));
    REQUIRE(sandbox.run(printArgs(prepared.validatedId, discreet, {QStringLiteral("--without-sensitive")}))
                .exitCode == 0);
    const QString without = pdfText(discreet);
    INFO(without.toStdString());
    CHECK_FALSE(without.contains(QStringLiteral("Health")));
    CHECK_FALSE(without.contains(QStringLiteral("asthme")));
    CHECK_FALSE(without.contains(QStringLiteral("Family constraints")));
    CHECK(without.contains(QStringLiteral("Hébergée chez sa sœur, dossier à compléter")));
    CHECK(without.contains(QStringLiteral("at the person's request")));

    // A draft prints too, and says so.
    const QString draft = sandbox.filePath(QStringLiteral("draft.pdf"));
    REQUIRE(sandbox.run(printArgs(prepared.draftId, draft)).exitCode == 0);
    CHECK(pdfText(draft).contains(QStringLiteral("Draft, not validated")));
}

TEST_CASE("diagnostic print fails clearly for an unknown id, an unwritable place or wrong usage",
          "[cli][diagnostic][pdf]") {
    CliSandbox sandbox;
    const Prepared prepared = prepare(sandbox);

    const QString out = sandbox.filePath(QStringLiteral("out.pdf"));
    const CliRun unknown = sandbox.run(printArgs(QStringLiteral("no-such-diagnostic"), out));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(out));

    const QString nowhere = sandbox.filePath(QStringLiteral("missing/folder/out.pdf"));
    const CliRun unwritable = sandbox.run(printArgs(prepared.validatedId, nowhere));
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("does not exist")));
    CHECK(unwritable.err.contains(QStringLiteral("missing")));
    CHECK_FALSE(QFileInfo::exists(nowhere));

    CHECK(
        sandbox.run({QStringLiteral("diagnostic"), QStringLiteral("print"), prepared.validatedId}).exitCode ==
        2);
    CHECK(sandbox.run({QStringLiteral("diagnostic"), QStringLiteral("print"), QStringLiteral("--out"), out})
              .exitCode == 2);
    CHECK(sandbox
              .run({QStringLiteral("diagnostic"), QStringLiteral("print"), prepared.validatedId,
                    QStringLiteral("--out")})
              .exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("diagnostic print runs without a display or any Qt platform set", "[cli][diagnostic][pdf]") {
    CliSandbox sandbox;
    const Prepared prepared = prepare(sandbox);
    QProcessEnvironment env = sandbox.environment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString out = sandbox.filePath(QStringLiteral("headless.pdf"));
    const CliRun run =
        sandbox.runRaw({QStringLiteral("--db"), sandbox.dbPath(), QStringLiteral("--lang"),
                        QStringLiteral("en"), QStringLiteral("diagnostic"), QStringLiteral("print"),
                        prepared.validatedId, QStringLiteral("--out"), out},
                       env);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(fileBytes(out).startsWith("%PDF-"));
}
