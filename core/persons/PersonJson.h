#pragma once

#include "persons/Person.h"

#include <QJsonObject>

namespace jalon {

// A person's record as a JSON object with the database's field names: used for editor
// drafts today, and for the right-of-access export later.
QJsonObject personToJson(const Person& person);
Person personFromJson(const QJsonObject& json);

} // namespace jalon
