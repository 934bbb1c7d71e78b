// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlcheck.h"

#include "issueformparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <sstream>

using namespace Qt::StringLiterals;

namespace Casebook::Yaml {

namespace {

// YAML 1.1 reads these plain words as booleans. GitHub refuses them as keys; as values they
// are booleans, never the text they look like.
constexpr std::array booleanValues{"true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES",
                                   "no",   "No",   "NO",   "on",    "On",    "ON",    "off", "Off", "OFF"};
constexpr std::array booleanKeysOnly{"y", "Y", "n", "N"};

template<std::size_t N>
bool contains(const std::array<const char *, N> &words, const std::string &word)
{
    return std::any_of(words.begin(), words.end(), [&](const char *w) { return word == w; });
}

bool looksLikeNumber(const QString &text)
{
    static const QRegularExpression number(uR"re(^(?:[-+]?(?:0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+))re"
                                           uR"re(|[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?)re"
                                           uR"re(|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$)re"_s);
    return number.match(text).hasMatch();
}

} // namespace

QString toQString(const YAML::Node &scalar)
{
    return QString::fromStdString(scalar.Scalar());
}

Kind kindOf(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return Kind::Null;
    if (node.IsSequence())
        return Kind::Sequence;
    if (node.IsMap())
        return Kind::Map;
    const std::string &tag = node.Tag();
    if (tag == "tag:yaml.org,2002:bool")
        return Kind::Bool;
    if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float")
        return Kind::Number;
    if (tag != "?")
        return Kind::String; // quoted, block scalar, or explicitly tagged as text
    if (contains(booleanValues, node.Scalar()))
        return Kind::Bool;
    if (looksLikeNumber(toQString(node)))
        return Kind::Number;
    return Kind::String;
}

Checker::Checker(QString file)
    : m_file(std::move(file))
{
}

QString tooLargeMessage(qint64 bytes)
{
    const QLocale locale;
    //: %1 the file's size, %2 the largest size read ("512 KB")
    return QCoreApplication::translate("Casebook::IssueFormParser",
                                       "the file is too large for a template: %1 (at most %2)")
        .arg(locale.formattedDataSize(bytes), locale.formattedDataSize(maxTemplateBytes));
}

namespace {

/// 1-based line and column (in characters) of byte `at`.
std::pair<int, int> positionOf(const QByteArray &text, qsizetype at)
{
    const QByteArrayView before = QByteArrayView(text).first(at);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    int column = 1;
    for (qsizetype i = lineStart; i < at; ++i)
        column += (uchar(text.at(i)) & 0xC0) == 0x80 ? 0 : 1; // continuation bytes add no character
    return {int(before.count('\n')) + 1, column};
}

/// The offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder.decode(text));
    if (!decoder.hasError())
        return -1;
    // Qt says whether; this walk (RFC 3629) says where, naming the start of the bad sequence.
    const auto *bytes = reinterpret_cast<const uchar *>(text.constData());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t point = 0;
        char32_t smallest = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2, point = lead & 0x1F, smallest = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3, point = lead & 0x0F, smallest = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4, point = lead & 0x07, smallest = 0x10000;
        } else {
            return i;
        }
        if (size - i < length)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            point = (point << 6) | (bytes[i + k] & 0x3F);
        }
        if (point < smallest || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
            return i;
        i += length;
    }
    return 0;
}

/// Walks the parse events (aliases are not expanded) and stops at the first list or map
/// nested deeper than maxTemplateDepth. yaml-cpp's own guard stops at 2000 levels with
/// nothing but "bad file" to say.
class DepthProbe final : public YAML::EventHandler
{
public:
    struct TooDeep
    {
        YAML::Mark mark;
    };

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        enter(mark);
    }
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        enter(mark);
    }
    void OnMapEnd() override { --m_depth; }

private:
    void enter(const YAML::Mark &mark)
    {
        if (++m_depth > maxTemplateDepth)
            throw TooDeep{mark};
    }

    int m_depth = 0;
};

} // namespace

