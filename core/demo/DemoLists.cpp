#include "demo/DemoLists.h"

#include <QFile>
#include <QTextStream>

namespace jalon {

QStringList readDemoList(const QString& resource) {
    QStringList items;
    QFile file(resource);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&file);
        QString line;
        while (in.readLineInto(&line)) {
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
                items << line.trimmed();
            }
        }
    }
    return items;
}

} // namespace jalon
