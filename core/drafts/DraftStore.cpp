#include "drafts/DraftStore.h"

#include "common/Clock.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

DraftStore::DraftStore(Database& database, QString userId)
    : m_database(database)
    , m_userId(std::move(userId)) {}

Status DraftStore::save(const QString& key, const QJsonObject& payload) {
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("INSERT INTO drafts (key, user_id, payload, updated_at) VALUES (?,?,?,?) "
                                 "ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, "
                                 "updated_at = excluded.updated_at, user_id = excluded.user_id"));
    query.addBindValue(m_userId + QLatin1Char('/') + key);
    query.addBindValue(m_userId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(Clock::instance().nowUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return Status::fail(QCoreApplication::translate("DraftStore", "Could not keep the draft (%1).")
                                .arg(query.lastError().text()));
    }
    return Status::ok();
}

QJsonObject DraftStore::load(const QString& key) const {
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT payload FROM drafts WHERE key = ?"));
    query.addBindValue(m_userId + QLatin1Char('/') + key);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

Status DraftStore::remove(const QString& key) {
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE key = ?"));
    query.addBindValue(m_userId + QLatin1Char('/') + key);
    return query.exec() ? Status::ok() : Status::fail(query.lastError().text());
}

QStringList DraftStore::keys(const QString& prefix) const {
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT key FROM drafts WHERE user_id = ? ORDER BY updated_at DESC"));
    query.addBindValue(m_userId);
    query.exec();
    QStringList found;
    const QString own = m_userId + QLatin1Char('/');
    while (query.next()) {
        const QString key = query.value(0).toString().mid(own.size());
        if (key.startsWith(prefix)) {
            found << key;
        }
    }
    return found;
}

} // namespace jalon
