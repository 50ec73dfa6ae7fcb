#include "persons/PersonEditor.h"

#include "ui_PersonEditor.h"

#include "persons/CommuneCompleter.h"
#include "persons/PersonChoices.h"
#include "territory/Territory.h"

#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>

namespace jalon {

namespace {

void fillCombo(QComboBox* combo, const QList<Choice>& choices) {
    // Long labels ("Droit ouvert et suspendu") must not widen the whole form.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->clear();
    for (const Choice& choice : choices) {
        combo->addItem(choice.label, choice.code);
    }
}

void selectCode(QComboBox* combo, const QString& code) {
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString codeOf(const QComboBox* combo) {
    return combo->currentData().toString();
}

const char* kInvalidProperty = "invalid";

} // namespace

PersonEditor::PersonEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::PersonEditor)
    , m_communeCompleter(new CommuneCompleter(this)) {
    m_ui->setupUi(this);
    m_ui->communeEdit->setCompleter(m_communeCompleter);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #c00000; }"));
    fillChoices();
    connectEdits();
    // The form scrolls vertically only: keep the pane at least as wide as the form needs.
    m_ui->scrollArea->setMinimumWidth(m_ui->scrollContents->minimumSizeHint().width() +
                                      m_ui->scrollArea->verticalScrollBar()->sizeHint().width() + 2);
    setPerson(Person());
}

PersonEditor::~PersonEditor() = default;

void PersonEditor::fillChoices() {
    fillCombo(m_ui->titleCombo, PersonChoices::titles());
    fillCombo(m_ui->benefitsAgencyCombo, PersonChoices::benefitsAgencies());
    fillCombo(m_ui->rsaStatusCombo, PersonChoices::rsaStatuses());
    fillCombo(m_ui->educationLevelCombo, PersonChoices::educationLevels());
    fillCombo(m_ui->workSituationCombo, PersonChoices::workSituations());
    fillCombo(m_ui->familySituationCombo, PersonChoices::familySituations());
    fillCombo(m_ui->followStatusCombo, PersonChoices::followStatuses());
    // Shown, not edited: entries, orientations and exits in the Pathway tab set it.
    m_ui->followStatusCombo->setEnabled(false);
    m_ui->followStatusCombo->setToolTip(
        tr("Follows from the pathway: record the entry, the orientation or the exit in the Pathway tab."));
}

void PersonEditor::connectEdits() {
    const auto changed = [this] {
        if (!m_loading) {
            updateState();
            Q_EMIT edited();
        }
    };
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textEdited, this, changed);
        edit->installEventFilter(this);
    }
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    }
    for (QCheckBox* check : findChildren<QCheckBox*>()) {
        connect(check, &QCheckBox::toggled, this, changed);
    }
    connect(m_ui->childrenSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->postcodeEdit, &QLineEdit::textEdited, this, &PersonEditor::onPostcodeEdited);
    connect(m_ui->communeEdit, &QLineEdit::textEdited, this, &PersonEditor::onCommuneEdited);
    connect(m_communeCompleter, &CommuneCompleter::communeChosen, this, [this, changed](const QString& code) {
        chooseCommune(code);
        changed();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PersonEditor::saveRequested);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &PersonEditor::revertRequested);
}

void PersonEditor::setPerson(const Person& person) {
    m_loaded = person;
    load(person);
    clearErrors();
    m_ui->headingLabel->setText(person.id.isEmpty()
                                    ? tr("New person")
                                    : tr("%1 %2").arg(person.firstName, person.lastName.toUpper()));
    m_ui->headingLabel->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    updateState();
}

void PersonEditor::setEditedContent(const Person& content) {
    Person merged = content;
    merged.id = m_loaded.id;
    load(merged);
    updateState();
}

