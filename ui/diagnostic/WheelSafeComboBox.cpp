#include "diagnostic/WheelSafeComboBox.h"

#include <QWheelEvent>

namespace jalon {

WheelSafeComboBox::WheelSafeComboBox(QWidget* parent)
    : QComboBox(parent) {
    setFocusPolicy(Qt::StrongFocus); // not the wheel: a wheel over it must not take the focus
}

void WheelSafeComboBox::wheelEvent(QWheelEvent* event) {
    if (!hasFocus()) {
        event->ignore(); // to the parent: the scroll area scrolls
        return;
    }
    QComboBox::wheelEvent(event);
}

} // namespace jalon
