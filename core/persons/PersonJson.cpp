#include "persons/PersonJson.h"

namespace jalon {

QJsonObject personToJson(const Person& p) {
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("last_name"), p.lastName},
        {QStringLiteral("first_name"), p.firstName},
        {QStringLiteral("birth_name"), p.birthName},
        {QStringLiteral("birth_date"), p.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("address_line"), p.addressLine},
        {QStringLiteral("postcode"), p.postcode},
        {QStringLiteral("commune_insee"), p.communeInsee},
        {QStringLiteral("commune_name"), p.communeName},
        {QStringLiteral("benefits_agency"), p.benefitsAgency},
        {QStringLiteral("caf_number"), p.cafNumber},
        {QStringLiteral("france_travail_id"), p.franceTravailId},
        {QStringLiteral("rsa_status"), p.rsaStatus},
        {QStringLiteral("rights_and_duties"), p.rightsAndDuties},
        {QStringLiteral("education_level"), p.educationLevel},
        {QStringLiteral("work_situation"), p.workSituation},
        {QStringLiteral("rqth"), p.rqth},
        {QStringLiteral("family_situation"), p.familySituation},
        {QStringLiteral("children"), p.children},
        {QStringLiteral("follow_status"), p.followStatus},
        {QStringLiteral("archived"), p.archived},
        {QStringLiteral("structure_id"), p.structureId},
        {QStringLiteral("referent_id"), p.referentId},
        {QStringLiteral("created_at"), p.createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

Person personFromJson(const QJsonObject& j) {
    const auto text = [&j](const char* key) { return j.value(QLatin1String(key)).toString(); };
    Person p;
    p.id = text("id");
    p.title = text("title");
    p.lastName = text("last_name");
    p.firstName = text("first_name");
    p.birthName = text("birth_name");
    p.birthDate = QDate::fromString(text("birth_date"), Qt::ISODate);
    p.phone = text("phone");
    p.email = text("email");
    p.addressLine = text("address_line");
    p.postcode = text("postcode");
    p.communeInsee = text("commune_insee");
    p.communeName = text("commune_name");
    p.benefitsAgency =
        j.contains(QLatin1String("benefits_agency")) ? text("benefits_agency") : QStringLiteral("caf");
    p.cafNumber = text("caf_number");
    p.franceTravailId = text("france_travail_id");
    p.rsaStatus = text("rsa_status");
    p.rightsAndDuties = j.value(QLatin1String("rights_and_duties")).toBool();
    p.educationLevel = text("education_level");
    p.workSituation = text("work_situation");
    p.rqth = j.value(QLatin1String("rqth")).toBool();
    p.familySituation = text("family_situation");
    p.children = j.value(QLatin1String("children")).toInt();
    p.followStatus = j.contains(QLatin1String("follow_status")) ? text("follow_status")
                                                                : QStringLiteral("awaiting_orientation");
    p.archived = j.value(QLatin1String("archived")).toBool();
    p.structureId = text("structure_id");
    p.referentId = text("referent_id");
    p.createdAt = QDateTime::fromString(text("created_at"), Qt::ISODateWithMs);
    return p;
}

} // namespace jalon
