#include "territory/Territory.h"

#include "common/TextFold.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace jalon {

namespace {

// Reads a tab-separated resource, skipping the '#' header; calls handle(fields) per line.
template <typename Handler> void readTsv(const QString& resource, Handler handle) {
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("territory resource missing: %s", qPrintable(resource));
        return;
    }
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    QString line;
    while (in.readLineInto(&line)) {
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
            handle(line.split(QLatin1Char('\t')));
        }
    }
}

} // namespace

const Territory& Territory::instance() {
    static const Territory territory;
    return territory;
}

Territory::Territory() {
    loadCommunes();
    loadNames(QStringLiteral(":/jalon/territory/departements.tsv"), &m_departements);
    loadNames(QStringLiteral(":/jalon/territory/epci.tsv"), &m_epcis);
}

void Territory::loadCommunes() {
    m_communes.reserve(35100);
    readTsv(QStringLiteral(":/jalon/territory/communes.tsv"), [this](const QStringList& f) {
        if (f.size() < 8) {
            return;
        }
        Commune commune;
        commune.code = f[0];
        commune.name = f[1];
        commune.departement = f[2];
        commune.region = f[3];
        commune.epci = f[4];
        commune.postcodes = f[5].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        commune.population = f[6].toInt();
        commune.arrondissement = f[7] == QLatin1String("A");
        commune.foldedName = foldText(commune.name);
        const int index = static_cast<int>(m_communes.size());
        m_byCode.insert(commune.code, index);
        for (const QString& postcode : std::as_const(commune.postcodes)) {
            m_byPostcode.insert(postcode, index);
        }
        m_communes.append(std::move(commune));
    });
}

void Territory::loadNames(const QString& resource, QHash<QString, QString>* names) {
    readTsv(resource, [names](const QStringList& f) {
        if (f.size() >= 2) {
            names->insert(f[0], f[1]);
        }
    });
}

const Commune* Territory::commune(const QString& inseeCode) const {
    const auto it = m_byCode.constFind(inseeCode);
    return it == m_byCode.cend() ? nullptr : &m_communes.at(*it);
}

QList<const Commune*> Territory::communesWithPostcode(const QString& postcode) const {
    QList<const Commune*> found;
    for (auto it = m_byPostcode.constFind(postcode); it != m_byPostcode.cend() && it.key() == postcode;
         ++it) {
        found.append(&m_communes.at(*it));
    }
    std::sort(found.begin(), found.end(), [](const Commune* a, const Commune* b) {
        return a->arrondissement != b->arrondissement ? !a->arrondissement : a->population > b->population;
    });
    return found;
}

QList<const Commune*> Territory::searchByName(const QString& text, int limit) const {
    const QString folded = foldText(text);
    if (folded.isEmpty() || limit <= 0) {
        return {};
    }
    const QString wordStart = QLatin1Char(' ') + folded;
    QList<const Commune*> whole;
    QList<const Commune*> partial;
    for (const Commune& commune : m_communes) {
        if (commune.foldedName.startsWith(folded)) {
            whole.append(&commune);
        } else if (commune.foldedName.contains(wordStart)) {
            partial.append(&commune);
        }
    }
    const auto byPopulation = [](const Commune* a, const Commune* b) {
        return a->population > b->population;
    };
    std::sort(whole.begin(), whole.end(), byPopulation);
    std::sort(partial.begin(), partial.end(), byPopulation);
    whole.append(partial);
    if (whole.size() > limit) {
        whole.resize(limit);
    }
    return whole;
}

QString Territory::departementName(const QString& code) const {
    return m_departements.value(code);
}

QString Territory::epciName(const QString& code) const {
    return m_epcis.value(code);
}

bool Territory::isPlausiblePostcode(const QString& postcode) {
    static const QRegularExpression pattern(QStringLiteral("^(0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}$"));
    return pattern.match(postcode).hasMatch();
}

} // namespace jalon
