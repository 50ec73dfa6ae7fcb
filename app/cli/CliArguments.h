#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace jalon::cli {

// The words of a command line split into positional words and --options, with the checks
// every command needs. Options take a value (--limit 5, --limit=5) unless declared as flags.
class CliArguments {
public:
    // Parses args; on failure error() says why (a usage error, exit code 2).
    CliArguments(const QStringList& args, const QStringList& valueOptions, const QStringList& flags);

    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    const QStringList& positional() const { return m_positional; }
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const { return m_values.value(name); }
    // The option as a whole number in [min, max]; sets error() when it is not one.
    int intValue(const QString& name, int fallback, int min, int max);

private:
    QStringList m_positional;
    QMap<QString, QString> m_values;
    QString m_error;
};

} // namespace jalon::cli
