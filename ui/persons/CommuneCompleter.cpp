#include "persons/CommuneCompleter.h"

#include "territory/Territory.h"

#include <QAbstractItemView>
#include <QRegularExpression>

namespace jalon {

CommuneCompleter::CommuneCompleter(QObject* parent)
    : QCompleter(parent)
    , m_model(new QStandardItemModel(this)) {
    setModel(m_model);
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(12);
    connect(this, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { Q_EMIT communeChosen(index.data(InseeRole).toString()); });
}

QString CommuneCompleter::display(const Commune& commune) {
    return QStringLiteral("%1 (%2)").arg(commune.name, commune.postcodes.value(0, commune.departement));
}

void CommuneCompleter::fill(const QList<const Commune*>& communes) {
    m_model->clear();
    for (const Commune* commune : communes) {
        auto* item = new QStandardItem(display(*commune));
        item->setData(commune->code, InseeRole);
        item->setToolTip(QStringLiteral("%1 — %2").arg(
            commune->code, Territory::instance().departementName(commune->departement)));
        m_model->appendRow(item);
    }
}

void CommuneCompleter::propose(const QString& text) {
    static const QRegularExpression postcode(QStringLiteral("^\\d{5}$"));
    if (postcode.match(text.trimmed()).hasMatch()) {
        proposeForPostcode(text.trimmed());
        return;
    }
    fill(text.trimmed().size() < 2 ? QList<const Commune*>() : Territory::instance().searchByName(text, 15));
    if (m_model->rowCount() > 0) {
        complete();
    }
}

void CommuneCompleter::proposeForPostcode(const QString& code) {
    fill(Territory::instance().communesWithPostcode(code));
    if (m_model->rowCount() > 0) {
        complete();
    }
}

} // namespace jalon
