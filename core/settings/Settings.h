#pragma once

#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>

namespace jalon {

// Jalon's user preferences, typed, with their defaults in one place (Settings.cpp).
// The application uses the platform's settings store; tests pass a file of their own.
class Settings : public QObject {
    Q_OBJECT
public:
    enum class Key { Language, MainWindowGeometry, SuppressSmallCells, SmallCellThreshold };

    explicit Settings(QObject* parent = nullptr);                         // the user's settings
    explicit Settings(const QString& iniFile, QObject* parent = nullptr); // a given file

    QString language() const; // "fr" (default) or "en"
    void setLanguage(const QString& language);
    // Activity reports: whether small counts are hidden by default (off), and up to which count
    // (4, kept within 2–10).
    bool suppressSmallCells() const;
    void setSuppressSmallCells(bool suppress);
    int smallCellThreshold() const;
    void setSmallCellThreshold(int threshold);
    QByteArray bytes(Key key) const;
    void setBytes(Key key, const QByteArray& value);

    static QStringList supportedLanguages() { return {QStringLiteral("fr"), QStringLiteral("en")}; }

Q_SIGNALS:
    void changed(jalon::Settings::Key key);

private:
    static QString name(Key key);
    static QVariant defaultValue(Key key);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace jalon
