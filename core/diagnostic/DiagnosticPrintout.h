#pragma once

#include "common/Result.h"
#include "diagnostic/Level.h"
#include "security/Actor.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jalon {

class Database;

// Everything the printed summary of one diagnostic shows, already looked up and translated, so
// that a document (jalon-docs) or a screen only lays it out. gather() reads it through the stores,
// which check the actor's permissions. Themes the person asked to keep out (sensitive ones) are
// left out entirely: no level, no comment, no priority, not on the radar.
struct DiagnosticPrintout {
    // One theme of the grid, in questionnaire order.
    struct ThemeLine {
        QString id;
        QString label;
        Level level = Level::NotDiscussed;
        QString levelLabel; // Levels::label(level)
        QString comment;
        bool overridden = false; // the adviser replaced the level the answers give
        QString overrideReason;
        bool sensitive = false;
        // The level at the person's previous validated diagnostic on the same grid, if any.
        std::optional<Level> previousLevel;
    };
    // A priority theme with the objectives chosen for the action plan.
    struct PriorityLine {
        QString themeId;
        QString themeLabel;
        QStringList objectives;
    };

    QString diagnosticId;
    QString personName; // "Hélène DURAND"
    QDate birthDate;
    QString structureName;
    QString adviserName;
    QDate date; // Diagnostic::date(): validation, else creation
    QString questionnaireTitle;
    int questionnaireVersion = 0;
    bool validated = false;
    QList<ThemeLine> themes;
    QList<PriorityLine> priorities;
    QString nextSteps;
    // The date of the previous validated diagnostic the previous levels come from, if any.
    std::optional<QDate> previousDate;
    // Sensitive themes were left out at the person's request.
    bool sensitiveLeftOut = false;

    static Result<DiagnosticPrintout> gather(Database& database, const Actor& actor,
                                             const QString& diagnosticId, bool includeSensitive);
};

} // namespace jalon
