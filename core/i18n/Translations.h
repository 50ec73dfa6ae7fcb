#pragma once

#include <QString>

class QCoreApplication;

namespace jalon {

// Installs Jalon's translation (embedded .qm) and Qt's own for a language, "fr" or "en".
// English is the source language, so "en" installs Qt's English only.
// Returns false if the language is unknown or its Jalon catalogue is missing.
bool installTranslations(QCoreApplication& app, const QString& language);

} // namespace jalon
