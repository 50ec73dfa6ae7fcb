#pragma once

#include <QString>
#include <QStringList>

namespace jalon {

// The lines of an embedded demo list (names, streets…): blank lines and # comments left out.
QStringList readDemoList(const QString& resource);

} // namespace jalon
