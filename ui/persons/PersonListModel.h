#pragma once

#include "persons/PersonRegister.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <optional>

namespace jalon {

class Database;

// The register as a table: a thin adapter over PersonRegister that loads people lazily,
// one page at a time (canFetchMore/fetchMore), so the first rows show at once even among
// 100,000. The total is counted in a worker with its own connection and arrives later
// (countChanged), never holding back the rows. Sorting and filtering re-query core.
class PersonListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LastName, FirstName, BirthDate, Commune, CafNumber, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    PersonListModel(Database& database, const Actor& actor, QObject* parent = nullptr);
    ~PersonListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const RegisterFilter& filter() const { return m_filter; }
    void setSearchText(const QString& text);
    void setStatusFilter(RegisterFilter::Status status);
    // Reloads from the first page, after changes made elsewhere.
    void reload();
    // Re-reads one person's line in place, if loaded.
    void refreshPerson(const QString& id);

    static bool isSortable(int column);
    // The column of the current order.
    int sortColumn() const;

    QString idAt(int row) const;
    int rowOf(const QString& id) const; // -1 if not loaded
    // The total for the current filter, once counted; empty while counting.
    std::optional<int> total() const { return m_total; }
    const QString& lastError() const { return m_lastError; }

Q_SIGNALS:
    void countChanged();
    void loadFailed(const QString& message);

private:
    QList<PersonRow> nextPage();
    void resetToFirstPage();
    void startCount();

    Database& m_database;
    PersonRegister m_register;
    RegisterFilter m_filter;
    QList<PersonRow> m_rows;
    bool m_exhausted = false;
    std::optional<int> m_total;
    int m_countGeneration = 0;
    QFutureWatcher<int>* m_countWatcher = nullptr;
    QString m_lastError;
};

} // namespace jalon
