#include "directory/LocalServiceDialog.h"
#include "directory/ThematiqueTree.h"

#include "ui_LocalServiceDialog.h"

#include "directory/DirectoryEnums.h"
#include "directory/DirectoryStore.h"
#include "persons/CommuneCompleter.h"
#include "territory/Territory.h"

#include <QJsonArray>
#include <QPushButton>
#include <QTreeWidgetItem>

namespace jalon {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kInseeRole = Qt::UserRole + 2;
const QString kErrorStyle = QStringLiteral("color: #b00020;");

void fillList(QListWidget* list, DirectoryList values) {
    for (const DirectoryValue& value : DirectoryEnums::instance().values(values)) {
        auto* item = new QListWidgetItem(value.label, list);
        item->setData(kCodeRole, value.code);
        item->setToolTip(value.description.isEmpty() ? value.label : value.description);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(list->fontMetrics().height() * 6);
}

void setCheckedCodes(QListWidget* list, const QStringList& codes) {
    for (int i = 0; i < list->count(); ++i) {
        const bool on = codes.contains(list->item(i)->data(kCodeRole).toString());
        list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

void fillCombo(QComboBox* combo, DirectoryList values, const QString& noneText) {
    combo->addItem(noneText, QString());
    for (const DirectoryValue& value : DirectoryEnums::instance().values(values)) {
        combo->addItem(value.label, value.code);
    }
}

QStringList stringsOf(const QJsonValue& value) {
    QStringList strings;
    for (const QJsonValue& item : value.toArray()) {
        strings << item.toString();
    }
    return strings;
}

} // namespace

LocalServiceDialog::LocalServiceDialog(Database& database, const Actor& actor, const QString& serviceKey,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::LocalServiceDialog)
    , m_database(database)
    , m_actor(actor)
    , m_communeCompleter(new CommuneCompleter(this))
    , m_structureCompleter(new CommuneCompleter(this)) {
    m_ui->setupUi(this);
    fillLists();
    m_ui->communeEdit->setCompleter(m_communeCompleter);
    m_ui->structureCommuneEdit->setCompleter(m_structureCompleter);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->zoneFranceRadio->setChecked(true);
    setMessage(QString());

    connect(m_ui->structureCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->newStructureBox->setVisible(m_ui->structureCombo->currentData().toString().isEmpty());
        updateZones();
        updateState();
    });
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->structureNameEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &LocalServiceDialog::updateState);
    }
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &LocalServiceDialog::updateState);
    connect(m_ui->thematiqueTree, &QTreeWidget::itemChanged, this, &LocalServiceDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LocalServiceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LocalServiceDialog::reject);
    connect(m_ui->communeEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_communeInsee.clear(); // typed by hand: no commune until one is chosen
        m_communeCompleter->propose(text);
        updateZones();
    });
    connect(m_ui->structureCommuneEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_structureCommuneInsee.clear();
        m_structureCompleter->propose(text);
        updateZones();
    });
    connect(m_communeCompleter, &CommuneCompleter::communeChosen, this, &LocalServiceDialog::setCommune);
    connect(m_structureCompleter, &CommuneCompleter::communeChosen, this,
            &LocalServiceDialog::setStructureCommune);

    const QList<QWidget*> order{m_ui->structureCombo,
                                m_ui->structureNameEdit,
                                m_ui->structureCommuneEdit,
                                m_ui->structureAddressEdit,
                                m_ui->structurePhoneEdit,
                                m_ui->structureEmailEdit,
                                m_ui->nameEdit,
                                m_ui->descriptionEdit,
                                m_ui->thematiqueTree,
                                m_ui->typeCombo,
                                m_ui->fraisCombo,
                                m_ui->fraisPrecisionsEdit,
                                m_ui->publicsList,
                                m_ui->accueilList,
                                m_ui->mobilisationList,
                                m_ui->mobilisableList,
                                m_ui->conditionsEdit,
                                m_ui->hoursEdit,
                                m_ui->contactNameEdit,
                                m_ui->phoneEdit,
                                m_ui->emailEdit,
                                m_ui->addressEdit,
                                m_ui->communeEdit,
                                m_ui->zoneCommuneRadio,
                                m_ui->zoneEpciRadio,
                                m_ui->zoneDepartementRadio,
                                m_ui->zoneFranceRadio,
                                m_ui->buttonBox};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }

    setWindowTitle(serviceKey.isEmpty() ? tr("New local service") : tr("Edit the local service"));
    if (!serviceKey.isEmpty()) {
        load(serviceKey);
    }
    m_ui->newStructureBox->setVisible(m_ui->structureCombo->currentData().toString().isEmpty());
    updateZones();
    updateState();
    m_ui->structureCombo->setFocus();
}

