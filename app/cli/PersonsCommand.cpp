#include "CliArguments.h"
#include "CliContext.h"
#include "Commands.h"

#include "persons/DuplicateFinder.h"
#include "persons/PersonChoices.h"
#include "persons/PersonRegister.h"
#include "persons/PersonStore.h"
#include "territory/Territory.h"

#include <QCoreApplication>

namespace jalon::cli {

namespace {

// Tab-separated: id, last name, first name, birth date (ISO), commune. Tabs and line breaks
// inside values are replaced so that each person stays on one line.
QString line(const PersonRow& row) {
    QStringList fields{row.id, row.lastName, row.firstName, row.birthDate.toString(Qt::ISODate),
                       row.communeName};
    for (QString& field : fields) {
        field.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return fields.join(QLatin1Char('\t'));
}

int printRows(CliContext& context, const RegisterFilter& filter, int limit) {
    PersonRegister reg(context.database(), context.actor());
    constexpr int kPage = 1000;
    std::optional<PersonRow> last;
    int printed = 0;
    while (limit <= 0 || printed < limit) {
        const int want = limit <= 0 ? kPage : std::min(kPage, limit - printed);
        const Result<QList<PersonRow>> rows = reg.page(filter, last ? &*last : nullptr, want);
        if (!rows) {
            return context.fail(rows.error());
        }
        for (const PersonRow& row : rows.value()) {
            context.out() << line(row) << '\n';
        }
        printed += static_cast<int>(rows->size());
        if (rows->size() < want) {
            break;
        }
        last = rows->constLast();
    }
    context.out().flush();
    return Success;
}

int search(CliContext& context, CliArguments& arguments) {
    const int limit = arguments.intValue(QStringLiteral("limit"), 50, 1, 1000000);
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    if (arguments.positional().size() != 2 || arguments.positional().at(1).trimmed().isEmpty()) {
        return context.usage(
            QCoreApplication::translate("Cli", "persons search needs the text to look for."));
    }
    if (!context.open()) {
        return Failure;
    }
    RegisterFilter filter;
    filter.status = RegisterFilter::Status::All;
    filter.searchText = arguments.positional().at(1);
    return printRows(context, filter, limit);
}

int list(CliContext& context, CliArguments& arguments) {
    const int limit = arguments.intValue(QStringLiteral("limit"), 0, 1, 100000000);
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    if (arguments.positional().size() != 1) {
        return context.usage(QCoreApplication::translate("Cli", "persons list takes no argument."));
    }
    if (!context.open()) {
        return Failure;
    }
    RegisterFilter filter;
    filter.status = RegisterFilter::Status::All;
    return printRows(context, filter, limit);
}

int add(CliContext& context, CliArguments& arguments) {
    for (const char* required : {"last-name", "first-name", "birth-date"}) {
        if (!arguments.has(QLatin1String(required))) {
            return context.usage(
                QCoreApplication::translate("Cli", "persons add needs --%1.").arg(QLatin1String(required)));
        }
    }
    if (arguments.positional().size() != 1) {
        return context.usage(QCoreApplication::translate("Cli", "persons add takes options only."));
    }
    Person person;
    person.lastName = arguments.value(QStringLiteral("last-name"));
    person.firstName = arguments.value(QStringLiteral("first-name"));
    // YYYY-MM-DD, or dd/mm/yyyy as French forms write it; an impossible date is left invalid
    // and refused by validation with the same message as in the editor.
    const QString birth = arguments.value(QStringLiteral("birth-date")).trimmed();
    person.birthDate = QDate::fromString(birth, Qt::ISODate);
    if (!person.birthDate.isValid()) {
        person.birthDate = QDate::fromString(birth, QStringLiteral("d/M/yyyy"));
    }
    person.cafNumber = arguments.value(QStringLiteral("caf"));
    person.phone = arguments.value(QStringLiteral("phone"));
    person.email = arguments.value(QStringLiteral("email"));
    person.postcode = arguments.value(QStringLiteral("postcode"));
    if (arguments.has(QStringLiteral("commune"))) {
        const Commune* commune = Territory::instance().commune(arguments.value(QStringLiteral("commune")));
        if (!commune) {
            return context.fail(QCoreApplication::translate("Cli", "Unknown INSEE commune code %1.")
                                    .arg(arguments.value(QStringLiteral("commune"))));
        }
        person.communeInsee = commune->code;
        person.communeName = commune->name;
        if (person.postcode.isEmpty() && commune->postcodes.size() == 1) {
            person.postcode = commune->postcodes.constFirst();
        }
    }
    // Checked before the database is opened: bad input creates no file and changes nothing.
    if (const QList<FieldError> errors = PersonStore::check(person); !errors.isEmpty()) {
        return context.fail(PersonStore::describe(errors));
    }
    if (!context.open()) {
        return Failure;
    }
    if (!arguments.has(QStringLiteral("force"))) {
        const auto duplicates = DuplicateFinder(context.database()).find(context.actor(), person);
        if (!duplicates) {
            return context.fail(duplicates.error());
        }
        if (!duplicates->isEmpty()) {
            const PossibleDuplicate& first = duplicates->constFirst();
            return context.fail(
                QCoreApplication::translate(
                    "Cli", "possible duplicate of %1 (%2 %3, %4): %5. Add --force to create the record "
                           "anyway.")
                    .arg(first.person.id, first.person.firstName, first.person.lastName,
                         first.person.birthDate.toString(QStringLiteral("dd/MM/yyyy")), first.reason));
        }
    }
    const Result<QString> id = PersonStore(context.database()).create(context.actor(), person);
    if (!id) {
        return context.fail(id.error());
    }
    context.out() << id.value() << Qt::endl;
    return Success;
}

int show(CliContext& context, CliArguments& arguments) {
    if (arguments.positional().size() != 2) {
        return context.usage(QCoreApplication::translate("Cli", "persons show needs a person's id."));
    }
    if (!context.open()) {
        return Failure;
    }
    const Result<Person> found =
        PersonStore(context.database()).get(context.actor(), arguments.positional().at(1));
    if (!found) {
        return context.fail(found.error());
    }
    const Person& p = found.value();
    const QList<QPair<QString, QString>> fields{
        {QCoreApplication::translate("Cli", "id"), p.id},
        {QCoreApplication::translate("Cli", "last name"), p.lastName},
        {QCoreApplication::translate("Cli", "first name"), p.firstName},
        {QCoreApplication::translate("Cli", "birth name"), p.birthName},
        {QCoreApplication::translate("Cli", "birth date"), p.birthDate.toString(Qt::ISODate)},
        {QCoreApplication::translate("Cli", "phone"), p.phone},
        {QCoreApplication::translate("Cli", "e-mail"), p.email},
        {QCoreApplication::translate("Cli", "address"), p.addressLine},
        {QCoreApplication::translate("Cli", "postcode"), p.postcode},
        {QCoreApplication::translate("Cli", "commune"),
         p.communeInsee.isEmpty() ? QString()
                                  : p.communeName + QStringLiteral(" (") + p.communeInsee + QLatin1Char(')')},
        {QCoreApplication::translate("Cli", "CAF/MSA number"), p.cafNumber},
        {QCoreApplication::translate("Cli", "France Travail id"), p.franceTravailId},
        {QCoreApplication::translate("Cli", "RSA right"),
         PersonChoices::labelOf(PersonChoices::rsaStatuses(), p.rsaStatus)},
        {QCoreApplication::translate("Cli", "education level"),
         PersonChoices::labelOf(PersonChoices::educationLevels(), p.educationLevel)},
        {QCoreApplication::translate("Cli", "follow-up"),
         PersonChoices::labelOf(PersonChoices::followStatuses(), p.followStatus)},
        {QCoreApplication::translate("Cli", "archived"),
         p.archived ? QCoreApplication::translate("Cli", "yes") : QCoreApplication::translate("Cli", "no")},
    };
    for (const auto& [label, value] : fields) {
        context.out() << label << '\t' << value << '\n';
    }
    context.out().flush();
    return Success;
}

} // namespace

// jalon-cli persons add|search|list|show …
int runPersons(CliContext& context, const QStringList& args) {
    CliArguments arguments(args,
                           {QStringLiteral("limit"), QStringLiteral("last-name"),
                            QStringLiteral("first-name"), QStringLiteral("birth-date"),
                            QStringLiteral("commune"), QStringLiteral("caf"), QStringLiteral("phone"),
                            QStringLiteral("email"), QStringLiteral("postcode")},
                           {QStringLiteral("force")});
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    const QString action = arguments.positional().value(0);
    if (action == QLatin1String("search")) {
        return search(context, arguments);
    }
    if (action == QLatin1String("list")) {
        return list(context, arguments);
    }
    if (action == QLatin1String("add")) {
        return add(context, arguments);
    }
    if (action == QLatin1String("show")) {
        return show(context, arguments);
    }
    return context.usage(
        action.isEmpty()
            ? QCoreApplication::translate("Cli", "persons needs an action: add, search, list or show.")
            : QCoreApplication::translate("Cli", "Unknown persons action: %1.").arg(action));
}

} // namespace jalon::cli
