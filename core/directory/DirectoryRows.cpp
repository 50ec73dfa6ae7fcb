#include "directory/DirectoryRows.h"

#include "common/TextFold.h"
#include "territory/Territory.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jalon::DirectoryRows {

namespace {

QString text(const QJsonObject& o, const char* field) {
    return o.value(QLatin1String(field)).toString();
}

} // namespace

QVariantMap structureColumns(const QJsonObject& s) {
    return {
        {QStringLiteral("source"), text(s, "source")},
        {QStringLiteral("source_id"), text(s, "id")},
        {QStringLiteral("name"), text(s, "nom")},
        {QStringLiteral("siret"), text(s, "siret")},
        {QStringLiteral("commune"), text(s, "commune")},
        {QStringLiteral("code_insee"), text(s, "code_insee")},
        {QStringLiteral("telephone"), text(s, "telephone")},
        {QStringLiteral("courriel"), text(s, "courriel")},
        {QStringLiteral("date_maj"), text(s, "date_maj")},
        {QStringLiteral("record"), compactJson(s)},
    };
}

QVariantMap serviceColumns(const QJsonObject& s, const StructureBrief& structure) {
    const QString commune = text(s, "commune").isEmpty() ? structure.commune : text(s, "commune");
    const QString zones =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(effectiveZones(s, structure)))
                              .toJson(QJsonDocument::Compact));
    return {
        {QStringLiteral("source"), text(s, "source")},
        {QStringLiteral("source_id"), text(s, "id")},
        {QStringLiteral("structure_key"), text(s, "source") + QLatin1Char(':') + text(s, "structure_id")},
        {QStringLiteral("name"), text(s, "nom")},
        {QStringLiteral("description"), text(s, "description")},
        {QStringLiteral("type"), text(s, "type")},
        {QStringLiteral("frais"), text(s, "frais")},
        {QStringLiteral("thematiques"), codeColumn(s.value(QLatin1String("thematiques")))},
        {QStringLiteral("publics"), codeColumn(s.value(QLatin1String("publics")))},
        {QStringLiteral("modes_accueil"), codeColumn(s.value(QLatin1String("modes_accueil")))},
        {QStringLiteral("modes_mobilisation"), codeColumn(s.value(QLatin1String("modes_mobilisation")))},
        {QStringLiteral("commune"), commune},
        {QStringLiteral("code_insee"), text(s, "code_insee")},
        {QStringLiteral("zones"), zones},
        {QStringLiteral("date_maj"), text(s, "date_maj")},
        {QStringLiteral("record"), compactJson(s)},
        {QStringLiteral("search_name"), foldText(text(s, "nom"))},
        {QStringLiteral("search_description"), foldText(text(s, "description"))},
        {QStringLiteral("search_structure"), foldText(structure.name)},
        {QStringLiteral("search_commune"), foldText(commune)},
    };
}

QStringList effectiveZones(const QJsonObject& s, const StructureBrief& structure) {
    QStringList zones;
    for (const QJsonValue& zone : s.value(QLatin1String("zone_eligibilite")).toArray()) {
        zones << (zone.toString() == QLatin1String("99100") ? QStringLiteral("france") : zone.toString());
    }
    if (!zones.isEmpty()) {
        return zones;
    }
    const QString insee = text(s, "code_insee").isEmpty() ? structure.codeInsee : text(s, "code_insee");
    if (const Commune* commune = Territory::instance().commune(insee)) {
        return {commune->departement};
    }
    return {QStringLiteral("france")};
}

QString codeColumn(const QJsonValue& list) {
    QStringList codes;
    for (const QJsonValue& code : list.toArray()) {
        codes << code.toString();
    }
    return codes.isEmpty() ? QString() : QLatin1Char('|') + codes.join(QLatin1Char('|')) + QLatin1Char('|');
}

QStringList codesOf(const QString& column) {
    return column.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString compactJson(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace jalon::DirectoryRows
