#include "demo/DemoPathways.h"

#include "db/ChangeWriter.h"
#include "demo/Dice.h"
#include "pathway/PathwayWrite.h"
#include "pathway/Referential.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

namespace jalon {

namespace {

QString day(const QDate& d) {
    return d.toString(Qt::ISODate);
}

QString time(const QDateTime& t) {
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

const QString& weighted(Dice& dice, const QList<std::pair<int, QString>>& choices) {
    int total = 0;
    for (const auto& choice : choices) {
        total += choice.first;
    }
    int roll = dice.below(total);
    for (const auto& choice : choices) {
        if (roll < choice.first) {
            return choice.second;
        }
        roll -= choice.first;
    }
    return choices.last().second;
}

const QStringList kSocialThemes{QStringLiteral("logement"),
                                QStringLiteral("difficulte_administrative"),
                                QStringLiteral("difficulte_financiere"),
                                QStringLiteral("mobilite"),
                                QStringLiteral("sante"),
                                QStringLiteral("contraintes_familiales"),
                                QStringLiteral("maitrise_langue"),
                                QStringLiteral("numerique")};
const QStringList kWorkThemes{QStringLiteral("emploi"),
                              QStringLiteral("formation"),
                              QStringLiteral("choisir_un_metier"),
                              QStringLiteral("preparer_sa_candidature"),
                              QStringLiteral("trouver_un_emploi"),
                              QStringLiteral("mobilite")};
const QStringList kPlaces{QStringLiteral("Maison de l'emploi, Lannion"), QStringLiteral("CCAS de Guingamp"),
                          QStringLiteral("Antenne du Département, Paimpol"),
                          QStringLiteral("Mairie de Tréguier")};
const QStringList kServices{QStringLiteral("Garage solidaire du Trégor"),
                            QStringLiteral("Atelier chantier d'insertion Le Lien"),
                            QStringLiteral("Épicerie sociale de Lannion"),
                            QStringLiteral("Auto-école sociale Permis Pour Tous"),
                            QStringLiteral("Point information jeunesse"),
                            QStringLiteral("Atelier numérique du CCAS"),
                            QStringLiteral("GRETA Côtes-d'Armor, remise à niveau"),
                            QStringLiteral("Aide alimentaire du Secours populaire")};
// The data·inclusion thématique of each service above, in the same order.
const QStringList kServiceThematiques{
    QStringLiteral("mobilite--entretenir-reparer-son-vehicule"),
    QStringLiteral("trouver-un-emploi--repondre-a-des-offres-demploi"),
    QStringLiteral("equipement-et-alimentation--alimentation"),
    QStringLiteral("mobilite--preparer-un-permis"),
    QStringLiteral("choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"),
    QStringLiteral("numerique--maitriser-les-fondamentaux-du-numerique"),
    QStringLiteral("lecture-ecriture-calcul--maitriser-le-francais"),
    QStringLiteral("equipement-et-alimentation--alimentation")};
const QStringList kCommitments{
    QStringLiteral(
        "Participer aux rendez-vous fixés avec le référent et aux actions prévues au plan d'action. "
        "Informer le référent de tout changement de situation."),
    QStringLiteral(
        "Se rendre disponible pour les ateliers collectifs de recherche d'emploi et tenir à jour son "
        "CV. Le service s'engage à proposer un accompagnement adapté et des offres correspondant au projet."),
    QStringLiteral("Engager les démarches de santé et de logement définies ensemble ; le service s'engage à "
                   "accompagner ces démarches et à orienter vers les partenaires du territoire.")};
const QStringList kNotes{
    QStringLiteral("Appel de la personne pour reporter le rendez-vous."),
    QStringLiteral("Dossier de demande de logement social déposé."),
    QStringLiteral("Attestation de formation reçue et classée."),
    QStringLiteral("Personne motivée, recherche active sur le secteur de Lannion."),
    QStringLiteral("Difficultés de garde d'enfants évoquées, à revoir au prochain entretien.")};

} // namespace

// The rows and events of one person's pathway, through the change log.
class DemoPathways::Writer {
public:
    Writer(ChangeWriter& writer, Dice& dice, const Subject& subject, const QString& actor, const QDate& today)
        : m_writer(writer)
        , m_dice(dice)
        , m_subject(subject)
        , m_actor(subject.referentId.isEmpty() ? actor : subject.referentId)
        , m_today(today) {}

    Status status = Status::ok();
    int events = 0;

