#pragma once

#include "PagedDocumentWriter.h"

#include "common/Result.h"
#include "directory/DirectorySheet.h"

#include <QDate>
#include <QSizeF>
#include <QString>

#include <memory>

class QTextDocument;

namespace jalon {

// A service sheet of the local offer directory, printed for the person referred: the service and
// its structure, the key facts (type, fees, phone, e-mail, address, contact), then what it offers,
// for whom, on what conditions, the opening hours, how to apply, where it is open and how fresh
// the information is. The advisers' note is left out (it is not for the person). Built as a
// QTextDocument in the current language from DocumentHtml's pieces; every text is escaped.
class ServiceSheetDocument {
public:
    static std::unique_ptr<QTextDocument> build(const DirectorySheet& sheet, const QDate& printedOn,
                                                QSizeF pageSizePoints = PagedDocumentWriter::a4Points());
    // "Service sheet – Prêt de vélos": the document's (and PDF's) title.
    static QString title(const DirectorySheet& sheet);
    // build(), written as an A4 PDF at path.
    static Status writePdf(const DirectorySheet& sheet, const QDate& printedOn, const QString& path);
};

} // namespace jalon
