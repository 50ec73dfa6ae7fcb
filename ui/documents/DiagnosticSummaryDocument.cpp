#include "DiagnosticSummaryDocument.h"

#include "LevelStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace jalon {

namespace {

constexpr qreal kRadarImageDpi = 300;
constexpr qreal kBodyPoints = 10;

// QTextDocument sizes images, borders and paddings given in pixels at Qt's default resolution,
// the primary screen's logical dpi (what qt_defaultDpiY() gives), and scales them to the device.
qreal documentDpi() {
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi)) {
        return 96;
    }
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? std::round(screen->logicalDotsPerInchY()) : 100;
}

QString date(const QDate& day) {
    return QLocale().toString(day, QStringLiteral("dd/MM/yyyy"));
}

// User text made safe for the HTML below, line breaks kept.
QString escaped(const QString& text) {
    QString html = text.trimmed().toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

QString capitalised(const QString& text) {
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

QImage radarImage(const DiagnosticPrintout& printout, const QSizeF& sizePixels, const QFont& font) {
    const qreal inchesWide = sizePixels.width() / documentDpi();
    const qreal inchesHigh = sizePixels.height() / documentDpi();
    QImage image(qRound(inchesWide * kRadarImageDpi), qRound(inchesHigh * kRadarImageDpi),
                 QImage::Format_RGB32);
    const int dotsPerMetre = qRound(kRadarImageDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    RadarPainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())),
                        DiagnosticSummaryDocument::radarAxes(printout),
                        DiagnosticSummaryDocument::radarSeries(printout));
    return image;
}

QString styleSheet() {
    return QStringLiteral(
        "h1 { font-size: 17pt; font-weight: bold; color: #1f3f66; margin: 0; }"
        "h2 { font-size: 11pt; font-weight: bold; color: #1f3f66; margin-top: 12px; margin-bottom: 5px; }"
        "p { margin: 0; }"
        "td { vertical-align: top; }"
        "th { text-align: left; font-weight: bold; background-color: #e8edf3; }"
        ".label { color: #555555; font-size: 8.5pt; }"
        ".muted { color: #666666; }"
        ".note { color: #666666; font-style: italic; }"
        ".grid { font-size: 9pt; }");
}

QString header(const DiagnosticPrintout& p) {
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>");
    html += QStringLiteral("<h1>%1</h1>")
                .arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Diagnostic summary"));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(QCoreApplication::translate("DiagnosticSummaryDocument", "%1, version %2")
                         .arg(escaped(p.questionnaireTitle))
                         .arg(p.questionnaireVersion));
    html += QStringLiteral("</td><td align=\"right\"><p><b>%1</b></p><p>%2</p></td></tr></table>")
                .arg(escaped(p.structureName),
                     QCoreApplication::translate("DiagnosticSummaryDocument", "Diagnostic of %1")
                         .arg(date(p.date)));
    return html + QStringLiteral("<hr/>");
}

QString identity(const DiagnosticPrintout& p) {
    const QString cell =
        QStringLiteral("<td width=\"15%\"><span class=\"label\">%1</span></td><td width=\"35%\">%2</td>");
    const QString state =
        p.validated
            ? QCoreApplication::translate("DiagnosticSummaryDocument", "Validated")
            : QStringLiteral("<b>%1</b>")
                  .arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Draft, not validated"));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr>") +
           cell.arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Person"),
                    QStringLiteral("<b>%1</b>").arg(escaped(p.personName))) +
           cell.arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Date of birth"),
                    date(p.birthDate)) +
           QStringLiteral("</tr><tr>") +
           cell.arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Adviser"),
                    escaped(p.adviserName)) +
           cell.arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Status"), state) +
           QStringLiteral("</tr></table>");
}

QString radarImageTag(const QSizeF& sizePixels) {
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>")
        .arg(DiagnosticSummaryDocument::radarUrl().toString())
        .arg(qRound(sizePixels.width()))
        .arg(qRound(sizePixels.height()));
}

QString levelCell(const DiagnosticPrintout::ThemeLine& theme) {
    const QString label = capitalised(theme.levelLabel).toHtmlEscaped();
    return theme.level == Level::NotDiscussed ? QStringLiteral("<span class=\"muted\">%1</span>").arg(label)
                                              : label;
}

