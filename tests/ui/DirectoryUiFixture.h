// The directory screens' tests: a small data·inclusion directory of the Côtes-d'Armor imported
// through DirectoryImporter (the real import path) on a test database, at a fixed day.
#pragma once

#include "PathwayFixture.h"
#include "TestDatabase.h"

#include "directory/DirectoryImporter.h"
#include "directory/DirectoryParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jalon::test {

// Monday 15 June 2026: the services' date_maj are reckoned from it.
inline QDateTime directoryUiNow() {
    return QDateTime(QDate(2026, 6, 15), QTime(10, 0));
}

inline QJsonObject directoryService(const QString& id, const QString& name, const QString& structure,
                                    const QString& description, const QStringList& thematiques,
                                    const QStringList& zones, const QString& insee, const QString& commune,
                                    const QString& frais = QStringLiteral("gratuit"),
                                    const QString& dateMaj = QStringLiteral("2026-04-01")) {
    return {{QStringLiteral("source"), QStringLiteral("cd22")},
            {QStringLiteral("id"), id},
            {QStringLiteral("structure_id"), structure},
            {QStringLiteral("nom"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("date_maj"), dateMaj},
            {QStringLiteral("type"), QStringLiteral("accompagnement")},
            {QStringLiteral("frais"), frais},
            {QStringLiteral("thematiques"), QJsonArray::fromStringList(thematiques)},
            {QStringLiteral("publics"), QJsonArray{QStringLiteral("tous-publics")}},
            {QStringLiteral("modes_accueil"), QJsonArray{QStringLiteral("en-presentiel")}},
            {QStringLiteral("modes_mobilisation"), QJsonArray{QStringLiteral("telephoner")}},
            {QStringLiteral("conditions_acces"), QStringLiteral("Sur orientation d'un conseiller.")},
            {QStringLiteral("zone_eligibilite"), QJsonArray::fromStringList(zones)},
            {QStringLiteral("telephone"), QStringLiteral("02 96 00 00 00")},
            {QStringLiteral("commune"), commune},
            {QStringLiteral("code_insee"), insee}};
}

// Two structures and five services: two for mobility (one in the Lannion-Trégor EPCI only), food,
// digital skills and housing, open in Saint-Brieuc (22278), its département or Lannion's EPCI.
inline QByteArray directoryUiJson() {
    const QString lannion = QStringLiteral("22113");
    const QString brieuc = QStringLiteral("22278");
    QJsonArray structures{QJsonObject{{QStringLiteral("source"), QStringLiteral("cd22")},
                                      {QStringLiteral("id"), QStringLiteral("cd22--ml-tregor")},
                                      {QStringLiteral("nom"), QStringLiteral("Mission locale Trégor-Goëlo")},
                                      {QStringLiteral("date_maj"), QStringLiteral("2026-05-02")},
                                      {QStringLiteral("commune"), QStringLiteral("Lannion")},
                                      {QStringLiteral("code_insee"), lannion}},
                          QJsonObject{{QStringLiteral("source"), QStringLiteral("cd22")},
                                      {QStringLiteral("id"), QStringLiteral("cd22--ccas-brieuc")},
                                      {QStringLiteral("nom"), QStringLiteral("CCAS de Saint-Brieuc")},
                                      {QStringLiteral("date_maj"), QStringLiteral("2026-05-02")},
                                      {QStringLiteral("commune"), QStringLiteral("Saint-Brieuc")},
                                      {QStringLiteral("code_insee"), brieuc}}};
    const QString ml = QStringLiteral("cd22--ml-tregor");
    const QString ccas = QStringLiteral("cd22--ccas-brieuc");
    QJsonArray services{
        directoryService(QStringLiteral("cd22--garage"), QStringLiteral("Garage solidaire du Trégor"), ml,
                         QStringLiteral("Réparations à prix coûtant pour les personnes en insertion."),
                         {QStringLiteral("mobilite--entretenir-reparer-son-vehicule")},
                         {QStringLiteral("200065928")}, lannion, QStringLiteral("Lannion"),
                         QStringLiteral("payant")),
        directoryService(QStringLiteral("cd22--velos"), QStringLiteral("Prêt de vélos"), ccas,
                         QStringLiteral("Prêt de vélos pour aller au travail; conseils pour passer au "
                                        "garage et entretenir son vélo."),
                         {QStringLiteral("mobilite--mobilite-douce-partagee-collective")},
                         {QStringLiteral("22")}, brieuc, QStringLiteral("Saint-Brieuc")),
        directoryService(QStringLiteral("cd22--epicerie"), QStringLiteral("Épicerie solidaire"), ccas,
                         QStringLiteral("Produits frais et d'épicerie à petit prix, sur orientation."),
                         {QStringLiteral("equipement-et-alimentation--alimentation")}, {brieuc}, brieuc,
                         QStringLiteral("Saint-Brieuc")),
        directoryService(QStringLiteral("cd22--numerique"), QStringLiteral("Atelier numérique"), ccas,
                         QStringLiteral("Apprendre à utiliser un ordinateur et les services en ligne."),
                         {QStringLiteral("numerique--maitriser-les-fondamentaux-du-numerique")},
                         {QStringLiteral("22")}, brieuc, QStringLiteral("Saint-Brieuc"),
                         QStringLiteral("gratuit"), QStringLiteral("2024-11-02")),
        directoryService(
            QStringLiteral("cd22--logement"), QStringLiteral("Permanence logement"), ccas,
            QStringLiteral("Aide à la recherche d'un logement et aux demandes de logement social."),
            {QStringLiteral("logement-hebergement--louer-un-logement")}, {QStringLiteral("22")}, brieuc,
            QStringLiteral("Saint-Brieuc"))};
    return QJsonDocument(QJsonObject{{QStringLiteral("structures"), structures},
                                     {QStringLiteral("services"), services}})
        .toJson();
}

inline ImportReport importDirectoryUi(TestDatabase& t, const QByteArray& json = directoryUiJson()) {
    const Result<DirectoryBatch> batch = DirectoryParser::parse(json);
    REQUIRE(batch.isOk());
    const Result<ImportReport> report = DirectoryImporter(t.db(), t.actor()).run(batch.value(), {});
    INFO(report.error().toStdString());
    REQUIRE(report.isOk());
    return report.value();
}

} // namespace jalon::test
