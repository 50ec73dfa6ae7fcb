#include "directory/DirectoryQuality.h"

#include "directory/DirectoryValidator.h"

#include <QJsonArray>

namespace jalon::DirectoryQuality {

namespace {

constexpr double kFreshDays = 183.0; // six months
constexpr double kOldDays = 730.0;   // two years
constexpr int kCriteria = 10;

bool has(const QJsonObject& s, const char* field) {
    const QJsonValue value = s.value(QLatin1String(field));
    return value.isArray() ? !value.toArray().isEmpty() : !value.toString().trimmed().isEmpty();
}

} // namespace

double freshness(const QDate& dateMaj, const QDate& today) {
    if (!dateMaj.isValid()) {
        return 0.0;
    }
    const double age = static_cast<double>(dateMaj.daysTo(today));
    if (age <= kFreshDays) {
        return 1.0;
    }
    if (age >= kOldDays) {
        return 0.0;
    }
    return (kOldDays - age) / (kOldDays - kFreshDays);
}

double score(const QJsonObject& s, const QDate& today) {
    const qsizetype description = s.value(QLatin1String("description")).toString().size();
    const bool criteria[] = {
        has(s, "adresse"),
        has(s, "telephone"),
        has(s, "courriel"),
        has(s, "modes_mobilisation"),
        has(s, "thematiques"),
        has(s, "publics"),
        has(s, "telephone") || has(s, "courriel") || has(s, "contact_nom_prenom"),
        description >= 200 && description <= 2000,
        has(s, "frais"),
    };
    double total =
        freshness(DirectoryValidator::dateOf(s.value(QLatin1String("date_maj")).toString()), today);
    for (const bool met : criteria) {
        total += met ? 1.0 : 0.0;
    }
    return total / kCriteria;
}

} // namespace jalon::DirectoryQuality
