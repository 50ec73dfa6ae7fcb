// Control for widget_in_docs.cpp: a Qt Gui include in jalon-docs' context builds.
#include <QPainter>

int probeGuiInDocs() {
    return static_cast<int>(sizeof(QPainter));
}
