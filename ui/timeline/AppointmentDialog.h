#pragma once

#include "pathway/Pathway.h"
#include "security/Actor.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AppointmentDialog;
}

namespace jalon {

class Database;

// Plans an appointment, or edits one (forms/timeline/AppointmentDialog.ui): its outcome
// (attended, absent, excused, cancelled) among those the workflow allows, and its time, place
// and kind while it is still planned. Writes through AppointmentStore; a refusal is shown in the
// dialog, which stays open.
class AppointmentDialog : public QDialog {
    Q_OBJECT
public:
    // Planning a new appointment for the person.
    AppointmentDialog(Database& database, const Actor& actor, const QString& personId,
                      QWidget* parent = nullptr);
    // Editing a stored appointment.
    AppointmentDialog(Database& database, const Actor& actor, const Appointment& appointment,
                      QWidget* parent = nullptr);
    ~AppointmentDialog() override;

    QString message() const;
    // The id of the appointment planned or edited.
    const QString& appointmentId() const { return m_original.id; }

    void accept() override;

private:
    void setUp();
    void showAppointment(const Appointment& appointment);
    Appointment edited() const;
    bool scheduleChanged() const;
    void showMessage(const QString& message);

    const QScopedPointer<Ui::AppointmentDialog> m_ui;
    Database& m_database;
    Actor m_actor;
    Appointment m_original;
    bool m_planning;
};

} // namespace jalon
