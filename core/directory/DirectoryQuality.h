#pragma once

#include <QDate>
#include <QJsonObject>

namespace jalon {

// The quality score of a service (0 to 1), after data·inclusion's score_qualite criteria
// (shared/reference/SOURCES.md), ten criteria of equal weight (0.1 each):
//   address (adresse), phone (telephone), e-mail (courriel), mobilisation modes (modes_mobilisation),
//   freshness of date_maj (1 up to 183 days, then falling linearly to 0 at 730 days),
//   at least one thématique, at least one public, at least one contact (phone, e-mail or contact
//   name), a description of 200 to 2000 characters, fees defined (frais).
// Pure: today is passed in.
namespace DirectoryQuality {

double score(const QJsonObject& service, const QDate& today);
// The freshness criterion alone (0 to 1); 0 for an invalid date.
double freshness(const QDate& dateMaj, const QDate& today);

} // namespace DirectoryQuality

} // namespace jalon
