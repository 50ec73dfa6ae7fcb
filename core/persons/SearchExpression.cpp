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
    static const QRegularExpression date(QStringLiteral("\\b(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})\\b"));
    QRegularExpressionMatch match;
    while ((match = date.match(text)).hasMatch()) {
        const QString padded =
            QStringLiteral("%1 %2 %3")
                .arg(match.captured(1).rightJustified(2, QLatin1Char('0')),
                     match.captured(2).rightJustified(2, QLatin1Char('0')), match.captured(3));
        text.replace(match.capturedStart(), match.capturedLength(), padded);
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
