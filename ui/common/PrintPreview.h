#pragma once

#include <functional>

class QString;
class QTextDocument;
class QWidget;

namespace jalon {

// Opens Qt's print preview on a document laid out by PagedDocumentWriter (A4, Jalon's margins and
// footer), from which the adviser prints or saves a PDF. Screens hold a PreviewRunner so that
// tests can see what would be previewed without opening a modal dialog.
void previewDocument(QTextDocument& document, const QString& title, QWidget* parent);

using PreviewRunner = std::function<void(QTextDocument& document, const QString& title)>;

} // namespace jalon
