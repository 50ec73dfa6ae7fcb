#pragma once

#include "common/PrintPreview.h"
#include "directory/DirectorySheet.h"
#include "security/Actor.h"

#include <QScopedPointer>
#include <QWidget>

#include <optional>

class QTimer;

namespace Ui {
class DirectoryWidget;
}

namespace jalon {

class Database;
class DirectoryFilterPanel;
class DirectoryResultsModel;
class LocalServiceDialog;
struct DirectoryQuery;

// The local offer directory (forms/directory/DirectoryWidget.ui), a window of its own: a search
// field (searched as the adviser types, Ctrl+F), the filters (DirectoryFilterPanel), the services
// found (DirectoryResultsModel) and the sheet of the current one (ServiceSheetView) with the
// advisers' note and the "temporarily full until" mark; the sheet is printed (Ctrl+P), copied as
// text (Ctrl+Shift+C) and, when the window was opened for a person, the person is referred to the
// service ("Refer"), which records the referral on their pathway. Advisers add and edit local
// services (LocalServiceDialog, Ctrl+N) and export them. The search runs on the GUI
// thread, 150 ms after the last key or filter change (10–100 ms on 20,000 services).
class DirectoryWidget : public QWidget {
    Q_OBJECT
public:
    DirectoryWidget(Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~DirectoryWidget() override;

    // The directory as a window beside owner: the one already open for that person (or for no
    // person) is brought forward, else a new one is made (prefiltered for the person).
    static DirectoryWidget* showWindow(Database& database, const Actor& actor, QWidget* owner,
                                       const QString& personId = {});

    // The person to refer ("Refer" is enabled only with one); empty: none.
    void setPerson(const QString& personId);
    const QString& personId() const { return m_personId; }
    // Filters on the person's commune and on the thématiques of their latest validated
    // diagnostic's priorities (PriorityThematiques), then searches.
    void prefilterForPerson();

    DirectoryFilterPanel* filters() const;
    DirectoryResultsModel* model() const { return m_model; }
    // Searches now with the text and filters shown (what the debounce timer calls).
    void search();
    void setSearchText(const QString& text);
    void focusSearch();
    // The service shown in the sheet (empty key: none).
    QString currentKey() const;
    void selectService(const QString& key);
    const std::optional<DirectorySheet>& sheet() const { return m_sheet; }

    // The sheet's actions (the buttons and shortcuts call them).
    void printSheet();
    void copySheet();
    void referPerson();
    void saveNote();
    void setPreviewRunner(PreviewRunner runner) { m_runPreview = std::move(runner); }

    // Local services (DirectoryLocalActions.cpp): the dialog to add one or edit the current one
    // (opened window-modal; returned so that tests can fill it), what follows a save (search again,
    // select it), and the export (exportLocal asks for the file, exportLocalTo writes it).
    LocalServiceDialog* newLocalService();
    LocalServiceDialog* editLocalService();
    void showSavedService(const QString& key);
    void exportLocal();
    bool exportLocalTo(const QString& path);
    // The last message shown (an error or a confirmation).
    QString message() const;

Q_SIGNALS:
    void searched(int count);
    // The person was referred to a service: their pathway has a new event.
    void referralRecorded(const QString& personId, const QString& serviceKey);

private:
    void setUpShortcuts();
    void scheduleSearch();
    void showCurrent();
    void applyFullUntil();
    void updateActions();
    void setMessage(const QString& text, bool error);
    LocalServiceDialog* openLocalDialog(const QString& key);

    const QScopedPointer<Ui::DirectoryWidget> m_ui;
    Database& m_database;
    Actor m_actor;
    DirectoryResultsModel* m_model;
    QTimer* m_searchTimer;
    QString m_personId;
    QString m_personName;
    std::optional<DirectorySheet> m_sheet;
    bool m_noteDirty = false;
    PreviewRunner m_runPreview;
};

} // namespace jalon
