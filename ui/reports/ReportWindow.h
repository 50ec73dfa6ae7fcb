#pragma once

#include "common/PrintPreview.h"
#include "common/Result.h"
#include "reports/Report.h"
#include "reports/ReportExporter.h"
#include "security/Actor.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QScopedPointer>

#include <atomic>
#include <memory>
#include <optional>

namespace Ui {
class ReportWindow;
}

namespace jalon {

class Settings;

class Database;
class ReportTableModel;

// The monthly activity report (layout in forms/reports/ReportWindow.ui), a window of its own
// beside the main one: choose a month (or any dates), a scope among those the actor may report
// on and whether to hide small counts; the report is computed on a worker with its own
// connection, with progress and a Cancel button, so the window never freezes. The result shows
// as tables (each figure's rule in its tooltip and under the table) and as three charts, and is
// saved as PDF, CSV, XLSX or JSON, or printed.
class ReportWindow : public QDialog {
    Q_OBJECT
public:
    ReportWindow(Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~ReportWindow() override;

    // Takes the small-cell choices from the settings and keeps them there when changed.
    void useSettings(Settings& settings);

    // The period and scope chosen on screen.
    ReportPeriod period() const;
    void setPeriod(const ReportPeriod& period);
    const QList<ReportScope>& scopes() const { return m_scopes; }
    ReportScope scope() const;

    // Starts computing the chosen report on a worker; computed() follows.
    void compute();
    // Asks the worker to stop; computed(false) follows.
    void cancel();
    bool isComputing() const { return m_watcher->isRunning(); }
    // The report shown, if one was computed.
    const Report* report() const { return m_report ? &*m_report : nullptr; }

    // Saves the report shown; the export buttons call it with the path the adviser chose.
    Status exportTo(ReportFormat format, const QString& path);
    // Previews the printed report (the runner is replaced in tests).
    void print();
    void setPreviewRunner(PreviewRunner runner) { m_runPreview = std::move(runner); }

    // Esc: cancels a running computation, else closes. Closing the window cancels it too.
    void reject() override;

Q_SIGNALS:
    void computed(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Outcome {
        bool ok = false;
        QString error;
        Report report;
    };

    void loadScopes();
    void updateChoices();
    void setComputing(bool computing);
    void onComputed();
    void showReport(Report report);
    void showTable(int index);
    void showRule();
    void showCharts();
    void setMessage(const QString& text, bool error);
    void exportWithDialog(ReportFormat format);

    const QScopedPointer<Ui::ReportWindow> m_ui;
    Database& m_database;
    Actor m_actor;
    QList<ReportScope> m_scopes;
    ReportTableModel* m_model;
    QFutureWatcher<Outcome>* m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<Report> m_report;
    PreviewRunner m_runPreview;
    QString m_lastFolder;
};

} // namespace jalon
