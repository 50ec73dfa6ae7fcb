#include "persons/PersonChoices.h"

#include <QCoreApplication>

namespace jalon::PersonChoices {

QList<Choice> titles() {
    return {{QString(), QCoreApplication::translate("PersonChoices", "(not given)")},
            {QStringLiteral("mme"), QCoreApplication::translate("PersonChoices", "Ms")},
            {QStringLiteral("m"), QCoreApplication::translate("PersonChoices", "Mr")}};
}

QList<Choice> benefitsAgencies() {
    return {{QStringLiteral("caf"), QCoreApplication::translate("PersonChoices", "CAF")},
            {QStringLiteral("msa"), QCoreApplication::translate("PersonChoices", "MSA")}};
}

QList<Choice> rsaStatuses() {
    return {{QString(), QCoreApplication::translate("PersonChoices", "(unknown)")},
            {QStringLiteral("pending"), QCoreApplication::translate("PersonChoices", "Claim pending")},
            {QStringLiteral("open_payable"),
             QCoreApplication::translate("PersonChoices", "Right open and payable")},
            {QStringLiteral("open_suspended"),
             QCoreApplication::translate("PersonChoices", "Right open and suspended")},
            {QStringLiteral("closed"), QCoreApplication::translate("PersonChoices", "Right closed")},
            {QStringLiteral("none"), QCoreApplication::translate("PersonChoices", "Not an RSA recipient")}};
}

QList<Choice> educationLevels() {
    return {
        {QString(), QCoreApplication::translate("PersonChoices", "(unknown)")},
        {QStringLiteral("afs"), QCoreApplication::translate("PersonChoices", "No schooling (AFS)")},
        {QStringLiteral("level2"),
         QCoreApplication::translate("PersonChoices", "End of compulsory schooling, CFG, brevet")},
        {QStringLiteral("level3"), QCoreApplication::translate("PersonChoices", "CAP, BEP (level 3)")},
        {QStringLiteral("level4"), QCoreApplication::translate("PersonChoices", "Baccalauréat (level 4)")},
        {QStringLiteral("level5"), QCoreApplication::translate("PersonChoices", "Bac+2: BTS, DUT (level 5)")},
        {QStringLiteral("level6"),
         QCoreApplication::translate("PersonChoices", "Bac+3: licence, BUT (level 6)")},
        {QStringLiteral("level7"), QCoreApplication::translate("PersonChoices", "Bac+5: master (level 7)")},
        {QStringLiteral("level8"), QCoreApplication::translate("PersonChoices", "Doctorate (level 8)")}};
}

QList<Choice> workSituations() {
    return {
        {QString(), QCoreApplication::translate("PersonChoices", "(unknown)")},
        {QStringLiteral("no_job"), QCoreApplication::translate("PersonChoices", "Without a job")},
        {QStringLiteral("part_time"), QCoreApplication::translate("PersonChoices", "Part-time job")},
        {QStringLiteral("full_time"), QCoreApplication::translate("PersonChoices", "Full-time job")},
        {QStringLiteral("temporary"),
         QCoreApplication::translate("PersonChoices", "Temporary or seasonal work")},
        {QStringLiteral("self_employed"), QCoreApplication::translate("PersonChoices", "Self-employed")},
        {QStringLiteral("training"), QCoreApplication::translate("PersonChoices", "In training")},
        {QStringLiteral("unable"), QCoreApplication::translate("PersonChoices", "Unable to work for now")}};
}

QList<Choice> familySituations() {
    return {{QString(), QCoreApplication::translate("PersonChoices", "(unknown)")},
            {QStringLiteral("single"), QCoreApplication::translate("PersonChoices", "Single")},
            {QStringLiteral("single_parent"), QCoreApplication::translate("PersonChoices", "Single parent")},
            {QStringLiteral("couple"), QCoreApplication::translate("PersonChoices", "In a couple")},
            {QStringLiteral("other"), QCoreApplication::translate("PersonChoices", "Other")}};
}

QList<Choice> followStatuses() {
    return {{QStringLiteral("awaiting_orientation"),
             QCoreApplication::translate("PersonChoices", "Awaiting orientation")},
            {QStringLiteral("followed"), QCoreApplication::translate("PersonChoices", "Followed")},
            {QStringLiteral("exited"), QCoreApplication::translate("PersonChoices", "Exited")}};
}

QString labelOf(const QList<Choice>& list, const QString& code) {
    for (const Choice& choice : list) {
        if (choice.code == code) {
            return choice.label;
        }
    }
    return code;
}

bool contains(const QList<Choice>& list, const QString& code) {
    for (const Choice& choice : list) {
        if (choice.code == code) {
            return true;
        }
    }
    return false;
}

} // namespace jalon::PersonChoices
