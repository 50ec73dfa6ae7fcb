#pragma once

#include <QComboBox>

namespace jalon {

// A drop-down list that ignores the mouse wheel unless it has the focus, so that scrolling a long
// page of questions never changes an answer the pointer happens to pass over; the page scrolls.
class WheelSafeComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit WheelSafeComboBox(QWidget* parent = nullptr);

protected:
    void wheelEvent(QWheelEvent* event) override;
};

} // namespace jalon
