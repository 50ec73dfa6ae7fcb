#include "settings/Settings.h"

#include <algorithm>

namespace jalon {

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QStringLiteral("Jalon"), QStringLiteral("Jalon"))) {}

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QString Settings::name(Key key) {
    switch (key) {
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::MainWindowGeometry:
        return QStringLiteral("ui/mainWindowGeometry");
    case Key::SuppressSmallCells:
        return QStringLiteral("reports/suppressSmallCells");
    case Key::SmallCellThreshold:
        return QStringLiteral("reports/smallCellThreshold");
    }
    return {};
}

QVariant Settings::defaultValue(Key key) {
    switch (key) {
    case Key::Language:
        return QStringLiteral("fr");
    case Key::MainWindowGeometry:
        return QByteArray();
    case Key::SuppressSmallCells:
        return false;
    case Key::SmallCellThreshold:
        return 4;
    }
    return {};
}

QVariant Settings::value(Key key) const {
    return m_settings->value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value) {
    if (m_settings->value(name(key), defaultValue(key)) == value) {
        return;
    }
    m_settings->setValue(name(key), value);
    Q_EMIT changed(key);
}

QString Settings::language() const {
    const QString language = value(Key::Language).toString();
    return supportedLanguages().contains(language) ? language : QStringLiteral("fr");
}

void Settings::setLanguage(const QString& language) {
    if (supportedLanguages().contains(language)) {
        setValue(Key::Language, language);
    }
}

bool Settings::suppressSmallCells() const {
    return value(Key::SuppressSmallCells).toBool();
}

void Settings::setSuppressSmallCells(bool suppress) {
    setValue(Key::SuppressSmallCells, suppress);
}

int Settings::smallCellThreshold() const {
    bool ok = false;
    const int threshold = value(Key::SmallCellThreshold).toInt(&ok);
    return ok ? std::clamp(threshold, 2, 10) : 4;
}

void Settings::setSmallCellThreshold(int threshold) {
    setValue(Key::SmallCellThreshold, std::clamp(threshold, 2, 10));
}

QByteArray Settings::bytes(Key key) const {
    return value(key).toByteArray();
}

void Settings::setBytes(Key key, const QByteArray& value) {
    setValue(key, value);
}

} // namespace jalon
