#include "timeline/AppointmentDialog.h"

#include "ui_AppointmentDialog.h"

#include "common/Clock.h"
#include "pathway/AppointmentStore.h"
#include "pathway/PathwayChoices.h"

#include <QPushButton>

namespace jalon {

namespace {

void fill(QComboBox* combo, const QList<Choice>& choices) {
    for (const Choice& choice : choices) {
        combo->addItem(choice.label, choice.code);
    }
}

void select(QComboBox* combo, const QString& code) {
    const int index = combo->findData(code);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
}

} // namespace

AppointmentDialog::AppointmentDialog(Database& database, const Actor& actor, const QString& personId,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AppointmentDialog)
    , m_database(database)
    , m_actor(actor)
    , m_planning(true) {
    m_original.personId = personId;
    const QDate today = Clock::instance().today();
    m_original.scheduledAt = QDateTime(today.addDays(1), QTime(9, 0));
    m_original.invitedOn = today;
    setUp();
}

AppointmentDialog::AppointmentDialog(Database& database, const Actor& actor, const Appointment& appointment,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AppointmentDialog)
    , m_database(database)
    , m_actor(actor)
    , m_original(appointment)
    , m_planning(false) {
    setUp();
}

AppointmentDialog::~AppointmentDialog() = default;

void AppointmentDialog::setUp() {
    m_ui->setupUi(this);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    fill(m_ui->purposeCombo, PathwayChoices::appointmentPurposes());
    fill(m_ui->kindCombo, PathwayChoices::appointmentKinds());
    fill(m_ui->channelCombo, PathwayChoices::invitationChannels());
    // The outcomes the workflow allows from the stored status, and that status itself.
    for (const Choice& status : PathwayChoices::appointmentStatuses()) {
        if (status.code == m_original.status ||
            PathwayChoices::appointmentMayBecome(m_original.status, status.code)) {
            m_ui->statusCombo->addItem(status.label, status.code);
        }
    }
    showAppointment(m_original);
    m_ui->statusLabel->setVisible(!m_planning);
    m_ui->statusCombo->setVisible(!m_planning);
    const bool planned = m_original.status == QLatin1String("planned");
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->scheduledEdit), static_cast<QWidget*>(m_ui->durationSpin),
          static_cast<QWidget*>(m_ui->purposeCombo), static_cast<QWidget*>(m_ui->kindCombo),
          static_cast<QWidget*>(m_ui->placeEdit), static_cast<QWidget*>(m_ui->channelCombo),
          static_cast<QWidget*>(m_ui->invitedEdit)}) {
        field->setEnabled(m_planning || planned);
    }
    setWindowTitle(m_planning ? tr("New appointment") : tr("Appointment"));
    setAccessibleName(windowTitle());
    if (m_planning) {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Plan"));
        m_ui->scheduledEdit->setFocus();
    } else {
        m_ui->statusCombo->setFocus();
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AppointmentDialog::reject);
}

void AppointmentDialog::showAppointment(const Appointment& a) {
    select(m_ui->statusCombo, a.status);
    m_ui->scheduledEdit->setDateTime(a.scheduledAt);
    m_ui->durationSpin->setValue(a.duration);
    select(m_ui->purposeCombo, a.purpose);
    select(m_ui->kindCombo, a.kind);
    m_ui->placeEdit->setText(a.place);
    select(m_ui->channelCombo, a.channel);
    m_ui->invitedEdit->setDate(a.invitedOn.isValid() ? a.invitedOn : Clock::instance().today());
}

Appointment AppointmentDialog::edited() const {
    Appointment a = m_original;
    const QDateTime at = m_ui->scheduledEdit->dateTime();
    a.scheduledAt = QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()));
    a.duration = m_ui->durationSpin->value();
    a.purpose = m_ui->purposeCombo->currentData().toString();
    a.kind = m_ui->kindCombo->currentData().toString();
    a.place = m_ui->placeEdit->text().trimmed();
    a.channel = m_ui->channelCombo->currentData().toString();
    a.invitedOn = m_ui->invitedEdit->date();
    return a;
}

bool AppointmentDialog::scheduleChanged() const {
    const Appointment a = edited();
    return a.scheduledAt != m_original.scheduledAt || a.duration != m_original.duration ||
           a.purpose != m_original.purpose || a.kind != m_original.kind || a.place != m_original.place ||
           a.channel != m_original.channel || a.invitedOn != m_original.invitedOn;
}

QString AppointmentDialog::message() const {
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void AppointmentDialog::showMessage(const QString& message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void AppointmentDialog::accept() {
    AppointmentStore store(m_database);
    if (m_planning) {
        const Result<QString> planned = store.plan(m_actor, edited());
        if (!planned) {
            showMessage(planned.error());
            return;
        }
        m_original.id = planned.value();
        QDialog::accept();
        return;
    }
    if (m_original.status == QLatin1String("planned") && scheduleChanged()) {
        const Appointment moved = edited();
        if (Status done = store.reschedule(m_actor, moved); !done) {
            showMessage(done.error());
            return;
        }
        m_original = moved; // a refused outcome below must not move it twice
    }
    const QString status = m_ui->statusCombo->currentData().toString();
    if (status != m_original.status) {
        if (Status done = store.setStatus(m_actor, m_original.id, status); !done) {
            showMessage(done.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace jalon
