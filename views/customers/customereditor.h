// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customers/customer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Casebook {

class CustomerForm;

/**
 * New Customer and Edit Customer: identity (name, company, account id, several e-mail
 * addresses, phone and messenger handles), tier and SLA policy, licence (plan, key, seats,
 * expiry), success owner and the premium support profile. A view of a CustomerForm, which
 * it owns. A clash of addresses names the customer who has one; a conflict with a change
 * made elsewhere keeps what was typed and offers to save over it or load the other version.
 */
class CustomerEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerEditor)

public:
    /// `form` is loaded already (a customer, or none for a new one).
    explicit CustomerEditor(CustomerForm *form, QWidget *parent = nullptr);
    ~CustomerEditor() override;

    [[nodiscard]] Customer edited() const;
    [[nodiscard]] CustomerForm *form() const { return m_form; }

Q_SIGNALS:
    void customerSaved(Casebook::CustomerId customer);

private:
    void build();
    void fill(const Customer &customer);
    void checkEmails();
    void save();
    void showConflict(const QString &message);

    CustomerForm *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_account = nullptr;
    QPlainTextEdit *m_emails = nullptr;
    QLabel *m_emailProblem = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_messenger = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_sla = nullptr;
    QLineEdit *m_plan = nullptr;
    QLineEdit *m_key = nullptr;
    QSpinBox *m_seats = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateEdit *m_expiry = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_preferredChannel = nullptr;
    QPlainTextEdit *m_escalation = nullptr;
    QPlainTextEdit *m_agreements = nullptr;
    QPlainTextEdit *m_exceptions = nullptr;
    QLineEdit *m_cadence = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_loadTheirs = nullptr;
};

} // namespace Casebook
