// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Casebook {

/**
 * A span of whole days in the team's time zone (R07): a week, a month, a quarter or any
 * days a lead picks. Its instants are the midnights of that zone, so a month that holds
 * a change to or from summer time is 743 or 745 hours long, as the team lived it.
 */
struct AnalyticsPeriod
{
    enum class Kind { Week, Month, Quarter, Custom };

    /// A stretch of the period: a day, a week or a month, clipped to the period.
    struct Bucket
    {
        QDate first;
        QDate last;
        qint64 fromMs = 0;
        qint64 toMs = 0; ///< exclusive
    };

    Kind kind = Kind::Month;
    QDate first;
    QDate last; ///< inclusive
    QTimeZone zone = QTimeZone::UTC;

    /// The week (Monday first), month or quarter holding `day`.
    static AnalyticsPeriod containing(Kind kind, QDate day, const QTimeZone &zone);
    /// Days `first` to `last`, inclusive (swapped when given the wrong way round).
    static AnalyticsPeriod custom(QDate first, QDate last, const QTimeZone &zone);
    /// A month given as "2026-11"; invalid (first is null) when the text is not one.
    static AnalyticsPeriod month(const QString &yearMonth, const QTimeZone &zone);

    [[nodiscard]] bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    /// The first instant of the period (UTC epoch ms).
    [[nodiscard]] qint64 fromMs() const;
    /// The first instant after it.
    [[nodiscard]] qint64 toMs() const;
    [[nodiscard]] int dayCount() const { return int(first.daysTo(last)) + 1; }
    /// The period of the same kind just before (a custom one: as many days, ending the day before).
    [[nodiscard]] AnalyticsPeriod previous() const;
    /// The period of the same kind just after.
    [[nodiscard]] AnalyticsPeriod next() const;

    [[nodiscard]] QList<Bucket> days() const;
    /// Weeks (Monday first) for a period of up to about two months, months beyond: the
    /// steps of the tagged share (R14).
    [[nodiscard]] QList<Bucket> steps() const;

    /// The inbox search of the tickets created in [fromMs, toMs), instants written with the
    /// zone's offset so that the inbox reads the same midnights.
    [[nodiscard]] static QString createdQuery(qint64 fromMs, qint64 toMs, const QTimeZone &zone);
    [[nodiscard]] QString createdQuery() const { return createdQuery(fromMs(), toMs(), zone); }
    /// The inbox search of the tickets created before `toMs`, merged ones left out.
    [[nodiscard]] static QString createdBeforeQuery(qint64 toMs, const QTimeZone &zone);

    friend bool operator==(const AnalyticsPeriod &, const AnalyticsPeriod &) = default;
};

} // namespace Casebook
