#pragma once

#include "pathway/AdviserDay.h"

#include <QTableWidget>

namespace jalon {

// A week of appointments as seven columns, Monday to Sunday, one cell per appointment in time
// order ("10:00 DURAND Hélène"), tinted by status; today's column is marked. Enter or a
// double-click on an appointment asks for the person's file.
class WeekAgenda : public QTableWidget {
    Q_OBJECT
public:
    enum Role { PersonIdRole = Qt::UserRole + 1, AppointmentIdRole };

    explicit WeekAgenda(QWidget* parent = nullptr);

    void setWeek(const QDate& monday, const QList<AdviserDay::AppointmentLine>& lines);
    const QDate& monday() const { return m_monday; }

Q_SIGNALS:
    void personRequested(const QString& personId);

private:
    QDate m_monday;
};

} // namespace jalon
