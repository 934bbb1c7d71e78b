// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs the main window opens for the File and Help menus, the toolbar and the sections.
#include "mainwindow.h"

#include "models/agents/session.h"
#include "models/customers/customerform.h"
#include "models/customers/customerimport.h"
#include "models/imports/importer.h"
#include "models/storage/clock.h"
#include "models/tickets/newticket/newticketform.h"
#include "views/common/prompts.h"
#include "views/customers/customereditor.h"
#include "views/customers/customerimportdialog.h"
#include "views/customers/customersview.h"
#include "views/imports/importdialog.h"
#include "views/tickets/newticket/newticketdialog.h"

#include <QStatusBar>

namespace Casebook {

NewTicketDialog *MainWindow::openNewTicket()
{
    if (!m_newTicket) {
        m_newTicket = new NewTicketDialog(new NewTicketForm(*m_session), this);
        m_newTicket->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_newTicket, &NewTicketDialog::ticketCreated, this, &MainWindow::openTicket);
    }
    m_newTicket->open();
    m_newTicket->raise();
    m_newTicket->activateWindow();
    return m_newTicket;
}

ImportDialog *MainWindow::openHistoryImport()
{
    auto *dialog = new ImportDialog(new Importer(m_session->database()), m_session->clock().nowMs(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CustomerImportDialog *MainWindow::openCustomerImport()
{
    auto *dialog = new CustomerImportDialog(new CustomerImport(*m_session), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CustomerEditor *MainWindow::openCustomerEditor(CustomerId customer)
{
    auto form = std::make_unique<CustomerForm>(*m_session);
    if (auto loaded = form->load(customer); !loaded) {
        statusBar()->showMessage(loaded.error().message, 10'000);
        return nullptr;
    }
    auto *editor = new CustomerEditor(form.release(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &CustomerEditor::customerSaved, this, [this](CustomerId saved) {
        if (auto *customers = qobject_cast<CustomersView *>(sectionWidget(Section::Customers)))
            customers->showCustomer(saved);
    });
    editor->open();
    return editor;
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>Casebook %1</h3>"
           "<p>A desktop helpdesk for customer-support teams.</p>"
           "<p>Casebook is free software under the GNU General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(CASEBOOK_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    Prompts::instance().showAbout(this, tr("About Casebook"), text);
}

} // namespace Casebook
