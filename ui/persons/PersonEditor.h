#pragma once

#include "persons/Person.h"
#include "persons/PersonValidator.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class PersonEditor;
}

namespace jalon {

class CommuneCompleter;

// Shows and edits one person's record (layout in forms/persons/PersonEditor.ui).
// It only edits: saving, undo and drafts belong to the register that owns it. It reports
// whether its content differs from what was loaded, and shows field errors beside the fields.
class PersonEditor : public QWidget {
    Q_OBJECT
public:
    explicit PersonEditor(QWidget* parent = nullptr);
    ~PersonEditor() override;

    // Shows a stored record (or a new, empty one) as the reference for "unchanged".
    void setPerson(const Person& person);
    // Puts edited content (a draft) on top of the loaded record; the editor becomes dirty.
    void setEditedContent(const Person& content);
    Person person() const;
    const Person& loaded() const { return m_loaded; }
    bool isNew() const { return m_loaded.id.isEmpty(); }
    bool isDirty() const;

    void showErrors(const QList<FieldError>& errors);
    void clearErrors();
    void focusFirstField();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void edited();          // any change of content by the user
    void saveRequested();   // the Save button
    void revertRequested(); // the Discard button

private:
    void fillChoices();
    void load(const Person& person);
    void connectEdits();
    void updateState();
    void onPostcodeEdited(const QString& text);
    void onCommuneEdited(const QString& text);
    void chooseCommune(const QString& inseeCode);
    QWidget* widgetFor(const QString& field) const;

    const QScopedPointer<Ui::PersonEditor> m_ui;
    CommuneCompleter* m_communeCompleter;
    Person m_loaded;
    QString m_communeInsee;
    bool m_loading = false;
};

} // namespace jalon
