#pragma once

#include <QTextBrowser>

namespace jalon {

struct DirectorySheet;

// The service sheet pane of the directory: the service's description, who it is for, its
// conditions, fees, opening hours, contact, how to apply, where it is open and how fresh its
// information is, as read-only rich text (links open in the browser). The advisers' note and the
// "full until" mark are edited beside it, in DirectoryWidget.
class ServiceSheetView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ServiceSheetView(QWidget* parent = nullptr);

    void showSheet(const DirectorySheet& sheet);
    // An empty pane with a hint ("Choose a service…").
    void showHint(const QString& text);

    static QString html(const DirectorySheet& sheet);
};

} // namespace jalon