    void insert(const QString& table, const QString& id, QVariantMap fields) {
        if (status) {
            fields.insert(QStringLiteral("person_id"), m_subject.personId);
            status = m_writer.insert(table, id, fields);
        }
    }
    void update(const QString& table, const QString& id, const QVariantMap& fields) {
        if (status) {
            status = m_writer.update(table, id, fields);
        }
    }
    void event(const QString& kind, const QString& action, const QString& entity, const QString& on,
               const QJsonObject& details, const QString& privateTo = {}) {
        if (status) {
            const QDateTime recorded(QDate::fromString(on.left(10), Qt::ISODate), QTime(17, m_dice.below(60)),
                                     Qt::UTC);
            status = m_writer.insert(QStringLiteral("pathway_events"), m_dice.uuid(),
                                     pathwayEventFields(m_subject.personId, kind, action, entity, on, details,
                                                        m_actor, recorded, privateTo));
            ++events;
        }
    }

    QString entry(const QDate& opened, bool reentry) {
        const QString id = m_dice.uuid();
        insert(
            QStringLiteral("follow_periods"), id,
            {{QStringLiteral("opened_on"), day(opened)}, {QStringLiteral("source"), QStringLiteral("demo")}});
        event(QStringLiteral("entry"), reentry ? QStringLiteral("reentry") : QStringLiteral("created"), id,
              day(opened), {{QStringLiteral("source"), QStringLiteral("demo")}});
        return id;
    }

    QString orient(const QDate& start, const QString& kind) {
        const QString id = m_dice.uuid();
        insert(QStringLiteral("orientations"), id,
               {{QStringLiteral("kind"), kind},
                {QStringLiteral("structure_id"), m_subject.structureId},
                {QStringLiteral("referent_id"), m_actor},
                {QStringLiteral("start_date"), day(start)}});
        event(QStringLiteral("orientation"), QStringLiteral("created"), id, day(start),
              {{QStringLiteral("kind"), kind}, {QStringLiteral("referent"), m_actor}});
        return id;
    }

    // Appointments from `from` until `until`; returns the first attended one's day (null if none).
    QDate appointments(const QDate& from, const QDate& until, const QString& kind) {
        QDate first;
        QDate next = from;
        bool firstOne = true;
        while (status && next <= until) {
            if (next.dayOfWeek() > 5) {
                next = next.addDays(8 - next.dayOfWeek()); // offices are closed at weekends
            }
            const QDateTime at(next, QTime(9 + m_dice.below(8), m_dice.chance(50) ? 0 : 30));
            const QDate invited = std::min(next.addDays(-7 - m_dice.below(14)), m_today);
            QString outcome = QStringLiteral("planned");
            if (next < m_today) {
                outcome = next >= m_today.addDays(-10) && m_dice.chance(30)
                              ? QStringLiteral("planned") // not updated yet
                              : weighted(m_dice, {{74, QStringLiteral("honoured")},
                                                  {13, QStringLiteral("absent")},
                                                  {8, QStringLiteral("excused")},
                                                  {5, QStringLiteral("cancelled")}});
            }
            const QString purpose = firstOne ? QStringLiteral("accompaniment")
                                             : weighted(m_dice, {{80, QStringLiteral("accompaniment")},
                                                                 {12, QStringLiteral("workshop")},
                                                                 {8, QStringLiteral("other")}});
            const QString collective = purpose == QLatin1String("workshop") ? QStringLiteral("collective")
                                                                            : QStringLiteral("individual");
            const QString channel = weighted(m_dice, {{45, QStringLiteral("courrier")},
                                                      {30, QStringLiteral("sms")},
                                                      {15, QStringLiteral("email")},
                                                      {10, QStringLiteral("telephone")}});
            const QString place = m_dice.pick(kPlaces);
            const QString id = m_dice.uuid();
            insert(QStringLiteral("appointments"), id,
                   {{QStringLiteral("kind"), collective},
                    {QStringLiteral("purpose"), purpose},
                    {QStringLiteral("scheduled_at"), time(at)},
                    {QStringLiteral("place"), place},
                    {QStringLiteral("channel"), channel},
                    {QStringLiteral("invited_on"), day(invited)},
                    {QStringLiteral("adviser_id"), m_actor},
                    {QStringLiteral("status"), outcome}});
            event(QStringLiteral("appointment"), QStringLiteral("created"), id, day(invited),
                  {{QStringLiteral("at"), time(at)},
                   {QStringLiteral("kind"), collective},
                   {QStringLiteral("purpose"), purpose},
                   {QStringLiteral("channel"), channel},
                   {QStringLiteral("place"), place}});
            if (outcome != QLatin1String("planned")) {
                event(QStringLiteral("appointment"), QStringLiteral("status"), id, time(at),
                      {{QStringLiteral("status"), outcome},
                       {QStringLiteral("previous"), QStringLiteral("planned")},
                       {QStringLiteral("at"), time(at)},
                       {QStringLiteral("purpose"), purpose}});
            }
            if (outcome == QLatin1String("honoured") && first.isNull()) {
                first = next;
            }
            if (next > m_today) {
                break; // one appointment ahead is enough
            }
            firstOne = false;
            next = next.addDays(kind == QLatin1String("sociale") ? 50 + m_dice.below(60)
                                                                 : 60 + m_dice.below(80));
        }
        return first;
    }

