#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace jalon {

// The outcome of an operation that can fail with a message a person can act on.
// Core never throws across its boundary: it returns a Status or a Result<T>.
class Status {
public:
    static Status ok() { return Status(); }
    static Status fail(QString message) { return Status(std::move(message)); }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const QString& error() const {
        static const QString none;
        return m_error ? *m_error : none;
    }

private:
    Status() = default;
    explicit Status(QString message)
        : m_error(std::move(message)) {}
    std::optional<QString> m_error;
};

// A value or the reason it could not be produced.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {} // NOLINT: implicit on purpose, like std::expected
    Result(Status failure)
        : m_status(std::move(failure)) {} // NOLINT
    static Result fail(QString message) { return Result(Status::fail(std::move(message))); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const QString& error() const { return m_status.error(); }
    Status status() const { return m_status; }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
    Status m_status = Status::ok();
};

} // namespace jalon
