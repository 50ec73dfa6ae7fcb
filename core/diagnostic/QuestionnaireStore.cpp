#include "diagnostic/QuestionnaireStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/ChangeWriter.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "security/LocalAccount.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

namespace {

InstalledQuestionnaire summaryOf(const Questionnaire& q, const QDateTime& installedAt) {
    return {
        q.id,       q.version, q.hash, q.title.text(), static_cast<int>(q.themes.size()), q.questionCount(),
        installedAt};
}

} // namespace

QuestionnaireStore::QuestionnaireStore(Database& database)
    : m_database(database) {}

Result<QuestionnaireStore::Installation> QuestionnaireStore::install(const Actor& actor,
                                                                     const QByteArray& definition) {
    if (Status allowed = require(actor, Permission::ManageQuestionnaires); !allowed) {
        return allowed;
    }
    const ParsedQuestionnaire parsed = QuestionnaireParser::parse(definition);
    if (!parsed.questionnaire) {
        QStringList lines;
        for (const DefinitionProblem& problem : parsed.problems) {
            lines << problem.path + QStringLiteral(": ") + problem.message;
        }
        return Result<Installation>::fail(
            QCoreApplication::translate("QuestionnaireStore", "The definition was not installed:\n%1")
                .arg(lines.join(QLatin1Char('\n'))));
    }
    const Questionnaire& q = *parsed.questionnaire;

    // Already there (every start of Jalon asks for the shipped grids): answered without taking
    // the write lock, which other Jalon processes on the file may want.
    if (auto installed = existingInstallation(q)) {
        return std::move(*installed);
    }
    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    if (auto installed = existingInstallation(q)) { // installed meanwhile by another process
        return std::move(*installed);
    }
    const QDateTime now = Clock::instance().nowUtc();
    ChangeWriter writer(m_database, actor.userId);
    // The canonical form is stored, so that the hash can always be recomputed from what is kept.
    QJsonObject canonical = QJsonDocument::fromJson(definition).object();
    canonical.remove(QStringLiteral("hash"));
    Status written =
        writer.insert(QStringLiteral("questionnaires"), newId(),
                      {{QStringLiteral("definition_id"), q.id},
                       {QStringLiteral("version"), q.version},
                       {QStringLiteral("hash"), q.hash},
                       {QStringLiteral("content"),
                        QString::fromUtf8(QJsonDocument(canonical).toJson(QJsonDocument::Compact))},
                       {QStringLiteral("installed_at"), now.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("installed_by"), actor.userId}});
    if (written) {
        written = transaction.commit();
    }
    if (!written) {
        return written;
    }
    return Installation{Outcome::Installed, summaryOf(q, now)};
}

std::optional<Result<QuestionnaireStore::Installation>>
QuestionnaireStore::existingInstallation(const Questionnaire& q) const {
    QSqlQuery existing(m_database.sql());
    existing.prepare(QStringLiteral("SELECT hash, installed_at FROM questionnaires "
                                    "WHERE definition_id = ? AND version = ? AND deleted = 0"));
    existing.addBindValue(q.id);
    existing.addBindValue(q.version);
    if (!existing.exec()) {
        return Result<Installation>::fail(existing.lastError().text());
    }
    if (existing.next()) {
        if (existing.value(0).toString() != q.hash) {
            return Result<Installation>::fail(
                QCoreApplication::translate(
                    "QuestionnaireStore",
                    "Version %1 of \"%2\" is already installed with other content, and an installed version "
                    "never "
                    "changes (diagnostics refer to it). Give the file a new version number.")
                    .arg(q.version)
                    .arg(q.id));
        }
        return Result<Installation>(Installation{
            Outcome::AlreadyInstalled,
            summaryOf(q, QDateTime::fromString(existing.value(1).toString(), Qt::ISODateWithMs))});
    }
    return std::nullopt;
}

