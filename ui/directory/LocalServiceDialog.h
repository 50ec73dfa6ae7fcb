#pragma once

#include "security/Actor.h"

#include <QDialog>
#include <QJsonObject>
#include <QScopedPointer>
#include <QStringList>

class QLineEdit;
class QListWidget;

namespace Ui {
class LocalServiceDialog;
}

namespace jalon {

class CommuneCompleter;
class Database;

// Adds a local service to the directory, or edits one (forms/directory/LocalServiceDialog.ui):
// its structure (a local structure, or a new one), name, description, thématiques (a two-level
// tree of checkboxes), the format's closed lists, contact and the eligibility zone (the commune,
// its EPCI, its département or France, from Territory). Saving builds the data·inclusion objects
// and goes through DirectoryStore::saveLocalStructure / saveLocalService; a refusal is shown in
// the dialog, which stays open. OK needs a structure, a name, a description and a thématique.
class LocalServiceDialog : public QDialog {
    Q_OBJECT
public:
    enum class Zone { Commune, Epci, Departement, France };

    // serviceKey empty: a new service; else the local service to edit.
    LocalServiceDialog(Database& database, const Actor& actor, const QString& serviceKey = {},
                       QWidget* parent = nullptr);
    ~LocalServiceDialog() override;

    void setThematiques(const QStringList& codes);
    QStringList thematiques() const;
    // INSEE codes (empty: none) of the service's commune and of the new structure's commune.
    void setCommune(const QString& inseeCode);
    void setStructureCommune(const QString& inseeCode);
    void setZone(Zone zone);
    bool isZoneAvailable(Zone zone) const;
    bool canSave() const;

    // Saves; false (with message()) when core refuses. accept() saves, then closes on success.
    bool save();
    void accept() override;
    // The saved service's key (empty until saved) and the message shown (empty: none).
    const QString& savedKey() const { return m_savedKey; }
    QString message() const;

private:
    void fillLists();
    void load(const QString& key);
    void setCommuneField(QLineEdit* edit, QString* insee, const QString& code);
    QString zoneCommune() const;
    void updateZones();
    void updateState();
    QJsonObject structureObject() const;
    QJsonObject serviceObject(const QString& structureId) const;
    void setMessage(const QString& text);

    const QScopedPointer<Ui::LocalServiceDialog> m_ui;
    Database& m_database;
    Actor m_actor;
    CommuneCompleter* m_communeCompleter;
    CommuneCompleter* m_structureCompleter;
    QString m_communeInsee;
    QString m_structureCommuneInsee;
    QJsonObject m_original;   // the service edited, so that fields the dialog does not show are kept
    QString m_newStructureId; // a new structure once saved: saved again, not twice
    QString m_savedKey;
};

} // namespace jalon
