#pragma once

#include <QCompleter>
#include <QStandardItemModel>

namespace jalon {

struct Commune;

// Completes a commune field from the INSEE referential: typing a name proposes matching
// communes ("Saint-Brieuc (22000)"), typing a postcode proposes the communes it serves.
// The chosen commune's INSEE code comes back through communeChosen().
class CommuneCompleter : public QCompleter {
    Q_OBJECT
public:
    enum Role { InseeRole = Qt::UserRole + 1 };
    explicit CommuneCompleter(QObject* parent = nullptr);

    // Refills the proposals for what is typed (a name or a postcode).
    void propose(const QString& text);
    void proposeForPostcode(const QString& postcode);
    static QString display(const Commune& commune);

Q_SIGNALS:
    void communeChosen(const QString& inseeCode);

private:
    void fill(const QList<const Commune*>& communes);
    QStandardItemModel* m_model;
};

} // namespace jalon
