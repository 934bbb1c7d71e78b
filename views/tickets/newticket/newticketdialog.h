// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/tickets/newticket/newticketform.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QWidget;

namespace Casebook {

/**
 * File > New Ticket (Ctrl+N): a ticket typed in by hand. The requester is picked as you
 * type (or created inline), the first message is the customer's words or an outbound one,
 * with the channel (R39), complexity and severity, tags and assignee. Problems show under
 * their field; the draft is saved half a second after each change and offered again when
 * the dialog opens (after a crash too). A view of a NewTicketForm, which it owns.
 */
class NewTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketDialog)

public:
    explicit NewTicketDialog(NewTicketForm *form, QWidget *parent = nullptr);
    ~NewTicketDialog() override;

    [[nodiscard]] NewTicketForm::Fields fields() const;
    void setFields(const NewTicketForm::Fields &fields);

    static constexpr int draftDelayMs = 500;

Q_SIGNALS:
    void ticketCreated(Casebook::TicketId ticket);

protected:
    void reject() override;

private:
    void build();
    void requesterEdited(const QString &text);
    void requesterPicked(const QModelIndex &index);
    void setNewCustomer(bool on);
    void changed();
    void showProblems(bool all);
    void submit();

    NewTicketForm *m_form = nullptr;
    QLineEdit *m_requester = nullptr;
    QCompleter *m_completer = nullptr;
    QPushButton *m_newCustomerButton = nullptr;
    QWidget *m_newCustomerBox = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newEmail = nullptr;
    QLineEdit *m_newPhone = nullptr;
    QLineEdit *m_subject = nullptr;
    QButtonGroup *m_direction = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_complexity = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_assignee = nullptr;
    QLabel *m_error = nullptr;
    QHash<NewTicketForm::Field, QLabel *> m_problemLabels;
    QPushButton *m_create = nullptr;
    QTimer *m_draftTimer = nullptr;
    CustomerId m_requesterId;
    bool m_newCustomer = false;
    bool m_filling = false;
    bool m_triedOnce = false; ///< problems show for every field once Create was pressed
};

} // namespace Casebook
