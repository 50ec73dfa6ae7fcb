#include "demo/DemoGenerator.h"
#include "demo/DemoLists.h"

#include "demo/DemoDiagnostics.h"
#include "demo/DemoDirectory.h"
#include "demo/DemoPathways.h"
#include "demo/Dice.h"

#include "common/Clock.h"
#include "common/TextFold.h"
#include "db/ChangeWriter.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/QuestionnaireStore.h"
#include "persons/PersonStore.h"
#include "security/LocalAccount.h"
#include "security/Permissions.h"
#include "territory/Territory.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace jalon {

namespace {

// Communes of one département, drawn in proportion to their population.
class CommunePicker {
public:
    explicit CommunePicker(const QString& departement) {
        for (const Commune& commune : Territory::instance().communes()) {
            if (commune.departement == departement && !commune.arrondissement) {
                m_total += std::max(commune.population, 1);
                m_communes.append(&commune);
                m_cumulative.append(m_total);
            }
        }
    }
    bool isEmpty() const { return m_communes.isEmpty(); }
    const Commune* pick(Dice& dice) const {
        const qint64 target = static_cast<qint64>(dice.below(1 << 30)) * m_total / (1 << 30);
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
        return m_communes.at(std::min<qsizetype>(it - m_cumulative.cbegin(), m_communes.size() - 1));
    }

private:
    QList<const Commune*> m_communes;
    QList<qint64> m_cumulative;
    qint64 m_total = 0;
};

QString weighted(Dice& dice, const QList<QPair<int, QString>>& table) {
    int roll = dice.below(100);
    for (const auto& [weight, code] : table) {
        if (roll < weight) {
            return code;
        }
        roll -= weight;
    }
    return table.last().second;
}

struct Names {
    QStringList last = readDemoList(QStringLiteral(":/jalon/demo/last-names.txt"));
    QStringList women = readDemoList(QStringLiteral(":/jalon/demo/first-names-f.txt"));
    QStringList men = readDemoList(QStringLiteral(":/jalon/demo/first-names-m.txt"));
    QStringList streets = readDemoList(QStringLiteral(":/jalon/demo/streets.txt"));
};

Person makePerson(Dice& dice, const Names& names, const CommunePicker& communes, const QDate& today,
                  const QStringList& referents) {
    Person p;
    p.id = dice.uuid();
    const bool woman = dice.chance(55);
    p.title = woman ? QStringLiteral("mme") : QStringLiteral("m");
    p.lastName = dice.pick(names.last);
    p.firstName = dice.pick(woman ? names.women : names.men);
    if (woman && dice.chance(15)) {
        p.birthName = dice.pick(names.last);
    }
    p.birthDate = today.addDays(-(18 * 365 + dice.below(46 * 365)));
    const Commune* commune = communes.pick(dice);
    p.communeInsee = commune->code;
    p.communeName = commune->name;
    p.postcode = commune->postcodes.value(0);
    p.addressLine = QString::number(1 + dice.below(120)) + QLatin1Char(' ') + dice.pick(names.streets);
    if (dice.chance(80)) {
        p.phone = (dice.chance(70) ? QStringLiteral("06") : QStringLiteral("07")) + dice.digits(8);
    }
    if (dice.chance(45)) {
        p.email = foldedCompact(p.firstName) + QLatin1Char('.') + foldedCompact(p.lastName) +
                  QStringLiteral("@example.org");
    }
    p.benefitsAgency = dice.chance(8) ? QStringLiteral("msa") : QStringLiteral("caf");
    p.cafNumber = QString::number(1 + dice.below(9)) + dice.digits(6);
    if (dice.chance(60)) {
        p.franceTravailId = dice.digits(7) + QLatin1Char(static_cast<char>('A' + dice.below(26)));
    }
    p.rsaStatus = weighted(dice, {{8, QStringLiteral("pending")},
                                  {72, QStringLiteral("open_payable")},
                                  {10, QStringLiteral("open_suspended")},
                                  {10, QStringLiteral("closed")}});
    p.rightsAndDuties = p.rsaStatus.startsWith(QLatin1String("open")) && dice.chance(90);
    p.educationLevel = weighted(dice, {{6, QStringLiteral("afs")},
                                       {22, QStringLiteral("level2")},
                                       {34, QStringLiteral("level3")},
                                       {22, QStringLiteral("level4")},
                                       {9, QStringLiteral("level5")},
                                       {4, QStringLiteral("level6")},
                                       {2, QStringLiteral("level7")},
                                       {1, QString()}});
    p.workSituation = weighted(dice, {{70, QStringLiteral("no_job")},
                                      {12, QStringLiteral("part_time")},
                                      {8, QStringLiteral("temporary")},
                                      {4, QStringLiteral("training")},
                                      {3, QStringLiteral("self_employed")},
                                      {3, QStringLiteral("unable")}});
    p.rqth = dice.chance(9);
    p.familySituation = weighted(dice, {{52, QStringLiteral("single")},
                                        {28, QStringLiteral("single_parent")},
                                        {17, QStringLiteral("couple")},
                                        {3, QStringLiteral("other")}});
    p.children = p.familySituation == QLatin1String("single") ? (dice.chance(20) ? 1 : 0) : dice.below(4);
    p.followStatus = weighted(dice, {{15, QStringLiteral("awaiting_orientation")},
                                     {70, QStringLiteral("followed")},
                                     {15, QStringLiteral("exited")}});
    p.archived = dice.chance(3);
    if (p.followStatus != QLatin1String("awaiting_orientation")) {
        p.referentId = dice.pick(referents);
    }
    p.createdAt = QDateTime(today.addDays(-dice.below(3 * 365)), QTime(9, 0), Qt::UTC);
    return p;
}

} // namespace

