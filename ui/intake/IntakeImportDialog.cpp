#include "intake/IntakeImportDialog.h"

#include "ui_IntakeImportDialog.h"

#include "db/Database.h"
#include "intake/IntakeReview.h"
#include "intake/IntakeReviewModel.h"
#include "intake/IntakeRowDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace jalon {

namespace {

const QColor kUnrecognised(0xfc, 0xe8, 0xc8);

} // namespace

IntakeImportDialog::IntakeImportDialog(Database& database, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::IntakeImportDialog)
    , m_database(database)
    , m_actor(std::move(actor))
    , m_model(new IntakeReviewModel(this))
    , m_filter(new IntakeStatusFilter(this))
    , m_watcher(new QFutureWatcher<ImportResult>(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false)) {
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->reviewTable->setModel(m_filter);
    m_ui->reviewTable->verticalHeader()->hide();
    m_ui->reviewTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->mappingTable->verticalHeader()->hide();
    m_ui->mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the list of people to orient"),
                                                          m_ui->filePathEdit->text(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            m_ui->filePathEdit->setText(QDir::toNativeSeparators(path));
            loadFile(path);
        }
    });
    connect(m_ui->filePathEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_ui->nextButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] {
        if (page() == FilePage) {
            loadFile(QDir::fromNativeSeparators(m_ui->filePathEdit->text().trimmed()));
        } else if (page() == MappingPage) {
            showReview();
        }
    });
    connect(m_ui->backButton, &QPushButton::clicked, this,
            [this] { showPage(page() == ReviewPage ? MappingPage : FilePage); });
    connect(m_ui->importButton, &QPushButton::clicked, this, &IntakeImportDialog::startImport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &IntakeImportDialog::reject);

    m_ui->statusFilterCombo->addItem(QString(), -1);
    for (const IntakeStatus status : {IntakeStatus::New, IntakeStatus::Update, IntakeStatus::UpToDate,
                                      IntakeStatus::PossibleDuplicate, IntakeStatus::Error}) {
        m_ui->statusFilterCombo->addItem(QString(), static_cast<int>(status));
    }
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_ui->statusFilterCombo->currentData().toInt());
        updateReviewState();
    });
    connect(m_ui->reviewTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IntakeImportDialog::updateReviewState);
    connect(m_ui->reviewTable, &QAbstractItemView::doubleClicked, this, &IntakeImportDialog::fixCurrentRow);
    connect(m_ui->fixButton, &QPushButton::clicked, this, &IntakeImportDialog::fixCurrentRow);
    connect(m_ui->skipButton, &QPushButton::clicked, this, [this] {
        changeCurrentRow([](IntakeRow& row) {
            row.decision =
                row.decision == IntakeDecision::Skip ? IntakeDecision::Default : IntakeDecision::Skip;
        });
    });
    connect(m_ui->createAnywayButton, &QPushButton::clicked, this, [this] {
        changeCurrentRow([](IntakeRow& row) { row.decision = IntakeDecision::CreateAnyway; });
    });
    connect(m_ui->sameAsButton, &QPushButton::clicked, this, [this] {
        const QString id = m_ui->candidateCombo->currentData().toString();
        changeCurrentRow([id](IntakeRow& row) {
            row.decision = IntakeDecision::SameAs;
            row.sameAsId = id;
        });
    });

    connect(m_watcher, &QFutureWatcher<ImportResult>::progressRangeChanged, m_ui->progressBar,
            &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcher<ImportResult>::progressValueChanged, m_ui->progressBar,
            &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<ImportResult>::finished, this, &IntakeImportDialog::onImportFinished);
    showPage(FilePage);
}

IntakeImportDialog::~IntakeImportDialog() {
    // The worker holds the write transaction: let it roll back before the dialog goes.
    m_cancel->store(true);
    m_watcher->waitForFinished();
}

const QList<IntakeRow>& IntakeImportDialog::rows() const {
    return m_model->rows();
}

IntakeImportDialog::Page IntakeImportDialog::page() const {
    return static_cast<Page>(m_ui->pages->currentIndex());
}

