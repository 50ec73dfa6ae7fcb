#include "ActionPlanDocument.h"

#include "DocumentHtml.h"

#include "pathway/PathwayChoices.h"

#include <QCoreApplication>
#include <QTextDocument>

#include <algorithm>

namespace jalon {

using namespace DocumentHtml;

namespace {

QString planState(const ActionPlan& plan) {
    if (plan.isOpen()) {
        return QCoreApplication::translate("ActionPlanDocument", "Open");
    }
    return QCoreApplication::translate("ActionPlanDocument", "Closed on %1").arg(shortDate(plan.closedOn));
}

QString identity(const PathwayPrintout& p) {
    const QString orientation =
        p.orientationKind.isEmpty()
            ? muted(QCoreApplication::translate("ActionPlanDocument", "None"))
            : escaped(PathwayChoices::label(PathwayChoices::orientationKinds(), p.orientationKind));
    QList<Fact> facts{
        {QCoreApplication::translate("ActionPlanDocument", "Person"),
         QStringLiteral("<b>%1</b>").arg(escaped(p.personName))},
        {QCoreApplication::translate("ActionPlanDocument", "Date of birth"), shortDate(p.birthDate)},
        {QCoreApplication::translate("ActionPlanDocument", "Adviser"), escaped(p.adviserName)},
        {QCoreApplication::translate("ActionPlanDocument", "Orientation"), orientation},
        {QCoreApplication::translate("ActionPlanDocument", "Plan opened on"), shortDate(p.plan.openedOn)},
        {QCoreApplication::translate("ActionPlanDocument", "Plan status"), planState(p.plan)},
    };
    if (!p.plan.diagnosticId.isEmpty()) {
        facts.append({QCoreApplication::translate("ActionPlanDocument", "Built from"),
                      p.planDiagnosticDate.isValid()
                          ? QCoreApplication::translate("ActionPlanDocument", "the diagnostic of %1")
                                .arg(shortDate(p.planDiagnosticDate))
                          : QCoreApplication::translate("ActionPlanDocument", "a diagnostic")});
    }
    return factGrid(facts);
}

// The objectives grouped by theme, themes in the order their first objective comes.
struct ThemeGroup {
    QString code;
    QString label;
    QList<const PlanObjective*> objectives;
};

QList<ThemeGroup> byTheme(const QList<PlanObjective>& objectives) {
    QList<ThemeGroup> groups;
    for (const PlanObjective& objective : objectives) {
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const ThemeGroup& g) { return g.code == objective.theme; });
        if (group == groups.end()) {
            const QString label =
                objective.themeLabel.trimmed().isEmpty() ? objective.theme : objective.themeLabel;
            groups.append({objective.theme, label, {}});
            group = groups.end() - 1;
        }
        group->objectives.append(&objective);
    }
    return groups;
}

QString contractTie(const PlanObjective& objective) {
    if (objective.contractId.isEmpty()) {
        return {};
    }
    const QString text =
        objective.consentOn.isValid()
            ? QCoreApplication::translate("ActionPlanDocument", "In the contract; the person agreed on %1")
                  .arg(shortDate(objective.consentOn))
            : QCoreApplication::translate("ActionPlanDocument",
                                          "In the contract; the person's agreement is awaited");
    return QStringLiteral("<br/><span class=\"note\">%1</span>").arg(text);
}

QString objectiveRow(const PlanObjective& objective) {
    const QString status = PathwayChoices::label(PathwayChoices::objectiveStatuses(), objective.status);
    return QStringLiteral("<tr><td style=\"%1 background-color: #f3f5f8;\"><b>%2</b>%3</td>"
                          "<td style=\"%1 background-color: #f3f5f8;\">%4</td>"
                          "<td style=\"%1 background-color: #f3f5f8;\"></td></tr>")
        .arg(cellStyle(), escaped(objective.label), contractTie(objective), status.toHtmlEscaped());
}