void PersonEditor::load(const Person& p) {
    m_loading = true;
    selectCode(m_ui->titleCombo, p.title);
    m_ui->lastNameEdit->setText(p.lastName);
    m_ui->firstNameEdit->setText(p.firstName);
    m_ui->birthNameEdit->setText(p.birthName);
    m_ui->birthDateEdit->setText(p.birthDate.isValid() ? p.birthDate.toString(QStringLiteral("dd/MM/yyyy"))
                                                       : QString());
    m_ui->phoneEdit->setText(p.phone);
    m_ui->emailEdit->setText(p.email);
    m_ui->addressEdit->setText(p.addressLine);
    m_ui->postcodeEdit->setText(p.postcode);
    m_communeInsee = p.communeInsee;
    m_ui->communeEdit->setText(p.communeName);
    selectCode(m_ui->benefitsAgencyCombo, p.benefitsAgency);
    m_ui->cafNumberEdit->setText(p.cafNumber);
    m_ui->franceTravailIdEdit->setText(p.franceTravailId);
    selectCode(m_ui->rsaStatusCombo, p.rsaStatus);
    m_ui->rightsAndDutiesCheck->setChecked(p.rightsAndDuties);
    selectCode(m_ui->educationLevelCombo, p.educationLevel);
    selectCode(m_ui->workSituationCombo, p.workSituation);
    m_ui->rqthCheck->setChecked(p.rqth);
    selectCode(m_ui->familySituationCombo, p.familySituation);
    m_ui->childrenSpin->setValue(p.children);
    selectCode(m_ui->followStatusCombo, p.followStatus);
    m_loading = false;
}

Person PersonEditor::person() const {
    Person p = m_loaded;
    p.title = codeOf(m_ui->titleCombo);
    p.lastName = m_ui->lastNameEdit->text();
    p.firstName = m_ui->firstNameEdit->text();
    p.birthName = m_ui->birthNameEdit->text();
    p.birthDate = QDate::fromString(m_ui->birthDateEdit->text().trimmed(), QStringLiteral("dd/MM/yyyy"));
    if (!p.birthDate.isValid()) {
        p.birthDate = QDate::fromString(m_ui->birthDateEdit->text().trimmed(), QStringLiteral("d/M/yyyy"));
    }
    p.phone = m_ui->phoneEdit->text();
    p.email = m_ui->emailEdit->text();
    p.addressLine = m_ui->addressEdit->text();
    p.postcode = m_ui->postcodeEdit->text();
    p.communeInsee = m_communeInsee;
    p.communeName = m_ui->communeEdit->text().trimmed();
    if (const Commune* commune = Territory::instance().commune(m_communeInsee)) {
        p.communeName = commune->name;
    }
    p.benefitsAgency = codeOf(m_ui->benefitsAgencyCombo);
    p.cafNumber = m_ui->cafNumberEdit->text();
    p.franceTravailId = m_ui->franceTravailIdEdit->text();
    p.rsaStatus = codeOf(m_ui->rsaStatusCombo);
    p.rightsAndDuties = m_ui->rightsAndDutiesCheck->isChecked();
    p.educationLevel = codeOf(m_ui->educationLevelCombo);
    p.workSituation = codeOf(m_ui->workSituationCombo);
    p.rqth = m_ui->rqthCheck->isChecked();
    p.familySituation = codeOf(m_ui->familySituationCombo);
    p.children = m_ui->childrenSpin->value();
    p.followStatus = codeOf(m_ui->followStatusCombo);
    return p;
}

bool PersonEditor::isDirty() const {
    const Person current = PersonValidator::normalized(person());
    const Person reference = PersonValidator::normalized(m_loaded);
    // An unreadable birth date still counts as an edit if text was typed.
    const bool typedBadDate =
        !current.birthDate.isValid() && !m_ui->birthDateEdit->text().trimmed().isEmpty();
    return typedBadDate || !(current == reference);
}

void PersonEditor::updateState() {
    const bool dirty = isDirty();
    m_ui->saveButton->setEnabled(dirty);
    m_ui->revertButton->setEnabled(dirty);
}

