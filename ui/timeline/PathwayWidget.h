#pragma once

#include "common/PrintPreview.h"
#include "pathway/PathwayPrintout.h"
#include "security/Actor.h"

#include <QScopedPointer>
#include <QWidget>

#include <functional>

class QDialog;
class QToolButton;

namespace Ui {
class PathwayWidget;
}

namespace jalon {

class Database;
class TimelineFilterModel;
class TimelineModel;

// The "Parcours" tab of a person's file (forms/timeline/PathwayWidget.ui): the overview band,
// the filters (kinds, period, search with Ctrl+F), the timeline grouped by month, newest first,
// and the "Add" menu (Ctrl+Shift+N) whose dialogs write through the core stores. Enter or a
// double-click on an event opens its editor; "Print" previews the plan, the contract or a
// convocation. It owns its models, reads the pathway when shown
// (not while hidden behind another tab) and again after every change.
class PathwayWidget : public QWidget {
    Q_OBJECT
public:
    // Runs a dialog (exec() by default; tests drive it in place). Returns the dialog's result.
    using DialogRunner = std::function<int(QDialog& dialog)>;

    explicit PathwayWidget(QWidget* parent = nullptr);
    ~PathwayWidget() override;

    void initialize(Database& database, const Actor& actor);
    // Shows the person's pathway; an empty id clears the tab.
    void setPerson(const QString& personId);
    const QString& personId() const { return m_personId; }
    void reload();

    // Opens the dialog that adds a record of this kind (PathwayDialogs::addableKinds()).
    void addRecord(const QString& kind);
    // Opens the editor of the event at this index of the view's model.
    void openEvent(const QModelIndex& index);
    void focusSearch();
    // Opens the local offer directory for the person (their commune, their diagnostic's
    // priorities); a referral made there reloads the timeline.
    void findService();

    TimelineModel* model() const { return m_model; }
    TimelineFilterModel* filterModel() const { return m_filter; }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    // Prints a document of the person's pathway through the print preview; a convocation is for
    // the selected appointment, else the next one. A refusal goes to statusMessage.
    void printDocument(PathwayPrintout::What what);
    void setPreviewRunner(PreviewRunner runner) { m_runPreview = std::move(runner); }

Q_SIGNALS:
    void statusMessage(const QString& message);
    // A record of the person's pathway was written (their follow status may have changed).
    void pathwayChanged(const QString& personId);

protected:
    bool event(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setUpFilters();
    void setUpAddMenu();
    void setUpPrintMenu();
    void applyKinds();
    void reloadOverview();
    void afterFilterChange();
    void updateCount();
    void selectEvent(const QString& eventId);
    void runAndReload(QDialog& dialog, const QString& selectAfter);
    void afterReferral(const QString& personId);

    const QScopedPointer<Ui::PathwayWidget> m_ui;
    Database* m_database = nullptr;
    Actor m_actor;
    QString m_personId;
    TimelineModel* m_model;
    TimelineFilterModel* m_filter;
    QList<QToolButton*> m_kindButtons;
    DialogRunner m_runDialog;
    PreviewRunner m_runPreview;
    bool m_stale = false; // the person changed while the tab was hidden
};

} // namespace jalon
