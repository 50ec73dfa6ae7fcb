#include "diagnostic/PrioritiesPage.h"

#include "ui_PrioritiesPage.h"

namespace jalon {

PrioritiesPage::PrioritiesPage(const Questionnaire& questionnaire, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::PrioritiesPage)
    , m_questionnaire(questionnaire) {
    m_ui->setupUi(this);
    for (int i = 0; i < Diagnostic::kMaxPriorities; ++i) {
        QComboBox* combo = priorityCombo(i);
        combo->addItem(tr("— none —"));
        for (const Theme& theme : questionnaire.themes) {
            combo->addItem(theme.label.text(), theme.id);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i] {
            fillObjectives(i, {});
            Q_EMIT edited();
        });
        connect(objectivesList(i), &QListWidget::itemChanged, this, &PrioritiesPage::edited);
    }
    connect(m_ui->nextStepsEdit, &QPlainTextEdit::textChanged, this, &PrioritiesPage::edited);
}

PrioritiesPage::~PrioritiesPage() = default;

QComboBox* PrioritiesPage::priorityCombo(int index) const {
    return std::array{m_ui->priority1Combo, m_ui->priority2Combo, m_ui->priority3Combo}.at(index);
}

QListWidget* PrioritiesPage::objectivesList(int index) const {
    return std::array{m_ui->objectives1List, m_ui->objectives2List, m_ui->objectives3List}.at(index);
}

void PrioritiesPage::fillObjectives(int index, const QStringList& ticked) {
    QListWidget* list = objectivesList(index);
    const QSignalBlocker blocker(list);
    list->clear();
    const Theme* theme = m_questionnaire.theme(priorityCombo(index)->currentData().toString());
    if (!theme) {
        return;
    }
    for (const QString& objective : theme->objectives) {
        auto* item = new QListWidgetItem(objective, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(objective) ? Qt::Checked : Qt::Unchecked);
    }
}

void PrioritiesPage::load(const Diagnostic& diagnostic) {
    for (int i = 0; i < Diagnostic::kMaxPriorities; ++i) {
        QComboBox* combo = priorityCombo(i);
        const QSignalBlocker blocker(combo);
        const Priority priority = diagnostic.priorities.value(i);
        combo->setCurrentIndex(std::max(0, combo->findData(priority.themeId)));
        fillObjectives(i, priority.objectives);
    }
    const QSignalBlocker blocker(m_ui->nextStepsEdit);
    if (m_ui->nextStepsEdit->toPlainText() != diagnostic.nextSteps) {
        m_ui->nextStepsEdit->setPlainText(diagnostic.nextSteps);
    }
}

void PrioritiesPage::collect(Diagnostic& diagnostic) const {
    diagnostic.priorities.clear();
    for (int i = 0; i < Diagnostic::kMaxPriorities; ++i) {
        const QString themeId = priorityCombo(i)->currentData().toString();
        if (themeId.isEmpty()) {
            continue;
        }
        Priority priority{themeId, {}};
        const QListWidget* list = objectivesList(i);
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked) {
                priority.objectives << list->item(row)->text();
            }
        }
        diagnostic.priorities << priority;
    }
    diagnostic.nextSteps = m_ui->nextStepsEdit->toPlainText().trimmed();
}

void PrioritiesPage::showProblems(const QStringList& problems) {
    m_ui->problemsLabel->setText(problems.isEmpty()
                                     ? QString()
                                     : tr("Before validating:") + QLatin1Char('\n') + QStringLiteral("• ") +
                                           problems.join(QStringLiteral("\n• ")));
}

void PrioritiesPage::setReadOnly(bool readOnly) {
    for (int i = 0; i < Diagnostic::kMaxPriorities; ++i) {
        priorityCombo(i)->setEnabled(!readOnly);
        objectivesList(i)->setEnabled(!readOnly);
    }
    m_ui->nextStepsEdit->setReadOnly(readOnly);
}

} // namespace jalon
