#pragma once

#include <QScopedPointer>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QTreeWidgetItem;

namespace Ui {
class DirectoryFilterPanel;
}

namespace jalon {

class CommuneCompleter;
struct DirectoryQuery;

// The directory's filters (forms/directory/DirectoryFilterPanel.ui): the commune the person lives
// in (with a completer on the communes), the thématiques as a two-level tree of checkboxes (a
// category ticks all its sub-thématiques), the type, public, mode d'accueil and mode de
// mobilisation, free services only, withdrawn services. changed() follows every change.
class DirectoryFilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit DirectoryFilterPanel(QWidget* parent = nullptr);
    ~DirectoryFilterPanel() override;

    // Copies the filters into the query (the text and limit are left alone).
    void applyTo(DirectoryQuery& query) const;

    // Ticks these thématiques (full or category codes) and unticks the others.
    void setThematiques(const QStringList& codes);
    // The codes ticked: a category when all its sub-thématiques are, else the sub-thématiques.
    QStringList thematiques() const;
    // Filters on the services open to people living in that commune (INSEE code; empty: none).
    void setCommune(const QString& inseeCode);
    const QString& communeInsee() const { return m_communeInsee; }
    void clear();

Q_SIGNALS:
    void changed();

private:
    void fillCombo(QComboBox* combo, int list, const QString& anyText);
    void onCommuneEdited(const QString& text);

    const QScopedPointer<Ui::DirectoryFilterPanel> m_ui;
    CommuneCompleter* m_completer;
    QString m_communeInsee;
    bool m_quiet = false; // no changed() while several filters are set at once
};

} // namespace jalon
