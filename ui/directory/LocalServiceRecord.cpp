// LocalServiceDialog's form as data·inclusion records (resources/directory/service.json and
// structure.json field names).
#include "directory/LocalServiceDialog.h"

#include "ui_LocalServiceDialog.h"

#include "territory/Territory.h"

#include <QJsonArray>
#include <QListWidget>

namespace jalon {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1; // as in LocalServiceDialog.cpp

QStringList checkedCodes(const QListWidget* list) {
    QStringList codes;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            codes << list->item(i)->data(kCodeRole).toString();
        }
    }
    return codes;
}

// The fields the dialog writes: removed from the edited record before the form's values go in.
const QStringList kManagedFields{QStringLiteral("structure_id"),
                                 QStringLiteral("nom"),
                                 QStringLiteral("description"),
                                 QStringLiteral("thematiques"),
                                 QStringLiteral("type"),
                                 QStringLiteral("frais"),
                                 QStringLiteral("frais_precisions"),
                                 QStringLiteral("publics"),
                                 QStringLiteral("modes_accueil"),
                                 QStringLiteral("modes_mobilisation"),
                                 QStringLiteral("mobilisable_par"),
                                 QStringLiteral("conditions_acces"),
                                 QStringLiteral("horaires_accueil"),
                                 QStringLiteral("contact_nom_prenom"),
                                 QStringLiteral("telephone"),
                                 QStringLiteral("courriel"),
                                 QStringLiteral("adresse"),
                                 QStringLiteral("commune"),
                                 QStringLiteral("code_insee"),
                                 QStringLiteral("code_postal"),
                                 QStringLiteral("zone_eligibilite")};

void insertText(QJsonObject& record, const QString& field, const QString& text) {
    if (!text.trimmed().isEmpty()) {
        record.insert(field, text.trimmed());
    }
}

void insertList(QJsonObject& record, const QString& field, const QStringList& codes) {
    if (!codes.isEmpty()) {
        record.insert(field, QJsonArray::fromStringList(codes));
    }
}

void insertCommune(QJsonObject& record, const QString& insee) {
    if (const Commune* commune = Territory::instance().commune(insee)) {
        record.insert(QStringLiteral("commune"), commune->name);
        record.insert(QStringLiteral("code_insee"), commune->code);
        if (!commune->postcodes.isEmpty()) {
            record.insert(QStringLiteral("code_postal"), commune->postcodes.first());
        }
    }
}

} // namespace

QJsonObject LocalServiceDialog::structureObject() const {
    QJsonObject structure;
    insertText(structure, QStringLiteral("id"), m_newStructureId);
    insertText(structure, QStringLiteral("nom"), m_ui->structureNameEdit->text());
    insertText(structure, QStringLiteral("adresse"), m_ui->structureAddressEdit->text());
    insertText(structure, QStringLiteral("telephone"), m_ui->structurePhoneEdit->text());
    insertText(structure, QStringLiteral("courriel"), m_ui->structureEmailEdit->text());
    insertCommune(structure, m_structureCommuneInsee);
    return structure;
}

QJsonObject LocalServiceDialog::serviceObject(const QString& structureId) const {
    QJsonObject service = m_original;
    for (const QString& field : kManagedFields) {
        service.remove(field);
    }
    service.insert(QStringLiteral("structure_id"), structureId);
    insertText(service, QStringLiteral("nom"), m_ui->nameEdit->text());
    insertText(service, QStringLiteral("description"), m_ui->descriptionEdit->toPlainText());
    insertList(service, QStringLiteral("thematiques"), thematiques());
    insertText(service, QStringLiteral("type"), m_ui->typeCombo->currentData().toString());
    insertText(service, QStringLiteral("frais"), m_ui->fraisCombo->currentData().toString());
    insertText(service, QStringLiteral("frais_precisions"), m_ui->fraisPrecisionsEdit->text());
    insertList(service, QStringLiteral("publics"), checkedCodes(m_ui->publicsList));
    insertList(service, QStringLiteral("modes_accueil"), checkedCodes(m_ui->accueilList));
    insertList(service, QStringLiteral("modes_mobilisation"), checkedCodes(m_ui->mobilisationList));
    insertList(service, QStringLiteral("mobilisable_par"), checkedCodes(m_ui->mobilisableList));
    insertText(service, QStringLiteral("conditions_acces"), m_ui->conditionsEdit->text());
    insertText(service, QStringLiteral("horaires_accueil"), m_ui->hoursEdit->text());
    insertText(service, QStringLiteral("contact_nom_prenom"), m_ui->contactNameEdit->text());
    insertText(service, QStringLiteral("telephone"), m_ui->phoneEdit->text());
    insertText(service, QStringLiteral("courriel"), m_ui->emailEdit->text());
    insertText(service, QStringLiteral("adresse"), m_ui->addressEdit->text());
    insertCommune(service, m_communeInsee);
    const Commune* commune = Territory::instance().commune(zoneCommune());
    QString zone = QStringLiteral("france");
    if (commune && m_ui->zoneCommuneRadio->isChecked()) {
        zone = commune->code;
    } else if (commune && m_ui->zoneEpciRadio->isChecked()) {
        zone = commune->epci;
    } else if (commune && m_ui->zoneDepartementRadio->isChecked()) {
        zone = commune->departement;
    }
    service.insert(QStringLiteral("zone_eligibilite"), QJsonArray{zone});
    return service;
}

} // namespace jalon
