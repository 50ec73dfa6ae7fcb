#include "directory/DirectorySearch.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "directory/DirectoryEnums.h"
#include "directory/DirectoryQuality.h"
#include "directory/DirectoryRows.h"
#include "directory/DirectoryValidator.h"
#include "persons/SearchExpression.h"
#include "security/Permissions.h"
#include "territory/Territory.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

namespace {

// Column weights for bm25: name, description, structure name, commune.
const QString kRank = QStringLiteral("bm25(directory_search, 10.0, 1.0, 4.0, 2.0)");

constexpr int kMaxTextLength = 500;

// "(instr(s.column, ?) > 0 OR …)" for one list of codes, with its bound needles.
void addCodeFilter(const QString& column, const QStringList& needles, QStringList* where,
                   QVariantList* binds) {
    if (needles.isEmpty()) {
        return;
    }
    QStringList terms;
    for (const QString& needle : needles) {
        terms << QStringLiteral("instr(s.%1, ?) > 0").arg(column);
        binds->append(needle);
    }
    where->append(QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
}

// "s.column IN (?, …)" for a single-valued column.
void addInFilter(const QString& column, const QStringList& codes, QStringList* where, QVariantList* binds) {
    if (codes.isEmpty()) {
        return;
    }
    where->append(QStringLiteral("s.%1 IN (%2)")
                      .arg(column, QStringList(codes.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QString& code : codes) {
        binds->append(code);
    }
}

QStringList exact(const QStringList& codes) {
    QStringList needles;
    for (const QString& code : codes) {
        needles << QLatin1Char('|') + code + QLatin1Char('|');
    }
    return needles;
}

QStringList thematiqueNeedles(const QStringList& codes) {
    QStringList needles;
    for (const QString& code : codes) {
        needles << (DirectoryEnums::instance().isCategory(code)
                        ? QLatin1Char('|') + code + QStringLiteral("--")
                        : QLatin1Char('|') + code + QLatin1Char('|'));
    }
    return needles;
}

DirectoryHit hitOf(const QSqlQuery& q, const QDate& today) {
    DirectoryHit hit;
    hit.key = q.value(0).toString();
    hit.name = q.value(1).toString();
    hit.structureName = q.value(2).toString();
    hit.commune = q.value(3).toString();
    hit.thematiques = DirectoryRows::codesOf(q.value(4).toString());
    hit.type = q.value(5).toString();
    hit.frais = q.value(6).toString();
    hit.dateMaj = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    hit.ageDays = hit.dateMaj.isValid() ? static_cast<int>(hit.dateMaj.daysTo(today)) : 0;
    hit.stale = DirectoryValidator::isStale(hit.dateMaj, today);
    hit.quality = DirectoryQuality::score(DirectoryRows::objectOf(q.value(8).toString()), today);
    hit.fullUntil = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    hit.withdrawn = q.value(10).toInt() != 0;
    hit.local = q.value(11).toInt() != 0;
    return hit;
}

} // namespace

DirectorySearch::DirectorySearch(Database& database)
    : m_database(database) {}

QStringList DirectorySearch::zonesOpenTo(const QString& communeInsee) {
    const Commune* commune = Territory::instance().commune(communeInsee.trimmed());
    if (!commune) {
        return {};
    }
    QStringList zones{commune->code, commune->departement, QStringLiteral("france")};
    if (!commune->epci.isEmpty()) {
        zones << commune->epci;
    }
    return zones;
}

Result<QList<DirectoryHit>> DirectorySearch::search(const Actor& actor, const DirectoryQuery& query) const {
    if (Status allowed = require(actor, Permission::ViewDirectory); !allowed) {
        return allowed;
    }
    const QString match = ftsPrefixQuery(query.text.left(kMaxTextLength));
    QStringList where{QStringLiteral("s.deleted = 0")};
    QVariantList binds;
    QString from = QStringLiteral("directory_services s INDEXED BY directory_services_for_search");
    if (!match.isEmpty()) {
        from = QStringLiteral("directory_search f JOIN directory_services s INDEXED BY "
                              "directory_services_for_search ON s.seq = f.rowid");
        where << QStringLiteral("directory_search MATCH ?");
        binds << match;
    }
    if (!query.includeWithdrawn) {
        where << QStringLiteral("s.withdrawn = 0");
    }
    addCodeFilter(QStringLiteral("thematiques"), thematiqueNeedles(query.thematiques), &where, &binds);
    addInFilter(QStringLiteral("type"), query.types, &where, &binds);
    addInFilter(QStringLiteral("frais"), query.frais, &where, &binds);
    addCodeFilter(QStringLiteral("publics"),
                  query.publics.isEmpty()
                      ? QStringList()
                      : exact(query.publics + QStringList{QStringLiteral("tous-publics")}),
                  &where, &binds);
    addCodeFilter(QStringLiteral("modes_accueil"), exact(query.modesAccueil), &where, &binds);
    addCodeFilter(QStringLiteral("modes_mobilisation"), exact(query.modesMobilisation), &where, &binds);
    if (!query.communeInsee.trimmed().isEmpty()) {
        const QStringList zones = zonesOpenTo(query.communeInsee);
        if (zones.isEmpty()) {
            return Result<QList<DirectoryHit>>::fail(
                QCoreApplication::translate("DirectorySearch",
                                            "Unknown commune code %1: give its INSEE code (5 characters).")
                    .arg(query.communeInsee.left(10)));
        }
        QStringList marks(zones.size(), QStringLiteral("?"));
        where << QStringLiteral("EXISTS (SELECT 1 FROM directory_service_zones z WHERE z.service_id = s.id "
                                "AND z.zone IN (%1))")
                     .arg(marks.join(QLatin1Char(',')));
        for (const QString& zone : zones) {
            binds << zone;
        }
    }
    // Two steps: rank and cut on narrow rows, then read the whole record (for the quality score)
    // of the services kept only, rather than sorting every match with its JSON.
    const QString sql =
        QStringLiteral(
            "WITH hits AS MATERIALIZED (SELECT s.seq AS seq, %3 AS score FROM %1 WHERE %2 ORDER BY score%4 "
            "LIMIT ?) "
            "SELECT s.id, s.name, COALESCE(st.name, ''), s.commune, s.thematiques, s.type, s.frais, "
            "s.date_maj, s.record, s.full_until, s.withdrawn, s.local FROM hits "
            "JOIN directory_services s ON s.seq = hits.seq "
            "LEFT JOIN directory_structures st ON st.id = s.structure_key ORDER BY hits.score%4")
            .arg(from, where.join(QStringLiteral(" AND ")),
                 match.isEmpty() ? QStringLiteral("s.search_name") : kRank,
                 match.isEmpty() ? QStringLiteral(", s.id") : QStringLiteral(", s.search_name"));
    binds << qBound(1, query.limit, 10000);
    QSqlQuery q(m_database.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : std::as_const(binds)) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return Result<QList<DirectoryHit>>::fail(
            QCoreApplication::translate("DirectorySearch", "Could not search the directory (%1).")
                .arg(q.lastError().text()));
    }
    QList<DirectoryHit> hits;
    const QDate today = Clock::instance().today();
    while (q.next()) {
        hits.append(hitOf(q, today));
    }
    return hits;
}

} // namespace jalon
