#pragma once

#include <QDate>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

class QTextDocument;

namespace jalon::DocumentHtml {

// The pieces the pathway's printed documents (action plan, contract, convocation letter) share:
// an empty QTextDocument set up for a page (font, style sheet, page size), escaping, dates, the
// identity grid, the bordered tables and the signature boxes. Lengths in the HTML are document
// pixels (pixelsPerMillimetre() converts); PagedDocumentWriter scales them to the device.

// A document with Jalon's printed font and style sheet, its page the content area of a page of
// that size (points). Fill it with finish().
// extraStyleSheet: rules a document adds to the shared ones.
std::unique_ptr<QTextDocument> newDocument(const QSizeF& pageSizePoints, const QString& extraStyleSheet = {});
// Sets the body HTML and the title (PagedDocumentWriter keeps the last table on one page).
void finish(QTextDocument& document, const QString& bodyHtml, const QString& title);

// The resolution QTextDocument gives to the pixel lengths in its HTML (the primary screen's
// logical dpi, or 96), which PagedDocumentWriter scales to the device.
qreal documentDpi();
qreal pixelsPerMillimetre();

// User text made safe for HTML, line breaks kept.
QString escaped(const QString& text);
// 14/10/2025, or a dash for no date.
QString shortDate(const QDate& day);
// "mardi 14 octobre 2025" in the current locale.
QString longDate(const QDate& day);
QString muted(const QString& html);

// The heading band: the title (and a line under it) on the left, the structure and the date
// printed on the right, a rule underneath. Texts are HTML.
QString header(const QString& titleHtml, const QString& subtitleHtml, const QString& structureHtml,
               const QDate& printedOn, qreal titlePoints = 18);

// Label and value (HTML) pairs, two per row.
struct Fact {
    QString label;
    QString valueHtml;
};
QString factGrid(const QList<Fact>& facts);

// A full-width table with thin grey rules between its cells.
QString tableStart(int padding, const QString& cssClass = {}, int marginTop = 0, int marginBottom = 0);
QString cellStyle();

// One signature box: who signs (HTML), a mention under it (may be empty), then the "Date" and
// "Signature" lines.
struct Signatory {
    QString whoHtml;
    QString mention;
};
// Two boxes side by side, an optional paragraph (HTML) above them in the same table so that they
// stay on the same page.
QString signatureBoxes(const Signatory& left, const Signatory& right, const QString& aboveHtml = {});

} // namespace jalon::DocumentHtml
