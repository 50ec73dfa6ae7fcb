// Built by a test that expects failure: jalon-docs' include paths and libraries (Qt Gui)
// must not give access to Qt Widgets.
#include <QWidget>

int probeWidgetInDocs() {
    return sizeof(QWidget);
}
