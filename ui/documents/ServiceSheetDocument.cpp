#include "ServiceSheetDocument.h"

#include "DocumentHtml.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace jalon {

using namespace DocumentHtml;

namespace {

// A heading and its text, when there is one.
QString section(const QString& heading, const QString& text) {
    if (text.trimmed().isEmpty()) {
        return {};
    }
    return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(heading.toHtmlEscaped(), escaped(text.trimmed()));
}

QString facts(const DirectorySheet& s) {
    QList<Fact> list;
    const auto add = [&list](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty()) {
            list.append({label, escaped(value.trimmed())});
        }
    };
    add(QCoreApplication::translate("ServiceSheetDocument", "Type"), s.type);
    add(QCoreApplication::translate("ServiceSheetDocument", "Fees"), s.fees);
    add(QCoreApplication::translate("ServiceSheetDocument", "Phone"), s.phone);
    add(QCoreApplication::translate("ServiceSheetDocument", "E-mail"), s.email);
    add(QCoreApplication::translate("ServiceSheetDocument", "Address"), s.address);
    add(QCoreApplication::translate("ServiceSheetDocument", "Contact"), s.contactName);
    add(QCoreApplication::translate("ServiceSheetDocument", "Website"), s.website);
    add(QCoreApplication::translate("ServiceSheetDocument", "Themes"),
        s.thematiques.join(QStringLiteral(", ")));
    return list.isEmpty() ? QString() : factGrid(list);
}

QString body(const DirectorySheet& s) {
    QString html;
    if (s.fullUntil.isValid()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(QCoreApplication::translate("ServiceSheetDocument",
                                                     "This service is temporarily full until %1.")
                             .arg(shortDate(s.fullUntil)));
    }
    html += facts(s);
    html += section(QCoreApplication::translate("ServiceSheetDocument", "What the service offers"),
                    s.description);
    html += section(QCoreApplication::translate("ServiceSheetDocument", "For whom"), s.publics);
    html += section(QCoreApplication::translate("ServiceSheetDocument", "Conditions"), s.conditions);
    html += section(QCoreApplication::translate("ServiceSheetDocument", "Opening hours"), s.hours);
    html += section(QCoreApplication::translate("ServiceSheetDocument", "How to apply"), s.howToMobilise);
    html += section(QCoreApplication::translate("ServiceSheetDocument", "Open to people living in"),
                    s.eligibility);
    QString freshness = QCoreApplication::translate("ServiceSheetDocument", "Information updated on %1")
                            .arg(shortDate(s.dateMaj));
    if (s.stale) {
        freshness += QLatin1Char(' ') +
                     QCoreApplication::translate("ServiceSheetDocument",
                                                 "(more than a year ago: check with the structure)");
    }
    if (!s.source.isEmpty()) {
        freshness += QStringLiteral(" — ") +
                     QCoreApplication::translate("ServiceSheetDocument", "source: %1").arg(s.source);
    }
    html += QStringLiteral("<p style=\"margin-top: 12px;\">%1</p>").arg(muted(escaped(freshness)));
    return html;
}

} // namespace

QString ServiceSheetDocument::title(const DirectorySheet& sheet) {
    return QCoreApplication::translate("ServiceSheetDocument", "Service sheet – %1").arg(sheet.name);
}

std::unique_ptr<QTextDocument> ServiceSheetDocument::build(const DirectorySheet& sheet,
                                                           const QDate& printedOn, QSizeF pageSizePoints) {
    std::unique_ptr<QTextDocument> document = newDocument(pageSizePoints);
    const QString head = header(escaped(sheet.name), escaped(sheet.structureName),
                                escaped(sheet.structureName), printedOn, 16);
    finish(*document, head + body(sheet), title(sheet));
    return document;
}

Status ServiceSheetDocument::writePdf(const DirectorySheet& sheet, const QDate& printedOn,
                                      const QString& path) {
    const std::unique_ptr<QTextDocument> document = build(sheet, printedOn);
    return PagedDocumentWriter::writePdf(*document, path, title(sheet));
}

} // namespace jalon
