#include "diagnostic/DiagnosticStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "db/ChangeWriter.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "diagnostic/DiagnosticCodec.h"
#include "diagnostic/QuestionnaireStore.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace jalon {

namespace {

const QString kTable = QStringLiteral("diagnostics");

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.person_id, d.questionnaire_id, d.questionnaire_version, d.questionnaire_hash, d.status, "
    "d.answers, d.assessments, d.levels, d.priorities, d.next_steps, d.adviser_id, "
    "COALESCE(u.display_name, ''), d.structure_id, d.created_at, d.updated_at, d.validated_at "
    "FROM diagnostics d LEFT JOIN users u ON u.id = d.adviser_id ");

Status notFound() {
    return Status::fail(QCoreApplication::translate(
        "DiagnosticStore", "This diagnostic does not exist or is not visible to you."));
}

Status databaseError(const QSqlQuery& query) {
    return Status::fail(QCoreApplication::translate("DiagnosticStore", "The database could not be read (%1).")
                            .arg(query.lastError().text()));
}

QDateTime timestamp(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString stamp(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Diagnostic fromRow(const QSqlQuery& q) {
    Diagnostic d;
    d.id = q.value(0).toString();
    d.personId = q.value(1).toString();
    d.questionnaireId = q.value(2).toString();
    d.questionnaireVersion = q.value(3).toInt();
    d.questionnaireHash = q.value(4).toString();
    d.state = q.value(5).toString() == QLatin1String("validated") ? Diagnostic::State::Validated
                                                                  : Diagnostic::State::Draft;
    d.answers = DiagnosticCodec::answers(q.value(6).toString());
    d.assessments = DiagnosticCodec::assessments(q.value(7).toString());
    d.levels = DiagnosticCodec::levels(q.value(8).toString());
    d.priorities = DiagnosticCodec::priorities(q.value(9).toString());
    d.nextSteps = q.value(10).toString();
    d.adviserId = q.value(11).toString();
    d.adviserName = q.value(12).toString();
    d.structureId = q.value(13).toString();
    d.createdAt = timestamp(q.value(14));
    d.updatedAt = timestamp(q.value(15));
    d.validatedAt = timestamp(q.value(16));
    return d;
}

// The columns a save writes, so that only what changed goes to the change log.
QVariantMap contentColumns(const Diagnostic& d) {
    return {
        {QStringLiteral("answers"), DiagnosticCodec::answers(d.answers)},
        {QStringLiteral("assessments"), DiagnosticCodec::assessments(d.assessments)},
        {QStringLiteral("levels"), DiagnosticCodec::levels(d.levels)},
        {QStringLiteral("priorities"), DiagnosticCodec::priorities(d.priorities)},
        {QStringLiteral("next_steps"), d.nextSteps},
    };
}

} // namespace

DiagnosticStore::DiagnosticStore(Database& database)
    : m_database(database) {}

Status DiagnosticStore::checkPerson(const Actor& actor, const QString& personId, bool writing) const {
    if (Status allowed =
            require(actor, writing ? Permission::ConductDiagnostic : Permission::ViewDiagnostics);
        !allowed) {
        return allowed;
    }
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT structure_id, archived FROM persons WHERE id = ? AND deleted = 0"));
    query.addBindValue(personId);
    if (!query.exec()) {
        return databaseError(query);
    }
    if (!query.next() || !canSeeStructure(actor, query.value(0).toString())) {
        return Status::fail(QCoreApplication::translate(
            "DiagnosticStore", "This person's record does not exist or is not visible to you."));
    }
    if (writing && query.value(1).toInt() != 0) {
        return Status::fail(QCoreApplication::translate(
            "DiagnosticStore", "This person's file is archived: restore it before changing a diagnostic."));
    }
    return Status::ok();
}

Result<QString> DiagnosticStore::draftOf(const Actor& actor, const QString& personId) const {
    if (Status visible = checkPerson(actor, personId, false); !visible) {
        return visible;
    }
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT id FROM diagnostics WHERE person_id = ? AND status = 'draft' "
                                 "AND deleted = 0 ORDER BY created_at DESC LIMIT 1"));
    query.addBindValue(personId);
    if (!query.exec()) {
        return databaseError(query);
    }
    return query.next() ? query.value(0).toString() : QString();
}

Result<Diagnostic> DiagnosticStore::start(const Actor& actor, const QString& personId,
                                          const QString& definitionId) {
    if (Status allowed = checkPerson(actor, personId, true); !allowed) {
        return allowed;
    }
    Result<Questionnaire> questionnaire =
        QuestionnaireStore(m_database)
            .loadLatest(actor, definitionId.isEmpty() ? defaultDefinitionId() : definitionId);
    if (!questionnaire) {
        return questionnaire.status();
    }
    Diagnostic draft;
    draft.personId = personId;
    draft.questionnaireId = questionnaire->id;
    draft.questionnaireVersion = questionnaire->version;
    draft.questionnaireHash = questionnaire->hash;
    draft.levels = DiagnosticRules::retainedLevels(questionnaire.value(), draft);
    return insertDraft(actor, std::move(draft));
}

