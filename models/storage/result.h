// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Casebook {

/// What went wrong, in words a person can act on. Storage never throws; it returns this.
struct Error
{
    enum class Kind {
        Invalid, ///< the caller's input is not acceptable (bad URL, empty subject, ...)
        Connection, ///< the server cannot be reached
        Authentication, ///< the server refused the credentials
        ReadOnly, ///< the database cannot be written
        Corrupt, ///< the file is not a database or is damaged
        DiskFull,
        SchemaTooNew, ///< written by a newer Casebook; left untouched
        Migration, ///< an upgrade failed and was rolled back
        Conflict, ///< someone else changed the row first (version mismatch)
        NotFound,
        Query, ///< any other database error
        Io, ///< a file outside the database could not be read or written
    };

    Kind kind = Kind::Query;
    QString message; ///< translated, for people
    QString detail; ///< the driver's own text, for logs and "Details"
};

/// A value or an Error; the shape of every store call.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const T &operator*() const & { return value(); }
    [[nodiscard]] const T *operator->() const { return &value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success without a value.
struct Done
{
};
using Status = Result<Done>;

} // namespace Casebook
