#pragma once

#include "demo/DemoLists.h"

// Internal to the demo directory (DemoDirectory.cpp, DemoDirectoryService.cpp): the builder of its records.

#include "demo/DemoDirectory.h"
#include "demo/DemoDirectoryCatalog.h"
#include "demo/Dice.h"

#include "common/Clock.h"
#include "territory/Territory.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace jalon::demodirectory {

inline QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

inline QStringList codesOf(const char* spaceSeparated) {
    return utf8(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Communes drawn in proportion to population^0.6, so that small communes have their share.
class CommuneDraw {
public:
    void add(const Commune* commune) {
        m_total += std::max<qint64>(1, std::llround(std::pow(std::max(commune->population, 1), 0.6)));
        m_communes.append(commune);
        m_cumulative.append(m_total);
    }
    bool isEmpty() const { return m_communes.isEmpty(); }
    const Commune* pick(Dice& dice) const {
        const qint64 target = dice.below(static_cast<int>(m_total));
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
        return m_communes.at(std::min<qsizetype>(it - m_cumulative.cbegin(), m_communes.size() - 1));
    }
    const QList<const Commune*>& communes() const { return m_communes; }

private:
    QList<const Commune*> m_communes;
    QList<qint64> m_cumulative;
    qint64 m_total = 0;
};

// A structure being built, with what its services need.
struct Draft {
    int kind = 0;
    const Commune* commune = nullptr;
    QJsonObject record;
    QList<int> familiesUsed;
    QSet<QString> offered; // "family/commune" of its services
    QString slug;
    QString latest; // the most recent date_maj of its services
};

// Builds the batch, drawing everything from one Dice.
class Builder {
public:
    explicit Builder(const DemoDirectory::Options& options)
        : m_options(options)
        , m_dice(options.seed ^ 0xc2b2ae35U)
        , m_today(options.today.isValid() ? options.today : Clock::instance().today()) {
        for (const Commune& commune : Territory::instance().communes()) {
            if (commune.departement == options.departement && !commune.arrondissement) {
                m_departement.add(&commune);
                m_byEpci[commune.epci.isEmpty() ? commune.code : commune.epci].add(&commune);
            }
        }
        const auto kinds = demoStructureKinds();
        const auto families = demoServiceFamilies();
        m_familiesOf.resize(static_cast<qsizetype>(kinds.size()));
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            m_kindWeights += kinds[k].weight;
            for (std::size_t f = 0; f < families.size(); ++f) {
                if (codesOf(families[f].kinds).contains(utf8(kinds[k].key))) {
                    m_familiesOf[static_cast<qsizetype>(k)].append(static_cast<int>(f));
                }
            }
        }
    }

    DirectoryBatch build();

private:
    const DemoStructureKind& kindOf(int k) const { return demoStructureKinds()[static_cast<std::size_t>(k)]; }
    int pickKind();
    const Commune* pickCommune(int minPopulation);
    int structureFor(int kind, const Commune* commune);
    int pickFamily(Draft& draft, const Commune* commune);
    const Commune* serviceCommune(const Draft& draft);
    QJsonObject service(Draft& draft, int family, const Commune* commune);
    QString fill(const char* text, const Commune* commune) const;
    QString description(const Draft& draft, const DemoServiceFamily& family, const Commune* commune,
                        const QStringList& publics, bool professionals, bool users);
    QJsonArray zones(char reach, const Commune* commune);
    // "02 96 xx xx xx" (digits drawn in order: argument evaluation order is unspecified).
    QString phone() {
        QString number = QStringLiteral("02 96");
        for (int i = 0; i < 3; ++i) {
            number += QLatin1Char(' ') + m_dice.digits(2);
        }
        return number;
    }
    // Two draws, first then second, whatever the compiler's evaluation order.
    QString joined(const QString& first, const QStringList& list) {
        return first + QLatin1Char(' ') + m_dice.pick(list);
    }
    void address(QJsonObject* record, const Commune* commune);

    DemoDirectory::Options m_options;
    Dice m_dice;
    QDate m_today;
    CommuneDraw m_departement;
    QHash<QString, CommuneDraw> m_byEpci;
    QList<QList<int>> m_familiesOf;
    int m_kindWeights = 0;
    QList<Draft> m_drafts;
    QHash<QString, int> m_draftByScope;
    QList<QJsonObject> m_services;
    QStringList m_streets = readDemoList(QStringLiteral(":/jalon/demo/streets.txt"));
    QStringList m_firstNames = readDemoList(QStringLiteral(":/jalon/demo/first-names-f.txt")) +
                               readDemoList(QStringLiteral(":/jalon/demo/first-names-m.txt"));
    QStringList m_lastNames = readDemoList(QStringLiteral(":/jalon/demo/last-names.txt"));
};

} // namespace jalon::demodirectory
