#include "directory/ServiceSheetView.h"

#include "directory/DirectorySheet.h"

#include <QLocale>
#include <QUrl>

namespace jalon {

namespace {

QString escaped(const QString& text) {
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// A heading and its text, when there is one.
QString section(const QString& heading, const QString& text) {
    if (text.trimmed().isEmpty()) {
        return {};
    }
    return QStringLiteral("<h4 style=\"margin-bottom: 2px;\">%1</h4><p style=\"margin-top: 0;\">%2</p>")
        .arg(heading.toHtmlEscaped(), escaped(text));
}

QString row(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><td style=\"color: #555; padding-right: 10px;\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString link(const QString& href, const QString& text) {
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), escaped(text));
}

} // namespace

ServiceSheetView::ServiceSheetView(QWidget* parent)
    : QTextBrowser(parent) {
    setOpenExternalLinks(true);
    setAccessibleName(tr("Service sheet"));
}

void ServiceSheetView::showSheet(const DirectorySheet& sheet) {
    setHtml(html(sheet));
    setAccessibleDescription(sheet.name);
}

void ServiceSheetView::showHint(const QString& text) {
    setHtml(QStringLiteral("<p style=\"color: #666;\">%1</p>").arg(text.toHtmlEscaped()));
    setAccessibleDescription(text);
}

QString ServiceSheetView::html(const DirectorySheet& s) {
    const QLocale locale;
    QString html = QStringLiteral("<h2 style=\"margin-bottom: 0;\">%1</h2>").arg(escaped(s.name));
    QString subtitle = escaped(s.structureName);
    if (!s.type.isEmpty()) {
        subtitle += QStringLiteral(" · ") + escaped(s.type);
    }
    html += QStringLiteral("<p style=\"color: #555; margin-top: 2px;\">%1</p>").arg(subtitle);
    if (s.withdrawn) {
        html += QStringLiteral("<p style=\"color: #b00020;\"><b>%1</b></p>")
                    .arg(tr("Withdrawn from its source at the last import: it may no longer exist.")
                             .toHtmlEscaped());
    }
    if (s.fullUntil.isValid()) {
        html += QStringLiteral("<p style=\"color: #a33b00;\"><b>%1</b></p>")
                    .arg(tr("Temporarily full until %1.")
                             .arg(locale.toString(s.fullUntil, QLocale::LongFormat))
                             .toHtmlEscaped());
    }
    if (!s.thematiques.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(s.thematiques.join(QStringLiteral(" · "))));
    }
    html += section(tr("Description"), s.description);
    html += section(tr("For whom"), s.publics);
    html += section(tr("Conditions"), s.conditions);
    html += section(tr("Fees"), s.fees);
    html += section(tr("Opening hours"), s.hours);

    QString contact;
    if (!s.address.trimmed().isEmpty()) {
        contact += row(tr("Address"), escaped(s.address));
    }
    if (!s.contactName.trimmed().isEmpty()) {
        contact += row(tr("Contact"), escaped(s.contactName));
    }
    if (!s.phone.trimmed().isEmpty()) {
        contact += row(tr("Phone"),
                       link(QStringLiteral("tel:") + s.phone.trimmed().remove(QLatin1Char(' ')), s.phone));
    }
    if (!s.email.trimmed().isEmpty()) {
        contact += row(tr("E-mail"), link(QStringLiteral("mailto:") + s.email.trimmed(), s.email));
    }
    if (!s.website.trimmed().isEmpty()) {
        const QUrl url = QUrl::fromUserInput(s.website.trimmed());
        contact += row(tr("Website"), url.isValid() ? link(url.toString(), s.website) : escaped(s.website));
    }
    if (!contact.isEmpty()) {
        html += QStringLiteral("<h4 style=\"margin-bottom: 2px;\">%1</h4><table>%2</table>")
                    .arg(tr("Contact").toHtmlEscaped(), contact);
    }
    html += section(tr("How to apply"), s.howToMobilise);
    html += section(tr("Open to people living in"), s.eligibility);

    QString freshness = tr("Updated on %1").arg(locale.toString(s.dateMaj, QLocale::LongFormat));
    if (s.stale) {
        freshness += QLatin1Char(' ') +
                     tr("— more than a year ago: check with the structure before referring someone.");
    }
    freshness += QLatin1Char('\n') + tr("Quality of the information: %1 %").arg(qRound(s.quality * 100));
    if (!s.source.isEmpty()) {
        freshness += QLatin1Char('\n') + tr("Source: %1").arg(s.source);
    }
    html += QStringLiteral("<p style=\"color: %1; margin-top: 12px;\">%2</p>")
                .arg(s.stale ? QStringLiteral("#a33b00") : QStringLiteral("#555"), escaped(freshness));
    return html;
}

} // namespace jalon
