#include "diagnostic/DiagnosticPrintout.h"

#include "db/Database.h"
#include "diagnostic/Diagnostic.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/Questionnaire.h"
#include "persons/PersonStore.h"

#include <QSqlQuery>

namespace jalon {

namespace {

QString nameOfStructure(Database& database, const QString& structureId) {
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT name FROM structures WHERE id = ?"));
    query.addBindValue(structureId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// The person's validated diagnostic on the same grid just before this one, if any.
std::optional<DiagnosticSummary> previousValidated(const QList<DiagnosticSummary>& history,
                                                   const Diagnostic& diagnostic) {
    // The history is newest first: the previous one comes after this one in it.
    qsizetype start = 0;
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (history.at(i).id == diagnostic.id) {
            start = i + 1;
            break;
        }
    }
    for (qsizetype i = start; i < history.size(); ++i) {
        const DiagnosticSummary& candidate = history.at(i);
        if (candidate.id != diagnostic.id && candidate.state == Diagnostic::State::Validated &&
            candidate.questionnaireId == diagnostic.questionnaireId) {
            return candidate;
        }
    }
    return std::nullopt;
}

DiagnosticPrintout::ThemeLine themeLine(const Theme& theme, const Diagnostic& diagnostic, Level level,
                                        const std::optional<DiagnosticSummary>& previous) {
    DiagnosticPrintout::ThemeLine line;
    line.id = theme.id;
    line.label = theme.label.text();
    line.level = level;
    line.levelLabel = Levels::label(level);
    line.sensitive = theme.sensitive;
    const ThemeAssessment assessment = diagnostic.assessments.value(theme.id);
    line.comment = assessment.comment;
    line.overridden = assessment.override.has_value();
    line.overrideReason = assessment.overrideReason;
    if (previous && previous->levels.contains(theme.id)) {
        line.previousLevel = previous->levels.value(theme.id);
    }
    return line;
}

} // namespace

Result<DiagnosticPrintout> DiagnosticPrintout::gather(Database& database, const Actor& actor,
                                                      const QString& diagnosticId, bool includeSensitive) {
    DiagnosticStore diagnostics(database);
    const Result<Diagnostic> loaded = diagnostics.load(actor, diagnosticId);
    if (!loaded) {
        return loaded.status();
    }
    const Diagnostic& diagnostic = loaded.value();
    const Result<Questionnaire> questionnaire = diagnostics.questionnaireOf(actor, diagnostic);
    if (!questionnaire) {
        return questionnaire.status();
    }
    const Result<Person> person = PersonStore(database).get(actor, diagnostic.personId);
    if (!person) {
        return person.status();
    }
    const Result<QList<DiagnosticSummary>> history = diagnostics.history(actor, diagnostic.personId);
    if (!history) {
        return history.status();
    }

    DiagnosticPrintout printout;
    printout.diagnosticId = diagnostic.id;
    printout.personName = person->firstName + QLatin1Char(' ') + person->lastName.toUpper();
    printout.birthDate = person->birthDate;
    printout.structureName = nameOfStructure(database, diagnostic.structureId);
    printout.adviserName = diagnostic.adviserName;
    printout.date = diagnostic.date();
    printout.questionnaireTitle = questionnaire->title.text();
    printout.questionnaireVersion = questionnaire->version;
    printout.validated = diagnostic.isValidated();
    printout.nextSteps = diagnostic.nextSteps;

    const std::optional<DiagnosticSummary> previous = previousValidated(history.value(), diagnostic);
    if (previous) {
        printout.previousDate = previous->date();
    }
    const QMap<QString, Level> retained = DiagnosticRules::retainedLevels(questionnaire.value(), diagnostic);
    for (const Theme& theme : questionnaire->themes) {
        if (theme.sensitive && !includeSensitive) {
            printout.sensitiveLeftOut = true;
            continue;
        }
        const Level level = diagnostic.levels.value(theme.id, retained.value(theme.id));
        printout.themes.append(themeLine(theme, diagnostic, level, previous));
    }
    for (const Priority& priority : diagnostic.priorities) {
        const Theme* theme = questionnaire->theme(priority.themeId);
        if (!theme || (theme->sensitive && !includeSensitive)) {
            continue;
        }
        printout.priorities.append({theme->id, theme->label.text(), priority.objectives});
    }
    return printout;
}

} // namespace jalon
