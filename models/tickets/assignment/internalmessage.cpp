// SPDX-License-Identifier: GPL-3.0-or-later
#include "internalmessage.h"

#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/tickets/ticketlink.h"
#include "models/tickets/ticketstore.h"
#include "models/vault/keystore.h"
#include "models/vault/vaultstore.h"

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString kindName(VaultEntryKind kind)
{
    switch (kind) {
    case VaultEntryKind::Tracker:
        return QCoreApplication::translate("Casebook::InternalMessage", "Tracker");
    case VaultEntryKind::Server:
        return QCoreApplication::translate("Casebook::InternalMessage", "Server");
    case VaultEntryKind::Registrar:
        return QCoreApplication::translate("Casebook::InternalMessage", "Domain registrar");
    case VaultEntryKind::Affiliate:
        return QCoreApplication::translate("Casebook::InternalMessage", "Affiliate network");
    case VaultEntryKind::WordPress:
        return QCoreApplication::translate("Casebook::InternalMessage", "WordPress");
    case VaultEntryKind::Other:
        break;
    }
    return QCoreApplication::translate("Casebook::InternalMessage", "Access");
}

} // namespace

QString InternalMessage::compose(const Input &input)
{
    QStringList parts;
    QString head = tr("Ticket #%1: %2").arg(input.ticket.id.value()).arg(input.ticket.subject);
    if (!input.customerName.isEmpty())
        head += u'\n' + tr("Customer: %1").arg(input.customerName);
    head += u'\n' + TicketLink::text(input.ticket.id);
    parts << head;

    QStringList quoted;
    for (const Message &message : input.messages) {
        if (message.kind != MessageKind::Customer) // R38: notes and our own replies stay out
            continue;
        QStringList lines;
        for (const QString &line : message.body.trimmed().split(u'\n'))
            lines << (line.isEmpty() ? u">"_s : u"> "_s + line);
        quoted << lines.join(u'\n');
    }
    if (!quoted.isEmpty())
        parts << quoted.join(u"\n>\n"_s);

    if (!input.tasks.isEmpty()) {
        QStringList lines{tr("Tasks:")};
        for (const TicketTask &task : input.tasks) {
            QString line = u"- "_s + (task.done ? tr("[done] %1") : u"%1"_s).arg(task.title);
            if (!task.url.isEmpty())
                line += u" "_s + task.url;
            lines << line;
        }
        parts << lines.join(u'\n');
    }

    if (!input.accesses.isEmpty()) {
        QStringList lines{tr("Accesses (in the vault):")};
        for (const VaultEntry &entry : input.accesses) {
            QString line = u"- "_s + kindName(entry.kind) + u": "_s + entry.label;
            QStringList where;
            if (!entry.url.isEmpty())
                where << entry.url;
            if (!entry.userName.isEmpty())
                where << tr("user %1").arg(entry.userName);
            if (!where.isEmpty())
                line += u" ("_s + where.join(u", "_s) + u')';
            lines << line;
        }
        parts << lines.join(u'\n');
    }
    return parts.join(u"\n\n"_s);
}

Result<QString> InternalMessage::build(Database &database, TicketId id)
{
    const Clock &clock = Clock::system();
    Input input;
    const auto ticket = TicketStore(database, clock).ticket(id);
    if (!ticket)
        return ticket.error();
    input.ticket = *ticket;
    const auto thread = TicketStore(database, clock).messages(id);
    if (!thread)
        return thread.error();
    input.messages = *thread;
    const auto tasks = TicketTasks(database, clock).tasks(id);
    if (!tasks)
        return tasks.error();
    input.tasks = *tasks;
    if (ticket->customer.isValid()) {
        if (const auto customer = CustomerStore(database, clock).customer(ticket->customer))
            input.customerName = customer->displayName;
        // Listing entries needs no key: the list carries no secrets. A throwaway key store
        // keeps this read away from the OS keychain.
        MemoryKeyStore keys;
        const auto entries = VaultStore(database, keys).entries(ticket->customer);
        if (!entries)
            return entries.error();
        input.accesses = *entries;
    }
    return compose(input);
}

} // namespace Casebook
