#include "reports/ReportWindow.h"

#include "settings/Settings.h"

#include "ui_ReportWindow.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "documents/ReportDocument.h"
#include "reports/Indicators.h"
#include "reports/ReportCalculator.h"
#include "reports/ReportCharts.h"
#include "reports/ReportScope.h"
#include "reports/ReportTableModel.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPromise>
#include <QShortcut>
#include <QTextDocument>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace jalon {

namespace {

const QString kErrorStyle = QStringLiteral("color: #b00020;");

// Puts a new chart in a view and deletes the one it replaces (the view owns only the new one).
void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleDescription(ReportCharts::describe(chart));
}

// The wait cursor while a file is written on the GUI thread.
class WaitCursor {
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

ReportWindow::ReportWindow(Database& database, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ReportWindow)
    , m_database(database)
    , m_actor(actor)
    , m_model(new ReportTableModel(this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false)) {
    m_ui->setupUi(this);
    // A window of its own, beside the main one, that can be maximised.
    setWindowFlags(Qt::Window | Qt::WindowTitleHint | Qt::WindowSystemMenuHint | Qt::WindowMinMaxButtonsHint |
                   Qt::WindowCloseButtonHint);
    // Closing the main window quits, even with this one open (it is the main window's child).
    setAttribute(Qt::WA_QuitOnClose, false);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tablesSplitter->setStretchFactor(1, 1);
    m_ui->tablesSplitter->setSizes({260, 800});
    m_ui->monthEdit->setMinimumDate(QDate(2000, 1, 1));
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->chartNoteLabel->hide();
    m_ui->reportTitleLabel->setText(tr("Choose a month and a scope, then Compute (Enter)."));
    m_runPreview = [this](QTextDocument& document, const QString& title) {
        previewDocument(document, title, this);
    };

    connect(m_ui->customPeriodCheck, &QCheckBox::toggled, this, [this](bool custom) {
        if (custom) {
            // Start the span from the month shown.
            const QDate month = m_ui->monthEdit->date();
            m_ui->fromEdit->setDate(QDate(month.year(), month.month(), 1));
            m_ui->toEdit->setDate(QDate(month.year(), month.month(), month.daysInMonth()));
        }
        updateChoices();
    });
    connect(m_ui->suppressCheck, &QCheckBox::toggled, this, &ReportWindow::updateChoices);
    connect(m_ui->computeButton, &QPushButton::clicked, this, &ReportWindow::compute);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ReportWindow::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto* refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refresh, &QShortcut::activated, this, &ReportWindow::compute);
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &ReportWindow::print);

    connect(m_ui->tableList, &QListWidget::currentRowChanged, this, &ReportWindow::showTable);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReportWindow::showRule);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, [this] { exportWithDialog(ReportFormat::Pdf); });
    connect(m_ui->csvButton, &QPushButton::clicked, this, [this] { exportWithDialog(ReportFormat::Csv); });
    connect(m_ui->xlsxButton, &QPushButton::clicked, this, [this] { exportWithDialog(ReportFormat::Xlsx); });
    connect(m_ui->jsonButton, &QPushButton::clicked, this, [this] { exportWithDialog(ReportFormat::Json); });
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportWindow::print);

    connect(m_watcher, &QFutureWatcher<Outcome>::progressRangeChanged, m_ui->progressBar,
            &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_ui->progressBar,
            &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReportWindow::onComputed);

    setPeriod(ReportPeriod::monthBefore(Clock::instance().today()));
    setMessage(QString(), false);
    loadScopes();
    setComputing(false);
    m_ui->monthEdit->setFocus();
}

ReportWindow::~ReportWindow() {
    // The worker uses the database's file: let it stop before the window (and maybe the database) goes.
    m_cancel->store(true);
    m_watcher->waitForFinished();
}

void ReportWindow::loadScopes() {
    const Result<QList<ReportScope>> allowed = ReportScopes::allowedFor(m_database.sql(), m_actor);
    if (!allowed) {
        setMessage(allowed.error(), true);
        return;
    }
    m_scopes = allowed.value();
    const ReportScope preferred = ReportScopes::defaultFor(m_database.sql(), m_actor);
    for (const ReportScope& s : m_scopes) {
        m_ui->scopeCombo->addItem(s.label());
    }
    m_ui->scopeCombo->setCurrentIndex(std::max(0, static_cast<int>(m_scopes.indexOf(preferred))));
    if (m_scopes.isEmpty()) {
        setMessage(tr("Your role may not make activity reports."), true);
    }
}

void ReportWindow::useSettings(Settings& settings) {
    m_ui->suppressCheck->setChecked(settings.suppressSmallCells());
    m_ui->thresholdSpin->setValue(settings.smallCellThreshold());
    connect(m_ui->suppressCheck, &QCheckBox::toggled, &settings, &Settings::setSuppressSmallCells);
    connect(m_ui->thresholdSpin, &QSpinBox::valueChanged, &settings, &Settings::setSmallCellThreshold);
}

