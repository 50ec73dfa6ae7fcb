#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jalon {

// The national insertion referential (carnet de bord): themes of an action plan, each with the
// objectives and actions advisers pick from. Read once from the embedded resource; French only,
// as published.
class Referential {
public:
    struct Theme {
        QString code;
        QString label;
        QStringList objectives;
        QStringList actions;
    };

    static const QList<Theme>& themes();
    static const Theme* theme(const QString& code); // null if unknown
};

} // namespace jalon