Result<int> DemoGenerator::generate(Database& database, const Actor& actor, const Options& options,
                                    const Progress& progress) {
    if (Status allowed = require(actor, Permission::GenerateDemo); !allowed) {
        return allowed;
    }
    if (options.persons < 0 || options.persons > 1000000) {
        return Result<int>::fail(QCoreApplication::translate(
            "DemoGenerator", "The number of demo people must be between 0 and 1,000,000."));
    }
    if (options.directoryServices < 0 || options.directoryServices > 100000) {
        return Result<int>::fail(QCoreApplication::translate(
            "DemoGenerator", "The number of demo directory services must be between 0 and 100,000."));
    }
    QSqlQuery existing(database.sql());
    existing.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM persons) + (SELECT count(*) FROM meta WHERE key = "
                       "'demo_seed')"));
    if (existing.next() && existing.value(0).toInt() > 0) {
        return Result<int>::fail(QCoreApplication::translate(
            "DemoGenerator", "This database already holds people: demo data only goes into a new, empty "
                             "database. Choose another file with --db."));
    }
    const CommunePicker communes(options.departement);
    if (communes.isEmpty()) {
        return Result<int>::fail(
            QCoreApplication::translate("DemoGenerator", "Unknown département %1.").arg(options.departement));
    }

    // Diagnostics are drawn from their own dice, so that a seed gives the same people with or
    // without them.
    std::optional<Questionnaire> grid;
    if (options.diagnostics) {
        if (Status installed = QuestionnaireStore::ensureBuiltIn(database); !installed) {
            return installed;
        }
        const Result<Actor> administrator = LocalAccount::ensureAdministrator(database);
        Result<Questionnaire> loaded =
            administrator ? QuestionnaireStore(database).loadLatest(administrator.value(),
                                                                    DiagnosticStore::defaultDefinitionId())
                          : Result<Questionnaire>(administrator.status());
        if (!loaded) {
            return loaded.status();
        }
        grid = std::move(loaded).value();
    }
    Dice diagnosticDice(options.seed ^ 0x9e3779b9U);
    std::optional<DemoDiagnostics> diagnostics;
    if (grid) {
        diagnostics.emplace(*grid, diagnosticDice);
    }

    // A large page cache keeps SQLite from spilling half-built pages to the WAL repeatedly.
    QSqlQuery(database.sql()).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    Dice dice(options.seed);
    const Names names;
    const QDate today = referenceDate();
    Transaction transaction(database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    ChangeWriter writer(database, actor.userId);
    Status status = writer.update(
        QStringLiteral("structures"), actor.structureId,
        {{QStringLiteral("name"),
          QCoreApplication::translate("DemoGenerator", "Insertion service of the Trégor (demo)")}});
    if (status) {
        QSqlQuery mark(database.sql());
        mark.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo_seed', ?)"));
        mark.addBindValue(QString::number(options.seed));
        if (!mark.exec()) {
            status = Status::fail(
                QCoreApplication::translate("DemoGenerator", "Could not write to the database."));
        }
    }
    QStringList referents{actor.userId};
    const QStringList team{QStringLiteral("Gaëlle Le Guen"), QStringLiteral("Karim Benali"),
                           QStringLiteral("Solène Prigent"), QStringLiteral("Thierry Quéré"),
                           QStringLiteral("Awa Diallo")};
    for (const QString& adviser : team) {
        if (!status) {
            break;
        }
        const QString id = dice.uuid();
        referents << id;
        status = writer.insert(QStringLiteral("users"), id,
                               {{QStringLiteral("display_name"), adviser},
                                {QStringLiteral("role"), roleCode(Role::Adviser)},
                                {QStringLiteral("structure_id"), actor.structureId}});
    }
    const auto cancelled = [] {
        return Result<int>::fail(
            QCoreApplication::translate("DemoGenerator", "Demo generation cancelled; nothing was written."));
    };
    QList<DemoDiagnostics::Subject> subjects;
    QList<DemoPathways::Subject> pathways;
    Dice pathwayDice(options.seed ^ 0x85ebca6bU);
    DemoPathways pathwayWriter(pathwayDice);
    // The people are reckoned from the reference day; their diagnostics cover the two years before
    // the clock's day, so that history and monthly figures have something recent to show.
    const QDate diagnosticsUntil = std::max(today, Clock::instance().today());
    for (int i = 0; status && i < options.persons; ++i) {
        Person person = makePerson(dice, names, communes, today, referents);
        person.structureId = actor.structureId;
        status = writer.insert(QStringLiteral("persons"), person.id, PersonStore::columnsOf(person));
        if (options.pathways) {
            pathways.append(
                {person.id, person.referentId, person.structureId, person.followStatus,
                 person.createdAt.date().addDays(std::max<qint64>(0, today.daysTo(diagnosticsUntil)))});
        }
        if (diagnostics) {
            subjects.append({person.id, person.referentId.isEmpty() ? actor.userId : person.referentId,
                             person.structureId, person.createdAt.date()});
        }
        if (status && progress && (i + 1) % 1000 == 0 && !progress(i + 1)) {
            return cancelled();
        }
    }
    // Diagnostics after all the people, as a file that has lived looks once vacuumed: each table's
    // pages together, not interleaved row by row (which slowed the register's search by a third).
    for (qsizetype i = 0; status && diagnostics && i < subjects.size(); ++i) {
        status = diagnostics->write(writer, subjects.at(i), diagnosticsUntil).status();
        if (status && progress && (i + 1) % 1000 == 0 && !progress(options.persons)) {
            return cancelled();
        }
    }
    for (qsizetype i = 0; status && i < pathways.size(); ++i) {
        status = pathwayWriter.write(writer, pathways.at(i), actor.userId, diagnosticsUntil).status();
        if (status && progress && (i + 1) % 1000 == 0 && !progress(options.persons)) {
            return cancelled();
        }
    }
    if (status) {
        status = transaction.commit();
    }
    // The offer directory through the real import path, in the importer's own transaction. Whoever may
    // generate the demo may fill its directory (the administrator too, who does not manage it).
    if (status && options.directoryServices > 0) {
        Actor importer = actor;
        if (!isAllowed(importer, Permission::ManageDirectory)) {
            importer.role = Role::StructureManager;
        }
        DemoDirectory::Options directory;
        directory.services = options.directoryServices;
        directory.seed = options.seed;
        directory.departement = options.departement;
        directory.today = Clock::instance().today();
        status = DemoDirectory::import(database, importer, directory).status();
    }
    QSqlQuery(database.sql()).exec(QStringLiteral("PRAGMA cache_size = -2000"));
    if (!status) {
        return status;
    }
    return options.persons;
}

} // namespace jalon