ReportPeriod ReportWindow::period() const {
    if (m_ui->customPeriodCheck->isChecked()) {
        return {m_ui->fromEdit->date(), m_ui->toEdit->date()};
    }
    const QDate month = m_ui->monthEdit->date();
    return ReportPeriod::month(month.year(), month.month());
}

void ReportWindow::setPeriod(const ReportPeriod& period) {
    m_ui->monthEdit->setDate(period.from);
    m_ui->customPeriodCheck->setChecked(!period.isMonth());
    m_ui->fromEdit->setDate(period.from);
    m_ui->toEdit->setDate(period.to);
    updateChoices();
}

ReportScope ReportWindow::scope() const {
    return m_scopes.value(m_ui->scopeCombo->currentIndex());
}

void ReportWindow::updateChoices() {
    const bool custom = m_ui->customPeriodCheck->isChecked();
    m_ui->monthEdit->setEnabled(!custom);
    m_ui->fromEdit->setEnabled(custom);
    m_ui->toEdit->setEnabled(custom);
    m_ui->thresholdSpin->setEnabled(m_ui->suppressCheck->isChecked());
}

void ReportWindow::setComputing(bool computing) {
    m_ui->choicesBar->setEnabled(!computing);
    m_ui->computeButton->setEnabled(!computing && !m_scopes.isEmpty());
    m_ui->progressBar->setVisible(computing);
    m_ui->cancelButton->setVisible(computing);
    m_ui->cancelButton->setEnabled(computing);
    const bool exportable = !computing && m_report.has_value();
    for (QPushButton* button :
         {m_ui->pdfButton, m_ui->csvButton, m_ui->xlsxButton, m_ui->jsonButton, m_ui->printButton}) {
        button->setEnabled(exportable);
    }
}

void ReportWindow::compute() {
    if (isComputing() || m_scopes.isEmpty()) {
        return;
    }
    const ReportPeriod chosen = period();
    if (!chosen.isValid()) {
        setMessage(tr("The first day of the period must not come after the last."), true);
        m_ui->fromEdit->setFocus();
        return;
    }
    ReportRequest request;
    request.period = chosen;
    request.scope = scope();
    request.suppressSmallCells = m_ui->suppressCheck->isChecked();
    request.smallCellThreshold = m_ui->thresholdSpin->value();
    request.withTrend = true;

    setMessage(tr("Computing the report for %1…").arg(chosen.label()), false);
    m_ui->savedLabel->clear();
    m_ui->progressBar->setRange(0, 100);
    m_ui->progressBar->setValue(0);
    // A flag of its own for each run: a cancelled run never stops the next one.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setComputing(true);
    m_ui->cancelButton->setFocus();
    // The worker opens its own connection: QtSql connections never cross threads.
    m_watcher->setFuture(QtConcurrent::run(
        [&database = m_database, actor = m_actor, request, cancel = m_cancel](QPromise<Outcome>& promise) {
            Outcome outcome;
            Result<std::unique_ptr<Database>> connection = database.openAnotherConnection();
            if (!connection) {
                outcome.error = connection.error();
                promise.addResult(outcome);
                return;
            }
            promise.setProgressRange(0, 100);
            Result<Report> computed =
                ReportCalculator(*connection.value())
                    .compute(
                        actor, request, [&promise](int percent) { promise.setProgressValue(percent); },
                        cancel.get());
            outcome.ok = computed.isOk();
            outcome.error = computed.error();
            if (computed) {
                outcome.report = std::move(computed).value();
            }
            promise.addResult(std::move(outcome));
        }));
}

void ReportWindow::cancel() {
    if (isComputing()) {
        m_cancel->store(true);
        m_ui->cancelButton->setEnabled(false);
        setMessage(tr("Cancelling…"), false);
    }
}

void ReportWindow::onComputed() {
    const Outcome outcome = m_watcher->future().resultCount() > 0 ? m_watcher->result() : Outcome{};
    const bool cancelled = m_cancel->load();
    if (outcome.ok) {
        setMessage(QString(), false);
        showReport(outcome.report);
    } else if (cancelled) {
        setMessage(m_report ? tr("Computation cancelled; the report shown is the previous one.")
                            : tr("Computation cancelled."),
                   false);
    } else {
        setMessage(outcome.error.isEmpty() ? tr("The report could not be computed.") : outcome.error, true);
    }
    setComputing(false);
    if (outcome.ok) {
        m_ui->resultTabs->setCurrentWidget(m_ui->tablesTab);
        m_ui->tableList->setFocus();
    } else {
        m_ui->computeButton->setFocus();
    }
    Q_EMIT computed(outcome.ok);
}