std::optional<YAML::Node> Checker::load(const QByteArray &yaml)
{
    // Each of these is decided before the parser sees a byte.
    if (yaml.size() > maxTemplateBytes) {
        errorAt(1, 1, tooLargeMessage(yaml.size()));
        return std::nullopt;
    }
    if (const qsizetype nul = yaml.indexOf('\0'); nul >= 0) {
        const auto [line, column] = positionOf(yaml, nul);
        errorAt(line, column,
                QCoreApplication::translate("Casebook::IssueFormParser",
                                            "the file contains a NUL byte; a template is UTF-8 text"));
        return std::nullopt;
    }
    if (const qsizetype bad = firstInvalidUtf8(yaml); bad >= 0) {
        const auto [line, column] = positionOf(yaml, bad);
        errorAt(line, column,
                QCoreApplication::translate("Casebook::IssueFormParser",
                                            "the file is not valid UTF-8 text here (byte 0x%1)")
                    .arg(uint(uchar(yaml.at(bad))), 2, 16, QChar(u'0')));
        return std::nullopt;
    }
    const std::string text = yaml.toStdString();
    try {
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        DepthProbe probe;
        // The first document only, as YAML::Load reads: on some broken input (found by
        // fuzz_issueform) yaml-cpp reports a next document for ever without reading a byte.
        parser.HandleNextDocument(probe);
    } catch (const DepthProbe::TooDeep &deep) {
        errorAt(
            deep.mark.line + 1, deep.mark.column + 1,
            QCoreApplication::translate("Casebook::IssueFormParser",
                                        "lists and maps are nested deeper than %1 levels here; a form needs far fewer")
                .arg(maxTemplateDepth));
        return std::nullopt;
    } catch (const YAML::Exception &) { // NOLINT(bugprone-empty-catch)
        // Reported with its position by the load below.
    }
    try {
        YAML::Node root = YAML::Load(text);
        return root;
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 1 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 1 : e.mark.column + 1;
        //: %1 is the YAML parser's own (English) description of the problem.
        errorAt(line, column,
                QCoreApplication::translate("Casebook::IssueFormParser", "this is not valid YAML: %1")
                    .arg(QString::fromStdString(e.msg)));
        return std::nullopt;
    }
}

QString Checker::placed(const QString &message) const
{
    return m_context.isEmpty() ? message : m_context + u": "_s + message;
}

void Checker::add(FormProblem::Severity severity, const YAML::Node &at, const QString &message)
{
    const YAML::Mark mark = at.IsDefined() ? at.Mark() : YAML::Mark::null_mark();
    FormProblem problem;
    problem.severity = severity;
    problem.file = m_file;
    problem.line = mark.is_null() ? 1 : mark.line + 1;
    problem.column = mark.is_null() ? 1 : mark.column + 1;
    problem.message = message;
    m_problems.append(problem);
}

void Checker::error(const YAML::Node &at, const QString &message)
{
    add(FormProblem::Severity::Error, at, message);
}

void Checker::errorAt(int line, int column, const QString &message)
{
    m_problems.append(FormProblem{FormProblem::Severity::Error, m_file, line, column, message});
}

void Checker::warning(const YAML::Node &at, const QString &message)
{
    add(FormProblem::Severity::Warning, at, message);
}

std::optional<Entry> Checker::find(const YAML::Node &map, std::string_view key)
{
    if (!map.IsMap())
        return std::nullopt;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return Entry{it->first, it->second};
    }
    return std::nullopt;
}

void Checker::checkKeys(const YAML::Node &map, std::initializer_list<std::string_view> permitted, const QString &where)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first; // a copy: the iterator hands out a temporary
        if (!key.IsScalar()) {
            error(
                key,
                QCoreApplication::translate("Casebook::IssueFormParser", "%1: a key must be a plain word").arg(where));
            continue;
        }
        const std::string &word = key.Scalar();
        if (kindOf(key) == Kind::Bool || contains(booleanKeysOnly, word)) {
            error(key,
                  QCoreApplication::translate("Casebook::IssueFormParser",
                                              "%1: `%2` is a forbidden key, YAML reads it as a boolean")
                      .arg(where, toQString(key)));
            continue;
        }
        if (std::find(permitted.begin(), permitted.end(), word) == permitted.end()) {
            // GitHub's editor flags unknown keys, yet real templates carry them (comments as
            // keys, keys of other tools); ignoring them keeps such a template usable.
            warning(key,
                    QCoreApplication::translate("Casebook::IssueFormParser",
                                                "%1: `%2` is not a key GitHub knows here; it is ignored")
                        .arg(where, toQString(key)));
        }
    }
}