    // Successive contracts from start; the one running at `until` ends then if the pathway ends.
    // Returns the first contract's id (empty if none started).
    QString contracts(QDate start, const QDate& until, bool ending, const QString& orientation) {
        QString first;
        while (status && start <= until && start <= m_today) {
            const QString kind = orientation == QLatin1String("professionnelle") && m_dice.chance(60)
                                     ? QStringLiteral("PPAE")
                                     : QStringLiteral("CER");
            const QDate end = start.addMonths(m_dice.chance(50) ? 6 : 12).addDays(-1);
            const QString id = m_dice.uuid();
            QVariantMap fields{{QStringLiteral("kind"), kind},
                               {QStringLiteral("start_date"), day(start)},
                               {QStringLiteral("planned_end"), day(end)},
                               {QStringLiteral("signed_on"), day(start)},
                               {QStringLiteral("commitments"), m_dice.pick(kCommitments)}};
            const bool cut = ending && end > until;
            if (cut) {
                fields.insert(QStringLiteral("ended_on"), day(until));
            }
            insert(QStringLiteral("contracts"), id, fields);
            event(QStringLiteral("contract"), QStringLiteral("created"), id, day(start),
                  {{QStringLiteral("kind"), kind},
                   {QStringLiteral("start"), day(start)},
                   {QStringLiteral("end"), day(end)}});
            event(QStringLiteral("contract"), QStringLiteral("signed"), id, day(start),
                  {{QStringLiteral("kind"), kind}});
            if (cut) {
                event(QStringLiteral("contract"), QStringLiteral("ended"), id, day(until),
                      {{QStringLiteral("kind"), kind}});
            }
            if (first.isEmpty()) {
                first = id;
            }
            start = end.addDays(1 + m_dice.below(20));
        }
        return first;
    }

