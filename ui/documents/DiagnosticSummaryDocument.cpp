#include "DiagnosticSummaryDocument.h"

#include "DocumentHtml.h"
#include "LevelStyle.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QTextDocument>

namespace jalon {

namespace {

using DocumentHtml::cellStyle;
using DocumentHtml::documentDpi;
using DocumentHtml::escaped;
using DocumentHtml::tableStart;

constexpr qreal kRadarImageDpi = 300;

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

// The summary's own headings, over DocumentHtml's shared rules.
QString headingStyleSheet() {
    return QStringLiteral(
        "h1 { font-size: 17pt; font-weight: bold; color: #1f3f66; margin: 0; }"
        "h2 { font-size: 11pt; font-weight: bold; color: #1f3f66; margin-top: 12px; margin-bottom: 5px; }");
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
                         .arg(DocumentHtml::shortDate(p.date)));
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
                    DocumentHtml::shortDate(p.birthDate)) +
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
                       .arg(DocumentHtml::shortDate(printout.date));
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
                        .arg(DocumentHtml::shortDate(*printout.previousDate));
    return {current, previous};
}

std::unique_ptr<QTextDocument> DiagnosticSummaryDocument::build(const DiagnosticPrintout& printout,
                                                                QSizeF pageSizePoints) {
    std::unique_ptr<QTextDocument> document = DocumentHtml::newDocument(pageSizePoints, headingStyleSheet());
    const QSizeF content = document->pageSize();

    // The radar: a little over half the width, about as high as wide; its legend underneath.
    constexpr qreal kRadarShare = 0.6;
    const QSizeF radarSize(content.width() * kRadarShare - 8, content.width() * 0.6);
    QFont radarFont = document->defaultFont();
    radarFont.setPointSizeF(8);
    DocumentHtml::finish(*document,
                         header(printout) + identity(printout) + overview(printout, radarSize, kRadarShare) +
                             themeTable(printout) + signatures(),
                         title(printout));
    document->addResource(QTextDocument::ImageResource, radarUrl(),
                          radarImage(printout, radarSize, radarFont));
    return document;
}

} // namespace jalon
