// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bugreport.h"
#include "issueform.h"
#include "models/storage/result.h"
#include "models/vault/vaultentry.h"

#include <QList>
#include <QString>

namespace Casebook {

class Database;
class VaultStore;

/// What a ticket tells a new bug report. Never holds a secret: accesses are names only.
struct PrefillSource
{
    TicketId ticket;
    QString ticketSubject;
    bool ticketIsPrivate = false; ///< R40: a security report, which must not go to a public tracker
    CustomerId customer;
    QString customerName;
    QString company;
    QString accountRef;
    QString customerEmail;
    QString licencePlan;
    QString productVersion; ///< the customer's tracker version, where known
    QList<VaultEntry> accesses; ///< VaultStore::entries(): kind, label, host, user; no secrets
    QString selectedText; ///< the message text the agent selected: the error text (R27)

    /**
     * Reads the ticket, its customer (name, company, account reference, licence, product
     * version) and, when `vault` is given, the customer's access names. `selectedText` is
     * left to the caller.
     */
    static Result<PrefillSource> load(Database &database, TicketId ticket, const VaultStore *vault = nullptr);
};

/**
 * Fills a form from a ticket (issue 5, R25, R27, R30). Only fields still empty (or still
 * holding the form's own starting value) are filled, so nothing the agent typed is lost.
 * Elements are found by id first, then by words in their label (English and Russian):
 *
 * | what | ids | label words |
 * | --- | --- | --- |
 * | dialogue link casebook://ticket/N | dialogue-link, dialogue, conversation, ticket, ticket-link | dialogue,
 * conversation, ticket, диалог | | customer "Name (Company), account REF" | customer, client, account, customer-id |
 * customer, client, account, клиент | | version | fix-version, version, app-version, tracker-version | version, версия
 * | | error text = selected text | error-text, error, error-message, logs, log, stacktrace | error, log, ошибк | |
 * instance = the tracker access's host | instance, instance-id | instance, инстанс | | accesses | accesses, access |
 * access, доступ |
 *
 * Accesses tick the checkboxes whose label names an access kind the customer has in the
 * vault (tracker, server, registrar, affiliate, WordPress); a text field gets one line per
 * access: "Tracker: label (host, user)". Title: the form's title prefix plus the subject.
 */
struct BugReportPrefill
{
    FormAnswers answers;
    QString title;
    QStringList filledKeys; ///< the element keys this prefill wrote, in form order
};

[[nodiscard]] BugReportPrefill prefillBugReport(const IssueForm &form, const PrefillSource &source,
                                                const FormAnswers &current);
/// Starts from the form's initial answers.
[[nodiscard]] BugReportPrefill prefillBugReport(const IssueForm &form, const PrefillSource &source);

} // namespace Casebook
