// Fuzz target: a draft read back from the database may be anything (a corrupted row, a draft
// of an older version). Parsing it into a person and validating it must never crash.
#include "persons/PersonJson.h"
#include "persons/PersonValidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    const jalon::Person person = jalon::PersonValidator::normalized(jalon::personFromJson(document.object()));
    const auto errors = jalon::PersonValidator::validate(person, QDate(2026, 11, 27));
    // Round trip: what is written is read back the same.
    const jalon::Person again = jalon::personFromJson(jalon::personToJson(person));
    if (again.lastName != person.lastName || again.birthDate != person.birthDate || errors.size() > 64) {
        std::abort();
    }
    return 0;
}
