#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace MotCua
{

// A core failure as data: a code the UI turns into a translated sentence, the field it concerns (if any),
// and a technical message (English, for logs and the CLI).
struct Error
{
    enum class Code {
        Invalid,   // bad input: the CLI exits 2, nothing was changed
        NotFound,  // no such record
        Conflict,  // duplicate or state conflict
        Forbidden, // the actor's roles do not allow it
        Auth,      // authentication failed
        Db,        // SQLite failure
        Io,        // file system failure
        Corrupt,   // the store is damaged
        ReadOnly,  // the store (or its folder) cannot be written: reads still work
        Network,   // sync transport failure
        Internal,  // programming error
    };

    Code code = Code::Internal;
    QString message;
    QString field;

    static Error invalid(QString message, QString field = {})
    {
        return {Code::Invalid, std::move(message), std::move(field)};
    }
    static Error notFound(QString message) { return {Code::NotFound, std::move(message), {}}; }
    static Error conflict(QString message) { return {Code::Conflict, std::move(message), {}}; }
    static Error forbidden(QString message) { return {Code::Forbidden, std::move(message), {}}; }
    static Error auth(QString message) { return {Code::Auth, std::move(message), {}}; }
    static Error db(QString message) { return {Code::Db, std::move(message), {}}; }
    static Error io(QString message) { return {Code::Io, std::move(message), {}}; }

    // Bad usage or bad input (CLI exit code 2) versus any other failure (exit code 1).
    bool isUserError() const
    {
        return code == Code::Invalid || code == Code::NotFound || code == Code::Forbidden || code == Code::Auth ||
               code == Code::Conflict;
    }
};

QString errorCodeName(Error::Code code);

// Minimal std::expected look-alike (GCC 12 has no std::expected); keeps a later switch cheap.
template <typename T, typename E = Error> class [[nodiscard]] Expected
{
public:
    Expected(const T &value) : m_data(std::in_place_index<0>, value) {}
    Expected(T &&value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Expected(const E &error) : m_data(std::in_place_index<1>, error) {}
    Expected(E &&error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const { return m_data.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

template <typename E> class [[nodiscard]] Expected<void, E>
{
public:
    Expected() = default;
    Expected(const E &error) : m_error(error) {}
    Expected(E &&error) : m_error(std::move(error)) {}

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

template <typename T> using Result = Expected<T, Error>;

} // namespace MotCua
