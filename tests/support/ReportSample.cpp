#include "ReportSample.h"

#include "reports/Indicators.h"

#include <QTimeZone>

namespace jalon::test {

namespace {

Figure count(qint64 value) {
    return {Figure::Kind::Count, value, 0, false};
}

Figure share(qint64 value, qint64 base) {
    return {Figure::Kind::Share, value, base, false};
}

Figure average(qint64 value, qint64 base) {
    return {Figure::Kind::Average, value, base, false};
}

ReportRow row(const QString& code, const QString& label, Figure a, Figure b, Figure c,
              const QString& groupCode = {}, const QString& groupLabel = {}) {
    return {code, label, groupCode, groupLabel, {a, b, c}};
}

} // namespace

Report sampleReport() {
    Report r;
    r.period = ReportPeriod::month(2026, 10);
    r.periods = {r.period, r.period.previous(), r.period.yearBefore()};
    r.scope = ReportScope::structure(QStringLiteral("s-1"), QStringLiteral("Service insertion du Trégor"));
    r.generatedAt = QDateTime(QDate(2026, 11, 2), QTime(8, 30), QTimeZone::utc());
    r.generatedBy = QStringLiteral("Élodie Le Bihan");

    ReportTable key{QString::fromLatin1(Indicators::kKeyFigures),
                    QStringLiteral("Chiffres clés"),
                    {},
                    QStringLiteral("Indicateur"),
                    {}};
    key.rows = {
        row(QString::fromLatin1(Indicators::kFollowed), QStringLiteral("Personnes suivies en fin de mois"),
            count(1234), count(1200), count(987)),
        row(QString::fromLatin1(Indicators::kEntries), QStringLiteral("Entrées"), count(57), count(3),
            count(0)),
        row(QString::fromLatin1(Indicators::kExits), QStringLiteral("Sorties"), count(41), count(38),
            count(2)),
        row(QString::fromLatin1(Indicators::kOriented45), QStringLiteral("Orientés dans les 45 jours"),
            share(45, 60), share(3, 4), share(0, 0)),
        row(QString::fromLatin1(Indicators::kInvitationDelay),
            QStringLiteral("Délai moyen invitation → rendez-vous"), average(1250, 100), average(30, 4),
            average(0, 0)),
        row(QString::fromLatin1(Indicators::kNoShowRate), QStringLiteral("Taux d'absence"), share(13, 100),
            share(12, 90), share(1, 3)),
    };
    ReportTable orientation{QString::fromLatin1(Indicators::kFollowedByOrientation),
                            QStringLiteral("Personnes suivies par type d'orientation"),
                            {},
                            QStringLiteral("Orientation"),
                            {}};
    orientation.rows = {
        row(QStringLiteral("sociale"), QStringLiteral("Sociale"), count(400), count(390), count(300)),
        row(QStringLiteral("socio_professionnelle"), QStringLiteral("Socio-professionnelle"), count(500),
            count(480), count(400)),
        row(QStringLiteral("professionnelle"), QStringLiteral("Professionnelle"), count(330), count(327),
            count(285)),
        row(QStringLiteral("awaiting"), QStringLiteral("En attente d'orientation"), count(4), count(3),
            count(2)),
    };
    ReportTable exits{QString::fromLatin1(Indicators::kExitsByReason),
                      QStringLiteral("Sorties par motif"),
                      {},
                      QStringLiteral("Motif"),
                      {}};
    exits.rows = {
        row(QStringLiteral("emploi_durable"), QStringLiteral("Emploi durable (plus de 6 mois)"), count(12),
            count(10), count(1)),
        row(QStringLiteral("formation"), QStringLiteral("Formation"), count(9), count(8), count(0)),
        row(QStringLiteral("demenagement"), QStringLiteral("Déménagement"), count(20), count(20), count(1)),
    };
    ReportTable barriers{QString::fromLatin1(Indicators::kBarriersByTheme),
                         QStringLiteral("Freins par thème (diagnostics validés)"),
                         QStringLiteral("Thème"),
                         QStringLiteral("Niveau"),
                         {}};
    const QString mob = QStringLiteral("mobilite");
    const QString log = QStringLiteral("logement");
    barriers.rows = {
        row(QStringLiteral("resource"), QStringLiteral("Ressource"), count(30), count(25), count(10), mob,
            QStringLiteral("Mobilité")),
        row(QStringLiteral("major_barrier"), QStringLiteral("Frein majeur"), count(12), count(11), count(3),
            mob, QStringLiteral("Mobilité")),
        row(QStringLiteral("resource"), QStringLiteral("Ressource"), count(25), count(26), count(9), log,
            QStringLiteral("Logement")),
        row(QStringLiteral("blocking_barrier"), QStringLiteral("Frein bloquant"), count(7), count(2),
            count(0), log, QStringLiteral("Logement")),
    };
    r.tables = {key, orientation, exits, barriers};

    for (int i = 11; i >= 0; --i) {
        const QDate month = r.period.from.addMonths(-i);
        r.trend.append({month, 1100 + 12 * (11 - i), 40 + i, 30 + (i % 5)});
    }
    return r;
}

} // namespace jalon::test
