#include "diagnostic/DiagnosticWizard.h"

#include "ui_DiagnosticWizard.h"

#include "diagnostic/AnswerEvaluator.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/PrioritiesPage.h"
#include "diagnostic/ThemePage.h"
#include "documents/LevelStyle.h"

#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTime>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace jalon {

namespace {

constexpr int kSaveDelayMs = 500;

// Each page scrolls on its own, so that a short page is not as tall as the longest one.
QScrollArea* scrollable(QWidget* page) {
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    if (page) {
        scroll->setWidget(page);
    }
    return scroll;
}

bool askToValidate(QWidget* parent) {
    return QMessageBox::question(
               parent, QCoreApplication::translate("jalon::DiagnosticWizard", "Validate the diagnostic"),
               QCoreApplication::translate(
                   "jalon::DiagnosticWizard",
                   "Once validated, this diagnostic can no longer change; a later change "
                   "will start a new diagnostic. Validate it now?"),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

bool askToCloseAnyway(QWidget* parent, const QString& error) {
    return QMessageBox::warning(
               parent, QCoreApplication::translate("jalon::DiagnosticWizard", "Diagnostic not saved"),
               QCoreApplication::translate("jalon::DiagnosticWizard",
                                           "The last changes could not be saved: %1\n\nClose anyway and lose "
                                           "them?")
                   .arg(error),
               QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Close;
}

} // namespace

DiagnosticWizard::DiagnosticWizard(Database& database, const Actor& actor, Diagnostic diagnostic,
                                   Questionnaire questionnaire, const QString& personName, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::DiagnosticWizard)
    , m_store(std::make_unique<DiagnosticStore>(database))
    , m_actor(actor)
    , m_diagnostic(std::move(diagnostic))
    , m_questionnaire(std::move(questionnaire))
    , m_saveTimer(new QTimer(this))
    , m_confirm(askToValidate)
    , m_closeAnyway(askToCloseAnyway) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Diagnostic — %1").arg(personName));
    const QString when = QLocale().toString(m_diagnostic.date(), QLocale::ShortFormat);
    const QString state = m_diagnostic.isValidated()
                              ? tr("validated on %1 by %2 — read only").arg(when, m_diagnostic.adviserName)
                              : tr("in progress, started on %1 by %2").arg(when, m_diagnostic.adviserName);
    m_ui->headerLabel->setText(
        QStringLiteral("<b>%1</b> · %2, version %3 · %4")
            .arg(personName.toHtmlEscaped(), m_questionnaire.title.text().toHtmlEscaped())
            .arg(m_questionnaire.version)
            .arg(state.toHtmlEscaped()));
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &DiagnosticWizard::saveNow);

    buildPages();
    // Choosing a theme in the list keeps the focus there, so that the arrow keys go on walking
    // the list; the buttons and shortcuts take it to the page's first question.
    connect(m_ui->themeList, &QListWidget::currentRowChanged, this,
            [this](int row) { goToPage(row, false); });
    connect(m_ui->previousButton, &QPushButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_ui->validateButton, &QPushButton::clicked, this, &DiagnosticWizard::validateDiagnostic);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] { goToPage(currentPage() + 1); });
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] { goToPage(currentPage() - 1); });
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &DiagnosticWizard::saveNow);

    const bool readOnly = m_diagnostic.isValidated();
    m_prioritiesPage->setReadOnly(readOnly);
    m_ui->validateButton->setVisible(!readOnly);
    refresh();
    goToPage(0);
}

DiagnosticWizard::~DiagnosticWizard() {
    // However the window goes, what was typed is written (done() has usually done it already).
    saveNow();
}

void DiagnosticWizard::buildPages() {
    m_loading = true;
    // A theme's page is built when it is first shown (themePage()): the wizard opens at once.
    for (const Theme& theme : m_questionnaire.themes) {
        m_ui->pages->addWidget(scrollable(nullptr));
        m_themePages << nullptr;
        auto* item = new QListWidgetItem(theme.label.text(), m_ui->themeList);
        item->setData(Qt::UserRole, theme.id);
    }
    m_prioritiesPage = new PrioritiesPage(m_questionnaire);
    m_prioritiesPage->load(m_diagnostic);
    m_ui->pages->addWidget(scrollable(m_prioritiesPage));
    connect(m_prioritiesPage, &PrioritiesPage::edited, this, &DiagnosticWizard::onEdited);
    new QListWidgetItem(tr("Priorities and validation"), m_ui->themeList);
    m_ui->progressBar->setRange(0, static_cast<int>(m_questionnaire.themes.size()));
    m_loading = false;
}

int DiagnosticWizard::pageCount() const {
    return m_ui->pages->count();
}

int DiagnosticWizard::currentPage() const {
    return m_ui->pages->currentIndex();
}

ThemePage* DiagnosticWizard::themePage(int index) {
    if (index < 0 || index >= m_themePages.size()) {
        return nullptr;
    }
    if (!m_themePages.at(index)) {
        const bool wasLoading = std::exchange(m_loading, true);
        auto* page = new ThemePage(m_questionnaire.themes.at(index));
        page->load(m_diagnostic);
        page->setReadOnly(m_diagnostic.isValidated());
        page->refresh(AnswerEvaluator(m_questionnaire, m_diagnostic.answers));
        qobject_cast<QScrollArea*>(m_ui->pages->widget(index))->setWidget(page);
        m_themePages[index] = page;
        connect(page, &ThemePage::edited, this, &DiagnosticWizard::onEdited);
        m_loading = wasLoading;
    }
    return m_themePages.at(index);
}

