#pragma once

#include <QDate>
#include <QDateTime>

namespace jalon {

// Where core reads the time: the system clock in the application, a fixed clock in tests.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate today() const { return nowUtc().toLocalTime().date(); }

    // The process-wide clock; tests may replace it with setInstance().
    static const Clock& instance();
    static void setInstance(const Clock* clock); // nullptr restores the system clock
};

// The real wall clock.
class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that shows a time set by hand, for tests and deterministic demo data.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace jalon