Result<Diagnostic> DiagnosticStore::startFrom(const Actor& actor, const QString& earlierId) {
    Result<Diagnostic> earlier = load(actor, earlierId);
    if (!earlier) {
        return earlier;
    }
    if (Status allowed = checkPerson(actor, earlier->personId, true); !allowed) {
        return allowed;
    }
    Result<Questionnaire> questionnaire =
        QuestionnaireStore(m_database).loadLatest(actor, earlier->questionnaireId);
    if (!questionnaire) {
        return questionnaire.status();
    }
    Diagnostic draft = std::move(earlier).value();
    draft.questionnaireVersion = questionnaire->version;
    draft.questionnaireHash = questionnaire->hash;
    // Answers the newer version no longer asks or allows are dropped, as are assessments and
    // priorities of themes it no longer has.
    draft.answers = DiagnosticRules::cleanAnswers(questionnaire.value(), draft.answers);
    draft.assessments.removeIf([&](const auto& entry) { return !questionnaire->theme(entry.key()); });
    draft.priorities.removeIf([&](const Priority& p) { return !questionnaire->theme(p.themeId); });
    draft.levels = DiagnosticRules::retainedLevels(questionnaire.value(), draft);
    return insertDraft(actor, std::move(draft));
}

Result<Diagnostic> DiagnosticStore::insertDraft(const Actor& actor, Diagnostic draft) {
    Result<QString> existing = draftOf(actor, draft.personId);
    if (!existing) {
        return existing.status();
    }
    if (!existing->isEmpty()) {
        return Result<Diagnostic>::fail(QCoreApplication::translate(
            "DiagnosticStore",
            "This person already has a diagnostic in progress: resume it or discard it first."));
    }
    const QDateTime now = Clock::instance().nowUtc();
    draft.id = newId();
    draft.state = Diagnostic::State::Draft;
    draft.adviserId = actor.userId;
    draft.adviserName = actor.displayName;
    draft.structureId = actor.structureId;
    draft.createdAt = now;
    draft.updatedAt = now;
    draft.validatedAt = {};

    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    QVariantMap columns = contentColumns(draft);
    columns.insert({
        {QStringLiteral("person_id"), draft.personId},
        {QStringLiteral("questionnaire_id"), draft.questionnaireId},
        {QStringLiteral("questionnaire_version"), draft.questionnaireVersion},
        {QStringLiteral("questionnaire_hash"), draft.questionnaireHash},
        {QStringLiteral("status"), QStringLiteral("draft")},
        {QStringLiteral("adviser_id"), draft.adviserId},
        {QStringLiteral("structure_id"), draft.structureId},
        {QStringLiteral("created_at"), stamp(now)},
        {QStringLiteral("updated_at"), stamp(now)},
    });
    ChangeWriter writer(m_database, actor.userId);
    Status written = writer.insert(kTable, draft.id, columns);
    if (written) {
        written = transaction.commit();
    }
    if (!written) {
        return written;
    }
    return draft;
}

Status DiagnosticStore::save(const Actor& actor, Diagnostic& diagnostic) {
    Result<Diagnostic> stored = load(actor, diagnostic.id);
    if (!stored) {
        return stored.status();
    }
    if (stored->isValidated()) {
        return Status::fail(QCoreApplication::translate(
                                "DiagnosticStore", "This diagnostic was validated on %1 and can no longer "
                                                   "change. Start a new diagnostic from it instead.")
                                .arg(QLocale().toString(stored->date(), QLocale::ShortFormat)));
    }
    if (Status allowed = checkPerson(actor, stored->personId, true); !allowed) {
        return allowed;
    }
    Result<Questionnaire> questionnaire = questionnaireOf(actor, stored.value());
    if (!questionnaire) {
        return questionnaire.status();
    }
    if (const QStringList problems = DiagnosticRules::draftProblems(questionnaire.value(), diagnostic);
        !problems.isEmpty()) {
        return Status::fail(problems.join(QLatin1Char('\n')));
    }
    diagnostic.answers = DiagnosticRules::cleanAnswers(questionnaire.value(), diagnostic.answers);
    diagnostic.levels = DiagnosticRules::retainedLevels(questionnaire.value(), diagnostic);

    const QVariantMap before = contentColumns(stored.value());
    QVariantMap changed;
    const QVariantMap after = contentColumns(diagnostic);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changed.insert(it.key(), it.value());
        }
    }
    if (changed.isEmpty()) {
        return Status::ok();
    }
    const QDateTime now = Clock::instance().nowUtc();
    changed.insert(QStringLiteral("updated_at"), stamp(now));
    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    ChangeWriter writer(m_database, actor.userId);
    Status written = writer.update(kTable, diagnostic.id, changed);
    if (written) {
        written = transaction.commit();
    }
    if (written) {
        diagnostic.updatedAt = now;
    }
    return written;
}

