#include "reports/ReportLabels.h"

#include "diagnostic/QuestionnaireStore.h"

#include <QCoreApplication>

namespace jalon::ReportLabels {

QString awaitingOrientation() {
    return QCoreApplication::translate("ReportLabels", "Awaiting orientation");
}

QString notGiven() {
    return QCoreApplication::translate("ReportLabels", "Not given");
}

QString thematique(const QString& code) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("choisir-un-metier"), QT_TRANSLATE_NOOP("ReportLabels", "Choosing a trade")},
        {QStringLiteral("creer-une-entreprise"), QT_TRANSLATE_NOOP("ReportLabels", "Starting a business")},
        {QStringLiteral("difficultes-administratives-ou-juridiques"),
         QT_TRANSLATE_NOOP("ReportLabels", "Administrative or legal difficulties")},
        {QStringLiteral("difficultes-financieres"),
         QT_TRANSLATE_NOOP("ReportLabels", "Financial difficulties")},
        {QStringLiteral("equipement-et-alimentation"),
         QT_TRANSLATE_NOOP("ReportLabels", "Equipment and food")},
        {QStringLiteral("famille"), QT_TRANSLATE_NOOP("ReportLabels", "Family")},
        {QStringLiteral("lecture-ecriture-calcul"),
         QT_TRANSLATE_NOOP("ReportLabels", "Reading, writing, arithmetic")},
        {QStringLiteral("logement-hebergement"), QT_TRANSLATE_NOOP("ReportLabels", "Housing and shelter")},
        {QStringLiteral("mobilite"), QT_TRANSLATE_NOOP("ReportLabels", "Mobility")},
        {QStringLiteral("numerique"), QT_TRANSLATE_NOOP("ReportLabels", "Digital skills")},
        {QStringLiteral("preparer-sa-candidature"),
         QT_TRANSLATE_NOOP("ReportLabels", "Preparing an application")},
        {QStringLiteral("remobilisation"), QT_TRANSLATE_NOOP("ReportLabels", "Remobilisation")},
        {QStringLiteral("sante"), QT_TRANSLATE_NOOP("ReportLabels", "Health")},
        {QStringLiteral("se-former"), QT_TRANSLATE_NOOP("ReportLabels", "Training")},
        {QStringLiteral("souvrir-a-linternational"), QT_TRANSLATE_NOOP("ReportLabels", "Going abroad")},
        {QStringLiteral("trouver-un-emploi"), QT_TRANSLATE_NOOP("ReportLabels", "Finding a job")},
    };
    if (code.isEmpty()) {
        return notGiven();
    }
    const auto found = labels.constFind(code);
    return found == labels.constEnd() ? code : QCoreApplication::translate("ReportLabels", found.value());
}

QHash<QString, QString> diagnosticThemes(Database& database, const Actor& actor) {
    QHash<QString, QString> titles;
    QuestionnaireStore store(database);
    const Result<QList<InstalledQuestionnaire>> installed = store.list(actor);
    if (!installed) {
        return titles;
    }
    for (const InstalledQuestionnaire& q : installed.value()) {
        const Result<Questionnaire> latest = store.loadLatest(actor, q.definitionId);
        if (!latest) {
            continue;
        }
        for (const Theme& theme : latest->themes) {
            titles.insert(theme.id, theme.label.text());
        }
    }
    return titles;
}

} // namespace jalon::ReportLabels
