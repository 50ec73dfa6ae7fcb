#pragma once

#include <QStringList>

namespace jalon::cli {

class CliContext;

// Each command takes the words after its name and returns the process exit code.
int runDemo(CliContext& context, const QStringList& args);
int runDiagnostic(CliContext& context, const QStringList& args);
int runDirectory(CliContext& context, const QStringList& args);
int runIntake(CliContext& context, const QStringList& args);
int runPathway(CliContext& context, const QStringList& args);
int runPersons(CliContext& context, const QStringList& args);
int runReport(CliContext& context, const QStringList& args);
int runQuestionnaire(CliContext& context, const QStringList& args);

} // namespace jalon::cli
