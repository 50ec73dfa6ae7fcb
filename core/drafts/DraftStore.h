#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace jalon {

class Database;

// Unsaved editor content kept on this device, per user, so that closing a window or a crash
// loses nothing typed. A draft is keyed by what it edits ("person:<id>", "person:new").
// Drafts are local scratch: they are not synced and not in the change log.
class DraftStore {
public:
    DraftStore(Database& database, QString userId);

    Status save(const QString& key, const QJsonObject& payload);
    // The draft, or an empty object when there is none.
    QJsonObject load(const QString& key) const;
    Status remove(const QString& key);
    // Keys of this user's drafts whose key starts with prefix, newest first.
    QStringList keys(const QString& prefix) const;

private:
    Database& m_database;
    QString m_userId;
};

} // namespace jalon
