#include "directory/DirectoryValidator.h"

#include "directory/DirectoryEnums.h"
#include "directory/DirectoryParser.h"
#include "persons/PersonValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace jalon {

namespace {

// The checks of one record, collecting issues as they are found.
class Checker {
public:
    Checker(DirectoryKind kind, CheckedRecord* out)
        : m_kind(kind)
        , m_out(out) {}

    QJsonObject& record() { return m_out->record; }

    void issue(const QString& field, bool error, const QString& message) {
        m_out->issues.append({m_kind, m_out->recordId, field, error, message});
        if (error) {
            m_out->ok = false;
        }
    }

    bool typesAreRight() {
        bool right = true;
        for (auto it = record().begin(); it != record().end(); ++it) {
            if (!it.value().isNull() && !hasRightType(it.key(), it.value())) {
                issue(it.key(), true,
                      QCoreApplication::translate("DirectoryValidator", "The value has the wrong type."));
                right = false;
            }
        }
        return right;
    }

    void requireText(const QString& field) {
        if (record().value(field).toString().trimmed().isEmpty()) {
            issue(field, true,
                  QCoreApplication::translate("DirectoryValidator",
                                              "This required field is missing or empty."));
        }
    }

    void trimTexts() {
        for (auto it = record().begin(); it != record().end(); ++it) {
            if (it.value().isString()) {
                it.value() = it.value().toString().trimmed();
            }
        }
    }

    void checkCode(const QString& field, DirectoryList list) {
        const QString code = record().value(field).toString();
        if (!code.isEmpty() && !DirectoryEnums::instance().isKnown(list, code)) {
            issue(field, false, unknownCode(code));
            record().remove(field);
        }
    }

    void checkCodes(const QString& field, DirectoryList list) {
        if (!record().value(field).isArray()) {
            return;
        }
        QJsonArray kept;
        for (const QJsonValue& value : record().value(field).toArray()) {
            const QString code = value.toString().trimmed();
            const bool known = field == QLatin1String("zone_eligibilite")
                                   ? DirectoryValidator::isZoneCode(code)
                                   : DirectoryEnums::instance().isKnown(list, code);
            if (!known) {
                issue(field, false, unknownCode(code));
            } else if (!kept.contains(code)) {
                kept.append(code);
            }
        }
        if (kept.isEmpty()) {
            record().remove(field);
        } else {
            record().insert(field, kept);
        }
    }

    void checkPattern(const QString& field, const QString& pattern) {
        const QString value = record().value(field).toString();
        if (!value.isEmpty() && !QRegularExpression(pattern).match(value).hasMatch()) {
            issue(field, false,
                  QCoreApplication::translate("DirectoryValidator",
                                              "“%1” is not a valid value here; it is left out.")
                      .arg(value.left(40)));
            record().remove(field);
        }
    }

    void checkContact() {
        const QString phone = record().value(QLatin1String("telephone")).toString();
        QString digits = phone;
        digits.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}.\\-/()]")));
        if (!phone.isEmpty() && !PersonValidator::isValidPhone(digits)) {
            issue(QStringLiteral("telephone"), false,
                  QCoreApplication::translate("DirectoryValidator", "“%1” is not a French phone number.")
                      .arg(phone.left(40)));
        }
        const QString email = record().value(QLatin1String("courriel")).toString();
        if (!email.isEmpty() && !PersonValidator::isValidEmail(email)) {
            issue(QStringLiteral("courriel"), false,
                  QCoreApplication::translate("DirectoryValidator", "“%1” is not an e-mail address.")
                      .arg(email.left(60)));
        }
    }

    void checkDate(const QDate& today) {
        const QString text = record().value(QLatin1String("date_maj")).toString();
        if (text.isEmpty()) {
            return; // already reported as missing
        }
        const QDate day = DirectoryValidator::dateOf(text);
        if (!day.isValid()) {
            issue(QStringLiteral("date_maj"), true,
                  QCoreApplication::translate("DirectoryValidator", "“%1” is not a real date (yyyy-mm-dd).")
                      .arg(text.left(40)));
            return;
        }
        record().insert(QStringLiteral("date_maj"), day.toString(Qt::ISODate));
        if (DirectoryValidator::isStale(day, today)) {
            issue(
                QStringLiteral("date_maj"), false,
                QCoreApplication::translate("DirectoryValidator", "Last updated on %1, more than a year ago.")
                    .arg(day.toString(QStringLiteral("dd/MM/yyyy"))));
        }
    }