// A table with thin grey rules between its cells.
QString tableStart(int padding, const QString& cssClass = {}, int marginTop = 0) {
    return QStringLiteral("<table class=\"%2\" width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                          "style=\"border-collapse: collapse; margin-top: %3px;\">")
        .arg(padding)
        .arg(cssClass)
        .arg(marginTop);
}

QString cellStyle() {
    return QStringLiteral("border-width: 0.6px; border-style: solid; border-color: #8c8c8c;");
}

QString themeTable(const DiagnosticPrintout& p) {
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Level per theme"));
    html += tableStart(3, QStringLiteral("grid"));
    // The header row is repeated at the top of each page the table runs over.
    html += QStringLiteral(
                "<thead><tr><th width=\"33%\" style=\"%4\">%1</th><th width=\"18%\" style=\"%4\">%2</th>"
                "<th width=\"49%\" style=\"%4\">%3</th></tr></thead>")
                .arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Theme"),
                     QCoreApplication::translate("DiagnosticSummaryDocument", "Level"),
                     QCoreApplication::translate("DiagnosticSummaryDocument", "Comment"), cellStyle());
    for (const DiagnosticPrintout::ThemeLine& theme : p.themes) {
        QString comment = escaped(theme.comment);
        if (theme.overridden && !theme.overrideReason.trimmed().isEmpty()) {
            comment += QStringLiteral("%1<span class=\"note\">%2</span>")
                           .arg(comment.isEmpty() ? QString() : QStringLiteral("<br/>"),
                                QCoreApplication::translate("DiagnosticSummaryDocument",
                                                            "Level set by the adviser: %1")
                                    .arg(escaped(theme.overrideReason)));
        }
        html += QStringLiteral("<tr><td style=\"%5\">%1</td><td style=\"%5 background-color: %2;\">%3</td>"
                               "<td style=\"%5\">%4</td></tr>")
                    .arg(escaped(theme.label), LevelStyle::tint(theme.level).name(), levelCell(theme),
                         comment, cellStyle());
    }
    html += QStringLiteral("</table>");
    if (p.sensitiveLeftOut) {
        html +=
            QStringLiteral("<p class=\"note\" style=\"margin-top: 3px; font-size: 8pt;\">%1</p>")
                .arg(QCoreApplication::translate("DiagnosticSummaryDocument",
                                                 "Some themes are left out of this summary at the person's "
                                                 "request."));
    }
    return html;
}

QString priorities(const DiagnosticPrintout& p) {
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Priorities and objectives"));
    if (p.priorities.isEmpty()) {
        return html + QStringLiteral("<p class=\"muted\">%1</p>")
                          .arg(QCoreApplication::translate("DiagnosticSummaryDocument",
                                                           "No priority theme was chosen."));
    }
    html += QStringLiteral("<ol style=\"margin-top: 0; margin-bottom: 0;\">");
    for (const DiagnosticPrintout::PriorityLine& priority : p.priorities) {
        html += QStringLiteral("<li><b>%1</b>").arg(escaped(priority.themeLabel));
        if (!priority.objectives.isEmpty()) {
            html += QStringLiteral("<ul style=\"margin-top: 0; margin-bottom: 2px;\">");
            for (const QString& objective : priority.objectives) {
                html += QStringLiteral("<li>%1</li>").arg(escaped(objective));
            }
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

QString nextSteps(const DiagnosticPrintout& p) {
    const QString text =
        p.nextSteps.trimmed().isEmpty()
            ? QStringLiteral("<span class=\"muted\">%1</span>")
                  .arg(QCoreApplication::translate("DiagnosticSummaryDocument", "None recorded."))
            : escaped(p.nextSteps);
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
        .arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Next steps"), text);
}

// The radar on the left; the priorities and the next steps beside it.
QString overview(const DiagnosticPrintout& p, const QSizeF& radarSize, qreal radarShare) {
    const int left = qRound(radarShare * 100);
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 6px;\">"
               "<tr><td width=\"%1%\">%2</td><td width=\"%3%\">%4%5</td></tr></table>")
        .arg(left)
        .arg(radarImageTag(radarSize))
        .arg(100 - left)
        .arg(priorities(p), nextSteps(p));
}

QString signatures() {
    const QString box = QStringLiteral("<td width=\"50%\" style=\"%2\"><span class=\"label\">%1</span>"
                                       "<br/><br/><br/><br/></td>");
    return tableStart(5, {}, 12) + QStringLiteral("<tr>") +
           box.arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Signature of the person"),
                   cellStyle()) +
           box.arg(QCoreApplication::translate("DiagnosticSummaryDocument", "Signature of the adviser"),
                   cellStyle()) +
           QStringLiteral("</tr></table>");
}

// The last table (the signatures) starts on the next page rather than being cut in two.
void keepLastTableTogether(QTextDocument& document) {
    QTextTable* last = nullptr;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            last = table;
        }
    }
    const qreal pageHeight = document.pageSize().height();
    if (!last || pageHeight <= 0) {
        return;
    }
    const QRectF box = document.documentLayout()->frameBoundingRect(last);
    // With a little slack: the printer's font metrics differ slightly from the screen's.
    constexpr qreal kSlack = 12;
    if (std::floor(box.top() / pageHeight) != std::floor((box.bottom() + kSlack) / pageHeight)) {
        QTextCursor before(last->firstCursorPosition());
        before.movePosition(QTextCursor::PreviousBlock);
        QTextBlockFormat format = before.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
        before.setBlockFormat(format);
    }
}

} // namespace

