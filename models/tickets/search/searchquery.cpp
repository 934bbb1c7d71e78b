// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include "models/storage/dialect.h"
#include "models/tickets/ticket.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

struct FieldInfo
{
    SearchQuery::Field field;
    const char *name;
};

constexpr FieldInfo fields[] = {
    {SearchQuery::Field::Status, "status"},
    {SearchQuery::Field::Tag, "tag"},
    {SearchQuery::Field::Assignee, "assignee"},
    {SearchQuery::Field::Customer, "customer"},
    {SearchQuery::Field::Channel, "channel"},
    {SearchQuery::Field::Severity, "severity"},
    {SearchQuery::Field::Complexity, "complexity"},
    {SearchQuery::Field::Is, "is"},
    {SearchQuery::Field::Before, "before"},
    {SearchQuery::Field::After, "after"},
    {SearchQuery::Field::From, "from"},
    // Aliases, named as the inbox's columns are; the first name above stays the field's name.
    {SearchQuery::Field::Tag, "tags"},
};

template<typename Names>
QStringList allNames(const Names &names)
{
    QStringList result;
    for (const auto &item : names.items)
        result.append(QString::fromLatin1(item.second));
    return result;
}

// Words as the full-text indexes see them: letters and digits; the rest separates.
QStringList words(const QString &text)
{
    static const QRegularExpression separator(u"[^\\p{L}\\p{N}_]+"_s);
    return text.split(separator, Qt::SkipEmptyParts);
}

// Checks a filter's value against the closed list the field allows.
std::optional<QString> checkValue(SearchQuery::Field field, const QString &value, QDate today)
{
    const QString lower = value.toLower();
    auto oneOf = [&](const QStringList &allowed) -> std::optional<QString> {
        if (allowed.contains(lower))
            return lower;
        return std::nullopt;
    };
    switch (field) {
    case SearchQuery::Field::Status:
        return lower == u"on-hold" ? std::optional(u"on_hold"_s) : oneOf(allNames(ticketStatusNames));
    case SearchQuery::Field::Channel:
        return oneOf(allNames(channelNames));
    case SearchQuery::Field::Severity:
        return oneOf(allNames(severityNames));
    case SearchQuery::Field::Complexity: {
        // The words the ticket shows ("quick answer", "blocking"), beside the stored ones.
        static const QHash<QString, QString> shown{
            {u"quick"_s, u"simple"_s},      {u"quick-answer"_s, u"simple"_s}, {u"investigation"_s, u"complex"_s},
            {u"blocking"_s, u"critical"_s}, {u"feature"_s, u"proposal"_s},    {u"feature-request"_s, u"proposal"_s}};
        if (const auto found = shown.constFind(lower); found != shown.cend())
            return *found;
        return oneOf(allNames(complexityNames));
    }
    case SearchQuery::Field::Is:
        return oneOf({u"unassigned"_s, u"assigned"_s, u"untagged"_s, u"private"_s, u"breaching"_s, u"unanswered"_s,
                      u"answered"_s, u"premium"_s, u"critical"_s, u"merged"_s});
    case SearchQuery::Field::Before:
    case SearchQuery::Field::After: {
        if (lower == u"today")
            return today.toString(Qt::ISODate);
        if (lower == u"yesterday")
            return today.addDays(-1).toString(Qt::ISODate);
        static const QRegularExpression relative(u"^(\\d{1,4})([dwm])$"_s);
        if (const auto m = relative.match(lower); m.hasMatch()) {
            const int n = m.captured(1).toInt();
            const QChar unit = m.captured(2).at(0);
            const QDate date = unit == u'd' ? today.addDays(-n)
                : unit == u'w'              ? today.addDays(-7LL * n)
                                            : today.addMonths(-n);
            return date.toString(Qt::ISODate);
        }
        // An instant with its offset (2026-11-01T00:00:00+01:00): a period that starts at
        // midnight in the team's zone, as analytics hands it to the inbox. Read first: a
        // date reads the first ten characters of it and drops the time.
        if (value.contains(u'T', Qt::CaseInsensitive)) {
            const QDateTime instant = QDateTime::fromString(value.toUpper(), Qt::ISODate);
            return instant.isValid() ? std::optional(instant.toString(Qt::ISODate)) : std::nullopt;
        }
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            return date.toString(Qt::ISODate);
        return std::nullopt;
    }
    case SearchQuery::Field::Tag:
    case SearchQuery::Field::Assignee:
    case SearchQuery::Field::Customer:
    case SearchQuery::Field::From:
        return value; // free text, bound as a parameter
    }
    return std::nullopt;
}

QString allowedValues(SearchQuery::Field field)
{
    switch (field) {
    case SearchQuery::Field::Status:
        return allNames(ticketStatusNames).join(u", ");
    case SearchQuery::Field::Channel:
        return allNames(channelNames).join(u", ");
    case SearchQuery::Field::Severity:
        return allNames(severityNames).join(u", ");
    case SearchQuery::Field::Complexity:
        return allNames(complexityNames).join(u", ");
    case SearchQuery::Field::Is:
        return u"unassigned, assigned, untagged, private, breaching, unanswered, answered, premium, critical, merged"_s;
    case SearchQuery::Field::Before:
    case SearchQuery::Field::After:
        return QCoreApplication::translate("Casebook::SearchQuery",
                                           "a date such as 2026-11-23, today, yesterday, 7d, 2w or 3m");
    default:
        return {};
    }
}

} // namespace

bool SearchQuery::hasPositiveTerms() const
{
    return std::any_of(terms.cbegin(), terms.cend(), [](const Term &t) { return !t.negated; });
}

