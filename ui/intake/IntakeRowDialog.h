#pragma once

#include "intake/IntakeRow.h"

#include <QDialog>
#include <QMap>
#include <QScopedPointer>

class QLineEdit;

namespace Ui {
class IntakeRowDialog;
}

namespace jalon {

// Lets the officer correct the values of one row of an intake file (layout in
// forms/intake/IntakeRowDialog.ui): one line edit per Jalon field, the file's value in it, the
// review's reason above. The dialog only edits values; the review checks them again.
class IntakeRowDialog : public QDialog {
    Q_OBJECT
public:
    IntakeRowDialog(const IntakeRow& row, QWidget* parent = nullptr);
    ~IntakeRowDialog() override;

    QMap<IntakeField, QString> values() const;
    // The edit of a field, named "<code>Edit" ("last_nameEdit") for tests and accessibility.
    QLineEdit* editOf(IntakeField field) const { return m_edits.value(field); }

private:
    const QScopedPointer<Ui::IntakeRowDialog> m_ui;
    QMap<IntakeField, QLineEdit*> m_edits;
};

} // namespace jalon
