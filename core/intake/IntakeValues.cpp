#include "intake/IntakeValues.h"

#include "common/TextFold.h"
#include "territory/Territory.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace jalon {

namespace {

// The folded name of a commune as files write it: "ST BRIEUC CEDEX 2" → "saint brieuc".
QString communeKey(const QString& name) {
    static const QRegularExpression cedex(QStringLiteral(" cedex( [0-9]+)?$"));
    QStringList words = foldText(name).remove(cedex).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& word : words) {
        if (word == QLatin1String("st")) {
            word = QStringLiteral("saint");
        } else if (word == QLatin1String("ste")) {
            word = QStringLiteral("sainte");
        }
    }
    return words.join(QLatin1Char(' '));
}

const QHash<QString, QList<const Commune*>>& communesByName() {
    static const QHash<QString, QList<const Commune*>> index = [] {
        QHash<QString, QList<const Commune*>> byName;
        for (const Commune& commune : Territory::instance().communes()) {
            byName[communeKey(commune.name)].append(&commune);
        }
        return byName;
    }();
    return index;
}

QString names(const QList<const Commune*>& communes) {
    QStringList list;
    for (const Commune* commune : communes) {
        list << commune->name;
    }
    return list.join(QStringLiteral(", "));
}

void setCommune(Person* person, const Commune* commune) {
    person->communeInsee = commune->code;
    person->communeName = commune->name;
    if (person->postcode.isEmpty() && commune->postcodes.size() == 1) {
        person->postcode = commune->postcodes.constFirst();
    }
}

bool parseTitle(const QString& text, QString* code) {
    const QString folded = foldText(text).remove(QLatin1Char(' '));
    static const QStringList women{QStringLiteral("mme"),  QStringLiteral("madame"),
                                   QStringLiteral("mlle"), QStringLiteral("mademoiselle"),
                                   QStringLiteral("f"),    QStringLiteral("femme"),
                                   QStringLiteral("2")};
    static const QStringList men{QStringLiteral("m"), QStringLiteral("mr"),    QStringLiteral("monsieur"),
                                 QStringLiteral("h"), QStringLiteral("homme"), QStringLiteral("1")};
    if (folded.isEmpty()) {
        code->clear();
    } else if (women.contains(folded)) {
        *code = QStringLiteral("mme");
    } else if (men.contains(folded)) {
        *code = QStringLiteral("m");
    } else {
        return false;
    }
    return true;
}

// A date column: the value, or an error for this field.
QDate dateOf(const QString& text, const QString& field, const QString& what, QList<FieldError>* errors) {
    bool impossible = false;
    const QDate date = IntakeValues::parseDate(text, &impossible);
    if (!text.trimmed().isEmpty() && !date.isValid()) {
        errors->append(
            {field, impossible
                        ? QCoreApplication::translate("IntakeValues", "The %1 “%2” is not a real date.")
                              .arg(what, text.trimmed())
                        : QCoreApplication::translate("IntakeValues",
                                                      "The %1 “%2” is not a date: write it dd/mm/yyyy.")
                              .arg(what, text.trimmed())});
    }
    return date;
}

} // namespace

QDate IntakeValues::parseDate(const QString& text, bool* impossible) {
    // A time that spreadsheets append ("15/03/1985 00:00") is dropped.
    static const QRegularExpression dayFirst(
        QStringLiteral("^([0-9]{1,2})[/.\\-]([0-9]{1,2})[/.\\-]([0-9]{4})(?:[ T][0-9:]+)?$"));
    static const QRegularExpression yearFirst(
        QStringLiteral("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T][0-9:.]+Z?)?$"));
    if (impossible) {
        *impossible = false;
    }
    const QString trimmed = text.trimmed();
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto m = dayFirst.match(trimmed); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
        year = m.captured(3).toInt();
    } else if (const auto y = yearFirst.match(trimmed); y.hasMatch()) {
        year = y.captured(1).toInt();
        month = y.captured(2).toInt();
        day = y.captured(3).toInt();
    } else {
        return {};
    }
    const QDate date(year, month, day);
    if (impossible) {
        *impossible = !date.isValid();
    }
    return date;
}

QString IntakeValues::mixedCase(const QString& name) {
    for (const QChar c : name) {
        if (c.isLower()) {
            return name;
        }
    }
    QString out;
    out.reserve(name.size());
    bool wordStart = true;
    for (const QChar c : name) {
        out += wordStart ? c.toUpper() : c.toLower();
        wordStart = !c.isLetter();
    }
    // The particles "de", "du", "des" after the first word are lowered ("Martin des Champs").
    for (const QString& word : {QStringLiteral(" De "), QStringLiteral(" Du "), QStringLiteral(" Des ")}) {
        out.replace(word, word.toLower());
    }
    return out;
}

