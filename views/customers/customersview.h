// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QTimer;

namespace Casebook {

class CustomerCard;
class CustomerCardModel;
class CustomerListModel;
class Session;
class VaultSession;

/**
 * The Customers section: a search box and the list of customers (searched and paged in SQL,
 * R14 tags included) beside the card of the one selected. Two selected customers can be
 * merged: the one whose card is shown stays, the other moves into it after a confirmation.
 * The card is a view of the section's CustomerCardModel, which also merges; with a vault the
 * model carries the customer's accesses too.
 */
class CustomersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersView)

public:
    /// Without `vault` the card's model has no accesses.
    explicit CustomersView(Session &session, VaultSession *vault = nullptr, QWidget *parent = nullptr);
    ~CustomersView() override;

    [[nodiscard]] CustomerCard *card() const { return m_card; }
    [[nodiscard]] CustomerCardModel *cardModel() const { return m_cardModel; }
    [[nodiscard]] CustomerListModel *model() const { return m_model; }
    /// Shows the customer's card, and selects them in the list when they are in it.
    void showCustomer(CustomerId customer);
    /// Runs a search now, as if typed (tests, links from elsewhere).
    void search(const QString &text);
    /// Merges the other selected customer into the one shown, after asking (Prompts).
    void mergeSelected();

Q_SIGNALS:
    void ticketActivated(Casebook::TicketId ticket);
    /// New… and Edit… under the list: the window opens the customer editor.
    void newCustomerRequested();
    void editCustomerRequested(Casebook::CustomerId customer);

private:
    void applySearch();
    void updateCount();
    void updateActions();
    void currentChanged();

    Session &m_session;
    CustomerListModel *m_model = nullptr;
    CustomerCardModel *m_cardModel = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_merge = nullptr;
    CustomerCard *m_card = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace Casebook
