#pragma once

#include "pathway/AdviserDay.h"
#include "security/Actor.h"

#include <QScopedPointer>
#include <QWidget>

class QTreeWidgetItem;

namespace Ui {
class HomeWidget;
}

namespace jalon {

class Database;

// The adviser's home screen, "To do" (forms/home/HomeWidget.ui): the lists of AdviserDay in
// sections with their counts (appointments today, this week, to update; people awaiting
// orientation for over 30 and over 45 days; oriented with no first appointment; contracts
// ending), quick outcome buttons on the appointments to update, and a week agenda. Each line
// asks for the person's file. Read again when shown and with F5.
class HomeWidget : public QWidget {
    Q_OBJECT
public:
    // The sections, in the order shown.
    enum class Section {
        Today,
        ThisWeek,
        ToUpdate,
        AwaitingOver30,
        AwaitingOver45,
        NoFirstAppointment,
        ContractsEnding
    };
    enum Role { PersonIdRole = Qt::UserRole + 1, AppointmentIdRole, SectionRole };

    explicit HomeWidget(QWidget* parent = nullptr);
    ~HomeWidget() override;

    void initialize(Database& database, const Actor& actor);
    void reload();
    void showWeek(const QDate& monday);
    QDate weekShown() const;

    // The section's line of the lists (its children are the lines).
    QTreeWidgetItem* sectionItem(Section section) const;
    // Records an appointment's outcome from the "to update" list.
    bool setOutcome(const QString& appointmentId, const QString& status);

Q_SIGNALS:
    void personRequested(const QString& personId);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillLists(const AdviserDay::Lists& lists);
    QTreeWidgetItem* addSection(Section section, const QString& title, int count);
    // format: how the line shows the appointment's time (QLocale format).
    void addAppointment(QTreeWidgetItem* section, const AdviserDay::AppointmentLine& line,
                        const QString& format);
    // days: "awaiting for 38 days"...
    void addPerson(QTreeWidgetItem* section, const AdviserDay::PersonLine& line, const QString& days);
    void addOutcomeButtons(QTreeWidgetItem* item, const AdviserDay::AppointmentLine& line);

    const QScopedPointer<Ui::HomeWidget> m_ui;
    Database* m_database = nullptr;
    Actor m_actor;
};

} // namespace jalon