Status DiagnosticStore::validate(const Actor& actor, Diagnostic& diagnostic) {
    if (Status saved = save(actor, diagnostic); !saved) {
        return saved;
    }
    Result<Questionnaire> questionnaire = questionnaireOf(actor, diagnostic);
    if (!questionnaire) {
        return questionnaire.status();
    }
    if (const QStringList problems = DiagnosticRules::validationProblems(questionnaire.value(), diagnostic);
        !problems.isEmpty()) {
        return Status::fail(problems.join(QLatin1Char('\n')));
    }
    const QDateTime now = Clock::instance().nowUtc();
    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    ChangeWriter writer(m_database, actor.userId);
    Status written = writer.update(kTable, diagnostic.id,
                                   {{QStringLiteral("status"), QStringLiteral("validated")},
                                    {QStringLiteral("validated_at"), stamp(now)},
                                    {QStringLiteral("updated_at"), stamp(now)}});
    if (written) {
        written = transaction.commit();
    }
    if (written) {
        diagnostic.state = Diagnostic::State::Validated;
        diagnostic.validatedAt = now;
        diagnostic.updatedAt = now;
    }
    return written;
}

Status DiagnosticStore::discard(const Actor& actor, const QString& id) {
    Result<Diagnostic> stored = load(actor, id);
    if (!stored) {
        return stored.status();
    }
    if (stored->isValidated()) {
        return Status::fail(QCoreApplication::translate(
            "DiagnosticStore",
            "A validated diagnostic is part of the person's history and cannot be removed."));
    }
    if (Status allowed = checkPerson(actor, stored->personId, true); !allowed) {
        return allowed;
    }
    Transaction transaction(m_database.sql());
    if (!transaction.started()) {
        return transaction.started();
    }
    ChangeWriter writer(m_database, actor.userId);
    Status written = writer.tombstone(kTable, id);
    return written ? transaction.commit() : written;
}

Result<Diagnostic> DiagnosticStore::load(const Actor& actor, const QString& id) const {
    if (Status allowed = require(actor, Permission::ViewDiagnostics); !allowed) {
        return allowed;
    }
    QSqlQuery query(m_database.sql());
    query.prepare(kSelect + QStringLiteral("WHERE d.id = ? AND d.deleted = 0"));
    query.addBindValue(id);
    if (!query.exec()) {
        return databaseError(query);
    }
    if (!query.next()) {
        return notFound();
    }
    Diagnostic diagnostic = fromRow(query);
    if (!checkPerson(actor, diagnostic.personId, false)) {
        return notFound();
    }
    return diagnostic;
}

Result<QList<DiagnosticSummary>> DiagnosticStore::history(const Actor& actor, const QString& personId) const {
    if (Status visible = checkPerson(actor, personId, false); !visible) {
        return visible;
    }
    QSqlQuery query(m_database.sql());
    query.prepare(kSelect + QStringLiteral("WHERE d.person_id = ? AND d.deleted = 0 "
                                           "ORDER BY COALESCE(d.validated_at, d.created_at) DESC"));
    query.addBindValue(personId);
    if (!query.exec()) {
        return databaseError(query);
    }
    QList<DiagnosticSummary> summaries;
    while (query.next()) {
        const Diagnostic d = fromRow(query);
        QStringList themes;
        for (const Priority& priority : d.priorities) {
            themes << priority.themeId;
        }
        summaries.append({d.id, d.state, d.questionnaireId, d.questionnaireVersion, d.adviserName,
                          d.createdAt, d.validatedAt, d.levels, themes});
    }
    return summaries;
}

Result<const Questionnaire*> DiagnosticStore::cachedGrid(const Actor& actor, const QString& definitionId,
                                                         int version) const {
    // An installed version never changes, so it is read and parsed once per store, not at every
    // save of a draft being typed.
    const QString key = definitionId + QLatin1Char(':') + QString::number(version);
    auto cached = m_grids.find(key);
    if (cached == m_grids.end()) {
        Result<Questionnaire> loaded = QuestionnaireStore(m_database).load(actor, definitionId, version);
        if (!loaded) {
            return loaded.status();
        }
        cached = m_grids.emplace(key, std::move(loaded).value()).first;
    } else if (Status allowed = require(actor, Permission::ViewQuestionnaires); !allowed) {
        return allowed;
    }
    return &cached->second;
}

const Questionnaire* DiagnosticStore::grid(const Actor& actor, const QString& definitionId,
                                           int version) const {
    const Result<const Questionnaire*> found = cachedGrid(actor, definitionId, version);
    return found ? found.value() : nullptr;
}

Result<Questionnaire> DiagnosticStore::questionnaireOf(const Actor& actor,
                                                       const Diagnostic& diagnostic) const {
    const Result<const Questionnaire*> found =
        cachedGrid(actor, diagnostic.questionnaireId, diagnostic.questionnaireVersion);
    if (!found) {
        return found.status();
    }
    if (!diagnostic.questionnaireHash.isEmpty() && found.value()->hash != diagnostic.questionnaireHash) {
        return Result<Questionnaire>::fail(
            QCoreApplication::translate("DiagnosticStore",
                                        "This diagnostic was made with a different content of the grid “%1” "
                                        "version %2 than the one installed; it cannot be shown faithfully.")
                .arg(diagnostic.questionnaireId)
                .arg(diagnostic.questionnaireVersion));
    }
    return *found.value();
}

} // namespace jalon