QString DiagnosticSummaryDocument::title(const DiagnosticPrintout& printout) {
    return QCoreApplication::translate("DiagnosticSummaryDocument", "Diagnostic summary – %1")
        .arg(printout.personName);
}

QList<RadarAxis> DiagnosticSummaryDocument::radarAxes(const DiagnosticPrintout& printout) {
    QList<RadarAxis> axes;
    for (const DiagnosticPrintout::ThemeLine& theme : printout.themes) {
        axes.append({theme.id, theme.label});
    }
    return axes;
}

QList<RadarSeries> DiagnosticSummaryDocument::radarSeries(const DiagnosticPrintout& printout) {
    RadarSeries current;
    current.name = QCoreApplication::translate("DiagnosticSummaryDocument", "This diagnostic (%1)")
                       .arg(date(printout.date));
    RadarSeries previous;
    previous.dashed = true;
    for (const DiagnosticPrintout::ThemeLine& theme : printout.themes) {
        current.levels.insert(theme.id, theme.level);
        if (theme.previousLevel) {
            previous.levels.insert(theme.id, *theme.previousLevel);
        }
    }
    if (!printout.previousDate || previous.levels.isEmpty()) {
        return {current};
    }
    previous.name = QCoreApplication::translate("DiagnosticSummaryDocument", "Previous diagnostic (%1)")
                        .arg(date(*printout.previousDate));
    return {current, previous};
}

std::unique_ptr<QTextDocument> DiagnosticSummaryDocument::build(const DiagnosticPrintout& printout,
                                                                QSizeF pageSizePoints) {
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
    document->setDefaultStyleSheet(styleSheet());
    const QSizeF content = PagedDocumentWriter::contentSizePoints(pageSizePoints) * (documentDpi() / 72.0);
    document->setPageSize(content);

    // The radar: a little over half the width, about as high as wide; its legend underneath.
    constexpr qreal kRadarShare = 0.6;
    const QSizeF radarSize(content.width() * kRadarShare - 8, content.width() * 0.6);
    QFont radarFont = font;
    radarFont.setPointSizeF(8);
    document->setHtml(QStringLiteral("<html><body>") + header(printout) + identity(printout) +
                      overview(printout, radarSize, kRadarShare) + themeTable(printout) + signatures() +
                      QStringLiteral("</body></html>"));
    keepLastTableTogether(*document);
    // After setHtml, which starts the document afresh.
    document->setMetaInformation(QTextDocument::DocumentTitle, title(printout));
    document->addResource(QTextDocument::ImageResource, radarUrl(),
                          radarImage(printout, radarSize, radarFont));
    return document;
}

} // namespace jalon
