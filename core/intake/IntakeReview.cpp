#include "intake/IntakeReview.h"

#include "common/Clock.h"
#include "common/TextFold.h"
#include "db/Database.h"
#include "intake/IntakeValues.h"
#include "persons/PersonStore.h"
#include "security/Permissions.h"
#include "territory/Territory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace jalon {

namespace {

QString day(const QDate& date) {
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

bool sameText(const QString& a, const QString& b) {
    return foldText(a) == foldText(b);
}

// The same person for sure: the same CAF/MSA number and birth date or names, or the same names and
// birth date without two different numbers.
bool sameIdentity(const Person& row, const Person& stored) {
    const bool names = DuplicateFinder::sameName(row.lastName, stored.lastName) &&
                       DuplicateFinder::sameName(row.firstName, stored.firstName);
    const bool born = row.birthDate == stored.birthDate;
    if (!row.cafNumber.isEmpty() && row.cafNumber == stored.cafNumber) {
        return names || born;
    }
    const bool otherNumber =
        !row.cafNumber.isEmpty() && !stored.cafNumber.isEmpty() && row.cafNumber != stored.cafNumber;
    return names && born && !otherNumber;
}

// Two rows of a file are the same person as sameIdentity() says: the same CAF/MSA number with the
// same birth date or names, or the same names and birth date unless both rows give different numbers.
// A row is looked up under lookupKeys() and then registered under registerKeys().
QString namesAndBirth(const Person& p) {
    return foldedCompact(p.lastName) + QLatin1Char('|') + foldedCompact(p.firstName) + QLatin1Char('|') +
           p.birthDate.toString(Qt::ISODate);
}

QStringList lookupKeys(const Person& p) {
    if (p.cafNumber.isEmpty()) {
        return {QStringLiteral("any:") + namesAndBirth(p)};
    }
    return {QStringLiteral("caf:%1|%2").arg(p.cafNumber, p.birthDate.toString(Qt::ISODate)),
            QStringLiteral("caf:%1|%2|%3")
                .arg(p.cafNumber, foldedCompact(p.lastName), foldedCompact(p.firstName)),
            QStringLiteral("nocaf:") + namesAndBirth(p)};
}

QStringList registerKeys(const Person& p) {
    QStringList keys{QStringLiteral("any:") + namesAndBirth(p)};
    if (p.cafNumber.isEmpty()) {
        keys << QStringLiteral("nocaf:") + namesAndBirth(p);
    } else {
        keys << lookupKeys(p).mid(0, 2);
    }
    return keys;
}

QString describeErrors(const QList<FieldError>& errors) {
    QStringList fields;
    QStringList messages;
    for (const FieldError& error : errors) {
        if (!fields.contains(error.field) && !messages.contains(error.message)) {
            fields << error.field;
            messages << error.message;
        }
    }
    return messages.join(QLatin1Char(' '));
}

// The file's value replaces the stored one when it is given and says something else.
void mergeInto(Person* merged, const Person& file, const IntakeRow& row, QStringList* changes) {
    const auto take = [&](QString* stored, const QString& given, IntakeField field, bool folded) {
        if (!given.isEmpty() && (folded ? !sameText(*stored, given) : *stored != given)) {
            *stored = given;
            changes->append(IntakeColumns::label(field));
        }
    };
    take(&merged->title, file.title, IntakeField::Title, false);
    // A file giving the birth name as the name ("Le Bihan" for Sophie Martin, née Le Bihan) changes nothing.
    if (!DuplicateFinder::sameName(file.lastName, merged->birthName)) {
        take(&merged->lastName, file.lastName, IntakeField::LastName, true);
    }
    take(&merged->firstName, file.firstName, IntakeField::FirstName, true);
    take(&merged->birthName, file.birthName, IntakeField::BirthName, true);
    if (file.birthDate.isValid() && file.birthDate != merged->birthDate) {
        merged->birthDate = file.birthDate;
        changes->append(IntakeColumns::label(IntakeField::BirthDate));
    }
    if (!row.value(IntakeField::BenefitsAgency).trimmed().isEmpty()) {
        take(&merged->benefitsAgency, file.benefitsAgency, IntakeField::BenefitsAgency, false);
    }
    take(&merged->cafNumber, file.cafNumber, IntakeField::CafNumber, false);
    take(&merged->phone, file.phone, IntakeField::Phone, false);
    take(&merged->email, file.email, IntakeField::Email, false);
    take(&merged->franceTravailId, file.franceTravailId, IntakeField::FranceTravailId, false);
    take(&merged->addressLine, file.addressLine, IntakeField::AddressLine, true);
    take(&merged->postcode, file.postcode, IntakeField::Postcode, false);
    if (!file.communeInsee.isEmpty()) {
        if (file.communeInsee != merged->communeInsee) {
            changes->append(IntakeColumns::label(IntakeField::Commune));
        }
        merged->communeInsee = file.communeInsee;
        merged->communeName = file.communeName;
    } else if (!file.postcode.isEmpty() && !merged->communeInsee.isEmpty()) {
        // A new postcode of several communes: the stored commune stays if the postcode is one of its own.
        const Commune* stored = Territory::instance().commune(merged->communeInsee);
        if (!stored || !stored->postcodes.contains(file.postcode)) {
            merged->communeInsee.clear();
            merged->communeName.clear();
            changes->append(IntakeColumns::label(IntakeField::Commune));
        }
    }
}

void resetFindings(IntakeRow* row) {
    row->status = IntakeStatus::Error;
    row->reason.clear();
    row->person = Person();
    row->rightsOpenedOn = QDate();
    row->matchId.clear();
    row->changes.clear();
    row->reentry = false;
    row->candidates.clear();
}

} // namespace

IntakeReview::IntakeReview(Database& database, Actor actor)
    : m_database(database)
    , m_actor(std::move(actor)) {}

QList<IntakeRow> IntakeReview::rowsOf(const IntakeTable& table, const IntakeMapping& mapping) {
    QList<IntakeRow> rows;
    rows.reserve(table.records.size());
    for (const IntakeRecord& record : table.records) {
        IntakeRow row;
        row.line = record.line;
        row.syntaxProblem = record.problem;
        for (int column = 0; column < record.cells.size(); ++column) {
            const QString cell = record.cells.at(column).trimmed();
            if (column >= mapping.fields.size()) {
                if (!cell.isEmpty() && row.syntaxProblem.isEmpty()) {
                    row.syntaxProblem =
                        QCoreApplication::translate(
                            "IntakeReview", "This line has more fields (%1) than the header (%2): check its "
                                            "separators and quotes.")
                            .arg(record.cells.size())
                            .arg(mapping.fields.size());
                }
            } else if (mapping.fields.at(column) != IntakeField::Ignore) {
                row.values.insert(mapping.fields.at(column), cell);
            }
        }
        rows.append(std::move(row));
    }
    return rows;
}

Status IntakeReview::classify(QList<IntakeRow>* rows) const {
    if (Status allowed = require(m_actor, Permission::ViewPersons); !allowed) {
        return allowed;
    }
    const QDate today = Clock::instance().today();
    QHash<QString, int> seen; // file key → line
    for (IntakeRow& row : *rows) {
        resetFindings(&row);
        IntakeValues::Parsed parsed = IntakeValues::parse(row, today);
        parsed.errors += PersonValidator::validate(parsed.person, today);
        row.person = parsed.person;
        row.rightsOpenedOn = parsed.rightsOpenedOn;
        // A syntax problem explains the other errors of its row: it alone is shown.
        if (!row.syntaxProblem.isEmpty() || !parsed.errors.isEmpty()) {
            row.reason = row.syntaxProblem.isEmpty() ? describeErrors(parsed.errors) : row.syntaxProblem;
            continue;
        }
        int earlier = 0;
        for (const QString& key : lookupKeys(row.person)) {
            earlier = earlier ? earlier : seen.value(key);
        }
        if (earlier) {
            row.reason =
                QCoreApplication::translate("IntakeReview", "The same person as line %1 of this file.")
                    .arg(earlier);
            continue;
        }
        // Another row with the same names and birth date but another CAF/MSA number: perhaps the same.
        const int resembling = seen.value(QStringLiteral("any:") + namesAndBirth(row.person));
        if (row.decision != IntakeDecision::Skip) {
            for (const QString& key : registerKeys(row.person)) {
                seen.insert(key, row.line);
            }
        }
        if (Status read = classifyAgainstRegister(&row, today); !read) {
            return read;
        }
        if (resembling && row.status == IntakeStatus::New) {
            row.status = IntakeStatus::PossibleDuplicate;
            row.reason = QCoreApplication::translate(
                             "IntakeReview", "May be the same person as line %1 of this file (same name "
                                             "and birth date, another CAF/MSA number).")
                             .arg(resembling);
            if (row.decision == IntakeDecision::CreateAnyway) {
                row.reason +=
                    QLatin1Char(' ') +
                    QCoreApplication::translate("IntakeReview", "Created as another person (your decision).");
            }
        }
    }
    return Status::ok();
}

Status IntakeReview::classifyAgainstRegister(IntakeRow* row, const QDate& today) const {
    const Result<QList<PossibleDuplicate>> found = DuplicateFinder(m_database).find(m_actor, row->person);
    if (!found) {
        return found.status();
    }
    PersonStore store(m_database);
    QList<Person> same;
    for (const PossibleDuplicate& candidate : found.value()) {
        const Result<Person> stored = store.get(m_actor, candidate.person.id);
        if (!stored) {
            return stored.status();
        }
        if (sameIdentity(row->person, stored.value())) {
            same.append(stored.value());
        }
    }
    if (same.size() == 1) {
        return compareWithStored(row, same.constFirst(), today);
    }
    if (found->isEmpty()) {
        row->status = IntakeStatus::New;
        const QDate opens = row->rightsOpenedOn.isValid() ? row->rightsOpenedOn : today;
        row->reason =
            QCoreApplication::translate("IntakeReview", "New record; follow-up opens on %1.").arg(day(opens));
        return Status::ok();
    }
    row->candidates = found.value();
    QStringList resemblances;
    for (const PossibleDuplicate& candidate : row->candidates) {
        resemblances << QCoreApplication::translate("IntakeReview", "%1 %2, born %3, CAF/MSA %4 (%5)")
                            .arg(candidate.person.lastName, candidate.person.firstName,
                                 day(candidate.person.birthDate),
                                 candidate.person.cafNumber.isEmpty()
                                     ? QCoreApplication::translate("IntakeReview", "none")
                                     : candidate.person.cafNumber,
                                 candidate.reason);
    }
    if (row->decision == IntakeDecision::SameAs) {
        const Result<Person> chosen = store.get(m_actor, row->sameAsId);
        if (!chosen) {
            row->reason = chosen.error();
            return Status::ok();
        }
        if (Status compared = compareWithStored(row, chosen.value(), today); !compared) {
            return compared;
        }
        if (row->status == IntakeStatus::Error) {
            return Status::ok();
        }
        row->reason = QCoreApplication::translate("IntakeReview", "Same person as %1 %2 (your decision). %3")
                          .arg(chosen->lastName, chosen->firstName, row->reason)
                          .trimmed();
    } else {
        row->reason = QCoreApplication::translate("IntakeReview", "May be: %1.")
                          .arg(resemblances.join(QStringLiteral("; ")));
        if (row->decision == IntakeDecision::CreateAnyway) {
            row->reason +=
                QLatin1Char(' ') +
                QCoreApplication::translate("IntakeReview", "Created as another person (your decision).");
        }
    }
    row->status = IntakeStatus::PossibleDuplicate;
    return Status::ok();
}

Status IntakeReview::compareWithStored(IntakeRow* row, const Person& stored, const QDate& today) const {
    row->matchId = stored.id;
    if (stored.archived) {
        row->status = IntakeStatus::Error;
        row->reason =
            QCoreApplication::translate(
                "IntakeReview",
                "%1 %2's record is archived: restore it in the register, then import the file again.")
                .arg(stored.lastName, stored.firstName);
        return Status::ok();
    }
    Person merged = stored;
    mergeInto(&merged, row->person, *row, &row->changes);
    if (const auto errors = PersonValidator::validate(merged, today); !errors.isEmpty()) {
        row->status = IntakeStatus::Error;
        row->reason =
            QCoreApplication::translate("IntakeReview", "Updating %1 %2's record would make it invalid: %3")
                .arg(stored.lastName, stored.firstName, describeErrors(errors));
        return Status::ok();
    }
    row->person = merged;
    QSqlQuery open(m_database.sql());
    open.prepare(QStringLiteral(
        "SELECT 1 FROM follow_periods WHERE person_id = ? AND deleted = 0 AND closed_on IS NULL"));
    open.addBindValue(stored.id);
    if (!open.exec()) {
        return Status::fail(
            QCoreApplication::translate("IntakeReview", "The database could not be read (%1).")
                .arg(open.lastError().text()));
    }
    row->reentry = !open.next();
    QStringList reasons;
    if (!row->changes.isEmpty()) {
        reasons << QCoreApplication::translate("IntakeReview", "Changes: %1.")
                       .arg(row->changes.join(QStringLiteral(", ")));
    }
    if (row->reentry) {
        const QDate opens = row->rightsOpenedOn.isValid() ? row->rightsOpenedOn : today;
        reasons << QCoreApplication::translate("IntakeReview",
                                               "Not followed now: entry into follow-up on %1.")
                       .arg(day(opens));
    }
    row->status = reasons.isEmpty() ? IntakeStatus::UpToDate : IntakeStatus::Update;
    row->reason = reasons.isEmpty()
                      ? QCoreApplication::translate("IntakeReview", "Already up to date and followed.")
                      : reasons.join(QLatin1Char(' '));
    return Status::ok();
}

IntakeRow::Action IntakeRow::action() const {
    if (decision == IntakeDecision::Skip) {
        return Action::Nothing;
    }
    switch (status) {
    case IntakeStatus::New:
        return Action::Create;
    case IntakeStatus::Update:
        return Action::Update;
    case IntakeStatus::PossibleDuplicate:
        if (decision == IntakeDecision::CreateAnyway) {
            return Action::Create;
        }
        if (decision == IntakeDecision::SameAs && !matchId.isEmpty() && (!changes.isEmpty() || reentry)) {
            return Action::Update;
        }
        return Action::Nothing;
    case IntakeStatus::UpToDate:
    case IntakeStatus::Error:
        return Action::Nothing;
    }
    return Action::Nothing;
}

QString IntakeRow::displayName() const {
    const QString last = person.lastName.isEmpty() ? value(IntakeField::LastName) : person.lastName;
    const QString first = person.firstName.isEmpty() ? value(IntakeField::FirstName) : person.firstName;
    QString name = (last.simplified() + QLatin1Char(' ') + first.simplified()).trimmed();
    // A field that swallowed the rest of a broken file is not a name: show its beginning.
    return name.size() > 60 ? name.left(59) + QChar(0x2026) : name;
}

IntakeCounts IntakeReview::count(const QList<IntakeRow>& rows) {
    IntakeCounts c;
    for (const IntakeRow& row : rows) {
        ++c.rows;
        switch (row.status) {
        case IntakeStatus::New:
            ++c.fresh;
            break;
        case IntakeStatus::Update:
            ++c.updates;
            break;
        case IntakeStatus::UpToDate:
            ++c.upToDate;
            break;
        case IntakeStatus::PossibleDuplicate:
            ++c.duplicates;
            break;
        case IntakeStatus::Error:
            ++c.errors;
            break;
        }
        const IntakeRow::Action action = row.action();
        c.toCreate += action == IntakeRow::Action::Create ? 1 : 0;
        c.toUpdate += action == IntakeRow::Action::Update ? 1 : 0;
        c.skipped += action == IntakeRow::Action::Nothing && row.status != IntakeStatus::UpToDate ? 1 : 0;
    }
    return c;
}

QString IntakeReview::statusCode(IntakeStatus status) {
    switch (status) {
    case IntakeStatus::New:
        return QStringLiteral("new");
    case IntakeStatus::Update:
        return QStringLiteral("update");
    case IntakeStatus::UpToDate:
        return QStringLiteral("up-to-date");
    case IntakeStatus::PossibleDuplicate:
        return QStringLiteral("duplicate");
    case IntakeStatus::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString IntakeReview::statusLabel(IntakeStatus status) {
    switch (status) {
    case IntakeStatus::New:
        return QCoreApplication::translate("IntakeReview", "New");
    case IntakeStatus::Update:
        return QCoreApplication::translate("IntakeReview", "Update");
    case IntakeStatus::UpToDate:
        return QCoreApplication::translate("IntakeReview", "Up to date");
    case IntakeStatus::PossibleDuplicate:
        return QCoreApplication::translate("IntakeReview", "Possible duplicate");
    case IntakeStatus::Error:
        return QCoreApplication::translate("IntakeReview", "Error");
    }
    return {};
}

QString IntakeReview::describe(const IntakeRow& row) {
    QStringList fields{QString::number(row.line), statusCode(row.status), row.displayName(), row.reason};
    for (QString& field : fields) {
        field.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return fields.join(QLatin1Char('\t'));
}

} // namespace jalon
