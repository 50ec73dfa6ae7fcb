#pragma once

#include "directory/DirectorySearch.h"

#include <QAbstractTableModel>
#include <QList>

namespace jalon {

// The services a directory search found, one row each: name, structure, commune, thématiques
// (labels), the age of date_maj (marked when stale), the quality score (QualityRole: 0 to 1,
// drawn as a bar by DirectoryQualityDelegate) and the "full until" mark. Read-only.
class DirectoryResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StructureColumn,
        CommuneColumn,
        ThematiquesColumn,
        UpdatedColumn,
        QualityColumn,
        FullColumn,
        ColumnCount
    };
    enum Role { KeyRole = Qt::UserRole + 1, QualityRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setHits(QList<DirectoryHit> hits);
    const QList<DirectoryHit>& hits() const { return m_hits; }
    const DirectoryHit* hitAt(int row) const;
    // The row of the service with that key, or -1.
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 days", "5 months", "2 years": how long ago the service was updated.
    static QString ageText(int days);

private:
    QVariant display(const DirectoryHit& hit, int column) const;
    QVariant toolTip(const DirectoryHit& hit, int column) const;

    QList<DirectoryHit> m_hits;
};

} // namespace jalon