LocalServiceDialog::~LocalServiceDialog() = default;

void LocalServiceDialog::fillLists() {
    // Local structures (the export holds them, name order), then "New structure…".
    if (const Result<QJsonObject> local = DirectoryStore(m_database).exportLocal(m_actor)) {
        for (const QJsonValue& value : local->value(QLatin1String("structures")).toArray()) {
            const QJsonObject structure = value.toObject();
            m_ui->structureCombo->addItem(structure.value(QLatin1String("nom")).toString(),
                                          structure.value(QLatin1String("id")).toString());
            m_ui->structureCombo->setItemData(m_ui->structureCombo->count() - 1,
                                              structure.value(QLatin1String("code_insee")).toString(),
                                              kInseeRole);
        }
    }
    m_ui->structureCombo->addItem(tr("New structure…"), QString());

    ThematiqueTree::fill(m_ui->thematiqueTree);
    fillCombo(m_ui->typeCombo, DirectoryList::TypesDeServices, tr("Not said"));
    fillCombo(m_ui->fraisCombo, DirectoryList::Frais, tr("Not said"));
    fillList(m_ui->publicsList, DirectoryList::Publics);
    fillList(m_ui->accueilList, DirectoryList::ModesAccueil);
    fillList(m_ui->mobilisationList, DirectoryList::ModesMobilisation);
    fillList(m_ui->mobilisableList, DirectoryList::PersonnesMobilisatrices);
}

void LocalServiceDialog::load(const QString& key) {
    const Result<DirectoryEntry> entry = DirectoryStore(m_database).entry(m_actor, key);
    if (!entry || !entry->local) {
        setMessage(entry ? tr("Only services added in Jalon can be edited here.") : entry.error());
        return;
    }
    const QJsonObject& s = entry->service;
    m_original = s;
    m_savedKey = key;
    const auto text = [&s](const char* field) { return s.value(QLatin1String(field)).toString(); };
    const int structure = m_ui->structureCombo->findData(text("structure_id"));
    m_ui->structureCombo->setCurrentIndex(structure >= 0 ? structure : 0);
    m_ui->nameEdit->setText(text("nom"));
    m_ui->descriptionEdit->setPlainText(text("description"));
    setThematiques(stringsOf(s.value(QLatin1String("thematiques"))));
    m_ui->typeCombo->setCurrentIndex(std::max(0, m_ui->typeCombo->findData(text("type"))));
    m_ui->fraisCombo->setCurrentIndex(std::max(0, m_ui->fraisCombo->findData(text("frais"))));
    m_ui->fraisPrecisionsEdit->setText(text("frais_precisions"));
    setCheckedCodes(m_ui->publicsList, stringsOf(s.value(QLatin1String("publics"))));
    setCheckedCodes(m_ui->accueilList, stringsOf(s.value(QLatin1String("modes_accueil"))));
    setCheckedCodes(m_ui->mobilisationList, stringsOf(s.value(QLatin1String("modes_mobilisation"))));
    setCheckedCodes(m_ui->mobilisableList, stringsOf(s.value(QLatin1String("mobilisable_par"))));
    m_ui->conditionsEdit->setText(text("conditions_acces"));
    m_ui->hoursEdit->setText(text("horaires_accueil"));
    m_ui->contactNameEdit->setText(text("contact_nom_prenom"));
    m_ui->phoneEdit->setText(text("telephone"));
    m_ui->emailEdit->setText(text("courriel"));
    m_ui->addressEdit->setText(text("adresse"));
    setCommune(text("code_insee"));
    const QString zone = stringsOf(s.value(QLatin1String("zone_eligibilite"))).value(0);
    const Commune* commune = Territory::instance().commune(zoneCommune());
    if (zone.isEmpty() || zone == QLatin1String("france") || !commune) {
        setZone(Zone::France);
    } else {
        setZone(zone == commune->code   ? Zone::Commune
                : zone == commune->epci ? Zone::Epci
                                        : Zone::Departement);
    }
}

void LocalServiceDialog::setThematiques(const QStringList& codes) {
    ThematiqueTree::setCheckedCodes(m_ui->thematiqueTree, codes);
    updateState();
}

QStringList LocalServiceDialog::thematiques() const {
    // The sub-thématiques ticked: a category is not a service's thématique.
    return ThematiqueTree::checkedCodes(m_ui->thematiqueTree, false);
}

void LocalServiceDialog::setCommuneField(QLineEdit* edit, QString* insee, const QString& code) {
    const Commune* commune = Territory::instance().commune(code);
    *insee = commune ? commune->code : QString();
    edit->setText(commune ? CommuneCompleter::display(*commune) : QString());
    updateZones();
}

void LocalServiceDialog::setCommune(const QString& inseeCode) {
    setCommuneField(m_ui->communeEdit, &m_communeInsee, inseeCode);
}

