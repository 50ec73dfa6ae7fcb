#pragma once

#include "persons/DuplicateFinder.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class DuplicateDialog;
}

namespace jalon {

// Shown before a record is created when it may duplicate existing ones: lists them with
// the reason, and lets the adviser open one, create anyway, or go back.
class DuplicateDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Cancel, CreateAnyway, OpenExisting };

    DuplicateDialog(const QList<PossibleDuplicate>& duplicates, QWidget* parent = nullptr);
    ~DuplicateDialog() override;

    Choice choice() const { return m_choice; }
    QString selectedId() const;

private:
    const QScopedPointer<Ui::DuplicateDialog> m_ui;
    Choice m_choice = Cancel;
};

} // namespace jalon