void ReportWindow::showReport(Report report) {
    const QString shownTable = m_model->table().id;
    m_report = std::move(report);
    const Report& r = *m_report;
    QString title =
        tr("%1 — %2. Computed on %3 by %4.")
            .arg(r.period.label(), r.scope.label(),
                 QLocale().toString(r.generatedAt.toLocalTime(), QLocale::ShortFormat), r.generatedBy);
    if (r.smallCellsSuppressed) {
        title += QLatin1Char(' ') + tr("Small counts are hidden (≤ %1).").arg(r.smallCellThreshold);
    }
    m_ui->reportTitleLabel->setText(title);

    const QSignalBlocker blocker(m_ui->tableList);
    m_ui->tableList->clear();
    int current = 0;
    for (qsizetype i = 0; i < r.tables.size(); ++i) {
        const ReportTable& table = r.tables.at(i);
        m_ui->tableList->addItem(table.title.isEmpty() ? tr("Key figures") : table.title);
        m_ui->tableList->item(static_cast<int>(i))->setToolTip(Indicators::find(table.id).rule);
        if (table.id == shownTable) {
            current = static_cast<int>(i);
        }
    }
    m_ui->tableList->setCurrentRow(current);
    // The list wide enough for the longest title, so that none is cut; the table gets the rest.
    const int listWidth = m_ui->tableList->sizeHintForColumn(0) + 2 * m_ui->tableList->frameWidth() + 24;
    const int total = std::max(m_ui->tablesSplitter->width(), 2 * listWidth);
    m_ui->tablesSplitter->setSizes({listWidth, total - listWidth});
    showTable(current);
    showCharts();
}

void ReportWindow::showTable(int index) {
    if (!m_report) {
        return;
    }
    m_model->setTable(*m_report, index);
    QHeaderView* header = m_ui->tableView->horizontalHeader();
    header->setStretchLastSection(false);
    const int labelColumn = m_model->hasGroups() ? 1 : 0;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        header->setSectionResizeMode(c,
                                     c == labelColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    m_ui->tableView->setAccessibleDescription(m_model->table().title);
    showRule();
}

void ReportWindow::showRule() {
    const int row = m_ui->tableView->currentIndex().isValid() ? m_ui->tableView->currentIndex().row() : -1;
    const IndicatorDefinition definition = m_model->definitionOf(row);
    if (definition.rule.isEmpty()) {
        m_ui->ruleLabel->setText(
            m_model->rowCount() > 0 ? tr("Choose a line to read how its figure is counted.") : QString());
        return;
    }
    m_ui->ruleLabel->setText(tr("How “%1” is counted: %2").arg(definition.name, definition.rule));
}

void ReportWindow::showCharts() {
    const Report& r = *m_report;
    replaceChart(m_ui->trendChart, ReportCharts::trend(r));
    replaceChart(m_ui->exitsChart, ReportCharts::exitsByReason(r));
    replaceChart(m_ui->barriersChart, ReportCharts::barriersByTheme(r));
    const bool zeroes = ReportCharts::suppressedDrawnAsZero(r);
    m_ui->chartNoteLabel->setText(
        zeroes
            ? tr("Small counts (%1 or fewer) are hidden: the charts draw them as 0; the tables show them as "
                 "“≤ %1”.")
                  .arg(r.smallCellThreshold)
            : QString());
    m_ui->chartNoteLabel->setVisible(zeroes);
}

void ReportWindow::setMessage(const QString& text, bool error) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? kErrorStyle : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

Status ReportWindow::exportTo(ReportFormat format, const QString& path) {
    if (!m_report) {
        return Status::fail(tr("Compute the report first."));
    }
    const WaitCursor wait;
    const Status saved = ReportExporter::save(*m_report, format, path);
    if (saved) {
        m_ui->savedLabel->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
        m_ui->savedLabel->setToolTip(m_ui->savedLabel->text());
        m_lastFolder = QFileInfo(path).absolutePath();
    }
    return saved;
}

void ReportWindow::exportWithDialog(ReportFormat format) {
    if (!m_report || isComputing()) {
        return;
    }
    const QString path = ReportExporter::choosePath(this, *m_report, format, m_lastFolder);
    if (path.isEmpty()) {
        return;
    }
    const Status saved = exportTo(format, path);
    if (!saved) {
        QMessageBox::warning(this, tr("Report not saved"), saved.error());
    }
}

void ReportWindow::print() {
    if (!m_report || isComputing()) {
        return;
    }
    std::unique_ptr<QTextDocument> document;
    {
        const WaitCursor wait;
        document = ReportDocument::build(*m_report);
    }
    m_runPreview(*document, ReportDocument::title(*m_report));
}

void ReportWindow::reject() {
    if (isComputing()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ReportWindow::closeEvent(QCloseEvent* event) {
    // Closing stops a running computation: nothing of it is kept.
    if (isComputing()) {
        m_cancel->store(true);
        event->accept();
        return;
    }
    QDialog::closeEvent(event);
}

void ReportWindow::keyPressEvent(QKeyEvent* event) {
    // Enter computes from the choices only, not from the tables or charts below them.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QWidget* focus = focusWidget();
    if (enter && event->modifiers() == Qt::NoModifier && focus && !m_ui->choicesBar->isAncestorOf(focus)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace jalon
