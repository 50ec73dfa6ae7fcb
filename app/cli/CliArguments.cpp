#include "CliArguments.h"

#include <QCoreApplication>

namespace jalon::cli {

CliArguments::CliArguments(const QStringList& args, const QStringList& valueOptions,
                           const QStringList& flags) {
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (flags.contains(name) && !inlineValue) {
            m_values.insert(name, QStringLiteral("1"));
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = QCoreApplication::translate("Cli", "The option --%1 needs a value.").arg(name);
                    return;
                }
                value = args.at(++i);
            }
            m_values.insert(name, value);
        } else {
            m_error = QCoreApplication::translate("Cli", "Unknown option --%1.").arg(name);
            return;
        }
    }
}

int CliArguments::intValue(const QString& name, int fallback, int min, int max) {
    if (!has(name)) {
        return fallback;
    }
    bool ok = false;
    const int number = value(name).toInt(&ok);
    if (!ok || number < min || number > max) {
        m_error =
            QCoreApplication::translate("Cli", "The option --%1 needs a whole number between %2 and %3.")
                .arg(name)
                .arg(min)
                .arg(max);
        return fallback;
    }
    return number;
}

} // namespace jalon::cli
