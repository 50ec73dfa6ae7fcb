#include "ContractDocument.h"

#include "DocumentHtml.h"

#include "pathway/PathwayChoices.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace jalon {

using namespace DocumentHtml;

namespace {

QString parties(const PathwayPrintout& p) {
    QString person = QStringLiteral("<b>%1</b>").arg(escaped(p.personName));
    if (p.birthDate.isValid()) {
        person += QStringLiteral("<br/>") +
                  QCoreApplication::translate("ContractDocument", "born on %1").arg(shortDate(p.birthDate));
    }
    if (!p.addressLines.trimmed().isEmpty()) {
        person += QStringLiteral("<br/>") + escaped(p.addressLines);
    }
    const QString structure = QStringLiteral("<b>%1</b><br/>%2")
                                  .arg(escaped(p.structureName),
                                       QCoreApplication::translate("ContractDocument", "represented by %1")
                                           .arg(escaped(p.adviserName)));
    const QString cell = QStringLiteral("<td width=\"50%\" style=\"%1\"><p class=\"label\">%2</p>%3</td>");
    return QStringLiteral("<p class=\"section\">%1</p>")
               .arg(QCoreApplication::translate("ContractDocument", "Between the undersigned")) +
           tableStart(5) + QStringLiteral("<tr>") +
           cell.arg(cellStyle(), QCoreApplication::translate("ContractDocument", "The person"), person) +
           cell.arg(cellStyle(), QCoreApplication::translate("ContractDocument", "The structure"),
                    structure) +
           QStringLiteral("</tr></table>");
}

QString dates(const Contract& c) {
    const QString signature =
        c.signedOn.isValid() ? shortDate(c.signedOn)
                             : QStringLiteral("<b>%1</b>")
                                   .arg(QCoreApplication::translate("ContractDocument", "Not yet signed"));
    QList<Fact> facts{
        {QCoreApplication::translate("ContractDocument", "Starts on"), shortDate(c.startDate)},
        {QCoreApplication::translate("ContractDocument", "Planned end"), shortDate(c.plannedEnd)},
        {QCoreApplication::translate("ContractDocument", "Signed on"), signature},
    };
    if (c.endedOn.isValid()) {
        facts.append({QCoreApplication::translate("ContractDocument", "Ended on"), shortDate(c.endedOn)});
    }
    return QStringLiteral("<p class=\"section\">%1</p>")
               .arg(QCoreApplication::translate("ContractDocument", "Duration")) +
           factGrid(facts);
}

QString commitments(const Contract& c) {
    const QString text = c.commitments.trimmed().isEmpty()
                             ? muted(QCoreApplication::translate("ContractDocument", "None recorded."))
                             : escaped(c.commitments);
    return QStringLiteral("<p class=\"section\">%1</p><p>%2</p>")
        .arg(QCoreApplication::translate("ContractDocument", "Commitments"), text);
}

QString objectiveItem(const PlanObjective& o) {
    QString html = QStringLiteral("<li><b>%1</b>").arg(escaped(o.label));
    QStringList details;
    if (!o.themeLabel.trimmed().isEmpty()) {
        details.append(escaped(o.themeLabel));
    }
    details.append(PathwayChoices::label(PathwayChoices::objectiveStatuses(), o.status).toHtmlEscaped());
    details.append(
        o.consentOn.isValid()
            ? QCoreApplication::translate("ContractDocument", "agreed on %1").arg(shortDate(o.consentOn))
            : QCoreApplication::translate("ContractDocument", "agreement awaited"));
    html +=
        QStringLiteral("<br/><span class=\"muted small\">%1</span>").arg(details.join(QStringLiteral(" · ")));
    if (!o.actions.isEmpty()) {
        html += QStringLiteral("<ul style=\"margin-top: 0; margin-bottom: 2px;\">");
        for (const PlanAction& action : o.actions) {
            QString line = escaped(action.label);
            if (action.dueOn.isValid()) {
                line += QStringLiteral(" <span class=\"muted\">(%1)</span>")
                            .arg(QCoreApplication::translate("ContractDocument", "by %1")
                                     .arg(shortDate(action.dueOn)));
            }
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    return html + QStringLiteral("</li>");
}

QString objectives(const PathwayPrintout& p) {
    QString items;
    if (p.hasPlan) {
        for (const PlanObjective& objective : p.plan.objectives) {
            if (!p.contract.id.isEmpty() && objective.contractId == p.contract.id) {
                items += objectiveItem(objective);
            }
        }
    }
    const QString heading = QStringLiteral("<p class=\"section\">%1</p>")
                                .arg(QCoreApplication::translate("ContractDocument", "Objectives agreed"));
    if (items.isEmpty()) {
        return heading +
               QStringLiteral("<p>%1</p>")
                   .arg(muted(QCoreApplication::translate(
                       "ContractDocument", "No objective of the action plan is tied to this contract.")));
    }
    return heading + QStringLiteral("<ol style=\"margin-top: 0; margin-bottom: 0;\">") + items +
           QStringLiteral("</ol>");
}

QString consent() {
    return QStringLiteral("<p style=\"margin-top: 12px;\">%1</p>")
        .arg(QCoreApplication::translate(
            "ContractDocument",
            "The person and the structure each commit to what this contract sets out. By signing, the "
            "person agrees to the objectives above and to their follow-up by the structure; the person "
            "may ask to see them, and have them corrected, at any time."));
}

QString signatures(const PathwayPrintout& p) {
    const QString who = QStringLiteral("<b>%1</b><br/>%2");
    //: French: "Fait à ……………, le ……………", the place and day of signature, filled in by hand.
    const QString doneAt = QCoreApplication::translate("ContractDocument", "Done at %1, on %2")
                               .arg(QString(24, QChar(0x2026)), QString(16, QChar(0x2026)));
    return signatureBoxes(
        {who.arg(QCoreApplication::translate("ContractDocument", "The person"), escaped(p.personName)),
         //: The mention the person writes by hand above their signature ("Lu et approuvé").
         QCoreApplication::translate("ContractDocument", "Preceded by the words “read and approved”")},
        {who.arg(QCoreApplication::translate("ContractDocument", "For the structure"),
                 QCoreApplication::translate("ContractDocument", "%1, adviser").arg(escaped(p.adviserName))),
         {}},
        QStringLiteral("<p>%1</p>").arg(doneAt));
}

} // namespace

QString ContractDocument::heading(const PathwayPrintout& printout) {
    if (printout.contract.kind == QLatin1String("CER")) {
        return QCoreApplication::translate("ContractDocument", "Reciprocal commitment contract");
    }
    return PathwayChoices::label(PathwayChoices::contractKinds(), printout.contract.kind);
}

QString ContractDocument::title(const PathwayPrintout& printout) {
    return QStringLiteral("%1 – %2").arg(heading(printout), printout.personName);
}

std::unique_ptr<QTextDocument> ContractDocument::build(const PathwayPrintout& printout,
                                                       QSizeF pageSizePoints) {
    std::unique_ptr<QTextDocument> document = newDocument(pageSizePoints);
    const Contract& contract = printout.contract;
    const QString subtitle =
        contract.kind == QLatin1String("CER")
            ? QCoreApplication::translate("ContractDocument", "CER – support towards social and professional "
                                                              "integration")
            : QString();
    // A long kind label ("PPAE (…)") smaller, so that it keeps to one line when it can.
    const QString headingText = heading(printout);
    QString html = header(escaped(headingText), subtitle, escaped(printout.structureName), printout.printedOn,
                          headingText.size() > 32 ? 14 : 18);
    if (!printout.hasContract) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(muted(QCoreApplication::translate("ContractDocument", "No contract recorded.")));
    } else {
        html += parties(printout) + dates(contract) + commitments(contract) + objectives(printout) +
                consent() + signatures(printout);
    }
    finish(*document, html, title(printout));
    return document;
}

} // namespace jalon