void IntakeImportDialog::showPage(Page page) {
    m_ui->pages->setCurrentIndex(page);
    static const char* const steps[] = {QT_TR_NOOP("Step 1 of 3: choose the file"),
                                        QT_TR_NOOP("Step 2 of 3: match the columns"),
                                        QT_TR_NOOP("Step 3 of 3: review the rows"), QT_TR_NOOP("Import")};
    m_ui->stepLabel->setText(QStringLiteral("<b>%1</b>").arg(tr(steps[page]).toHtmlEscaped()));
    m_ui->backButton->setVisible(page == MappingPage || page == ReviewPage);
    m_ui->nextButton->setVisible(page == FilePage || page == MappingPage);
    m_ui->importButton->setVisible(page == ReviewPage);
    m_ui->closeButton->setText(page == ResultPage && !isImporting() ? tr("&Close") : tr("Cancel"));
    if (page == FilePage) {
        m_ui->nextButton->setEnabled(!m_ui->filePathEdit->text().trimmed().isEmpty());
        m_ui->nextButton->setDefault(true);
        m_ui->filePathEdit->setFocus();
    } else if (page == MappingPage) {
        updateMappingState();
        m_ui->nextButton->setDefault(true);
        m_ui->mappingTable->setFocus();
    } else if (page == ReviewPage) {
        updateReviewState();
        m_ui->importButton->setDefault(true);
        m_ui->reviewTable->setFocus();
    }
}

bool IntakeImportDialog::loadFile(const QString& path) {
    if (m_ui->filePathEdit->text().trimmed().isEmpty()) {
        m_ui->filePathEdit->setText(QDir::toNativeSeparators(path));
    }
    Result<IntakeTable> table = IntakeFile::read(path);
    if (!table) {
        m_ui->fileErrorLabel->setText(table.error());
        showPage(FilePage);
        return false;
    }
    m_ui->fileErrorLabel->clear();
    m_table = std::move(table).value();
    m_mapping = IntakeColumns::recognise(m_table.header);
    const QString separator = m_table.separator == QLatin1Char(';')   ? tr("semicolons")
                              : m_table.separator == QLatin1Char(',') ? tr("commas")
                                                                      : tr("tabs");
    m_ui->fileInfoLabel->setText(
        tr("%1: %n row(s), %2, separated by %3.", nullptr, static_cast<int>(m_table.records.size()))
            .arg(QDir::toNativeSeparators(path), m_table.encoding, separator));
    fillMapping();
    showPage(MappingPage);
    return true;
}

void IntakeImportDialog::fillMapping() {
    QTableWidget* table = m_ui->mappingTable;
    table->setRowCount(static_cast<int>(m_table.header.size()));
    for (int column = 0; column < m_table.header.size(); ++column) {
        auto* header = new QTableWidgetItem(m_table.header.at(column));
        QString example;
        for (const IntakeRecord& record : std::as_const(m_table.records)) {
            if (!record.cells.value(column).trimmed().isEmpty()) {
                example = record.cells.value(column).simplified();
                break;
            }
        }
        auto* sample = new QTableWidgetItem(example);
        auto* combo = new QComboBox(table);
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
        combo->setAccessibleName(tr("Field of the column %1").arg(m_table.header.at(column)));
        for (const IntakeField field : IntakeColumns::allFields()) {
            combo->addItem(IntakeColumns::label(field), static_cast<int>(field));
        }
        combo->setCurrentIndex(combo->findData(static_cast<int>(m_mapping.fields.at(column))));
        if (IntakeColumns::isNir(m_table.header.at(column))) {
            combo->setEnabled(false); // social security numbers are never imported
            combo->setToolTip(tr("Jalon does not keep social security numbers (NIR)."));
        }
        if (!m_mapping.recognised.at(column)) {
            for (QTableWidgetItem* item : {header, sample}) {
                item->setBackground(kUnrecognised);
                item->setForeground(Qt::black);
                item->setToolTip(tr("This header was not recognised: choose its field."));
            }
            header->setText(tr("%1 (not recognised)").arg(m_table.header.at(column)));
        }
        table->setItem(column, 0, header);
        table->setItem(column, 1, sample);
        table->setCellWidget(column, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column, combo] {
            m_mapping.fields[column] = static_cast<IntakeField>(combo->currentData().toInt());
            updateMappingState();
        });
    }
    table->resizeColumnsToContents();
}

