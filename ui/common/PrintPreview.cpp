#include "common/PrintPreview.h"

#include "documents/PagedDocumentWriter.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace jalon {

void previewDocument(QTextDocument& document, const QString& title, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    PagedDocumentWriter::setUpPage(printer);
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&document](QPrinter* target) { PagedDocumentWriter::print(document, *target); });
    preview.exec();
}

} // namespace jalon
