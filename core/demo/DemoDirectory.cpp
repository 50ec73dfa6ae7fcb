#include "demo/DemoDirectory.h"
#include "demo/DemoLists.h"

#include "demo/DemoDirectoryBuilder.h"

#include "common/TextFold.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace jalon {

namespace demodirectory {

int Builder::pickKind() {
    int roll = m_dice.below(m_kindWeights);
    for (int k = 0; k < static_cast<int>(demoStructureKinds().size()); ++k) {
        if (roll < kindOf(k).weight) {
            return k;
        }
        roll -= kindOf(k).weight;
    }
    return 0;
}

const Commune* Builder::pickCommune(int minPopulation) {
    for (int attempt = 0; attempt < 40; ++attempt) {
        const Commune* commune = m_departement.pick(m_dice);
        if (commune->population >= minPopulation) {
            return commune;
        }
    }
    const QList<const Commune*>& all = m_departement.communes();
    return *std::max_element(all.cbegin(), all.cend(), [](const Commune* a, const Commune* b) {
        return a->population < b->population;
    });
}

// The structure of this kind serving the commune (one per commune, EPCI or département), made on first use.
int Builder::structureFor(int kind, const Commune* commune) {
    const DemoStructureKind& k = kindOf(kind);
    const QString area = k.scope == 'c'            ? commune->code
                         : k.scope == 'd'          ? m_options.departement
                         : commune->epci.isEmpty() ? commune->code
                                                   : commune->epci;
    const QString scopeKey = utf8(k.key) + QLatin1Char('/') + area;
    if (const auto found = m_draftByScope.constFind(scopeKey); found != m_draftByScope.constEnd()) {
        return found.value();
    }
    Draft draft;
    draft.kind = kind;
    draft.commune = commune;
    const QString name = fill(k.name, commune);
    const QStringList words = foldedWords(name);
    draft.slug = words.join(QLatin1Char('-')).left(40);
    while (draft.slug.endsWith(QLatin1Char('-'))) {
        draft.slug.chop(1);
    }
    QJsonObject& s = draft.record;
    s.insert(QStringLiteral("source"), DemoDirectory::source());
    s.insert(QStringLiteral("id"), m_dice.uuid());
    s.insert(QStringLiteral("nom"), name);
    const QString siretStart = QString::number(1 + m_dice.below(9));
    s.insert(QStringLiteral("siret"), siretStart + m_dice.digits(13));
    address(&s, commune);
    s.insert(QStringLiteral("telephone"), phone());
    s.insert(QStringLiteral("courriel"), QStringLiteral("contact@%1.example").arg(draft.slug));
    s.insert(QStringLiteral("site_web"), QStringLiteral("https://www.%1.example/").arg(draft.slug));
    s.insert(QStringLiteral("description"), utf8(k.presentation));
    if (*k.reseau != '\0') {
        s.insert(QStringLiteral("reseaux_porteurs"), QJsonArray{utf8(k.reseau)});
    }
    s.insert(QStringLiteral("horaires_accueil"),
             m_dice.chance(50) ? QStringLiteral("Mo-Fr 09:00-12:00,13:30-17:00")
                               : QStringLiteral("Mo-Th 08:30-12:30,14:00-17:30; Fr 08:30-12:30"));
    s.insert(QStringLiteral("lien_source"), QStringLiteral("https://annuaire-demo.example/structures/%1")
                                                .arg(s.value(QLatin1String("id")).toString()));
    m_drafts.append(draft);
    m_draftByScope.insert(scopeKey, static_cast<int>(m_drafts.size() - 1));
    return static_cast<int>(m_drafts.size() - 1);
}

// A family of the structure's kind for a service in commune: one it does not offer yet if any (a
// structure of one commune offers each once); else, for a structure of an EPCI or a département,
// one it does not offer in that commune yet (an antenna); -1 when there is none.
int Builder::pickFamily(Draft& draft, const Commune* commune) {
    const QList<int>& families = m_familiesOf.at(draft.kind);
    QList<int> unused;
    QList<int> elsewhere;
    for (int family : families) {
        if (!draft.familiesUsed.contains(family)) {
            unused << family;
        } else if (!draft.offered.contains(QStringLiteral("%1/%2").arg(family).arg(commune->code))) {
            elsewhere << family;
        }
    }
    const QList<int>& choice = unused.isEmpty() && kindOf(draft.kind).scope != 'c' ? elsewhere : unused;
    if (choice.isEmpty()) {
        return -1;
    }
    const int family = choice.at(m_dice.below(static_cast<int>(choice.size())));
    draft.familiesUsed << family;
    draft.offered.insert(QStringLiteral("%1/%2").arg(family).arg(commune->code));
    return family;
}

const Commune* Builder::serviceCommune(const Draft& draft) {
    const char scope = kindOf(draft.kind).scope;
    if (scope == 'c' || m_dice.chance(40)) {
        return draft.commune;
    }
    if (scope == 'd') {
        return m_departement.pick(m_dice);
    }
    const Commune* c = draft.commune;
    return m_byEpci.value(c->epci.isEmpty() ? c->code : c->epci).pick(m_dice);
}

QString Builder::fill(const char* text, const Commune* commune) const {
    QString out = utf8(text);
    out.replace(QStringLiteral("{dc}"), demoPlacePhrase(commune->name, false));
    out.replace(QStringLiteral("{ac}"), demoPlacePhrase(commune->name, true));
    out.replace(QStringLiteral("{p}"), demoPaysPhrase(commune->epci, *commune));
    out.replace(QStringLiteral("{dd}"), demoDepartementPhrase(m_options.departement));
    return out;
}

DirectoryBatch Builder::build() {
    DirectoryBatch batch;
    batch.format = QStringLiteral("json");
    batch.hasStructures = true;
    batch.hasServices = true;
    if (m_departement.isEmpty() || m_kindWeights <= 0) {
        return batch;
    }
    const int target = std::max(0, m_options.services);
    // About five services a structure; the attempts bound the loop should every structure be full.
    for (int attempt = 0; m_services.size() < target && attempt < target * 20; ++attempt) {
        const int kind = pickKind();
        const int index = structureFor(kind, pickCommune(kindOf(kind).minPopulation));
        const int count = std::min(1 + m_dice.below(9), target - static_cast<int>(m_services.size()));
        for (int i = 0; i < count; ++i) {
            Draft& draft = m_drafts[index];
            const Commune* commune = serviceCommune(draft);
            const int family = pickFamily(draft, commune);
            if (family < 0) {
                break;
            }
            m_services.append(service(draft, family, commune));
        }
    }
    for (Draft& draft : m_drafts) {
        if (draft.latest.isEmpty()) {
            continue; // no service (cannot happen: a new structure always has a family to offer)
        }
        draft.record.insert(QStringLiteral("date_maj"), draft.latest);
        batch.structures.append(draft.record);
    }
    batch.services = m_services;
    return batch;
}

} // namespace demodirectory

DirectoryBatch DemoDirectory::generate(const Options& options) {
    return demodirectory::Builder(options).build();
}

Result<ImportReport> DemoDirectory::import(Database& database, const Actor& actor, const Options& options,
                                           const DirectoryImporter::Progress& progress) {
    const DirectoryBatch batch = generate(options);
    if (batch.services.isEmpty() && options.services > 0) {
        return Result<ImportReport>::fail(
            QCoreApplication::translate("DemoGenerator", "Unknown département %1.").arg(options.departement));
    }
    DirectoryImporter::Options importOptions;
    importOptions.source = source();
    return DirectoryImporter(database, actor).run(batch, importOptions, progress);
}

} // namespace jalon
