// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <utility>

class QTableView;

namespace Casebook {
class InboxModel;
class InboxView;
class Session;
} // namespace Casebook

namespace Casebook::Bench {

/// The words the inbox is searched for: picked from a database's vocabulary, or given.
struct SearchWords
{
    QString rare;
    QString common;
    QString phrase; ///< in double quotes
    /// The timed searches by name: the three words, a prefix of the rare one, and the common
    /// one with operators.
    [[nodiscard]] QList<std::pair<QString, QString>> searches() const;
};

/// Processes events until `ready` holds; false when `timeoutMs` passed first.
bool waitUntil(const std::function<bool()> &ready, int timeoutMs = 120'000);

/**
 * The app's inbox as an agent sees it: the real InboxView (its table, delegates and model),
 * laid out at a desktop size but never shown on a screen, so that each paint() is one paint
 * into a pixmap and nothing else paints in between. Every action goes through the view's
 * public surface: the view picker, the search box, the table's header and scroll bar.
 */
class InboxScreen final
{
    Q_DISABLE_COPY_MOVE(InboxScreen)

public:
    explicit InboxScreen(Session &session);
    ~InboxScreen();

    [[nodiscard]] InboxView &view() const { return *m_view; }
    [[nodiscard]] InboxModel &model() const;
    [[nodiscard]] QTableView &table() const;

    /// Waits until the list shows its first page (or knows it is empty), then paints the table.
    void paint();
    /// Picks a view in the picker ("open", "pending", ...).
    void showView(const QString &key);
    /// Types `text` into the search box and presses Return.
    void search(const QString &text);
    /// Drags the scroll bar so that `row` is the top row.
    void scrollTo(int row);
    /// Sorts by a column as a click on its header does.
    void sortBy(int column, Qt::SortOrder order);
    /// Waits until no worker counts any more (the list's total and the views' counts), so a
    /// measurement does not share the machine with counting started by the one before.
    void waitForCounts();

private:
    std::unique_ptr<InboxView> m_view;
};

} // namespace Casebook::Bench
