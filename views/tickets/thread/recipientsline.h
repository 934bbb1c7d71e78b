// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/mail/replymail.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace Casebook {

/**
 * Who an email ticket's reply goes to, above the reply: the customer (To) and the Cc line,
 * filled with the people the customer copied and editable. Each address is checked as it
 * is typed; a bad one is named under the line and holds the send.
 */
class RecipientsLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientsLine)

public:
    explicit RecipientsLine(QWidget *parent = nullptr);
    ~RecipientsLine() override;

    /// The ticket's recipients; nothing hides the line (not an email ticket).
    void setRecipients(const std::optional<ReplyRecipients> &recipients);
    [[nodiscard]] bool hasRecipients() const { return m_recipients.has_value(); }
    /// The Cc addresses as typed, each one good; check() first.
    [[nodiscard]] QStringList cc() const;
    /// True when every Cc address can be sent to; otherwise the problem shows.
    bool check();
    /// The Cc line as typed when it differs from the ticket's own Cc (a draft keeps it).
    [[nodiscard]] std::optional<QString> editedCc() const;
    /// A draft's Cc line, shown as typed (its problem too) in place of the ticket's own.
    void setEditedCc(const QString &text);

Q_SIGNALS:
    /// The agent changed the Cc line.
    void ccEdited();

private:
    void showProblem();

    std::optional<ReplyRecipients> m_recipients;
    QLabel *m_to = nullptr;
    QLineEdit *m_cc = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Casebook
