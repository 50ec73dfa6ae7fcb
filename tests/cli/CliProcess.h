// Runs the real jalon-cli binary in a private sandbox, for the CLI tests.
#pragma once

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// What one run of jalon-cli produced.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// A temporary folder holding the database and the settings and data folders jalon-cli sees, so
// that no test reads or writes the real user's files, and tests running in parallel do not meet.
class CliSandbox {
public:
    CliSandbox() { REQUIRE(m_dir.isValid()); }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // The environment jalon-cli runs with: no JALON_DB, private XDG folders and home.
    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("JALON_DB"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    // jalon-cli with exactly these arguments and this environment.
    CliRun runRaw(const QStringList& args, const QProcessEnvironment& env) const {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(JALON_CLI_PATH), args);
        REQUIRE(process.waitForStarted(30000));
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(180000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // jalon-cli --db <sandbox database> --lang en <args>.
    CliRun run(const QStringList& args) const {
        return runRaw(
            QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"), QStringLiteral("en")} +
                args,
            environment());
    }

private:
    QTemporaryDir m_dir;
};

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
