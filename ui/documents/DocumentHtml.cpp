#include "DocumentHtml.h"

#include "PagedDocumentWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace jalon::DocumentHtml {

namespace {

constexpr qreal kBodyPoints = 10;

QString styleSheet() {
    return QStringLiteral(
        // Headings are paragraphs of a class: QTextDocument draws <h1>-<h3> at fixed sizes.
        ".title { font-size: 18pt; font-weight: bold; color: #1f3f66; }"
        ".section { font-size: 12pt; font-weight: bold; color: #1f3f66;"
        " margin-top: 14px; margin-bottom: 5px; }"
        ".theme { font-size: 10.5pt; font-weight: bold; color: #1f3f66; margin-top: 4px; margin-bottom: 4px; "
        "}"
        "p { margin: 0; }"
        "td { vertical-align: top; }"
        "th { text-align: left; font-weight: bold; background-color: #e8edf3; }"
        ".label { color: #555555; font-size: 8.5pt; }"
        ".muted { color: #666666; }"
        ".note { color: #666666; font-style: italic; }"
        ".small { font-size: 8.5pt; }"
        ".grid { font-size: 9pt; }");
}

QString signatureBox(const Signatory& who) {
    QString html = QStringLiteral("<td width=\"50%\" style=\"%1\"><p>%2</p>").arg(cellStyle(), who.whoHtml);
    if (!who.mention.isEmpty()) {
        html += QStringLiteral("<p class=\"label\">%1</p>").arg(who.mention.toHtmlEscaped());
    }
    //: The line where the signatory writes the day they sign.
    html += QStringLiteral("<p style=\"margin-top: 10px;\">%1</p>")
                .arg(QCoreApplication::translate("DocumentHtml", "Date:"));
    //: Followed by the blank space where the signatory signs.
    html += QStringLiteral("<p style=\"margin-top: 8px;\">%1</p>")
                .arg(QCoreApplication::translate("DocumentHtml", "Signature:"));
    return html + QStringLiteral("<br/><br/><br/><br/></td>");
}

} // namespace

// QTextDocument sizes lengths given in pixels at Qt's default resolution (what qt_defaultDpiY() gives).
qreal documentDpi() {
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi)) {
        return 96;
    }
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? std::round(screen->logicalDotsPerInchY()) : 100;
}

std::unique_ptr<QTextDocument> newDocument(const QSizeF& pageSizePoints, const QString& extraStyleSheet) {
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"), QStringLiteral("Liberation Sans")});
    font.setPointSizeF(kBodyPoints);
    // No ligatures: "fi" stays two letters for search and copy in PDF readers (and pdftotext).
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setIndentWidth(18);
    document->setDefaultStyleSheet(styleSheet() + extraStyleSheet);
    document->setPageSize(PagedDocumentWriter::contentSizePoints(pageSizePoints) * (documentDpi() / 72.0));
    return document;
}

void finish(QTextDocument& document, const QString& bodyHtml, const QString& title) {
    document.setHtml(QStringLiteral("<html><body>") + bodyHtml + QStringLiteral("</body></html>"));
    // After setHtml, which starts the document afresh.
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
}

qreal pixelsPerMillimetre() {
    return documentDpi() / 25.4;
}

QString escaped(const QString& text) {
    QString html = text.trimmed().toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

QString shortDate(const QDate& day) {
    return day.isValid() ? QLocale().toString(day, QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QString longDate(const QDate& day) {
    return QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

QString muted(const QString& html) {
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(html);
}

QString header(const QString& titleHtml, const QString& subtitleHtml, const QString& structureHtml,
               const QDate& printedOn, qreal titlePoints) {
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                  "<td width=\"74%\"><p class=\"title\" style=\"font-size: %1pt;\">%2</p>")
                       .arg(titlePoints)
                       .arg(titleHtml);
    if (!subtitleHtml.isEmpty()) {
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(subtitleHtml);
    }
    html += QStringLiteral("</td><td width=\"26%\" align=\"right\"><p><b>%1</b></p><p class=\"muted\">%2</p>"
                           "</td></tr></table>")
                .arg(structureHtml,
                     QCoreApplication::translate("DocumentHtml", "Printed on %1").arg(shortDate(printedOn)));
    return html + QStringLiteral("<hr/>");
}

QString factGrid(const QList<Fact>& facts) {
    const QString cell = QStringLiteral("<td width=\"17%\"><span class=\"label\">%1</span></td>"
                                        "<td width=\"33%\">%2</td>");
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype i = 0; i < facts.size(); i += 2) {
        html += QStringLiteral("<tr>") + cell.arg(facts[i].label.toHtmlEscaped(), facts[i].valueHtml);
        if (i + 1 < facts.size()) {
            html += cell.arg(facts[i + 1].label.toHtmlEscaped(), facts[i + 1].valueHtml);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString tableStart(int padding, const QString& cssClass, int marginTop, int marginBottom) {
    return QStringLiteral("<table class=\"%2\" width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                          "style=\"border-collapse: collapse; margin-top: %3px; margin-bottom: %4px;\">")
        .arg(padding)
        .arg(cssClass)
        .arg(marginTop)
        .arg(marginBottom);
}

QString cellStyle() {
    return QStringLiteral("border-width: 0.6px; border-style: solid; border-color: #8c8c8c;");
}

QString signatureBoxes(const Signatory& left, const Signatory& right, const QString& aboveHtml) {
    QString html = tableStart(5, {}, 16);
    if (!aboveHtml.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"2\" style=\"padding-left: 0; padding-bottom: 10px;\">%1"
                               "</td></tr>")
                    .arg(aboveHtml);
    }
    return html + QStringLiteral("<tr>") + signatureBox(left) + signatureBox(right) +
           QStringLiteral("</tr></table>");
}

} // namespace jalon::DocumentHtml
