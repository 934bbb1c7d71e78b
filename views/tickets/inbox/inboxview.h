// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/tickets/inbox/savedviews.h"

#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;
class QTimer;
class QToolButton;

namespace Casebook {

class InboxDelegate;
class InboxCounts;
class Presence;
class InboxModel;
class SavedViewsModel;
class Session;

/**
 * The Inbox section: a saved view picker with live counts, the team's own views (add,
 * edit, remove), one search box with inline syntax errors that says where it searches (the
 * view, or every ticket), the month's tagged share (R14; a click lists the untagged tickets),
 * and the ticket table with search matches highlighted. Sorting clicks go to the model,
 * which sorts in SQL; the column layout is remembered. The current row is the ticket the
 * agent is on: the model keeps its row when an edit moves it out of the view, and the
 * current index never jumps to another ticket because of an edit. Keyboard: J/K next and previous,
 * O open, Ctrl+F or / search (from anywhere in the window), Alt+A search every ticket
 * instead of the view's; all remappable through ShortcutRegistry.
 */
class InboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxView)

public:
    explicit InboxView(Session &session, QWidget *parent = nullptr);
    ~InboxView() override;

    [[nodiscard]] InboxModel *model() const { return m_model; }
    [[nodiscard]] InboxCounts *counts() const { return m_counts; }
    /// Shows the view with this key ("open", "mine", ..., "custom:<id>").
    void showView(const QString &key);
    /// Lists the tickets of `query` among all tickets, as if typed: analytics asks for the
    /// tickets behind a number this way.
    void showSearch(const QString &query);
    /// The ticket table, for the section that hosts the view (focus, current row).
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString currentViewKey() const;
    /// The search as typed and whether it looks in every ticket, so that a window rebuilt in
    /// another language types it again with restoreSearch().
    [[nodiscard]] QString searchText() const;
    [[nodiscard]] bool searchesEverywhere() const;
    void restoreSearch(const QString &text, bool everywhere);
    /// The words of the current search, for highlighting elsewhere (the ticket view).
    [[nodiscard]] QStringList searchTerms() const;
    /// Marks the rows others have open or are answering; `presence` must outlive the view.
    void setPresence(const Presence *presence);

Q_SIGNALS:
    void ticketActivated(Casebook::TicketId ticket);
    /// The table's current row moved to another ticket (invalid when none); only the
    /// agent moving it says so, never an edit.
    void currentTicketChanged(Casebook::TicketId ticket);
    /// The search changed; `terms` are its positive words and phrases.
    void searchTermsChanged(const QStringList &terms);
    /// Counted: whether the database holds no ticket at all (a team's first day).
    void noTicketsChanged(bool none);

private:
    QWidget *createViewEditor();
    void createActions();
    void reloadViews();
    void updateViewTitles();
    void applyView(int index);
    void runQuery();
    void updateCount();
    /// Whether the typed search looks in every ticket rather than the view's.
    [[nodiscard]] bool isSearchingAll() const;
    [[nodiscard]] QString currentViewTitle() const;
    /// The search box says where it searches; the toggle says how to change it.
    void updateSearchScope();
    /// Enter on a ticket's number opens that ticket.
    void openTypedNumber();
    /// The current row changed: the model holds its ticket, the section shows it.
    void currentChanged(const QModelIndex &current);
    /// Hides the columns the user hid, and where the list is too narrow for all the others
    /// (a ticket open beside it) also the ones a glance can do without, so the subject keeps
    /// its room and no column title is cut at the edge.
    void applyColumnVisibility();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateTaggedShare();
    void moveCurrent(int delta);
    void openCurrent();
    void editView(bool asNew);
    void saveView();
    void removeView();

    Session &m_session;
    InboxModel *m_model = nullptr;
    InboxCounts *m_counts = nullptr;
    SavedViewsModel *m_savedViews = nullptr;
    QSettings *m_settings = nullptr;
    QList<SavedView> m_allViews;
    QComboBox *m_views = nullptr;
    QToolButton *m_addView = nullptr;
    QToolButton *m_editView = nullptr;
    QToolButton *m_removeView = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_allTickets = nullptr; ///< checked: the search looks in every ticket
    QTimer *m_searchTimer = nullptr;
    QLabel *m_searchError = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_tagged = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_editorName = nullptr;
    QLineEdit *m_editorQuery = nullptr;
    QLabel *m_editorError = nullptr;
    SavedView m_editing; ///< the team view being edited; id 0 for a new one
    QTableView *m_table = nullptr;
    QSet<int> m_userHidden; ///< columns hidden from the header's menu
    bool m_fitToWidth = false; ///< false only while the user's own layout is saved
    InboxDelegate *m_delegate = nullptr;
};

} // namespace Casebook
