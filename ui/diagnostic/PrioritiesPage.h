#pragma once

#include "diagnostic/Diagnostic.h"
#include "diagnostic/Questionnaire.h"

#include <QScopedPointer>
#include <QWidget>

class QComboBox;
class QListWidget;

namespace Ui {
class PrioritiesPage;
}

namespace jalon {

// The wizard's last page (forms/diagnostic/PrioritiesPage.ui): up to three priority themes with the
// referential's objectives to propose for the action plan, the next steps, and what still stands in the way
// of validation.
class PrioritiesPage : public QWidget {
    Q_OBJECT
public:
    explicit PrioritiesPage(const Questionnaire& questionnaire, QWidget* parent = nullptr);
    ~PrioritiesPage() override;

    void load(const Diagnostic& diagnostic);
    void collect(Diagnostic& diagnostic) const;
    void showProblems(const QStringList& problems);
    void setReadOnly(bool readOnly);
    QComboBox* priorityCombo(int index) const;
    QListWidget* objectivesList(int index) const;

Q_SIGNALS:
    void edited();

private:
    void fillObjectives(int index, const QStringList& ticked);

    const QScopedPointer<Ui::PrioritiesPage> m_ui;
    const Questionnaire& m_questionnaire;
};

} // namespace jalon
