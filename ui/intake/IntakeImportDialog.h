#pragma once

#include "intake/IntakeFile.h"
#include "intake/IntakeImporter.h"
#include "intake/IntakeRow.h"
#include "security/Actor.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QScopedPointer>

#include <atomic>
#include <memory>

namespace Ui {
class IntakeImportDialog;
}

namespace jalon {

class Database;
class IntakeReviewModel;
class IntakeStatusFilter;

// The intake import, step by step (layout in forms/intake/IntakeImportDialog.ui): choose the
// file; check which field each column gives (unrecognised headers highlighted, required fields
// checked); review every row with its status and reason, fix, skip or resolve rows; then write
// them in one transaction on a worker with its own connection, with progress, and show what was
// written. Nothing is written before the last step.
class IntakeImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, ReviewPage, ResultPage };

    IntakeImportDialog(Database& database, Actor actor, QWidget* parent = nullptr);
    ~IntakeImportDialog() override;

    // Reads the file and shows the mapping step; false (and the reason shown) if it cannot be read.
    bool loadFile(const QString& path);
    // Classifies the rows under the chosen mapping and shows the review step.
    bool showReview();
    // Writes the rows the review accepts, on a worker; importFinished() follows.
    void startImport();
    bool isImporting() const { return m_watcher->isRunning(); }

    const QList<IntakeRow>& rows() const;
    IntakeReviewModel* model() const { return m_model; }
    Page page() const;

    // Cancels a running import (nothing is then written), else closes.
    void reject() override;

Q_SIGNALS:
    void importFinished(bool written);

private:
    struct ImportResult {
        bool ok = false;
        QString error;
        IntakeOutcome outcome;
    };

    void showPage(Page page);
    void fillMapping();
    void updateMappingState();
    void reclassify(QList<IntakeRow> rows, int keepLine);
    void updateReviewState();
    void updateFilterCounts();
    int currentSourceRow() const;
    void changeCurrentRow(const std::function<void(IntakeRow&)>& change);
    void fixCurrentRow();
    void onImportFinished();

    const QScopedPointer<Ui::IntakeImportDialog> m_ui;
    Database& m_database;
    Actor m_actor;
    IntakeTable m_table;
    IntakeMapping m_mapping;
    IntakeReviewModel* m_model;
    IntakeStatusFilter* m_filter;
    QFutureWatcher<ImportResult>* m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace jalon
