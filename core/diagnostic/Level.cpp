#include "diagnostic/Level.h"

#include <QCoreApplication>

namespace jalon::Levels {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Level", text);
}
} // namespace

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
        return tr("not discussed");
    case Level::Resource:
        return tr("strength");
    case Level::LightNeed:
        return tr("light need");
    case Level::MajorBarrier:
        return tr("major barrier");
    case Level::BlockingBarrier:
        return tr("blocking barrier");
    }
    return {};
}

QString description(Level level) {
    switch (level) {
    case Level::NotDiscussed:
        return tr("The theme was not discussed during the interview.");
    case Level::Resource:
        return tr("A strength the person can rely on.");
    case Level::LightNeed:
        return tr("A need that information or a light step can meet.");
    case Level::MajorBarrier:
        return tr("A barrier that needs support over time.");
    case Level::BlockingBarrier:
        return tr("A barrier that prevents any step towards work for now.");
    }
    return {};
}

int severity(Level level) {
    return static_cast<int>(level);
}

} // namespace jalon::Levels
