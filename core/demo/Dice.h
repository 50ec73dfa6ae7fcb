#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace jalon {

// Draws from the generator so that the same seed gives the same sequence everywhere.
class Dice {
public:
    explicit Dice(quint32 seed)
        : m_random(seed) {}
    int below(int n) { return static_cast<int>(m_random.bounded(static_cast<quint32>(n))); }
    bool chance(int percent) { return below(100) < percent; }
    const QString& pick(const QStringList& list) { return list.at(below(static_cast<int>(list.size()))); }
    QString digits(int count) {
        QString out;
        for (int i = 0; i < count; ++i) {
            out += QLatin1Char(static_cast<char>('0' + below(10)));
        }
        return out;
    }
    QString uuid() {
        QUuid id(static_cast<uint>(m_random.generate()), static_cast<ushort>(m_random.generate()),
                 static_cast<ushort>((m_random.generate() & 0x0FFF) | 0x4000),
                 static_cast<uchar>((m_random.generate() & 0x3F) | 0x80),
                 static_cast<uchar>(m_random.generate()), static_cast<uchar>(m_random.generate()),
                 static_cast<uchar>(m_random.generate()), static_cast<uchar>(m_random.generate()),
                 static_cast<uchar>(m_random.generate()), static_cast<uchar>(m_random.generate()),
                 static_cast<uchar>(m_random.generate()));
        return id.toString(QUuid::WithoutBraces);
    }

private:
    QRandomGenerator m_random;
};

} // namespace jalon
