#include "diagnostic/Level.h"

#include <QCoreApplication>

namespace jalon::Levels {

QList<Level> all() {
    return {Level::NotDiscussed, Level::Resource, Level::LightNeed, Level::MajorBarrier,
            Level::BlockingBarrier};
}

QString code(Level level) {
    switch (level) {
    case Level::NotDiscussed:
        return QStringLiteral("not_discussed");
    case Level::Resource:
        return QStringLiteral("resource");
    case Level::LightNeed:
        return QStringLiteral("light_need");
    case Level::MajorBarrier:
        return QStringLiteral("major_barrier");
    case Level::BlockingBarrier:
        return QStringLiteral("blocking_barrier");
    }
    return {};
}

bool fromCode(const QString& text, Level* level) {
    for (Level candidate : all()) {
        if (code(candidate) == text) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

QString label(Level level) {
    switch (level) {
    case Level::NotDiscussed:
        return QCoreApplication::translate("Level", "not discussed");
    case Level::Resource:
        return QCoreApplication::translate("Level", "strength");
    case Level::LightNeed:
        return QCoreApplication::translate("Level", "light need");
    case Level::MajorBarrier:
        return QCoreApplication::translate("Level", "major barrier");
    case Level::BlockingBarrier:
        return QCoreApplication::translate("Level", "blocking barrier");
    }
    return {};
}

QString description(Level level) {
    switch (level) {
    case Level::NotDiscussed:
        return QCoreApplication::translate("Level", "The theme was not discussed during the interview.");
    case Level::Resource:
        return QCoreApplication::translate("Level", "A strength the person can rely on.");
    case Level::LightNeed:
        return QCoreApplication::translate("Level", "A need that information or a light step can meet.");
    case Level::MajorBarrier:
        return QCoreApplication::translate("Level", "A barrier that needs support over time.");
    case Level::BlockingBarrier:
        return QCoreApplication::translate("Level", "A barrier that prevents any step towards work for now.");
    }
    return {};
}

int severity(Level level) {
    return static_cast<int>(level);
}

} // namespace jalon::Levels