Result<QList<InstalledQuestionnaire>> QuestionnaireStore::list(const Actor& actor) const {
    if (Status allowed = require(actor, Permission::ViewQuestionnaires); !allowed) {
        return allowed;
    }
    QSqlQuery query(m_database.sql());
    if (!query.exec(QStringLiteral("SELECT content, installed_at FROM questionnaires WHERE deleted = 0 "
                                   "ORDER BY definition_id, version"))) {
        return Result<QList<InstalledQuestionnaire>>::fail(query.lastError().text());
    }
    QList<InstalledQuestionnaire> installed;
    while (query.next()) {
        const ParsedQuestionnaire parsed = QuestionnaireParser::parse(query.value(0).toString().toUtf8());
        if (parsed.questionnaire) {
            installed.append(summaryOf(*parsed.questionnaire,
                                       QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs)));
        }
    }
    return installed;
}

Result<Questionnaire> QuestionnaireStore::load(const Actor& actor, const QString& definitionId,
                                               int version) const {
    if (Status allowed = require(actor, Permission::ViewQuestionnaires); !allowed) {
        return allowed;
    }
    QSqlQuery query(m_database.sql());
    query.prepare(
        QStringLiteral("SELECT content, hash FROM questionnaires WHERE definition_id = ? AND version = ? "
                       "AND deleted = 0"));
    query.addBindValue(definitionId);
    query.addBindValue(version);
    if (!query.exec() || !query.next()) {
        return Result<Questionnaire>::fail(
            QCoreApplication::translate("QuestionnaireStore",
                                        "Version %1 of the questionnaire \"%2\" is not installed.")
                .arg(version)
                .arg(definitionId));
    }
    ParsedQuestionnaire parsed = QuestionnaireParser::parse(query.value(0).toString().toUtf8());
    if (!parsed.questionnaire || parsed.questionnaire->hash != query.value(1).toString()) {
        return Result<Questionnaire>::fail(
            QCoreApplication::translate("QuestionnaireStore",
                                        "The stored questionnaire \"%1\" version %2 is damaged: its content "
                                        "no longer matches its hash.")
                .arg(definitionId)
                .arg(version));
    }
    return std::move(*parsed.questionnaire);
}

Result<Questionnaire> QuestionnaireStore::loadLatest(const Actor& actor, const QString& definitionId) const {
    if (Status allowed = require(actor, Permission::ViewQuestionnaires); !allowed) {
        return allowed;
    }
    QSqlQuery query(m_database.sql());
    query.prepare(
        QStringLiteral("SELECT MAX(version) FROM questionnaires WHERE definition_id = ? AND deleted = 0"));
    query.addBindValue(definitionId);
    if (!query.exec() || !query.next() || query.value(0).isNull()) {
        return Result<Questionnaire>::fail(
            QCoreApplication::translate("QuestionnaireStore",
                                        "No version of the diagnostic grid “%1” is installed. Ask your "
                                        "administrator to import it (jalon-cli questionnaire import FILE).")
                .arg(definitionId));
    }
    return load(actor, definitionId, query.value(0).toInt());
}

QStringList QuestionnaireStore::builtInFiles() {
    QStringList files = QDir(QStringLiteral(":/jalon/questionnaires"))
                            .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (QString& file : files) {
        file.prepend(QStringLiteral(":/jalon/questionnaires/"));
    }
    return files;
}

Status QuestionnaireStore::installBuiltIn(const Actor& actor) {
    for (const QString& path : builtInFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Status::fail(
                QCoreApplication::translate("QuestionnaireStore",
                                            "The questionnaire %1 shipped with Jalon cannot be read.")
                    .arg(path));
        }
        if (const auto installed = install(actor, file.readAll()); !installed) {
            return installed.status();
        }
    }
    return Status::ok();
}

Status QuestionnaireStore::ensureBuiltIn(Database& database) {
    const Result<Actor> administrator = LocalAccount::ensureAdministrator(database);
    if (!administrator) {
        return administrator.status();
    }
    return QuestionnaireStore(database).installBuiltIn(administrator.value());
}

} // namespace jalon
