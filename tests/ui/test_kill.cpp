// A GUI process killed with SIGKILL right after a save has lost nothing saved, and the
// database file still passes PRAGMA integrity_check.
#include <catch2/catch.hpp>

#include "TestDatabase.h"

#include "diagnostic/DiagnosticStore.h"
#include "persons/PersonRegister.h"
#include "persons/PersonStore.h"

#include <QProcess>
#include <QSqlQuery>

using namespace jalon;
using namespace jalon::test;

TEST_CASE("Killing the GUI with SIGKILL right after a save loses nothing saved", "[ui][durability]") {
    TestDatabase t;
    const QString path = t.path();
    t.close();

    QProcess probe;
    probe.start(QStringLiteral(JALON_KILL_PROBE_PATH), {path});
    REQUIRE(probe.waitForStarted(10000));
    REQUIRE(probe.waitForReadyRead(60000));
    REQUIRE(probe.readAllStandardOutput().trimmed() == "saved");
    probe.kill(); // SIGKILL: no destructor, no checkpoint, no close
    REQUIRE(probe.waitForFinished(10000));
    CHECK(probe.exitStatus() == QProcess::CrashExit);

    t.reopen();
    QSqlQuery check(t.db().sql());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));

    const auto rows = PersonRegister(t.db(), t.actor()).page(RegisterFilter{}, nullptr, 10);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    const Person saved = PersonStore(t.db()).get(t.actor(), rows->first().id).value();
    CHECK(saved.lastName == QStringLiteral("Kerhervé"));
    CHECK(saved.firstName == QStringLiteral("Maëlle"));
    CHECK(saved.phone == QStringLiteral("0611223344")); // the second save too
}

TEST_CASE("Killing the GUI while a diagnostic is being typed loses at most the field being typed",
          "[ui][durability][diagnostic]") {
    TestDatabase t;
    const QString path = t.path();
    t.close();

    QProcess probe;
    probe.start(QStringLiteral(JALON_KILL_PROBE_PATH), {path, QStringLiteral("--diagnostic")});
    REQUIRE(probe.waitForStarted(10000));
    QByteArray output;
    while (!output.contains("typing") && probe.waitForReadyRead(60000)) {
        output += probe.readAllStandardOutput();
    }
    REQUIRE(output.contains("typing "));
    const QString id = QString::fromUtf8(output.mid(output.indexOf("typing ") + 7).trimmed());
    probe.kill();
    REQUIRE(probe.waitForFinished(10000));

    t.reopen();
    QSqlQuery check(t.db().sql());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    const auto draft = DiagnosticStore(t.db()).load(t.actor(), id);
    REQUIRE(draft);
    CHECK_FALSE(draft->isValidated());
    // The answer given before the comment was started is there (the comment being typed may be).
    CHECK(draft->answers.value(QStringLiteral("logement.situation")).toString() ==
          QStringLiteral("heberge_tiers"));
}
