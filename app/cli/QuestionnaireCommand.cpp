#include "CliArguments.h"
#include "CliContext.h"
#include "Commands.h"

#include "diagnostic/QuestionnaireParser.h"
#include "diagnostic/QuestionnaireStore.h"
#include "security/LocalAccount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace jalon::cli {

namespace {

// Reads a definition file, or prints why it cannot be (then returns false).
bool readDefinition(CliContext& context, const QString& path, QByteArray* content) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.fail(QCoreApplication::translate("Cli", "Cannot read %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    // Read at most one byte past the limit: a device or a pipe reports no size (/dev/zero never ends).
    *content = file.read(QuestionnaireParser::kMaxFileSize + 1);
    if (content->size() > QuestionnaireParser::kMaxFileSize) {
        context.fail(QCoreApplication::translate(
                         "Cli", "%1 is larger than 4 MB: it is not a questionnaire definition.")
                         .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

// Prints every problem of a definition that is not valid, "JSON-PATH<TAB>message"; returns the exit code.
int reportProblems(CliContext& context, const QString& path, const QList<DefinitionProblem>& problems) {
    for (const DefinitionProblem& problem : problems) {
        context.out() << problem.path << '\t' << problem.message << '\n';
    }
    context.out().flush();
    const int count = static_cast<int>(problems.size()); // lupdate skips a cast as count
    return context.fail(QCoreApplication::translate("Cli", "%n problem(s) in %1.", nullptr, count)
                            .arg(QDir::toNativeSeparators(path)));
}

// jalon-cli questionnaire validate FILE: every problem on its own line, "JSON-PATH<TAB>message".
int validate(CliContext& context, const QString& path) {
    QByteArray content;
    if (!readDefinition(context, path, &content)) {
        return Failure;
    }
    const ParsedQuestionnaire parsed = QuestionnaireParser::parse(content);
    if (!parsed.questionnaire) {
        return reportProblems(context, path, parsed.problems);
    }
    const Questionnaire& q = *parsed.questionnaire;
    context.out() << QCoreApplication::translate(
                         "Cli", "%1: valid questionnaire \"%2\" version %3, %4 themes, %5 questions, %6")
                         .arg(QDir::toNativeSeparators(path), q.id)
                         .arg(q.version)
                         .arg(q.themes.size())
                         .arg(q.questionCount())
                         .arg(q.hash)
                  << Qt::endl;
    return Success;
}

// jalon-cli questionnaire import FILE: as the local administrator; an installed version never changes.
int install(CliContext& context, const QString& path) {
    QByteArray content;
    if (!readDefinition(context, path, &content)) {
        return Failure;
    }
    if (const ParsedQuestionnaire parsed = QuestionnaireParser::parse(content); !parsed.questionnaire) {
        return reportProblems(context, path, parsed.problems); // nothing is written
    }
    if (!context.open()) {
        return Failure;
    }
    const Result<Actor> administrator = LocalAccount::ensureAdministrator(context.database());
    if (!administrator) {
        return context.fail(administrator.error());
    }
    const auto installed = QuestionnaireStore(context.database()).install(administrator.value(), content);
    if (!installed) {
        return context.fail(installed.error());
    }
    const InstalledQuestionnaire& q = installed->questionnaire;
    context.out() << (installed->outcome == QuestionnaireStore::Outcome::Installed
                          ? QCoreApplication::translate("Cli", "Installed \"%1\" version %2 (%3).")
                          : QCoreApplication::translate(
                                "Cli", "\"%1\" version %2 was already installed with this content (%3)."))
                         .arg(q.definitionId)
                         .arg(q.version)
                         .arg(q.hash)
                  << Qt::endl;
    return Success;
}

// jalon-cli questionnaire list: id, version, themes, questions, hash, title; tab-separated.
int list(CliContext& context) {
    if (!context.open()) {
        return Failure;
    }
    const auto installed = QuestionnaireStore(context.database()).list(context.actor());
    if (!installed) {
        return context.fail(installed.error());
    }
    for (const InstalledQuestionnaire& q : installed.value()) {
        context.out() << q.definitionId << '\t' << q.version << '\t' << q.themes << '\t' << q.questions
                      << '\t' << q.hash << '\t' << q.title << '\n';
    }
    context.out().flush();
    return Success;
}

} // namespace

// jalon-cli questionnaire validate|import FILE, questionnaire list
int runQuestionnaire(CliContext& context, const QStringList& args) {
    CliArguments arguments(args, {}, {});
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    const QStringList words = arguments.positional();
    if (words.value(0) == QLatin1String("validate")) {
        if (words.size() != 2) {
            return context.usage(
                QCoreApplication::translate("Cli", "questionnaire validate needs one definition file."));
        }
        return validate(context, words.at(1));
    }
    if (words.value(0) == QLatin1String("import")) {
        if (words.size() != 2) {
            return context.usage(
                QCoreApplication::translate("Cli", "questionnaire import needs one definition file."));
        }
        return install(context, words.at(1));
    }
    if (words.value(0) == QLatin1String("list") && words.size() == 1) {
        return list(context);
    }
    return context.usage(
        words.isEmpty()
            ? QCoreApplication::translate("Cli", "questionnaire needs an action: validate, import or list.")
            : QCoreApplication::translate("Cli", "Unknown questionnaire action: %1.")
                  .arg(words.constFirst()));
}

} // namespace jalon::cli
