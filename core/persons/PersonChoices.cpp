#include "persons/PersonChoices.h"

#include <QCoreApplication>

namespace jalon::PersonChoices {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("PersonChoices", text);
}
} // namespace

QList<Choice> titles() {
    return {
        {QString(), tr("(not given)")}, {QStringLiteral("mme"), tr("Ms")}, {QStringLiteral("m"), tr("Mr")}};
}

QList<Choice> benefitsAgencies() {
    return {{QStringLiteral("caf"), tr("CAF")}, {QStringLiteral("msa"), tr("MSA")}};
}

QList<Choice> rsaStatuses() {
    return {{QString(), tr("(unknown)")},
            {QStringLiteral("pending"), tr("Claim pending")},
            {QStringLiteral("open_payable"), tr("Right open and payable")},
            {QStringLiteral("open_suspended"), tr("Right open and suspended")},
            {QStringLiteral("closed"), tr("Right closed")},
            {QStringLiteral("none"), tr("Not an RSA recipient")}};
}

QList<Choice> educationLevels() {
    return {{QString(), tr("(unknown)")},
            {QStringLiteral("afs"), tr("No schooling (AFS)")},
            {QStringLiteral("level2"), tr("End of compulsory schooling, CFG, brevet")},
            {QStringLiteral("level3"), tr("CAP, BEP (level 3)")},
            {QStringLiteral("level4"), tr("Baccalauréat (level 4)")},
            {QStringLiteral("level5"), tr("Bac+2: BTS, DUT (level 5)")},
            {QStringLiteral("level6"), tr("Bac+3: licence, BUT (level 6)")},
            {QStringLiteral("level7"), tr("Bac+5: master (level 7)")},
            {QStringLiteral("level8"), tr("Doctorate (level 8)")}};
}

QList<Choice> workSituations() {
    return {{QString(), tr("(unknown)")},
            {QStringLiteral("no_job"), tr("Without a job")},
            {QStringLiteral("part_time"), tr("Part-time job")},
            {QStringLiteral("full_time"), tr("Full-time job")},
            {QStringLiteral("temporary"), tr("Temporary or seasonal work")},
            {QStringLiteral("self_employed"), tr("Self-employed")},
            {QStringLiteral("training"), tr("In training")},
            {QStringLiteral("unable"), tr("Unable to work for now")}};
}

QList<Choice> familySituations() {
    return {{QString(), tr("(unknown)")},
            {QStringLiteral("single"), tr("Single")},
            {QStringLiteral("single_parent"), tr("Single parent")},
            {QStringLiteral("couple"), tr("In a couple")},
            {QStringLiteral("other"), tr("Other")}};
}

QList<Choice> followStatuses() {
    return {{QStringLiteral("awaiting_orientation"), tr("Awaiting orientation")},
            {QStringLiteral("followed"), tr("Followed")},
            {QStringLiteral("exited"), tr("Exited")}};
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
