// The services of the demo directory: texts, eligibility, contacts (see DemoDirectory.h).
#include "demo/DemoDirectoryBuilder.h"

#include "directory/DirectoryEnums.h"

namespace jalon::demodirectory {

void Builder::address(QJsonObject* record, const Commune* commune) {
    if (!m_streets.isEmpty()) {
        record->insert(QStringLiteral("adresse"), joined(QString::number(1 + m_dice.below(60)), m_streets));
    }
    record->insert(QStringLiteral("code_postal"), commune->postcodes.value(0));
    record->insert(QStringLiteral("commune"), commune->name);
    record->insert(QStringLiteral("code_insee"), commune->code);
}

// The service's eligibility: mostly the reach of its family, sometimes wider or narrower.
QJsonArray Builder::zones(char reach, const Commune* commune) {
    // A few services of the département or an EPCI are also given remotely to all France.
    const int roll = m_dice.below(100);
    if (roll < 4 && reach != 'c') {
        reach = 'f';
    } else if (roll < 8 && reach == 'e') {
        reach = 'd';
    } else if (roll < 20) {
        reach = reach == 'c' ? 'e' : (reach == 'e' ? 'c' : reach);
    }
    const QString epci = commune->epci.isEmpty() ? commune->code : commune->epci;
    switch (reach) {
    case 'f':
        return {QStringLiteral("france")};
    case 'd':
        return {commune->departement};
    case 'e':
        return {epci};
    default:
        break;
    }
    QJsonArray codes{commune->code};
    if (m_dice.chance(30)) {
        for (int i = 1 + m_dice.below(3); i > 0; --i) {
            const QString neighbour = m_byEpci.value(epci).pick(m_dice)->code;
            if (!codes.contains(neighbour)) {
                codes.append(neighbour);
            }
        }
    }
    return codes;
}

QString Builder::description(const Draft& draft, const DemoServiceFamily& family, const Commune* commune,
                             const QStringList& publics, bool professionals, bool users) {
    static const QStringList practical{
        QStringLiteral("L'accueil se fait sur rendez-vous, du lundi au vendredi."),
        QStringLiteral("Une permanence sans rendez-vous a lieu le mardi matin."),
        QStringLiteral("Un premier entretien permet de faire le point sur la situation de la personne."),
        QStringLiteral("Les locaux sont accessibles aux personnes à mobilité réduite."),
        QStringLiteral("L'équipe peut se déplacer à domicile quand la personne ne peut pas venir."),
    };
    QStringList sentences{fill(kindOf(draft.kind).subject, draft.commune) + QLatin1Char(' ') +
                              fill(family.offer, commune) + QLatin1Char('.'),
                          fill(family.detail, commune)};
    QString audience;
    if (publics.contains(QLatin1String("tous-publics"))) {
        audience = QStringLiteral("Le service est ouvert à tous.");
    } else {
        QStringList labels;
        for (const QString& code : publics) {
            const QString label = DirectoryEnums::instance().label(DirectoryList::Publics, code);
            labels << label.left(1).toLower() + label.mid(1);
        }
        audience = QStringLiteral("Il s'adresse en priorité à ces publics : %1.")
                       .arg(labels.join(QStringLiteral(", ")));
    }
    QString orientation;
    if (professionals) {
        orientation =
            QStringLiteral("Les professionnels peuvent orienter une personne par téléphone ou par courriel.");
    }
    if (users) {
        orientation += (orientation.isEmpty() ? QString() : QStringLiteral(" ")) +
                       QStringLiteral("Chacun peut aussi prendre contact directement.");
    }
    for (const QString& more : {audience, m_dice.pick(practical), orientation}) {
        const qsizetype length = sentences.join(QLatin1Char(' ')).size();
        if (!more.isEmpty() && length + 1 + more.size() <= 600) {
            sentences << more;
        }
    }
    if (sentences.join(QLatin1Char(' ')).size() < 200) {
        sentences << QStringLiteral(
            "L'équipe travaille en lien avec les acteurs de l'insertion du territoire.");
    }
    return sentences.join(QLatin1Char(' '));
}

QJsonObject Builder::service(Draft& draft, int familyIndex, const Commune* commune) {
    static const QStringList conditions{
        QStringLiteral("Sur orientation d'un travailleur social."),
        QStringLiteral("Résider sur le territoire."),
        QStringLiteral("Sous conditions de ressources (quotient familial inférieur à 800 €)."),
        QStringLiteral("Être inscrit à France Travail ou accompagné par un référent RSA.")};
    static const QStringList precisions{
        QStringLiteral("Envoyer la fiche de liaison par courriel avant le premier rendez-vous."),
        QStringLiteral("Téléphoner le matin de préférence ; un rendez-vous est proposé dans la semaine."),
        QStringLiteral("Se présenter aux heures d'accueil avec une pièce d'identité.")};
    const DemoServiceFamily& family = demoServiceFamilies()[static_cast<std::size_t>(familyIndex)];
    QJsonObject s;
    s.insert(QStringLiteral("source"), DemoDirectory::source());
    s.insert(QStringLiteral("id"), m_dice.uuid());
    s.insert(QStringLiteral("structure_id"), draft.record.value(QLatin1String("id")));
    // The same service in another commune of the structure's area is an antenna.
    QString name = fill(family.name, commune);
    const QString prefix = QString::number(familyIndex) + QLatin1Char('/');
    const auto sameFamily = [&prefix](const QString& offered) { return offered.startsWith(prefix); };
    if (!utf8(family.name).contains(QLatin1String("{dc}")) &&
        std::count_if(draft.offered.cbegin(), draft.offered.cend(), sameFamily) > 1) {
        name += QStringLiteral(", antenne ") + demoPlacePhrase(commune->name, false);
    }
    s.insert(QStringLiteral("nom"), name);
    s.insert(QStringLiteral("type"), utf8(family.type));
    const QStringList publics = codesOf(family.publics);
    s.insert(QStringLiteral("thematiques"), QJsonArray::fromStringList(codesOf(family.thematiques)));
    s.insert(QStringLiteral("publics"), QJsonArray::fromStringList(publics));
    const bool paying = m_dice.below(100) < family.payant;
    s.insert(QStringLiteral("frais"), paying ? QStringLiteral("payant") : QStringLiteral("gratuit"));
    if (paying && *family.fees != '\0') {
        s.insert(QStringLiteral("frais_precisions"), utf8(family.fees));
    }
    // Days back: about 62 % within the year, the others one to three years old (stale).
    const int roll = m_dice.below(100);
    const int days =
        roll < 62 ? m_dice.below(365) : (roll < 88 ? 366 + m_dice.below(364) : 730 + m_dice.below(365));
    const QString dateMaj = m_today.addDays(-days).toString(Qt::ISODate);
    s.insert(QStringLiteral("date_maj"), dateMaj);
    draft.latest = std::max(draft.latest, dateMaj);
    const QJsonArray zoneCodes = zones(family.reach, commune);
    s.insert(QStringLiteral("zone_eligibilite"), zoneCodes);
    const bool remote = zoneCodes.contains(QStringLiteral("france"));
    s.insert(QStringLiteral("modes_accueil"),
             remote              ? QJsonArray{QStringLiteral("a-distance")}
             : m_dice.chance(20) ? QJsonArray{QStringLiteral("a-distance"), QStringLiteral("en-presentiel")}
                                 : QJsonArray{QStringLiteral("en-presentiel")});
    QJsonArray modes;
    for (const auto& [percent, code] :
         {std::pair{80, "telephoner"}, std::pair{60, "envoyer-un-courriel"}, std::pair{45, "se-presenter"},
          std::pair{12, "utiliser-lien-mobilisation"}}) {
        if (m_dice.chance(percent)) {
            modes.append(utf8(code));
        }
    }
    if (modes.isEmpty()) {
        modes.append(QStringLiteral("telephoner"));
    }
    s.insert(QStringLiteral("modes_mobilisation"), modes);
    const int who = m_dice.below(10);
    const bool professionals = who < 9;
    const bool users = who >= 3;
    QJsonArray mobilisable;
    if (professionals) {
        mobilisable.append(QStringLiteral("professionnels"));
    }
    if (users) {
        mobilisable.append(QStringLiteral("usagers"));
    }
    s.insert(QStringLiteral("mobilisable_par"), mobilisable);
    if (modes.contains(QStringLiteral("utiliser-lien-mobilisation"))) {
        s.insert(QStringLiteral("lien_mobilisation"),
                 QStringLiteral("https://www.%1.example/inscription").arg(draft.slug));
    }
    if (m_dice.chance(30)) {
        s.insert(QStringLiteral("mobilisation_precisions"), m_dice.pick(precisions));
    }
    if (m_dice.chance(25)) {
        s.insert(QStringLiteral("conditions_acces"), m_dice.pick(conditions));
    }
    s.insert(QStringLiteral("description"),
             description(draft, family, commune, publics, professionals, users));
    if (m_dice.chance(85)) {
        s.insert(QStringLiteral("telephone"), phone());
    }
    if (m_dice.chance(70)) {
        static const QStringList boxes{QStringLiteral("contact"), QStringLiteral("accueil"),
                                       QStringLiteral("secretariat"), QStringLiteral("inscriptions")};
        s.insert(QStringLiteral("courriel"),
                 QStringLiteral("%1@%2.example").arg(m_dice.pick(boxes), draft.slug));
    }
    if (m_dice.chance(40) && !m_firstNames.isEmpty() && !m_lastNames.isEmpty()) {
        s.insert(QStringLiteral("contact_nom_prenom"), joined(m_dice.pick(m_firstNames), m_lastNames));
    }
    if (!remote && m_dice.chance(95)) {
        address(&s, commune);
    }
    if (m_dice.chance(60)) {
        s.insert(QStringLiteral("horaires_accueil"), m_dice.chance(50)
                                                         ? QStringLiteral("Tu,Th 09:00-12:00")
                                                         : QStringLiteral("Mo-Fr 09:00-12:00,14:00-17:00"));
    }
    s.insert(QStringLiteral("lien_source"), QStringLiteral("https://annuaire-demo.example/services/%1")
                                                .arg(s.value(QLatin1String("id")).toString()));
    return s;
}

} // namespace jalon::demodirectory
