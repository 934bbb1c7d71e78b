// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// The words go to the customer in the reply's language, whatever the interface speaks, so
// they are data here and not tr(): a Russian reply written from an English desktop still
// says "часа".
struct UnitWords
{
    const char16_t *english[2]; // one, other
    const char16_t *russian[3]; // one, few, many
};
constexpr std::array<UnitWords, 3> unitWords{{
    {{u"minute", u"minutes"}, {u"минута", u"минуты", u"минут"}},
    {{u"hour", u"hours"}, {u"час", u"часа", u"часов"}},
    {{u"day", u"days"}, {u"день", u"дня", u"дней"}},
}};

int russianForm(double amount)
{
    if (amount != std::floor(amount))
        return 1; // fractions take the genitive singular: "1,5 часа"
    // In range for any amount parse() accepts; an integer conversion of a huge double is undefined.
    const auto n = qint64(std::fmod(amount, 100.0));
    if (n % 10 == 1 && n % 100 != 11)
        return 0;
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14))
        return 1;
    return 2;
}

} // namespace

std::optional<Estimate> Estimate::parse(const QString &text)
{
    static const QRegularExpression shape(u"^\\s*(\\d+(?:[.,]\\d+)?)\\s*([^\\d\\s.,]*)\\.?\\s*$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double amount = match.captured(1).replace(u',', u'.').toDouble(&ok);
    // Nobody promises a customer more than a few years; a run of digits is a slip of the keyboard.
    if (!ok || amount <= 0 || amount > maxAmount)
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    static const QRegularExpression minutes(u"^(m|min|mins|minute|minutes|мин|минута|минуты|минут)$"_s);
    static const QRegularExpression hours(u"^(|h|hr|hrs|hour|hours|ч|час|часа|часов)$"_s);
    static const QRegularExpression days(u"^(d|day|days|д|дн|день|дня|дней)$"_s);
    if (minutes.match(unit).hasMatch())
        return Estimate{amount, Unit::Minutes};
    if (hours.match(unit).hasMatch())
        return Estimate{amount, Unit::Hours};
    if (days.match(unit).hasMatch())
        return Estimate{amount, Unit::Days};
    return std::nullopt;
}

QString Estimate::toText(const QString &language) const
{
    const UnitWords &words = unitWords.at(std::size_t(unit));
    const bool russian = language.startsWith(u"ru"_s);
    const QLocale locale(russian ? QLocale::Russian : QLocale::English);
    const QString number = locale.toString(amount, 'g', 6);
    if (russian)
        return number + u' ' + QString::fromUtf16(words.russian[russianForm(amount)]);
    return number + u' ' + QString::fromUtf16(words.english[amount == 1 ? 0 : 1]);
}

} // namespace Casebook