QString IntakeValues::resolveCommune(Person* person, const QString& communeText, const QString& inseeText) {
    const Territory& territory = Territory::instance();
    const QString postcode = person->postcode;
    const bool postcodeUsable = Territory::isPlausiblePostcode(postcode);
    if (!inseeText.trimmed().isEmpty()) {
        const Commune* commune = territory.commune(inseeText.trimmed());
        if (!commune) {
            return QCoreApplication::translate("IntakeValues", "No commune has the INSEE code “%1”.")
                .arg(inseeText.trimmed());
        }
        setCommune(person, commune);
        return {};
    }
    const QString key = communeKey(communeText);
    const QList<const Commune*> byPostcode =
        postcodeUsable ? territory.communesWithPostcode(postcode) : QList<const Commune*>{};
    if (key.isEmpty()) {
        if (postcodeUsable && byPostcode.isEmpty()) {
            return QCoreApplication::translate("IntakeValues", "No commune has the postcode %1.")
                .arg(postcode);
        }
        if (byPostcode.size() == 1) {
            setCommune(person, byPostcode.constFirst());
        }
        return {};
    }
    const QList<const Commune*> named = communesByName().value(key);
    if (!postcodeUsable) {
        if (named.size() == 1) {
            setCommune(person, named.constFirst());
            return {};
        }
        return named.isEmpty() ? QCoreApplication::translate("IntakeValues", "No commune is named “%1”.")
                                     .arg(communeText.trimmed())
                               : QCoreApplication::translate(
                                     "IntakeValues", "Several communes are named “%1”: give the postcode.")
                                     .arg(communeText.trimmed());
    }
    QList<const Commune*> both;
    for (const Commune* commune : named) {
        if (commune->postcodes.contains(postcode)) {
            both.append(commune);
        }
    }
    // "PARIS" with 75015: the arrondissement of that postcode whose name starts with the name given.
    for (const Commune* commune : byPostcode) {
        if (both.isEmpty() && communeKey(commune->name).startsWith(key + QLatin1Char(' '))) {
            both.append(commune);
        }
    }
    if (both.size() == 1) {
        setCommune(person, both.constFirst());
        return {};
    }
    if (byPostcode.isEmpty()) {
        return QCoreApplication::translate("IntakeValues", "No commune has the postcode %1.").arg(postcode);
    }
    return QCoreApplication::translate("IntakeValues",
                                       "The postcode %1 is not that of “%2” (it is that of %3).")
        .arg(postcode, communeText.trimmed(), names(byPostcode));
}

IntakeValues::Parsed IntakeValues::parse(const IntakeRow& row, const QDate& today) {
    Parsed parsed;
    Person& p = parsed.person;
    const auto text = [&](IntakeField field) { return row.value(field).trimmed(); };
    p.lastName = mixedCase(text(IntakeField::LastName).simplified());
    p.firstName = mixedCase(text(IntakeField::FirstName).simplified());
    p.birthName = mixedCase(text(IntakeField::BirthName).simplified());
    p.birthDate = dateOf(text(IntakeField::BirthDate), PersonField::birthDate,
                         QCoreApplication::translate("IntakeValues", "birth date"), &parsed.errors);
    parsed.rightsOpenedOn =
        dateOf(text(IntakeField::RightsOpenedOn), QStringLiteral("rights_opened_on"),
               QCoreApplication::translate("IntakeValues", "rights opening date"), &parsed.errors);
    if (parsed.rightsOpenedOn.isValid() && parsed.rightsOpenedOn > today) {
        parsed.errors.append(
            {QStringLiteral("rights_opened_on"),
             QCoreApplication::translate("IntakeValues", "The rights opening date %1 is in the future.")
                 .arg(parsed.rightsOpenedOn.toString(QStringLiteral("dd/MM/yyyy")))});
    }
    if (!parseTitle(text(IntakeField::Title), &p.title)) {
        parsed.errors.append(
            {PersonField::title,
             QCoreApplication::translate("IntakeValues", "“%1” is not a civility: write Mme or M.")
                 .arg(text(IntakeField::Title))});
    }
    const QString agency = foldText(text(IntakeField::BenefitsAgency));
    if (agency.contains(QLatin1String("msa"))) {
        p.benefitsAgency = QStringLiteral("msa");
    } else if (!agency.isEmpty() && !agency.contains(QLatin1String("caf"))) {
        parsed.errors.append(
            {PersonField::benefitsAgency,
             QCoreApplication::translate("IntakeValues", "The agency “%1” is neither the CAF nor the MSA.")
                 .arg(text(IntakeField::BenefitsAgency))});
    }
    p.cafNumber = text(IntakeField::CafNumber);
    p.phone = text(IntakeField::Phone);
    p.email = text(IntakeField::Email);
    p.franceTravailId = text(IntakeField::FranceTravailId);
    p.addressLine = text(IntakeField::AddressLine);
    if (const QString more = text(IntakeField::AddressComplement); !more.isEmpty()) {
        p.addressLine = p.addressLine.isEmpty() ? more : p.addressLine + QStringLiteral(", ") + more;
    }
    p.postcode = text(IntakeField::Postcode);
    p = PersonValidator::normalized(p);
    // Spreadsheets drop the leading zero of phone numbers: "612345678" is "0612345678".
    static const QRegularExpression nineDigits(QStringLiteral("^[1-9][0-9]{8}$"));
    if (nineDigits.match(p.phone).hasMatch()) {
        p.phone.prepend(QLatin1Char('0'));
    }
    if (p.postcode.size() == 4 && p.postcode.front().isDigit() && p.postcode.toInt() >= 1000) {
        p.postcode.prepend(QLatin1Char('0')); // the same for postcodes of départements 01 to 09
    }
    if (const QString problem =
            resolveCommune(&p, text(IntakeField::Commune), text(IntakeField::CommuneInsee));
        !problem.isEmpty()) {
        parsed.errors.append({PersonField::communeInsee, problem});
    }
    return parsed;
}

} // namespace jalon
