#pragma once

#include <QString>
#include <QUuid>

namespace jalon {

// A new random (version 4) UUID as 36 lowercase characters: the key of every user-data row,
// created offline on any device without collisions.
inline QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// True when text is a UUID in the form newId() produces.
inline bool isId(const QString& text) {
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace jalon
