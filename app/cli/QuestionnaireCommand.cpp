#include "CliArguments.h"
#include "CliContext.h"
#include "Commands.h"

#include "diagnostic/QuestionnaireParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace jalon::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Cli", text);
}

// jalon-cli questionnaire validate FILE: every problem on its own line, "JSON-PATH<TAB>message".
int validate(CliContext& context, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(
            tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > QuestionnaireParser::kMaxFileSize) {
        return context.fail(tr("%1 is larger than 4 MB: it is not a questionnaire definition.")
                                .arg(QDir::toNativeSeparators(path)));
    }
    const ParsedQuestionnaire parsed = QuestionnaireParser::parse(file.readAll());
    if (!parsed.questionnaire) {
        for (const DefinitionProblem& problem : parsed.problems) {
            context.out() << problem.path << '\t' << problem.message << '\n';
        }
        context.out().flush();
        return context.fail(QCoreApplication::translate("Cli", "%n problem(s) in %1.", nullptr,
                                                        static_cast<int>(parsed.problems.size()))
                                .arg(QDir::toNativeSeparators(path)));
    }
    const Questionnaire& q = *parsed.questionnaire;
    context.out() << tr("%1: valid questionnaire \"%2\" version %3, %4 themes, %5 questions, %6")
                         .arg(QDir::toNativeSeparators(path), q.id)
                         .arg(q.version)
                         .arg(q.themes.size())
                         .arg(q.questionCount())
                         .arg(q.hash)
                  << Qt::endl;
    return Success;
}

} // namespace

// jalon-cli questionnaire validate FILE
int runQuestionnaire(CliContext& context, const QStringList& args) {
    CliArguments arguments(args, {}, {});
    if (!arguments.isValid()) {
        return context.usage(arguments.error());
    }
    const QStringList words = arguments.positional();
    if (words.value(0) == QLatin1String("validate")) {
        if (words.size() != 2) {
            return context.usage(tr("questionnaire validate needs one definition file."));
        }
        return validate(context, words.at(1));
    }
    return context.usage(words.isEmpty() ? tr("questionnaire needs an action: validate.")
                                         : tr("Unknown questionnaire action: %1.").arg(words.constFirst()));
}

} // namespace jalon::cli