std::optional<QString> Checker::text(const std::optional<Entry> &entry, const QString &what, Numbers numbers)
{
    if (!entry)
        return std::nullopt;
    const Kind kind = kindOf(entry->value);
    if (kind == Kind::Null) {
        error(entry->key,
              placed(QCoreApplication::translate("Casebook::IssueFormParser", "`%1` must not be empty").arg(what)));
        return std::nullopt;
    }
    if (kind == Kind::String || (kind == Kind::Number && numbers == Numbers::AsText)) {
        QString value = toQString(entry->value);
        if (value.trimmed().isEmpty()) {
            error(entry->value,
                  placed(QCoreApplication::translate("Casebook::IssueFormParser", "`%1` must not be empty").arg(what)));
            return std::nullopt;
        }
        return value;
    }
    if (kind == Kind::Bool || kind == Kind::Number) {
        error(entry->value,
              placed(QCoreApplication::translate("Casebook::IssueFormParser",
                                                 "`%1` must be a string; put quotes around %2")
                         .arg(what, toQString(entry->value))));
    } else {
        error(entry->value,
              placed(QCoreApplication::translate("Casebook::IssueFormParser", "`%1` must be a string").arg(what)));
    }
    return std::nullopt;
}

QString Checker::optionalText(const std::optional<Entry> &entry, const QString &what, Numbers numbers)
{
    if (!entry)
        return {};
    const Kind kind = kindOf(entry->value);
    if (kind == Kind::Null)
        return {};
    if (kind == Kind::String && toQString(entry->value).trimmed().isEmpty())
        return {};
    return text(entry, what, numbers).value_or(QString());
}

std::optional<bool> Checker::boolean(const std::optional<Entry> &entry, const QString &what)
{
    if (!entry)
        return std::nullopt;
    if (kindOf(entry->value) != Kind::Bool) {
        error(entry->value.IsNull() ? entry->key : entry->value,
              placed(QCoreApplication::translate("Casebook::IssueFormParser", "`%1` must be true or false").arg(what)));
        return std::nullopt;
    }
    const std::string &word = entry->value.Scalar();
    return word == "true" || word == "True" || word == "TRUE" || word == "yes" || word == "Yes" || word == "YES"
        || word == "on" || word == "On" || word == "ON";
}

std::optional<int> Checker::integer(const std::optional<Entry> &entry, const QString &what)
{
    if (!entry)
        return std::nullopt;
    bool ok = false;
    const int value = kindOf(entry->value) == Kind::Number ? toQString(entry->value).toInt(&ok) : 0;
    if (!ok) {
        error(
            entry->value.IsNull() ? entry->key : entry->value,
            placed(QCoreApplication::translate("Casebook::IssueFormParser", "`%1` must be a whole number").arg(what)));
        return std::nullopt;
    }
    return value;
}

QStringList Checker::list(const std::optional<Entry> &entry, const QString &what)
{
    QStringList out;
    if (!entry)
        return out;
    const Kind kind = kindOf(entry->value);
    if (kind == Kind::String) {
        // GitHub accepts `labels: bug, triage` as well as a YAML list.
        const QStringList parts = toQString(entry->value).split(u',');
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        }
        // GitHub reads `labels: ''` as no labels; only the Markdown templates' habit, not a mistake.
        return out;
    }
    if (kind != Kind::Sequence) {
        error(entry->value.IsNull() ? entry->key : entry->value,
              placed(QCoreApplication::translate("Casebook::IssueFormParser",
                                                 "`%1` must be a list or a comma-separated string")
                         .arg(what)));
        return out;
    }
    for (const YAML::Node &item : entry->value) {
        const Kind itemKind = kindOf(item);
        if ((itemKind != Kind::String && itemKind != Kind::Number) || toQString(item).trimmed().isEmpty()) {
            error(item,
                  placed(QCoreApplication::translate("Casebook::IssueFormParser",
                                                     "each entry of `%1` must be a non-empty string")
                             .arg(what)));
            continue;
        }
        out.append(toQString(item).trimmed());
    }
    return out;
}

bool Checker::hasErrors() const
{
    return std::any_of(m_problems.begin(), m_problems.end(),
                       [](const FormProblem &p) { return p.severity == FormProblem::Severity::Error; });
}

} // namespace Casebook::Yaml
