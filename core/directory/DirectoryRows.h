#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace jalon {

// What a service's row needs to know of its structure (the structure may be unknown: all empty).
struct StructureBrief {
    QString name;
    QString codeInsee;
    QString commune;
};

// The columns of directory_structures and directory_services computed from a checked
// data·inclusion record: typed copies for search and filters, the folded search texts, the
// effective eligibility zones, and the record itself as compact JSON. Local columns (withdrawn,
// local, full_until, local_note, imported_at) are not included: the writers own them.
namespace DirectoryRows {

QVariantMap structureColumns(const QJsonObject& structure);
QVariantMap serviceColumns(const QJsonObject& service, const StructureBrief& structure);

// The zones a service is open to: its zone_eligibilite; when it has none, the département of the
// service's commune (else its structure's); when neither is known, ["france"] (docs/directory.md).
QStringList effectiveZones(const QJsonObject& service, const StructureBrief& structure);

// "|a|b|" from a JSON list of codes, and back.
QString codeColumn(const QJsonValue& list);
QStringList codesOf(const QString& column);

QString compactJson(const QJsonObject& object);
QJsonObject objectOf(const QString& json);

} // namespace DirectoryRows

} // namespace jalon
