// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringView>
#include <span>

namespace Casebook::DemoText {

/**
 * A seeded die. Every random choice of the generator goes through one of these so the
 * same seed gives the same data; the process-wide QRandomGenerator is never touched.
 */
class Dice final
{
public:
    explicit Dice(quint32 seed)
        : m_rng(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(n)); }
    qint64 between(qint64 low, qint64 high) { return high <= low ? low : m_rng.bounded(low, high); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    double real() { return m_rng.generateDouble(); }
    /// Index into cumulative-free weights, e.g. {50, 30, 20}.
    int weighted(std::span<const int> weights);
    QStringView pick(std::span<const QStringView> items) { return items[below(int(items.size()))]; }

private:
    QRandomGenerator m_rng;
};

enum class RequestKind { Doing, Building, Fixing };

/// One kind of question a support team hears again and again, in both languages.
struct Topic
{
    QStringView tag; ///< the ticket tag the team uses for it
    int area; ///< index into productAreas()
    RequestKind kind;
    bool proposal;
    std::span<const QStringView> subjectsEn;
    std::span<const QStringView> subjectsRu;
    std::span<const QStringView> openingsEn;
    std::span<const QStringView> openingsRu;
    QStringView answerEn; ///< a simple question's answer
    QStringView answerRu;
    QStringView bugTitle; ///< what a bug report on it is called; empty: never a bug
};

std::span<const Topic> topics();
std::span<const QStringView> productAreas();
std::span<const QStringView> extraTicketTags(); ///< second tags some tickets carry
std::span<const QStringView> customerTags();
QStringView tagDescription(QStringView tag);

struct Person
{
    QString first;
    QString last;
    [[nodiscard]] QString full() const { return first + u' ' + last; }
};
Person englishName(Dice &dice);
Person russianName(Dice &dice);
QString companyName(Dice &dice);
/// ASCII, lower case, for e-mail addresses and logins.
QString slug(QStringView text);

/// A whole message body of the given kind, in English or Russian.
QString customerOpening(Dice &dice, const Topic &topic, const Person &customer, bool russian);
QString customerFollowUp(Dice &dice, const Topic &topic, bool russian);
QString agentFirstReply(Dice &dice, const Topic &topic, QStringView complexity, const Person &customer,
                        QStringView agentFirst, bool russian);
QString agentFollowUp(Dice &dice, const Topic &topic, QStringView agentFirst, bool russian);
/// The last reply of a solved ticket, matching how it was resolved (R36).
QString agentClosing(QStringView resolution, QStringView agentFirst, bool russian);
QString internalNote(Dice &dice);
/// Why an agent hands a ticket over (R45): what the colleague needs to know. Picked by the
/// ticket's id, not the dice, so that the rest of the demo stays the same.
QString handoffReason(qint64 ticket);
QString customerNote(Dice &dice);
QString supportProfileJson(Dice &dice, QStringView ownerName);

/// The answers of the shipped tracker-bug form (keyed by its element ids), as compact JSON.
QString bugFieldsJson(Dice &dice, const Topic &topic, qint64 ticketId, QStringView version, QStringView severity);
/// R26: a decline reason's stored name and QA's note; `index` cycles through all five.
std::pair<QString, QString> declineReason(int index);

struct ProposalText
{
    QStringView tag;
    QStringView title;
    QStringView description;
    QStringView declineReason = {}; ///< kept when the demo shows the proposal declined
};
std::span<const ProposalText> proposals();

} // namespace Casebook::DemoText