void DiagnosticWizard::goToPage(int index, bool focusFirstField) {
    if (index < 0 || index >= pageCount()) {
        return;
    }
    const bool moved = index != m_ui->pages->currentIndex();
    themePage(index); // built on first visit
    m_ui->pages->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_ui->themeList);
        m_ui->themeList->setCurrentRow(index);
    }
    if (auto* scroll = qobject_cast<QScrollArea*>(m_ui->pages->currentWidget())) {
        scroll->verticalScrollBar()->setValue(0);
    }
    updateNavigation();
    if (moved && focusFirstField && index < m_themePages.size()) {
        themePage(index)->firstField()->setFocus(Qt::TabFocusReason);
    }
}

void DiagnosticWizard::updateNavigation() {
    const int index = currentPage();
    const bool isTheme = index < m_themePages.size();
    m_ui->pageTitle->setText(isTheme ? m_questionnaire.themes.at(index).label.text()
                                     : tr("Priorities and validation"));
    m_ui->positionLabel->setText(isTheme ? tr("Theme %1 of %2").arg(index + 1).arg(m_themePages.size())
                                         : QString());
    m_ui->previousButton->setEnabled(index > 0);
    m_ui->nextButton->setEnabled(index + 1 < pageCount());
}

void DiagnosticWizard::onEdited() {
    if (m_loading || m_diagnostic.isValidated()) {
        return;
    }
    m_pending = true;
    refresh();
    m_ui->saveStateLabel->setText(tr("Changes not yet saved…"));
    m_saveTimer->start();
}

void DiagnosticWizard::refresh() {
    // Pages not built yet hold nothing new: the diagnostic keeps what was loaded for them.
    for (const ThemePage* page : std::as_const(m_themePages)) {
        if (page) {
            page->collect(m_diagnostic);
        }
    }
    m_prioritiesPage->collect(m_diagnostic);
    // What the grid does not keep (an answer hidden by another, an impossible value) is dropped
    // here as the store drops it, so that the screen counts what will be saved.
    m_diagnostic.answers = DiagnosticRules::cleanAnswers(m_questionnaire, m_diagnostic.answers);
    const AnswerEvaluator evaluator(m_questionnaire, m_diagnostic.answers);
    const QStringList missingRequired = evaluator.missingRequired();
    const QMap<QString, Level> levels = DiagnosticRules::retainedLevels(m_questionnaire, m_diagnostic);
    int covered = 0;
    for (int i = 0; i < m_themePages.size(); ++i) {
        const Theme& theme = m_questionnaire.themes.at(i);
        if (m_themePages.at(i)) {
            m_themePages.at(i)->refresh(evaluator);
        }
        const auto missing = std::count_if(theme.questions.cbegin(), theme.questions.cend(),
                                           [&](const Question& q) { return missingRequired.contains(q.id); });
        const Level level = levels.value(theme.id);
        const ThemeAssessment assessment = m_diagnostic.assessments.value(theme.id);
        const bool setAside = assessment.override && *assessment.override == Level::NotDiscussed;
        covered += (level != Level::NotDiscussed || setAside) ? 1 : 0;
        QListWidgetItem* item = m_ui->themeList->item(i);
        QString text = theme.label.text() + QLatin1Char('\n') + Levels::label(level);
        if (missing > 0 && !setAside && !m_diagnostic.isValidated()) {
            text += QStringLiteral(" · ") + tr("%n answer(s) missing", nullptr, static_cast<int>(missing));
        }
        item->setText(text);
        item->setIcon(LevelStyle::icon(level));
        item->setToolTip(Levels::description(level));
    }
    m_ui->progressBar->setValue(covered);
    m_ui->progressBar->setFormat(tr("%1 of %2 themes covered").arg(covered).arg(m_themePages.size()));
    m_prioritiesPage->showProblems(m_diagnostic.isValidated()
                                       ? QStringList()
                                       : DiagnosticRules::validationProblems(m_questionnaire, m_diagnostic));
}

bool DiagnosticWizard::saveNow() {
    m_saveTimer->stop();
    if (!m_pending || m_diagnostic.isValidated()) {
        return true;
    }
    refresh();
    const Status saved = m_store->save(m_actor, m_diagnostic);
    if (!saved) {
        showSaveError(saved.error());
        return false;
    }
    m_pending = false;
    m_lastSaveError.clear();
    m_ui->saveStateLabel->setText(
        tr("Draft saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT diagnosticChanged(m_diagnostic.id);
    return true;
}

QString DiagnosticWizard::saveState() const {
    return m_ui->saveStateLabel->text();
}

void DiagnosticWizard::showSaveError(const QString& message) {
    m_lastSaveError = message;
    m_ui->saveStateLabel->setText(tr("Not saved: %1").arg(message));
}

bool DiagnosticWizard::validateDiagnostic() {
    if (m_diagnostic.isValidated()) {
        return false;
    }
    m_pending = true;
    if (!saveNow()) {
        return false;
    }
    const QStringList problems = DiagnosticRules::validationProblems(m_questionnaire, m_diagnostic);
    if (!problems.isEmpty()) {
        goToPage(pageCount() - 1);
        m_prioritiesPage->showProblems(problems);
        return false;
    }
    if (!m_confirm(this)) {
        return false;
    }
    const Status validated = m_store->validate(m_actor, m_diagnostic);
    if (!validated) {
        m_prioritiesPage->showProblems(validated.error().split(QLatin1Char('\n')));
        return false;
    }
    Q_EMIT diagnosticChanged(m_diagnostic.id);
    accept();
    return true;
}

void DiagnosticWizard::done(int result) {
    // Closing keeps the draft: whatever was typed is written before the window goes; if it cannot
    // be, the adviser decides whether to stay (and copy what matters) or to close anyway.
    if (!saveNow() && !m_closeAnyway(this, m_lastSaveError)) {
        return;
    }
    m_pending = false;
    QDialog::done(result);
}

} // namespace jalon
