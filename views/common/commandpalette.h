// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QFrame>
#include <QPointer>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace Casebook {

class QuickFind;

/**
 * The command palette (Ctrl+K, Ctrl+Shift+P): a filter box over every action of the
 * window it belongs to, matched fuzzily ("nxt tk" finds "Next ticket"), and with a
 * QuickFind over the tickets (by number, subject and messages) and the customers (by
 * name). Enter runs the chosen command or opens the chosen ticket or customer; Escape
 * closes. It floats over the window, never modal.
 *
 * Ranking: a command whose name is the text, or starts with it, comes first; then words
 * starting a word of a name; then the tickets and customers found; then loose matches. A
 * destructive command (solve, close, remove, delete, ...) is never ranked first for a loose
 * match: it is listed after every other match, and Enter does not choose it by itself.
 */
class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    /// `window` is searched for actions each time the palette opens; it is also the parent.
    explicit CommandPalette(QWidget *window);
    ~CommandPalette() override;

    /// Tickets and customers are looked up through `finder` (not owned; may be null: commands only).
    void setFinder(QuickFind *finder);

    /// Collects the window's actions, clears the filter and shows the palette on top.
    void popup();

    /**
     * How well `pattern` matches `text` as a subsequence, ignoring case; -1 when it does
     * not. Runs of letters and matches at word starts score higher.
     */
    static int fuzzyScore(const QString &pattern, const QString &text);

    /// Where a command named `text` ranks for `pattern`: higher first; -1 when it does not match.
    static int commandRank(const QString &pattern, const QString &text, bool destructive);
    /// The tiers of commandRank(), best first; the tickets and customers found rank at foundRank.
    static constexpr int exactRank = 10000;
    static constexpr int prefixRank = 8000;
    static constexpr int wordRank = 6000;
    static constexpr int foundRank = 5000;
    static constexpr int looseRank = 3000;
    /**
     * Whether a command destroys or ends something: its object name ("ticket.solve",
     * "inbox.removeView") has a part starting with such a verb, or the action's
     * "destructive" property says so.
     */
    static bool isDestructive(const QAction *action);
    static bool isDestructiveName(const QString &objectName);

Q_SIGNALS:
    void ticketRequested(Casebook::TicketId ticket);
    void customerRequested(Casebook::CustomerId customer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    /// Lists the commands matching the text and what the finder found for it.
    void relist();
    void runCurrent();

    QWidget *m_window = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QList<QPointer<QAction>> m_actions;
    QPointer<QuickFind> m_finder;
};

} // namespace Casebook