void LocalServiceDialog::setStructureCommune(const QString& inseeCode) {
    setCommuneField(m_ui->structureCommuneEdit, &m_structureCommuneInsee, inseeCode);
}

QString LocalServiceDialog::zoneCommune() const {
    // The service's commune, else its structure's.
    if (!m_communeInsee.isEmpty()) {
        return m_communeInsee;
    }
    const QString structureId = m_ui->structureCombo->currentData().toString();
    return structureId.isEmpty() ? m_structureCommuneInsee
                                 : m_ui->structureCombo->currentData(kInseeRole).toString();
}

void LocalServiceDialog::updateZones() {
    const Territory& territory = Territory::instance();
    const Commune* commune = territory.commune(zoneCommune());
    const auto escaped = [](QString text) { return text.replace(QLatin1Char('&'), QStringLiteral("&&")); };
    m_ui->zoneCommuneRadio->setText(commune ? tr("the comm&une: %1").arg(escaped(commune->name))
                                            : tr("the comm&une (choose one)"));
    m_ui->zoneEpciRadio->setText(commune && !commune->epci.isEmpty()
                                     ? tr("its EPC&I: %1").arg(escaped(territory.epciName(commune->epci)))
                                     : tr("its EPC&I"));
    m_ui->zoneDepartementRadio->setText(
        commune ? tr("its &département: %1 (%2)")
                      .arg(escaped(territory.departementName(commune->departement)), commune->departement)
                : tr("its &département"));
    for (Zone zone : {Zone::Commune, Zone::Epci, Zone::Departement}) {
        const QList<QRadioButton*> radios{m_ui->zoneCommuneRadio, m_ui->zoneEpciRadio,
                                          m_ui->zoneDepartementRadio};
        QRadioButton* radio = radios.at(static_cast<int>(zone));
        radio->setEnabled(isZoneAvailable(zone));
        if (radio->isChecked() && !radio->isEnabled()) {
            m_ui->zoneFranceRadio->setChecked(true);
        }
    }
}

bool LocalServiceDialog::isZoneAvailable(Zone zone) const {
    const Commune* commune = Territory::instance().commune(zoneCommune());
    return zone == Zone::France || (commune && (zone != Zone::Epci || !commune->epci.isEmpty()));
}

void LocalServiceDialog::setZone(Zone zone) {
    const QList<QRadioButton*> radios{m_ui->zoneCommuneRadio, m_ui->zoneEpciRadio, m_ui->zoneDepartementRadio,
                                      m_ui->zoneFranceRadio};
    radios.at(static_cast<int>(isZoneAvailable(zone) ? zone : Zone::France))->setChecked(true);
}

bool LocalServiceDialog::canSave() const {
    const bool structure = !m_ui->structureCombo->currentData().toString().isEmpty() ||
                           !m_ui->structureNameEdit->text().trimmed().isEmpty();
    return structure && !m_ui->nameEdit->text().trimmed().isEmpty() &&
           !m_ui->descriptionEdit->toPlainText().trimmed().isEmpty() && !thematiques().isEmpty();
}

void LocalServiceDialog::updateState() {
    const qsizetype count = m_ui->descriptionEdit->toPlainText().trimmed().size();
    m_ui->descriptionCountLabel->setText(
        tr("%n character(s); 200 to 2,000 make a good quality score.", nullptr, static_cast<int>(count)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canSave());
}

bool LocalServiceDialog::save() {
    if (!canSave()) {
        setMessage(tr("Give the structure, the service's name, a description and at least one thématique."));
        return false;
    }
    DirectoryStore store(m_database);
    QString structureId = m_ui->structureCombo->currentData().toString();
    if (structureId.isEmpty()) {
        const Result<QString> structure = store.saveLocalStructure(m_actor, structureObject());
        if (!structure) {
            setMessage(tr("The structure was not saved: %1").arg(structure.error()));
            return false;
        }
        structureId = structure->section(QLatin1Char(':'), 1); // the key is "source:id"
        m_newStructureId = structureId;
    }
    const Result<QString> service = store.saveLocalService(m_actor, serviceObject(structureId));
    if (!service) {
        setMessage(tr("The service was not saved: %1").arg(service.error()));
        return false;
    }
    m_savedKey = service.value();
    m_original.insert(QStringLiteral("id"), m_savedKey.section(QLatin1Char(':'), 1));
    setMessage(QString());
    return true;
}

void LocalServiceDialog::accept() {
    if (save()) {
        QDialog::accept();
    }
}

QString LocalServiceDialog::message() const {
    return m_ui->messageLabel->text();
}

void LocalServiceDialog::setMessage(const QString& text) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(kErrorStyle);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

} // namespace jalon
