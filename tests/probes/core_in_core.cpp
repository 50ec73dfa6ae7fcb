// Control for widget_in_core.cpp: a Qt Core include in core's context builds.
#include <QString>

int probeCoreInCore() {
    return static_cast<int>(sizeof(QString));
}
