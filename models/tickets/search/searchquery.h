// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Casebook {

class Dialect;

/**
 * What a person typed in the search box, understood: plain words, "quoted phrases",
 * prefix* words, -negation, and filters such as `status:open tag:billing assignee:me`.
 *
 * User text never reaches SQL or FTS syntax as text: the compile functions quote every
 * word for the engine, and filter values are bound parameters.
 */
struct SearchQuery
{
    struct Term
    {
        QString text; ///< a word, or the words of a phrase separated by spaces
        bool phrase = false;
        bool prefix = false;
        bool negated = false;
        friend bool operator==(const Term &, const Term &) = default;
    };

    enum class Field { Status, Tag, Assignee, Customer, Channel, Severity, Complexity, Is, Before, After, From };

    struct Filter
    {
        Field field = Field::Status;
        QString value; ///< normalised: lower case, dates as ISO
        bool negated = false;
        friend bool operator==(const Filter &, const Filter &) = default;
    };

    QList<Term> terms;
    QList<Filter> filters;

    [[nodiscard]] bool isEmpty() const { return terms.isEmpty() && filters.isEmpty(); }
    [[nodiscard]] bool hasPositiveTerms() const;
    /// The positive single words that are all digits (`2802`, or `#2802` as typed): the
    /// ticket numbers the search may name, in the order typed.
    [[nodiscard]] QList<TicketId> ticketNumbers() const;

    /// Where in the input a problem is, for an inline message under the search box.
    struct ParseError
    {
        qsizetype position = 0;
        qsizetype length = 0;
        QString message;
    };

    /**
     * Parses `text`. `today` resolves relative dates (`after:today`, `before:7d`).
     * On error, `error` is filled and an empty query returned.
     */
    static SearchQuery parse(const QString &text, QDate today, ParseError *error);

    /// The field's operator name (`status`), for messages and completion.
    static QString fieldName(Field field);
    /// Every operator a person may type, for completion and help.
    static QStringList operatorNames();

    /// The positive terms as the engine's full-text query text (every word quoted), for
    /// Dialect::TextIndex::match().
    [[nodiscard]] QString matchText(const Dialect &dialect) const;
    /// One query text per negated term: each excluded on its own (FTS5's NOT needs a left side).
    [[nodiscard]] QStringList negatedMatchTexts(const Dialect &dialect) const;
};

} // namespace Casebook