void PersonEditor::onPostcodeEdited(const QString& text) {
    static const QRegularExpression complete(QStringLiteral("^\\d{5}$"));
    if (!complete.match(text.trimmed()).hasMatch()) {
        return;
    }
    const QList<const Commune*> communes = Territory::instance().communesWithPostcode(text.trimmed());
    if (communes.size() == 1) {
        chooseCommune(communes.constFirst()->code);
    } else if (communes.size() > 1) {
        const Commune* current = Territory::instance().commune(m_communeInsee);
        if (!current || !current->postcodes.contains(text.trimmed())) {
            m_ui->communeEdit->setFocus();
            m_communeCompleter->proposeForPostcode(text.trimmed());
        }
    }
}

void PersonEditor::onCommuneEdited(const QString& text) {
    m_communeInsee.clear(); // typed by hand: not a commune of the referential until one is chosen
    m_communeCompleter->propose(text);
}

void PersonEditor::chooseCommune(const QString& inseeCode) {
    const Commune* commune = Territory::instance().commune(inseeCode);
    if (!commune) {
        return;
    }
    m_communeInsee = commune->code;
    m_ui->communeEdit->setText(commune->name);
    if (commune->postcodes.size() == 1 ||
        !commune->postcodes.contains(m_ui->postcodeEdit->text().trimmed())) {
        m_ui->postcodeEdit->setText(commune->postcodes.value(0));
    }
    updateState();
}

QWidget* PersonEditor::widgetFor(const QString& field) const {
    const QHash<QString, QWidget*> widgets{
        {PersonField::title, m_ui->titleCombo},
        {PersonField::lastName, m_ui->lastNameEdit},
        {PersonField::firstName, m_ui->firstNameEdit},
        {PersonField::birthName, m_ui->birthNameEdit},
        {PersonField::birthDate, m_ui->birthDateEdit},
        {PersonField::phone, m_ui->phoneEdit},
        {PersonField::email, m_ui->emailEdit},
        {PersonField::addressLine, m_ui->addressEdit},
        {PersonField::postcode, m_ui->postcodeEdit},
        {PersonField::communeInsee, m_ui->communeEdit},
        {PersonField::benefitsAgency, m_ui->benefitsAgencyCombo},
        {PersonField::cafNumber, m_ui->cafNumberEdit},
        {PersonField::franceTravailId, m_ui->franceTravailIdEdit},
        {PersonField::rsaStatus, m_ui->rsaStatusCombo},
        {PersonField::educationLevel, m_ui->educationLevelCombo},
        {PersonField::workSituation, m_ui->workSituationCombo},
        {PersonField::familySituation, m_ui->familySituationCombo},
        {PersonField::children, m_ui->childrenSpin},
        {PersonField::followStatus, m_ui->followStatusCombo},
    };
    return widgets.value(field);
}

void PersonEditor::showErrors(const QList<FieldError>& errors) {
    clearErrors();
    QStringList lines;
    QWidget* first = nullptr;
    for (const FieldError& error : errors) {
        lines << QStringLiteral("• ") + error.message;
        if (QWidget* widget = widgetFor(error.field)) {
            widget->setProperty(kInvalidProperty, true);
            widget->setToolTip(error.message);
            widget->style()->unpolish(widget);
            widget->style()->polish(widget);
            first = first ? first : widget;
        }
    }
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorLabel->setVisible(!lines.isEmpty());
    if (first) {
        first->setFocus();
    }
}

void PersonEditor::clearErrors() {
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (widget->property(kInvalidProperty).toBool()) {
            widget->setProperty(kInvalidProperty, false);
            widget->setToolTip(QString());
            widget->style()->unpolish(widget);
            widget->style()->polish(widget);
        }
    }
    m_ui->errorLabel->clear();
    m_ui->errorLabel->setVisible(false);
}

void PersonEditor::focusFirstField() {
    m_ui->lastNameEdit->setFocus();
}

bool PersonEditor::eventFilter(QObject* watched, QEvent* event) {
    // A field takes Ctrl+Z for its own typing. When it has nothing of its own to undo (or redo),
    // let the key reach the window's Undo (Redo) of saved changes instead of swallowing it.
    auto* edit = qobject_cast<QLineEdit*>(watched);
    if (edit && event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo =
            key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
        if ((undo && !edit->isUndoAvailable()) || (redo && !edit->isRedoAvailable())) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jalon