    // The objectives are those of the contract signed the day the plan opens, with the person's consent.
    void plan(const QDate& opened, const QDate& until, bool closing, const QString& orientation,
              const QString& contractId) {
        if (opened > m_today) {
            return;
        }
        const QString planId = m_dice.uuid();
        insert(QStringLiteral("action_plans"), planId, {{QStringLiteral("opened_on"), day(opened)}});
        const int count = 1 + m_dice.below(3);
        event(QStringLiteral("plan"), QStringLiteral("created"), planId, day(opened),
              {{QStringLiteral("objectives"), count}, {QStringLiteral("fromDiagnostic"), false}});
        const QStringList& pool = orientation == QLatin1String("sociale") ? kSocialThemes : kWorkThemes;
        const int span = std::max<qint64>(1, opened.daysTo(std::min(until, m_today)));
        QStringList themesLeft = pool;
        for (int i = 0; i < count; ++i) {
            const Referential::Theme* theme =
                Referential::theme(themesLeft.takeAt(m_dice.below(static_cast<int>(themesLeft.size()))));
            if (!theme || theme->objectives.isEmpty()) {
                continue;
            }
            const QString objectiveId = m_dice.uuid();
            const QString label = m_dice.pick(theme->objectives);
            const QDate done = opened.addDays(m_dice.below(span));
            const QString outcome =
                done < m_today.addDays(-30) && m_dice.chance(55)
                    ? weighted(m_dice, {{80, QStringLiteral("achieved")}, {20, QStringLiteral("abandoned")}})
                    : QStringLiteral("in_progress");
            insert(
                QStringLiteral("plan_objectives"), objectiveId,
                {{QStringLiteral("plan_id"), planId},
                 {QStringLiteral("theme"), theme->code},
                 {QStringLiteral("theme_label"), theme->label},
                 {QStringLiteral("label"), label},
                 {QStringLiteral("status"), outcome},
                 {QStringLiteral("created_on"), day(opened)},
                 {QStringLiteral("contract_id"), contractId.isEmpty() ? QVariant() : QVariant(contractId)},
                 {QStringLiteral("consent_on"), contractId.isEmpty() ? QVariant() : QVariant(day(opened))}});
            event(QStringLiteral("objective"), QStringLiteral("created"), objectiveId, day(opened),
                  {{QStringLiteral("label"), label}, {QStringLiteral("theme"), theme->label}});
            const int actions = theme->actions.isEmpty() ? 0 : 1 + m_dice.below(2);
            for (int a = 0; a < actions; ++a) {
                const QString actionId = m_dice.uuid();
                const QString what = m_dice.pick(theme->actions);
                const QString state = outcome == QLatin1String("achieved") ? QStringLiteral("done")
                                      : outcome == QLatin1String("abandoned")
                                          ? QStringLiteral("abandoned_by_person")
                                          : weighted(m_dice, {{40, QStringLiteral("planned")},
                                                              {45, QStringLiteral("in_progress")},
                                                              {15, QStringLiteral("waiting")}});
                insert(QStringLiteral("plan_actions"), actionId,
                       {{QStringLiteral("objective_id"), objectiveId},
                        {QStringLiteral("label"), what},
                        {QStringLiteral("status"), state},
                        {QStringLiteral("created_on"), day(opened)},
                        {QStringLiteral("due_on"), day(opened.addDays(30 + m_dice.below(120)))}});
                event(QStringLiteral("action"), QStringLiteral("created"), actionId, day(opened),
                      {{QStringLiteral("label"), what}});
                if (state != QLatin1String("planned")) {
                    event(QStringLiteral("action"), QStringLiteral("status"), actionId,
                          day(std::min(done, m_today)),
                          {{QStringLiteral("status"), state}, {QStringLiteral("label"), what}});
                }
            }
            if (outcome != QLatin1String("in_progress")) {
                event(QStringLiteral("objective"), QStringLiteral("status"), objectiveId, day(done),
                      {{QStringLiteral("status"), outcome}, {QStringLiteral("label"), label}});
            }
        }
        if (closing) {
            const QString bilan = QStringLiteral("Plan clos à la sortie de l'accompagnement.");
            update(QStringLiteral("action_plans"), planId,
                   {{QStringLiteral("closed_on"), day(until)}, {QStringLiteral("bilan"), bilan}});
            event(QStringLiteral("plan"), QStringLiteral("closed"), planId, day(until),
                  {{QStringLiteral("bilan"), bilan}});
        }
    }

    void referral(const QDate& sent) {
        if (sent > m_today) {
            return;
        }
        const QString id = m_dice.uuid();
        const QString service = m_dice.pick(kServices);
        QString state = QStringLiteral("open");
        QString reason;
        QDate changed = sent;
        if (sent < m_today.addDays(-20)) {
            state = weighted(m_dice, {{40, QStringLiteral("finished")},
                                      {20, QStringLiteral("entered")},
                                      {20, QStringLiteral("refused")},
                                      {10, QStringLiteral("expired")},
                                      {10, QStringLiteral("under_review")}});
            changed = std::min(sent.addDays(7 + m_dice.below(40)), m_today);
            if (state == QLatin1String("refused")) {
                reason = weighted(m_dice, {{35, QStringLiteral("no_places")},
                                           {25, QStringLiteral("unreachable")},
                                           {25, QStringLiteral("not_suitable")},
                                           {15, QStringLiteral("declined")}});
            }
        }
        insert(QStringLiteral("referrals"), id,
               {{QStringLiteral("service_name"), service},
                {QStringLiteral("thematique"), kServiceThematiques.at(kServices.indexOf(service))},
                {QStringLiteral("status"), state},
                {QStringLiteral("refusal_reason"), reason},
                {QStringLiteral("sent_on"), day(sent)},
                {QStringLiteral("updated_on"), day(changed)}});
        event(QStringLiteral("referral"), QStringLiteral("created"), id, day(sent),
              {{QStringLiteral("service"), service}});
        if (state != QLatin1String("open")) {
            event(QStringLiteral("referral"), QStringLiteral("status"), id, day(changed),
                  {{QStringLiteral("status"), state},
                   {QStringLiteral("service"), service},
                   {QStringLiteral("reason"), reason}});
        }
    }

    void note(const QDate& on) {
        const QString id = m_dice.uuid();
        const QString body = m_dice.pick(kNotes);
        const bool secret = m_dice.chance(20);
        insert(QStringLiteral("notes"), id,
               {{QStringLiteral("author_id"), m_actor},
                {QStringLiteral("written_on"), day(on)},
                {QStringLiteral("body"), body},
                {QStringLiteral("private"), secret ? 1 : 0}});
        event(QStringLiteral("note"), QStringLiteral("created"), id, day(on),
              {{QStringLiteral("text"), body}}, secret ? m_actor : QString());
    }

