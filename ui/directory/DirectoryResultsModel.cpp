#include "directory/DirectoryResultsModel.h"

#include "directory/DirectoryEnums.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace jalon {

namespace {

QStringList thematiqueLabels(const DirectoryHit& hit) {
    QStringList labels;
    for (const QString& code : hit.thematiques) {
        labels << DirectoryEnums::instance().label(DirectoryList::Thematiques, code);
    }
    return labels;
}

} // namespace

void DirectoryResultsModel::setHits(QList<DirectoryHit> hits) {
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

const DirectoryHit* DirectoryResultsModel::hitAt(int row) const {
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int DirectoryResultsModel::rowOf(const QString& key) const {
    for (qsizetype i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).key == key) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int DirectoryResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int DirectoryResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DirectoryResultsModel::ageText(int days) {
    if (days < 31) {
        return tr("%n day(s)", nullptr, std::max(days, 0));
    }
    if (days < 365) {
        return tr("%n month(s)", nullptr, days / 30);
    }
    return tr("%n year(s)", nullptr, days / 365);
}

QVariant DirectoryResultsModel::display(const DirectoryHit& hit, int column) const {
    switch (column) {
    case NameColumn:
        return hit.withdrawn ? tr("%1 (withdrawn)").arg(hit.name) : hit.name;
    case StructureColumn:
        return hit.structureName;
    case CommuneColumn:
        return hit.commune;
    case ThematiquesColumn:
        return thematiqueLabels(hit).join(QStringLiteral(", "));
    case UpdatedColumn:
        return hit.stale ? tr("⚠ %1").arg(ageText(hit.ageDays)) : ageText(hit.ageDays);
    case QualityColumn:
        return QStringLiteral("%1 %").arg(qRound(hit.quality * 100));
    case FullColumn:
        return hit.fullUntil.isValid()
                   ? tr("Full until %1").arg(QLocale().toString(hit.fullUntil, QLocale::ShortFormat))
                   : QString();
    default:
        return {};
    }
}

QVariant DirectoryResultsModel::toolTip(const DirectoryHit& hit, int column) const {
    switch (column) {
    case ThematiquesColumn:
        return thematiqueLabels(hit).join(QLatin1Char('\n'));
    case UpdatedColumn: {
        const QString day = QLocale().toString(hit.dateMaj, QLocale::LongFormat);
        return hit.stale
                   ? tr("Updated on %1, more than a year ago: check the details before referring someone.")
                         .arg(day)
                   : tr("Updated on %1").arg(day);
    }
    case QualityColumn:
        return tr("How complete and fresh the service's information is (%1 %)")
            .arg(qRound(hit.quality * 100));
    case FullColumn:
        return hit.fullUntil.isValid() ? tr("Marked temporarily full by an adviser") : QVariant();
    default:
        return display(hit, column);
    }
}

QVariant DirectoryResultsModel::data(const QModelIndex& index, int role) const {
    const DirectoryHit* hit = index.isValid() ? hitAt(index.row()) : nullptr;
    if (!hit) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*hit, index.column());
    case Qt::ToolTipRole:
        return toolTip(*hit, index.column());
    case KeyRole:
        return hit->key;
    case QualityRole:
        return hit->quality;
    case Qt::ForegroundRole:
        if (hit->withdrawn) {
            return QBrush(QColor(0x75, 0x75, 0x75));
        }
        if ((index.column() == UpdatedColumn && hit->stale) || (index.column() == FullColumn)) {
            return QBrush(QColor(0xa3, 0x3b, 0x00));
        }
        return {};
    case Qt::FontRole:
        if (hit->withdrawn || index.column() == NameColumn) {
            QFont font;
            font.setItalic(hit->withdrawn);
            font.setBold(index.column() == NameColumn && !hit->withdrawn);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant DirectoryResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Service");
    case StructureColumn:
        return tr("Structure");
    case CommuneColumn:
        return tr("Commune");
    case ThematiquesColumn:
        return tr("Thématiques");
    case UpdatedColumn:
        return tr("Updated");
    case QualityColumn:
        return tr("Quality");
    case FullColumn:
        return tr("Availability");
    default:
        return {};
    }
}

} // namespace jalon
