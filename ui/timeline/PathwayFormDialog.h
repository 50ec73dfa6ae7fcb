#pragma once

#include "common/Result.h"
#include "persons/PersonChoices.h"

#include <QDate>
#include <QDialog>
#include <QScopedPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Ui {
class PathwayFormDialog;
}

namespace jalon {

// A compact dialog for one change to a pathway (forms/timeline/PathwayFormDialog.ui): fields
// added in a form, and a submit function that calls the core store. When core refuses, its
// message is shown in the dialog, which stays open with what was typed. Without a submit
// function it is a read-only details view with a Close button. Fields are named so that tests
// and screen readers find them.
class PathwayFormDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Status()>;

    explicit PathwayFormDialog(const QString& title, QWidget* parent = nullptr);
    ~PathwayFormDialog() override;

    void setIntro(const QString& text);
    QDateEdit* addDate(const QString& name, const QString& label, const QDate& value);
    // A date that may be left out: a check box (name + "Check") enables it.
    QDateEdit* addOptionalDate(const QString& name, const QString& label, const QDate& value, bool set);
    QComboBox* addChoices(const QString& name, const QString& label, const QList<Choice>& choices,
                          const QString& current = {});
    QLineEdit* addLine(const QString& name, const QString& label, const QString& text = {});
    QPlainTextEdit* addText(const QString& name, const QString& label, const QString& text = {});
    QCheckBox* addCheck(const QString& name, const QString& text, bool checked);
    // A read-only line of the details view.
    void addDetail(const QString& label, const QString& text);
    void addRow(const QString& label, QWidget* field);

    void setSubmit(Submit submit, const QString& okText = {});
    // The refusal shown, if any.
    QString message() const;
    void showMessage(const QString& message);

    static QString codeOf(const QComboBox* combo);
    // The date, or a null date when its check box is off.
    static QDate optionalDate(const QDateEdit* edit);

    void accept() override;

private:
    const QScopedPointer<Ui::PathwayFormDialog> m_ui;
    Submit m_submit;
};

} // namespace jalon
