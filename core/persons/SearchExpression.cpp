#include "persons/SearchExpression.h"

#include "common/TextFold.h"

#include <QRegularExpression>
#include <QStringList>

namespace jalon {

namespace {
constexpr int kMaxWords = 8;
constexpr int kMaxWordLength = 40;
constexpr int kMaxInput = 400;
} // namespace

QString ftsPrefixQuery(const QString& userText) {
    QString text = userText.left(kMaxInput);
    // A date typed d/m/yyyy (or as far as typed: "15/03", "15/03/19") becomes one word, day and
    // month zero-padded, to match the stored ddmmyyyy word from its start.
    static const QRegularExpression date(
        QStringLiteral("\\b(\\d{1,2})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{0,4}))?\\b"));
    // An ISO date (yyyy-mm-dd) is the same day, written the other way round.
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
    text.replace(iso, QStringLiteral("\\3/\\2/\\1"));
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = date.match(text, from)).hasMatch()) {
        const QString joined = match.captured(1).rightJustified(2, QLatin1Char('0')) +
                               match.captured(2).rightJustified(2, QLatin1Char('0')) + match.captured(3);
        text.replace(match.capturedStart(), match.capturedLength(), joined);
        from = match.capturedStart() + joined.size();
    }
    QStringList terms;
    for (const QString& word : foldedWords(text)) {
        if (terms.size() == kMaxWords) {
            break;
        }
        // Folded words hold only letters and digits, so quoting them is enough to make them literal.
        terms << QLatin1Char('"') + word.left(kMaxWordLength) + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace jalon