QList<TicketId> SearchQuery::ticketNumbers() const
{
    QList<TicketId> numbers;
    for (const Term &term : terms) {
        if (term.negated || term.phrase || term.prefix || term.text.size() > 15)
            continue;
        bool number = false;
        const qint64 value = term.text.toLongLong(&number);
        // toLongLong() takes a sign and spaces; a number here is digits only.
        if (number && value > 0
            && std::all_of(term.text.cbegin(), term.text.cend(), [](QChar c) { return c.isDigit(); })
            && !numbers.contains(TicketId(value)))
            numbers.append(TicketId(value));
    }
    return numbers;
}

QString SearchQuery::fieldName(Field field)
{
    for (const auto &info : fields) {
        if (info.field == field)
            return QString::fromLatin1(info.name);
    }
    return {};
}

QStringList SearchQuery::operatorNames()
{
    QStringList result;
    for (const auto &info : fields)
        result.append(QString::fromLatin1(info.name) + u':');
    return result;
}

SearchQuery SearchQuery::parse(const QString &text, QDate today, ParseError *error)
{
    SearchQuery query;
    auto fail = [&](qsizetype position, qsizetype length, const QString &message) {
        if (error)
            *error = {position, length, message};
        return SearchQuery{};
    };

    // Bounds that no real search reaches; past them the engines' own limits (FTS5's
    // expression depth, tsquery size) would answer with an error nobody can act on.
    constexpr qsizetype maxLength = 2000;
    constexpr qsizetype maxTerms = 64;
    if (text.size() > maxLength)
        return fail(
            maxLength, text.size() - maxLength,
            QCoreApplication::translate("Casebook::SearchQuery", "The search is too long: at most %1 characters.")
                .arg(maxLength));

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (query.terms.size() + query.filters.size() >= maxTerms)
            return fail(start, n - start,
                        QCoreApplication::translate("Casebook::SearchQuery",
                                                    "The search has too many words and filters: at most %1.")
                            .arg(maxTerms));
        bool negated = false;
        if (text.at(i) == u'-' && i + 1 < n && !text.at(i + 1).isSpace()) {
            negated = true;
            ++i;
        }
        if (text.at(i) == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0)
                return fail(
                    i, n - i,
                    QCoreApplication::translate("Casebook::SearchQuery", "This quotation mark is never closed."));
            const QString phrase = words(text.mid(i + 1, close - i - 1)).join(u' ');
            i = close + 1;
            const bool prefix = i < n && text.at(i) == u'*';
            if (prefix)
                ++i;
            if (!phrase.isEmpty())
                query.terms.append({phrase, phrase.contains(u' '), prefix, negated});
            continue;
        }
        qsizetype end = i;
        while (end < n && !text.at(end).isSpace() && text.at(end) != u'"')
            ++end;
        const QString token = text.mid(i, end - i);
        const qsizetype colon = token.indexOf(u':');
        if (colon > 0 && !token.startsWith(u"http", Qt::CaseInsensitive)) {
            const QString name = token.left(colon).toLower();
            const auto info = std::find_if(std::begin(fields), std::end(fields),
                                           [&](const FieldInfo &f) { return name == QLatin1StringView(f.name); });
            if (info == std::end(fields))
                return fail(
                    start, end - start,
                    QCoreApplication::translate("Casebook::SearchQuery", "Unknown filter \"%1:\". Filters are: %2")
                        .arg(name, operatorNames().join(u' ')));
            QString value = token.mid(colon + 1);
            if (value.isEmpty() && end < n && text.at(end) == u'"') {
                const qsizetype close = text.indexOf(u'"', end + 1);
                if (close < 0)
                    return fail(
                        end, n - end,
                        QCoreApplication::translate("Casebook::SearchQuery", "This quotation mark is never closed."));
                value = text.mid(end + 1, close - end - 1);
                end = close + 1;
            }
            if (value.trimmed().isEmpty())
                return fail(start, end - start,
                            QCoreApplication::translate("Casebook::SearchQuery", "\"%1:\" needs a value.").arg(name));
            const auto checked = checkValue(info->field, value.trimmed(), today);
            if (!checked) {
                const QString allowed = allowedValues(info->field);
                return fail(
                    start, end - start,
                    QCoreApplication::translate("Casebook::SearchQuery", "\"%1\" is not a value for %2:. Use %3.")
                        .arg(value, name, allowed));
            }
            query.filters.append({info->field, *checked, negated});
            i = end;
            continue;
        }
        i = end;
        const bool prefix = token.endsWith(u'*');
        const QStringList parts = words(prefix ? token.chopped(1) : token);
        if (parts.size() > 1) {
            // "e-mail" or "foo.bar": the index splits it too, so search it as a phrase.
            query.terms.append({parts.join(u' '), true, prefix, negated});
        } else if (parts.size() == 1) {
            query.terms.append({parts.first(), false, prefix, negated});
        }
        // Punctuation alone (a stray "*" or "&&") carries no words and is dropped.
    }
    if (error)
        *error = {};
    return query;
}

namespace {
// The positive (or the negated) terms as the engine's query texts.
QStringList termTexts(const QList<SearchQuery::Term> &terms, bool negated, const Dialect &dialect)
{
    QStringList parts;
    for (const SearchQuery::Term &term : terms) {
        if (term.negated == negated)
            parts.append(dialect.textTerm(words(term.text), term.prefix));
    }
    return parts;
}
} // namespace

QString SearchQuery::matchText(const Dialect &dialect) const
{
    return dialect.textAll(termTexts(terms, false, dialect));
}

QStringList SearchQuery::negatedMatchTexts(const Dialect &dialect) const
{
    return termTexts(terms, true, dialect);
}

} // namespace Casebook