private:
    static QString unknownCode(const QString& code) {
        return QCoreApplication::translate("DirectoryValidator", "Unknown code “%1”: it is left out.")
            .arg(code.left(60));
    }

    static bool hasRightType(const QString& field, const QJsonValue& value) {
        if (DirectoryParser::isListField(field)) {
            if (!value.isArray()) {
                return false;
            }
            const QJsonArray items = value.toArray();
            return std::all_of(items.begin(), items.end(), [](const QJsonValue& v) { return v.isString(); });
        }
        if (DirectoryParser::isIntegerField(field)) {
            return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
        }
        if (DirectoryParser::isNumberField(field)) {
            return value.isDouble();
        }
        return value.isString() || !isKnownTextField(field);
    }

    static bool isKnownTextField(const QString& field) {
        static const QStringList fields{QStringLiteral("accessibilite_lieu"),
                                        QStringLiteral("adresse"),
                                        QStringLiteral("code_insee"),
                                        QStringLiteral("code_postal"),
                                        QStringLiteral("commune"),
                                        QStringLiteral("complement_adresse"),
                                        QStringLiteral("conditions_acces"),
                                        QStringLiteral("contact_nom_prenom"),
                                        QStringLiteral("courriel"),
                                        QStringLiteral("date_maj"),
                                        QStringLiteral("description"),
                                        QStringLiteral("frais"),
                                        QStringLiteral("frais_precisions"),
                                        QStringLiteral("horaires_accueil"),
                                        QStringLiteral("id"),
                                        QStringLiteral("lien_mobilisation"),
                                        QStringLiteral("lien_source"),
                                        QStringLiteral("mobilisation_precisions"),
                                        QStringLiteral("nom"),
                                        QStringLiteral("publics_precisions"),
                                        QStringLiteral("siret"),
                                        QStringLiteral("site_web"),
                                        QStringLiteral("source"),
                                        QStringLiteral("structure_id"),
                                        QStringLiteral("telephone"),
                                        QStringLiteral("type")};
        return fields.contains(field);
    }

    DirectoryKind m_kind;
    CheckedRecord* m_out;
};

} // namespace

CheckedRecord DirectoryValidator::check(DirectoryKind kind, const QJsonObject& raw, int position,
                                        const QDate& today, const QString& sourceOverride) {
    CheckedRecord out;
    out.record = raw;
    out.ok = true;
    const QJsonValue id = raw.value(QLatin1String("id"));
    out.recordId = id.isString() && !id.toString().trimmed().isEmpty() ? id.toString().trimmed()
                                                                       : QStringLiteral("#%1").arg(position);
    Checker checker(kind, &out);
    if (!sourceOverride.isEmpty()) {
        out.record.insert(QStringLiteral("source"), sourceOverride);
    }
    if (!checker.typesAreRight()) {
        return out;
    }
    checker.trimTexts();
    const bool service = kind == DirectoryKind::Service;
    for (const char* field : {"source", "id", "nom", "date_maj"}) {
        checker.requireText(QLatin1String(field));
    }
    if (service) {
        checker.requireText(QStringLiteral("structure_id"));
    }
    checker.checkDate(today);
    if (!out.ok) {
        return out;
    }
    out.key = directoryKey(out.record.value(QLatin1String("source")).toString(), out.recordId);
    if (service) {
        checker.checkCode(QStringLiteral("type"), DirectoryList::TypesDeServices);
        checker.checkCode(QStringLiteral("frais"), DirectoryList::Frais);
        checker.checkCodes(QStringLiteral("thematiques"), DirectoryList::Thematiques);
        checker.checkCodes(QStringLiteral("publics"), DirectoryList::Publics);
        checker.checkCodes(QStringLiteral("modes_accueil"), DirectoryList::ModesAccueil);
        checker.checkCodes(QStringLiteral("modes_mobilisation"), DirectoryList::ModesMobilisation);
        checker.checkCodes(QStringLiteral("mobilisable_par"), DirectoryList::PersonnesMobilisatrices);
        checker.checkCodes(QStringLiteral("zone_eligibilite"), DirectoryList::Thematiques);
        if (out.record.value(QLatin1String("description")).toString().isEmpty()) {
            checker.issue(
                QStringLiteral("description"), false,
                QCoreApplication::translate("DirectoryValidator", "The service has no description."));
        }
    } else {
        checker.checkCodes(QStringLiteral("reseaux_porteurs"), DirectoryList::ReseauxPorteurs);
        checker.checkPattern(QStringLiteral("siret"), QStringLiteral("^\\d{14}$"));
    }
    checker.checkPattern(QStringLiteral("code_insee"), QStringLiteral("^\\w{5}$"));
    checker.checkPattern(QStringLiteral("code_postal"), QStringLiteral("^\\d{5}$"));
    checker.checkContact();
    return out;
}

QDate DirectoryValidator::dateOf(const QString& value) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})($|[T ])"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch()) {
        return {};
    }
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

bool DirectoryValidator::isZoneCode(const QString& code) {
    static const QRegularExpression pattern(QStringLiteral("^(\\w{5}|\\w{2,3}|\\d{9}|france)$"));
    return pattern.match(code).hasMatch();
}

bool DirectoryValidator::isStale(const QDate& dateMaj, const QDate& today) {
    return dateMaj.isValid() && dateMaj.addYears(1) < today;
}

} // namespace jalon