QString actionRow(const PlanAction& action) {
    const QString status = PathwayChoices::label(PathwayChoices::actionStatuses(), action.status);
    return QStringLiteral("<tr><td style=\"%1 padding-left: 16px;\">–&nbsp;%2</td><td style=\"%1\">%3</td>"
                          "<td style=\"%1\">%4</td></tr>")
        .arg(cellStyle(), escaped(action.label), status.toHtmlEscaped(),
             action.dueOn.isValid() ? shortDate(action.dueOn) : QString());
}

QString themeTable(const ThemeGroup& group) {
    QString html = QStringLiteral("<p class=\"theme\">%1</p>").arg(escaped(group.label));
    // The space under the table: a heading's own top margin is lost after a table with a header row.
    html += tableStart(3, QStringLiteral("grid"), 0, 10);
    // The header row is repeated at the top of each page the table runs over.
    html += QStringLiteral("<thead><tr><th width=\"58%\" style=\"%4\">%1</th><th width=\"28%\" style=\"%4\">"
                           "%2</th><th width=\"14%\" style=\"%4\">%3</th></tr></thead>")
                .arg(QCoreApplication::translate("ActionPlanDocument", "Objective and its actions"),
                     QCoreApplication::translate("ActionPlanDocument", "Status"),
                     QCoreApplication::translate("ActionPlanDocument", "Due date"), cellStyle());
    for (const PlanObjective* objective : group.objectives) {
        html += objectiveRow(*objective);
        if (objective->actions.isEmpty()) {
            html += QStringLiteral("<tr><td colspan=\"3\" style=\"%1 padding-left: 16px;\">%2</td></tr>")
                        .arg(cellStyle(),
                             muted(QCoreApplication::translate("ActionPlanDocument", "No action yet.")));
        }
        for (const PlanAction& action : objective->actions) {
            html += actionRow(action);
        }
    }
    return html + QStringLiteral("</table>");
}

QString objectives(const PathwayPrintout& p) {
    if (!p.hasPlan || p.plan.objectives.isEmpty()) {
        return QStringLiteral("<p class=\"section\">%1</p><p>%2</p>")
            .arg(QCoreApplication::translate("ActionPlanDocument", "Objectives and actions"),
                 muted(QCoreApplication::translate("ActionPlanDocument", "No objective recorded.")));
    }
    QString html = QStringLiteral("<p class=\"section\">%1</p>")
                       .arg(QCoreApplication::translate("ActionPlanDocument", "Objectives and actions"));
    for (const ThemeGroup& group : byTheme(p.plan.objectives)) {
        html += themeTable(group);
    }
    return html;
}

QString review(const ActionPlan& plan) {
    if (plan.isOpen()) {
        return {};
    }
    const QString text = plan.bilan.trimmed().isEmpty()
                             ? muted(QCoreApplication::translate("ActionPlanDocument", "None recorded."))
                             : escaped(plan.bilan);
    return QStringLiteral("<p class=\"section\">%1</p><p>%2</p>")
        .arg(QCoreApplication::translate("ActionPlanDocument", "Review at closing"), text);
}

QString signatures(const PathwayPrintout& p) {
    const QString who = QStringLiteral("<b>%1</b><br/>%2");
    return signatureBoxes(
        {who.arg(QCoreApplication::translate("ActionPlanDocument", "The person"), escaped(p.personName)), {}},
        {who.arg(QCoreApplication::translate("ActionPlanDocument", "The adviser"), escaped(p.adviserName)),
         {}});
}

} // namespace

QString ActionPlanDocument::title(const PathwayPrintout& printout) {
    return QCoreApplication::translate("ActionPlanDocument", "Action plan – %1").arg(printout.personName);
}

std::unique_ptr<QTextDocument> ActionPlanDocument::build(const PathwayPrintout& printout,
                                                         QSizeF pageSizePoints) {
    std::unique_ptr<QTextDocument> document = newDocument(pageSizePoints);
    const QString html =
        header(QCoreApplication::translate("ActionPlanDocument", "Action plan"),
               QCoreApplication::translate("ActionPlanDocument", "Personalised support pathway"),
               escaped(printout.structureName), printout.printedOn) +
        identity(printout) + objectives(printout) + review(printout.plan) + signatures(printout);
    finish(*document, html, title(printout));
    return document;
}

} // namespace jalon