    void exit(const QString& periodId, const QString& orientationId, const QDate& on) {
        const QString reason = weighted(m_dice, {{22, QStringLiteral("emploi_durable")},
                                                 {18, QStringLiteral("emploi_temporaire")},
                                                 {14, QStringLiteral("formation")},
                                                 {4, QStringLiteral("creation_entreprise")},
                                                 {14, QStringLiteral("demenagement")},
                                                 {16, QStringLiteral("fin_de_droits")},
                                                 {7, QStringLiteral("radiation")},
                                                 {1, QStringLiteral("deces")},
                                                 {4, QStringLiteral("autre")}});
        const QString comment = reason == QLatin1String("autre")
                                    ? QStringLiteral("Souhaite faire une pause dans l'accompagnement.")
                                    : QString();
        update(QStringLiteral("follow_periods"), periodId,
               {{QStringLiteral("closed_on"), day(on)},
                {QStringLiteral("exit_reason"), reason},
                {QStringLiteral("exit_comment"), comment}});
        update(QStringLiteral("orientations"), orientationId, {{QStringLiteral("end_date"), day(on)}});
        event(QStringLiteral("exit"), QStringLiteral("created"), periodId, day(on),
              {{QStringLiteral("reason"), reason}, {QStringLiteral("comment"), comment}});
    }

    QDate today() const { return m_today; }
    Dice& dice() { return m_dice; }

private:
    ChangeWriter& m_writer;
    Dice& m_dice;
    const Subject& m_subject;
    QString m_actor;
    QDate m_today;
};

DemoPathways::DemoPathways(Dice& dice)
    : m_dice(dice) {}

Result<int> DemoPathways::write(ChangeWriter& writer, const Subject& subject, const QString& fallbackActor,
                                const QDate& today) {
    Writer w(writer, m_dice, subject, fallbackActor, today);
    if (subject.followStatus == QLatin1String("awaiting_orientation")) {
        w.entry(std::max(subject.enteredOn, today.addDays(-m_dice.below(90))), false);
        return w.status ? Result<int>(w.events) : Result<int>(w.status);
    }
    const bool exits = subject.followStatus == QLatin1String("exited");
    // Room for an orientation and a few appointments; those who left stayed at least two months.
    const QDate opened = std::min(subject.enteredOn, exits ? today.addDays(-120 - m_dice.below(200))
                                                           : today.addDays(-40 - m_dice.below(60)));
    QDate until = today;
    if (exits) {
        until = std::min(opened.addDays(150 + m_dice.below(600)), today.addDays(-5 - m_dice.below(60)));
        until = std::max(until, opened.addDays(60));
    }
    const QString kind = weighted(m_dice, {{20, QStringLiteral("sociale")},
                                           {45, QStringLiteral("socio_professionnelle")},
                                           {35, QStringLiteral("professionnelle")}});
    const QString periodId = w.entry(opened, false);
    const QDate oriented = std::min(opened.addDays(7 + m_dice.below(50)), until.addDays(-20));
    QString orientationId = w.orient(oriented, kind);
    const QDate first =
        w.appointments(oriented.addDays(5 + m_dice.below(35)), exits ? until : today.addDays(60), kind);
    const QDate contractStart = (first.isValid() ? first : oriented.addDays(30)).addDays(m_dice.below(10));
    const QString contractId = w.contracts(contractStart, until, exits, kind);
    if (contractStart <= until) {
        w.plan(contractStart, until, exits, kind, contractId);
    }
    const qint64 length = oriented.daysTo(until);
    for (int i = m_dice.below(3); i > 0 && length > 30; --i) {
        w.referral(oriented.addDays(15 + m_dice.below(static_cast<int>(length - 15))));
    }
    for (int i = m_dice.below(3); i > 0 && length > 10; --i) {
        w.note(oriented.addDays(m_dice.below(static_cast<int>(length))));
    }
    if (exits) {
        w.exit(periodId, orientationId, until);
        if (m_dice.chance(12) && until.addDays(90) < today) {
            w.entry(until.addDays(60 + m_dice.below(static_cast<int>(until.addDays(60).daysTo(today)))),
                    true);
            w.update(QStringLiteral("persons"), subject.personId,
                     {{QStringLiteral("follow_status"), QStringLiteral("awaiting_orientation")}});
        }
    }
    return w.status ? Result<int>(w.events) : Result<int>(w.status);
}

} // namespace jalon
