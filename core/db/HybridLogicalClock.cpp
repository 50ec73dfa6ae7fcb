#include "db/HybridLogicalClock.h"

#include <algorithm>

namespace jalon {

qint64 HybridLogicalClock::tick(qint64 wallMs) {
    const qint64 lastMs = millis(m_last);
    if (wallMs > lastMs) {
        m_last = pack(wallMs, 0);
    } else if (counter(m_last) < 0xFFFF) {
        m_last = pack(lastMs, counter(m_last) + 1);
    } else {
        m_last = pack(lastMs + 1, 0); // counter exhausted: borrow from the next millisecond
    }
    return m_last;
}

void HybridLogicalClock::observe(qint64 remote, qint64 wallMs) {
    m_last = std::max(m_last, remote);
    tick(wallMs);
}

} // namespace jalon
