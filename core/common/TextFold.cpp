#include "common/TextFold.h"

namespace jalon {

namespace {

// Letters that Unicode decomposition does not split into a base letter plus marks.
QString expandSpecial(QChar c) {
    switch (c.unicode()) {
    case 0x0153: // œ
    case 0x0152: // Œ
        return QStringLiteral("oe");
    case 0x00E6: // æ
    case 0x00C6: // Æ
        return QStringLiteral("ae");
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00F8: // ø
    case 0x00D8: // Ø
        return QStringLiteral("o");
    case 0x0142: // ł
    case 0x0141: // Ł
        return QStringLiteral("l");
    case 0x0111: // đ
    case 0x0110: // Đ
        return QStringLiteral("d");
    default:
        return {};
    }
}

} // namespace

QString foldText(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing) {
            continue;
        }
        QString piece = expandSpecial(c);
        if (piece.isEmpty() && c.isLetterOrNumber()) {
            piece = c.toLower();
        }
        if (piece.isEmpty()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += piece;
    }
    return out;
}

QStringList foldedWords(const QString& text) {
    return foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString foldedCompact(const QString& text) {
    return foldText(text).remove(QLatin1Char(' '));
}

} // namespace jalon
