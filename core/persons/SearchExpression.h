#pragma once

#include <QString>

namespace jalon {

// Turns whatever a person types in a search field into a safe FTS5 query: the text is
// folded (case, accents, ligatures), split into words of letters and digits, and each word
// becomes a quoted prefix term ("hele"*), all required. Operators, quotes, NEAR(, column
// filters and other syntax never reach FTS5. A date typed d/m/yyyy, even in part, becomes one
// word ddmmyyyy, zero-padded. Returns an empty string when nothing searchable is left.
QString ftsPrefixQuery(const QString& userText);

} // namespace jalon
