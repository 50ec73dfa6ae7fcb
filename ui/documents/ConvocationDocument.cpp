#include "ConvocationDocument.h"

#include "DocumentHtml.h"

#include "pathway/PathwayChoices.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace jalon {

using namespace DocumentHtml;

namespace {

QString adviserOf(const PathwayPrintout& p) {
    return p.appointment.adviserName.trimmed().isEmpty() ? p.adviserName : p.appointment.adviserName;
}

// Millimetres on the page as document pixels from the content's edge.
int pixels(qreal millimetres) {
    return qRound(millimetres * pixelsPerMillimetre());
}

// The structure top left; the person's name and address in the envelope's window; the date
// under it.
QString addressBlock(const PathwayPrintout& p, const QSizeF& pageSizePoints) {
    const QMarginsF margins = PagedDocumentWriter::marginsMillimetres();
    const qreal contentWidth = pageSizePoints.width() * 25.4 / 72.0 - margins.left() - margins.right();
    const int leftShare = qBound(
        30, qRound((ConvocationDocument::kAddressLeftMillimetres - margins.left()) * 100 / contentWidth), 70);
    QString sender =
        QStringLiteral("<p style=\"font-size: 12pt;\"><b>%1</b></p>").arg(escaped(p.structureName));
    //: French: "Affaire suivie par : %1", the adviser the letter comes from.
    sender +=
        QStringLiteral("<p class=\"muted\" style=\"margin-top: 4px;\">%1</p>")
            .arg(
                QCoreApplication::translate("ConvocationDocument", "Contact: %1").arg(escaped(adviserOf(p))));
    QString recipient = QStringLiteral("<p><b>%1</b></p>").arg(escaped(p.personName));
    if (!p.addressLines.trimmed().isEmpty()) {
        recipient += QStringLiteral("<p>%1</p>").arg(escaped(p.addressLines));
    }
    //: The letter's date under the address; French: "Le %1".
    recipient += QStringLiteral("<p style=\"margin-top: %1px;\">%2</p>")
                     .arg(pixels(14))
                     .arg(QCoreApplication::translate("ConvocationDocument", "On %1")
                              .arg(QLocale().toString(p.printedOn, QStringLiteral("d MMMM yyyy"))));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"%1%\">%2</td><td width=\"%3%\" style=\"padding-top: %4px;\">%5</td>"
                          "</tr></table>")
        .arg(leftShare)
        .arg(sender)
        .arg(100 - leftShare)
        .arg(pixels(ConvocationDocument::kAddressTopMillimetres - margins.top()))
        .arg(recipient);
}

QString detailRow(const QString& label, const QString& valueHtml) {
    return QStringLiteral(
               "<tr><td width=\"22%\"><span class=\"label\">%1</span></td><td width=\"78%\">%2</td>"
               "</tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString details(const PathwayPrintout& p) {
    const Appointment& a = p.appointment;
    const QLocale locale;
    const QTime start = a.scheduledAt.time();
    const QString time = a.duration > 0
                             ? QCoreApplication::translate("ConvocationDocument", "From %1 to %2")
                                   .arg(locale.toString(start, QLocale::ShortFormat),
                                        locale.toString(start.addSecs(a.duration * 60), QLocale::ShortFormat))
                             : locale.toString(start, QLocale::ShortFormat);
    const QString kind = PathwayChoices::label(PathwayChoices::appointmentKinds(), a.kind) +
                         QStringLiteral(" – ") +
                         PathwayChoices::label(PathwayChoices::appointmentPurposes(), a.purpose);
    QString rows =
        detailRow(QCoreApplication::translate("ConvocationDocument", "Date"),
                  QStringLiteral("<b>%1</b>").arg(longDate(a.scheduledAt.date()))) +
        detailRow(QCoreApplication::translate("ConvocationDocument", "Time"),
                  QStringLiteral("<b>%1</b>").arg(time)) +
        detailRow(QCoreApplication::translate("ConvocationDocument", "Place"),
                  a.place.trimmed().isEmpty() ? escaped(p.structureName) : escaped(a.place)) +
        detailRow(QCoreApplication::translate("ConvocationDocument", "Appointment"), kind.toHtmlEscaped()) +
        detailRow(QCoreApplication::translate("ConvocationDocument", "With"), escaped(adviserOf(p)));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                          "style=\"margin-top: 10px; margin-bottom: 10px; margin-left: %1px; "
                          "background-color: #eef2f7;\">")
               .arg(pixels(8)) +
           rows + QStringLiteral("</table>");
}

QString paragraph(const QString& html, int marginTopPixels = 8) {
    return QStringLiteral("<p style=\"margin-top: %1px;\">%2</p>").arg(marginTopPixels).arg(html);
}

QString body(const PathwayPrintout& p) {
    //: French: "Objet : convocation à un rendez-vous".
    QString html =
        QStringLiteral("<p style=\"margin-top: %1px;\"><b>%2</b></p>")
            .arg(pixels(14))
            .arg(QCoreApplication::translate("ConvocationDocument", "Subject: invitation to an appointment"));
    //: French: "Madame, Monsieur,".
    html += paragraph(QCoreApplication::translate("ConvocationDocument", "Dear Sir or Madam,"), pixels(8));
    if (!p.hasAppointment || !p.appointment.scheduledAt.isValid()) {
        return html + paragraph(muted(
                          QCoreApplication::translate("ConvocationDocument", "No appointment recorded.")));
    }
    html += paragraph(QCoreApplication::translate(
        "ConvocationDocument", "As part of your support, we invite you to the following appointment:"));
    html += details(p);
    html += paragraph(QCoreApplication::translate(
        "ConvocationDocument",
        "Please bring an identity document, your latest documents about your situation (income, "
        "housing, training, health insurance) and this letter."));
    html += paragraph(QCoreApplication::translate("ConvocationDocument",
                                                  "If you cannot come, please contact %1 as soon as "
                                                  "possible, before the appointment, so that another "
                                                  "date can be arranged.")
                          .arg(QStringLiteral("<b>%1</b>").arg(escaped(p.structureName))));
    //: The closing formula; French: "Nous vous prions d'agréer, Madame, Monsieur, l'expression de
    //: nos salutations distinguées."
    html += paragraph(QCoreApplication::translate("ConvocationDocument", "Yours faithfully,"), pixels(5));
    return html;
}

QString signature(const PathwayPrintout& p) {
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: "
                          "%1px;\"><tr><td width=\"55%\"></td><td width=\"45%\"><p>%2</p><p><b>%3</b></p>"
                          "<p class=\"muted\">%4</p><br/><br/><br/><br/></td></tr></table>")
        .arg(pixels(8))
        .arg(QCoreApplication::translate("ConvocationDocument", "Your adviser,"), escaped(adviserOf(p)),
             escaped(p.structureName));
}

} // namespace

QString ConvocationDocument::title(const PathwayPrintout& printout) {
    return QCoreApplication::translate("ConvocationDocument", "Invitation to an appointment – %1")
        .arg(printout.personName);
}

std::unique_ptr<QTextDocument> ConvocationDocument::build(const PathwayPrintout& printout,
                                                          QSizeF pageSizePoints) {
    std::unique_ptr<QTextDocument> document = newDocument(pageSizePoints);
    finish(*document, addressBlock(printout, pageSizePoints) + body(printout) + signature(printout),
           title(printout));
    return document;
}

} // namespace jalon
