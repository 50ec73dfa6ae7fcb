#include "persons/PersonListModel.h"

#include "db/Database.h"
#include "persons/PersonChoices.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace jalon {

PersonListModel::PersonListModel(Database& database, const Actor& actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_register(database, actor) {
    reload();
}

PersonListModel::~PersonListModel() {
    // Workers hold a reference to the database: let every count still running end first.
    for (auto* watcher : findChildren<QFutureWatcher<int>*>()) {
        watcher->disconnect();
        watcher->waitForFinished();
    }
}

int PersonListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PersonListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PersonRow& row = m_rows.at(index.row());
    if (role == IdRole) {
        return row.id;
    }
    if (role == Qt::ToolTipRole && row.archived) {
        return tr("Archived record");
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case LastName:
        return row.lastName;
    case FirstName:
        return row.firstName;
    case BirthDate:
        return QLocale().toString(row.birthDate, QStringLiteral("dd/MM/yyyy"));
    case Commune:
        return row.communeName;
    case CafNumber:
        return row.cafNumber;
    case Status:
        return row.archived ? tr("Archived")
                            : PersonChoices::labelOf(PersonChoices::followStatuses(), row.followStatus);
    default:
        return {};
    }
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LastName:
        return tr("Last name");
    case FirstName:
        return tr("First name");
    case BirthDate:
        return tr("Birth date");
    case Commune:
        return tr("Commune");
    case CafNumber:
        return tr("CAF/MSA no.");
    case Status:
        return tr("Follow-up");
    default:
        return {};
    }
}

bool PersonListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_exhausted;
}

void PersonListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_exhausted) {
        return;
    }
    const QList<PersonRow> page = nextPage();
    if (page.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QList<PersonRow> PersonListModel::nextPage() {
    const Result<QList<PersonRow>> page =
        m_register.page(m_filter, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), kPageSize);
    if (!page) {
        m_exhausted = true;
        m_lastError = page.error();
        Q_EMIT loadFailed(m_lastError);
        return {};
    }
    m_exhausted = page->size() < kPageSize;
    return page.value();
}

void PersonListModel::resetToFirstPage() {
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_lastError.clear();
    m_rows = nextPage(); // no row signals inside a reset
    endResetModel();
}

bool PersonListModel::isSortable(int column) {
    return column == LastName || column == FirstName || column == BirthDate || column == Commune;
}

int PersonListModel::sortColumn() const {
    switch (m_filter.order) {
    case RegisterFilter::Order::LastName:
        return LastName;
    case RegisterFilter::Order::FirstName:
        return FirstName;
    case RegisterFilter::Order::BirthDate:
        return BirthDate;
    case RegisterFilter::Order::Commune:
        return Commune;
    }
    return LastName;
}

void PersonListModel::sort(int column, Qt::SortOrder order) {
    if (!isSortable(column)) {
        return;
    }
    static const RegisterFilter::Order orders[] = {
        RegisterFilter::Order::LastName, RegisterFilter::Order::FirstName, RegisterFilter::Order::BirthDate,
        RegisterFilter::Order::Commune};
    const RegisterFilter::Order wanted = orders[column];
    const bool descending = order == Qt::DescendingOrder;
    if (wanted == m_filter.order && descending == m_filter.descending && !m_rows.isEmpty()) {
        return;
    }
    m_filter.order = wanted;
    m_filter.descending = descending;
    resetToFirstPage();
}

void PersonListModel::setSearchText(const QString& text) {
    if (text == m_filter.searchText) {
        return;
    }
    m_filter.searchText = text;
    reload();
}

void PersonListModel::setStatusFilter(RegisterFilter::Status status) {
    if (status == m_filter.status) {
        return;
    }
    m_filter.status = status;
    reload();
}

void PersonListModel::reload() {
    resetToFirstPage();
    startCount();
}

void PersonListModel::startCount() {
    m_total.reset();
    Q_EMIT countChanged();
    const int generation = ++m_countGeneration;
    if (m_countWatcher) {
        // A stale count is left to finish in its worker and dropped: never waited for here.
        m_countWatcher->disconnect(this);
        connect(m_countWatcher, &QFutureWatcher<int>::finished, m_countWatcher, &QObject::deleteLater);
        if (m_countWatcher->isFinished()) {
            m_countWatcher->deleteLater();
        }
    }
    m_countWatcher = new QFutureWatcher<int>(this);
    connect(m_countWatcher, &QFutureWatcher<int>::finished, this,
            [this, generation, watcher = m_countWatcher] {
                if (generation == m_countGeneration) {
                    const int counted = watcher->result();
                    if (counted >= 0) {
                        m_total = counted;
                        Q_EMIT countChanged();
                    }
                }
            });
    // The worker opens its own connection: QtSql connections never cross threads.
    const RegisterFilter filter = m_filter;
    m_countWatcher->setFuture(QtConcurrent::run([&database = m_database, actor = m_register.actor(), filter] {
        Result<std::unique_ptr<Database>> connection = database.openAnotherConnection();
        if (!connection) {
            return -1;
        }
        const Result<int> counted = PersonRegister(*connection.value(), actor).count(filter);
        return counted ? counted.value() : -1;
    }));
}

void PersonListModel::refreshPerson(const QString& id) {
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    const Result<std::optional<PersonRow>> fresh = m_register.row(id);
    if (!fresh || !fresh.value()) {
        return;
    }
    m_rows[row] = *fresh.value();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString PersonListModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int PersonListModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

} // namespace jalon
