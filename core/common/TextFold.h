#pragma once

#include <QString>
#include <QStringList>

namespace jalon {

// Folds text for matching and sorting the way a French reader compares names:
// lower case, accents removed, ligatures expanded (œ → oe, æ → ae, ß → ss),
// apostrophes, hyphens and other punctuation turned into single spaces.
// "Cœur-d'Hélène" → "coeur d helene".
QString foldText(const QString& text);

// The folded words of text: runs of letters and digits only.
QStringList foldedWords(const QString& text);

// The folded text without any spaces: "N'Diaye" and "Ndiaye" both give "ndiaye".
QString foldedCompact(const QString& text);

} // namespace jalon
