// Built by a test that expects failure: jalon-core's include paths and libraries
// must not give access to Qt Widgets.
#include <QWidget>

int probeWidgetInCore() {
    return sizeof(QWidget);
}
