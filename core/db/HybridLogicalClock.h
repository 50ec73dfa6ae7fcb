#pragma once

#include <QtGlobal>

namespace jalon {

// A hybrid logical clock: stamps that follow wall-clock milliseconds but never go backwards
// and never repeat on one device, even if the system clock is set back. A stamp packs
// milliseconds since the epoch (high 48 bits) and a counter (low 16 bits), so plain integer
// comparison orders stamps; ties between devices are broken by device id.
class HybridLogicalClock {
public:
    explicit HybridLogicalClock(qint64 last = 0)
        : m_last(last) {}

    // A new stamp for a local change.
    qint64 tick(qint64 wallMs);
    // Moves the clock past a stamp received from another device.
    void observe(qint64 remote, qint64 wallMs);
    qint64 last() const { return m_last; }

    static qint64 pack(qint64 ms, int counter) { return (ms << 16) | (counter & 0xFFFF); }
    static qint64 millis(qint64 stamp) { return stamp >> 16; }
    static int counter(qint64 stamp) { return static_cast<int>(stamp & 0xFFFF); }

private:
    qint64 m_last;
};

} // namespace jalon