void IntakeImportDialog::updateMappingState() {
    QStringList required;
    for (const IntakeField field : IntakeColumns::allFields()) {
        if (IntakeColumns::isRequired(field)) {
            required << (m_mapping.fields.contains(field) ? tr("%1: yes") : tr("%1: MISSING"))
                            .arg(IntakeColumns::label(field));
        }
    }
    const QStringList problems = IntakeColumns::problems(m_mapping);
    m_ui->requiredLabel->setText(
        tr("Required fields — %1.").arg(required.join(QStringLiteral(", "))) +
        (problems.isEmpty() ? QString() : QLatin1Char('\n') + problems.join(QLatin1Char(' '))));
    if (page() == MappingPage) {
        m_ui->nextButton->setEnabled(problems.isEmpty());
    }
}

bool IntakeImportDialog::showReview() {
    if (!IntakeColumns::problems(m_mapping).isEmpty()) {
        return false;
    }
    m_ui->importErrorLabel->clear();
    m_ui->statusFilterCombo->setCurrentIndex(0);
    reclassify(IntakeReview::rowsOf(m_table, m_mapping), -1);
    showPage(ReviewPage);
    m_ui->reviewTable->resizeColumnsToContents();
    if (m_filter->rowCount() > 0) {
        m_ui->reviewTable->setCurrentIndex(m_filter->index(0, 0));
    }
    return true;
}

void IntakeImportDialog::reclassify(QList<IntakeRow> rows, int keepLine) {
    if (Status classified = IntakeReview(m_database, m_actor).classify(&rows); !classified) {
        m_ui->importErrorLabel->setText(classified.error());
    }
    m_model->setRows(std::move(rows));
    updateFilterCounts();
    for (int row = 0; keepLine >= 0 && row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, IntakeReviewModel::LineColumn).data().toInt() == keepLine) {
            m_ui->reviewTable->setCurrentIndex(m_filter->index(row, 0));
        }
    }
    updateReviewState();
}

void IntakeImportDialog::updateFilterCounts() {
    const IntakeCounts c = IntakeReview::count(m_model->rows());
    const int counts[] = {c.rows, c.fresh, c.updates, c.upToDate, c.duplicates, c.errors};
    for (int i = 0; i < m_ui->statusFilterCombo->count(); ++i) {
        const int status = m_ui->statusFilterCombo->itemData(i).toInt();
        const QString name =
            status < 0 ? tr("All rows") : IntakeReview::statusLabel(static_cast<IntakeStatus>(status));
        m_ui->statusFilterCombo->setItemText(i, tr("%1 (%2)").arg(name).arg(counts[i]));
    }
    m_ui->summaryLabel->setText(
        tr("%1 to create, %2 to update, %3 not written.").arg(c.toCreate).arg(c.toUpdate).arg(c.skipped));
    const int toWrite = c.toCreate + c.toUpdate;
    m_ui->importButton->setText(tr("&Import %n row(s)", nullptr, toWrite));
    m_ui->importButton->setEnabled(toWrite > 0 && !isImporting());
}

