// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/bugreports: the only header that sees yaml-cpp, which stays a private
// dependency of casebook_models.

#include "issueform.h"
#include "models/storage/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <string_view>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace Casebook::Yaml {

/// What a node holds, read as GitHub's YAML 1.1 parser (Ruby's Psych) reads plain scalars.
enum class Kind { Null, Bool, Number, String, Sequence, Map };
[[nodiscard]] Kind kindOf(const YAML::Node &node);

/// A key and its value, so messages can point at either.
struct Entry
{
    YAML::Node key;
    YAML::Node value;
};

/// Collects positioned problems while a template is read. Every read either returns a value
/// or records why not, so one pass reports all problems instead of stopping at the first.
class Checker final
{
public:
    explicit Checker(QString file);

    /**
     * The document's root, or nothing after recording why not and where: a text larger than
     * maxTemplateBytes (refused before parsing), a NUL byte or invalid UTF-8, nesting deeper
     * than maxTemplateDepth, or the parser's own error.
     */
    [[nodiscard]] std::optional<YAML::Node> load(const QByteArray &yaml);

    void error(const YAML::Node &at, const QString &message);
    void errorAt(int line, int column, const QString &message);
    void warning(const YAML::Node &at, const QString &message);

    [[nodiscard]] static std::optional<Entry> find(const YAML::Node &map, std::string_view key);
    /// Warns about keys outside `permitted`; refuses the YAML 1.1 boolean words as keys.
    void checkKeys(const YAML::Node &map, std::initializer_list<std::string_view> permitted, const QString &where);

    enum class Numbers { Refuse, AsText };
    /// A non-empty string, or nothing (recording why when the entry is there but unusable).
    [[nodiscard]] std::optional<QString> text(const std::optional<Entry> &entry, const QString &what,
                                              Numbers numbers = Numbers::Refuse);
    /// An optional string: empty or null reads as empty, as GitHub reads it; other kinds are errors.
    [[nodiscard]] QString optionalText(const std::optional<Entry> &entry, const QString &what,
                                       Numbers numbers = Numbers::AsText);
    [[nodiscard]] std::optional<bool> boolean(const std::optional<Entry> &entry, const QString &what);
    [[nodiscard]] std::optional<int> integer(const std::optional<Entry> &entry, const QString &what);
    /// A list of strings, given as a YAML sequence or as one comma-separated string.
    [[nodiscard]] QStringList list(const std::optional<Entry> &entry, const QString &what);

    /// Prefixes the messages of later reads (text, boolean, ...), e.g. "body[2]".
    void setContext(const QString &context) { m_context = context; }

    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] QList<FormProblem> takeProblems() { return std::move(m_problems); }

private:
    void add(FormProblem::Severity severity, const YAML::Node &at, const QString &message);
    [[nodiscard]] QString placed(const QString &message) const;

    QString m_file;
    QList<FormProblem> m_problems;
    QString m_context;
};

[[nodiscard]] QString toQString(const YAML::Node &scalar);

/// "the file is too large for a template: 10 MB (at most 512 KB)", for a text of `bytes`.
[[nodiscard]] QString tooLargeMessage(qint64 bytes);

/// The value when no problem is an error; otherwise an Invalid error whose message is the first
/// error and whose details list every problem.
[[nodiscard]] inline bool isError(const FormProblem &p)
{
    return p.severity == FormProblem::Severity::Error;
}
[[nodiscard]] inline bool noErrors(const QList<FormProblem> &problems)
{
    return std::none_of(problems.begin(), problems.end(), isError);
}

template<typename T>
Result<T> resultOf(T value, const QList<FormProblem> &problems)
{
    if (noErrors(problems))
        return value;
    QStringList lines;
    QString first;
    for (const FormProblem &p : problems) {
        lines.append(p.toString());
        if (first.isEmpty() && isError(p))
            first = p.toString();
    }
    return Error{Error::Kind::Invalid, first, lines.join(u'\n')};
}

} // namespace Casebook::Yaml