int IntakeImportDialog::currentSourceRow() const {
    const QModelIndex current = m_ui->reviewTable->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void IntakeImportDialog::updateReviewState() {
    const int source = currentSourceRow();
    const IntakeRow* row = source >= 0 ? &m_model->rows().at(source) : nullptr;
    const bool duplicate = row && row->status == IntakeStatus::PossibleDuplicate;
    m_ui->reasonLabel->setText(row ? tr("Line %1: %2").arg(row->line).arg(row->reason) : QString());
    m_ui->fixButton->setEnabled(row && !isImporting());
    m_ui->skipButton->setEnabled(row && !isImporting());
    m_ui->skipButton->setText(row && row->decision == IntakeDecision::Skip ? tr("Include &again")
                                                                           : tr("S&kip"));
    m_ui->createAnywayButton->setEnabled(duplicate && row->decision != IntakeDecision::CreateAnyway);
    m_ui->candidateCombo->clear();
    m_ui->candidateCombo->setVisible(duplicate);
    m_ui->sameAsButton->setVisible(duplicate);
    m_ui->createAnywayButton->setVisible(duplicate);
    if (duplicate) {
        for (const PossibleDuplicate& candidate : row->candidates) {
            m_ui->candidateCombo->addItem(
                tr("%1 %2, born %3")
                    .arg(candidate.person.lastName, candidate.person.firstName,
                         candidate.person.birthDate.toString(QStringLiteral("dd/MM/yyyy"))),
                candidate.person.id);
        }
        const int chosen = m_ui->candidateCombo->findData(row->sameAsId);
        m_ui->candidateCombo->setCurrentIndex(std::max(chosen, 0));
    }
    m_ui->sameAsButton->setEnabled(duplicate && m_ui->candidateCombo->count() > 0);
}

void IntakeImportDialog::changeCurrentRow(const std::function<void(IntakeRow&)>& change) {
    const int source = currentSourceRow();
    if (source < 0 || isImporting()) {
        return;
    }
    QList<IntakeRow> rows = m_model->rows();
    change(rows[source]);
    const int line = rows.at(source).line;
    reclassify(std::move(rows), line);
}

void IntakeImportDialog::fixCurrentRow() {
    const int source = currentSourceRow();
    if (source < 0 || isImporting()) {
        return;
    }
    IntakeRowDialog dialog(m_model->rows().at(source), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QMap<IntakeField, QString> values = dialog.values();
    changeCurrentRow([&values](IntakeRow& row) {
        row.values = values;
        row.syntaxProblem.clear(); // the officer has read the row and given its values
        if (row.decision == IntakeDecision::Skip) {
            row.decision = IntakeDecision::Default;
        }
    });
}

void IntakeImportDialog::startImport() {
    const IntakeCounts counts = IntakeReview::count(m_model->rows());
    if (isImporting() || counts.toCreate + counts.toUpdate == 0) {
        return;
    }
    m_ui->importErrorLabel->clear();
    m_ui->resultLabel->setText(tr("Importing… Nothing is saved until the last row is written."));
    m_ui->progressBar->setRange(0, static_cast<int>(m_model->rows().size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_cancel->store(false);
    showPage(ResultPage);
    m_ui->closeButton->setText(tr("Cancel the import"));
    // The worker opens its own connection: QtSql connections never cross threads.
    m_watcher->setFuture(QtConcurrent::run([&database = m_database, actor = m_actor, rows = m_model->rows(),
                                            cancel = m_cancel](QPromise<ImportResult>& promise) {
        ImportResult result;
        Result<std::unique_ptr<Database>> connection = database.openAnotherConnection();
        if (!connection) {
            result.error = connection.error();
            promise.addResult(result);
            return;
        }
        promise.setProgressRange(0, static_cast<int>(rows.size()));
        const Result<IntakeOutcome> done =
            IntakeImporter(*connection.value(), actor).apply(rows, [&](int count, int) {
                promise.setProgressValue(count);
                return !cancel->load();
            });
        result.ok = done.isOk();
        result.error = done.error();
        if (done) {
            result.outcome = done.value();
        }
        promise.addResult(result);
    }));
}

void IntakeImportDialog::onImportFinished() {
    const ImportResult result = m_watcher->future().resultCount() > 0 ? m_watcher->result() : ImportResult{};
    m_ui->progressBar->hide();
    if (!result.ok) {
        // Nothing was written: back to the review, checked again against the register as it is now.
        showPage(ReviewPage);
        reclassify(m_model->rows(), -1);
        m_ui->importErrorLabel->setText(result.error);
        Q_EMIT importFinished(false);
        return;
    }
    const IntakeOutcome& o = result.outcome;
    m_ui->resultLabel->setText(tr("Import done.\n%1 people created, %2 records updated, %3 entries into "
                                  "follow-up.\n%4 rows already up to date, %5 rows not written (errors, "
                                  "unresolved duplicates, skipped).")
                                   .arg(o.created)
                                   .arg(o.updated)
                                   .arg(o.entries)
                                   .arg(o.unchanged)
                                   .arg(o.skipped));
    showPage(ResultPage);
    m_ui->closeButton->setDefault(true);
    m_ui->closeButton->setFocus();
    Q_EMIT importFinished(true);
}

void IntakeImportDialog::reject() {
    if (isImporting()) {
        m_cancel->store(true); // the worker rolls back; onImportFinished() shows the review again
        return;
    }
    if (page() == ResultPage) {
        accept();
        return;
    }
    QDialog::reject();
}

} // namespace jalon
