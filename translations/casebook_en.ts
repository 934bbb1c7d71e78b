<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Casebook::AddToProposalDialog</name>
    <message numerus="yes">
        <source>%1 — %n request(s), %2</source>
        <extracomment>A duplicate-search hit: title, frequency and status</extracomment>
        <translation>
            <numerusform>%1 — %n request, %2</numerusform>
            <numerusform>%1 — %n requests, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::AgentLoadModel</name>
    <message numerus="yes">
        <source>%1: %n open</source>
        <translation>
            <numerusform>%1: %n open</numerusform>
            <numerusform>%1: %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held long</source>
        <translation>
            <numerusform>%n held long</numerusform>
            <numerusform>%n held long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) held past the team&apos;s limit; offer help.</source>
        <translation>
            <numerusform>%n ticket held past the team&apos;s limit; offer help.</numerusform>
            <numerusform>%n tickets held past the team&apos;s limit; offer help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::AssignmentPanel</name>
    <message numerus="yes">
        <source>Held by one agent for more than %n business day(s): a teammate could offer help.</source>
        <translation>
            <numerusform>Held by one agent for more than %n business day: a teammate could offer help.</numerusform>
            <numerusform>Held by one agent for more than %n business days: a teammate could offer help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::BugReportFormDialog</name>
    <message numerus="yes">
        <source>Filled in from ticket #%1: %n field(s).</source>
        <translation>
            <numerusform>Filled in from ticket #%1: %n field.</numerusform>
            <numerusform>Filled in from ticket #%1: %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::BugReportsView</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::CloseLoopDialog</name>
    <message numerus="yes">
        <source>%n reply(ies) sent.</source>
        <translation>
            <numerusform>%n reply sent.</numerusform>
            <numerusform>%n replies sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) sent; the others wait for you to read new messages first.</source>
        <translation>
            <numerusform>%n reply sent; the others wait for you to read new messages first.</numerusform>
            <numerusform>%n replies sent; the others wait for you to read new messages first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::Customer</name>
    <message numerus="yes">
        <source>Licence: %1, %n seat(s), %2 %3</source>
        <extracomment>%1 plan, %2 number of seats, %3 state (Valid, Expired, ...), %4 end date or empty</extracomment>
        <translation>
            <numerusform>Licence: %1, %n seat, %2 %3</numerusform>
            <numerusform>Licence: %1, %n seats, %2 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerCard</name>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A response time in hours</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A response time in minutes</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n corrected</source>
        <extracomment>Shows notes that later notes corrected; %n is how many</extracomment>
        <translation>
            <numerusform>Show %n corrected</numerusform>
            <numerusform>Show %n corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 until %2 (%n day(s) left)</source>
        <extracomment>Licence state; %1 the state (&quot;Valid&quot;, &quot;Expiring soon&quot;), %2 the end date, %n days left</extracomment>
        <translation>
            <numerusform>%1 until %2 (%n day left)</numerusform>
            <numerusform>%1 until %2 (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) this quarter · </source>
        <translation>
            <numerusform>%n ticket this quarter · </numerusform>
            <numerusform>%n tickets this quarter · </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open now</source>
        <translation>
            <numerusform>%n open now</numerusform>
            <numerusform>%n open now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <extracomment>%1 a file name, %n the number of customers in it</extracomment>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::CustomerStore</name>
    <message numerus="yes">
        <source>Merged %1 into this customer: %n address(es), </source>
        <extracomment>A note written by Casebook on the surviving record; %1 is &quot;Name (#id)&quot;, then counts of what moved</extracomment>
        <translation>
            <numerusform>Merged %1 into this customer: %n address, </numerusform>
            <numerusform>Merged %1 into this customer: %n addresses, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), </source>
        <translation>
            <numerusform>%n ticket, </numerusform>
            <numerusform>%n tickets, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) moved here.</source>
        <translation>
            <numerusform>%n note moved here.</numerusform>
            <numerusform>%n notes moved here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::CustomersView</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::DesktopNotifier</name>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <extracomment>A desktop notification&apos;s action</extracomment>
        <translation>
            <numerusform>Snooze for %n minute</numerusform>
            <numerusform>Snooze for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::ImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <extracomment>%1 a file name, %n the number of rows in it</extracomment>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::InboxModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n min late</numerusform>
            <numerusform>%n min late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h late</source>
        <translation>
            <numerusform>%n h late</numerusform>
            <numerusform>%n h late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::InboxView</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>best %n match(es)</source>
        <translation>
            <numerusform>best %n match</numerusform>
            <numerusform>best %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in all tickets</source>
        <translation>
            <numerusform>%n match in all tickets</numerusform>
            <numerusform>%n matches in all tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1</source>
        <extracomment>%1 is the view searched, for example &quot;Mine&quot;</extracomment>
        <translation>
            <numerusform>%n match in %1</numerusform>
            <numerusform>%n matches in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ match(es)…</source>
        <extracomment>%n is how many matches are shown so far; more are on their way</extracomment>
        <translation>
            <numerusform>%n+ match…</numerusform>
            <numerusform>%n+ matches…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::IssueFormWidget</name>
    <message numerus="yes">
        <source>Tick the required box(es): %1</source>
        <extracomment>%1 lists the labels of the checkboxes that must be ticked, separated by &quot;; &quot;</extracomment>
        <translation>
            <numerusform>Tick the required box: %1</numerusform>
            <numerusform>Tick the required boxes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::MailAccountsModel</name>
    <message numerus="yes">
        <source>checked every %n min</source>
        <translation>
            <numerusform>checked every %n min</numerusform>
            <numerusform>checked every %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::MailCheck</name>
    <message numerus="yes">
        <source>IMAP ok: %n message(s) in %1</source>
        <extracomment>%1 is the folder name</extracomment>
        <translation>
            <numerusform>IMAP ok: %n message in %1</numerusform>
            <numerusform>IMAP ok: %n messages in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::MailTransport</name>
    <message numerus="yes">
        <source>The IMAP server did not answer for %n second(s) while %1.</source>
        <translation>
            <numerusform>The IMAP server did not answer for %n second while %1.</numerusform>
            <numerusform>The IMAP server did not answer for %n seconds while %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The SMTP server did not answer for %n second(s).</source>
        <translation>
            <numerusform>The SMTP server did not answer for %n second.</numerusform>
            <numerusform>The SMTP server did not answer for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::MainWindow</name>
    <message numerus="yes">
        <source>The team has %n active agent(s).</source>
        <translation>
            <numerusform>The team has %n active agent.</numerusform>
            <numerusform>The team has %n active agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected again: %n draft(s) typed while disconnected saved to the database.</source>
        <translation>
            <numerusform>Connected again: %n draft typed while disconnected saved to the database.</numerusform>
            <numerusform>Connected again: %n drafts typed while disconnected saved to the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new mail(s) from %1</source>
        <translation>
            <numerusform>%n new mail from %1</numerusform>
            <numerusform>%n new mails from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::NotificationList</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::NotificationModel</name>
    <message numerus="yes">
        <source>%n time(s) since %1</source>
        <extracomment>A notification line that came more than once; %1 when the first came, %n how often</extracomment>
        <translation>
            <numerusform>%n time since %1</numerusform>
            <numerusform>%n times since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::PeoplePage</name>
    <message numerus="yes">
        <source>%1 holds %n open ticket(s). History keeps their name either way.</source>
        <translation>
            <numerusform>%1 holds %n open ticket. History keeps their name either way.</numerusform>
            <numerusform>%1 holds %n open tickets. History keeps their name either way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalBoardModel</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <extracomment>On a proposal card: frequency, distinct customers and weighted score</extracomment>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalPage</name>
    <message numerus="yes">
        <source>%1 · %n request(s)</source>
        <translation>
            <numerusform>%1 · %n request</numerusform>
            <numerusform>%1 · %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 (%n request(s))</source>
        <translation>
            <numerusform>#%1 %2 (%n request)</numerusform>
            <numerusform>#%1 %2 (%n requests)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::ProposalsSection</name>
    <message numerus="yes">
        <source>Imported %n new proposal(s)</source>
        <translation>
            <numerusform>Imported %n new proposal</numerusform>
            <numerusform>Imported %n new proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n request.</numerusform>
            <numerusform>%n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::ReadableCopyFlow</name>
    <message numerus="yes">
        <source>%n row(s) were copied into %1.</source>
        <extracomment>%n is a count of rows, %1 the new file</extracomment>
        <translation>
            <numerusform>%n row was copied into %1.</numerusform>
            <numerusform>%n rows were copied into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that were lost.</source>
        <translation>
            <numerusform>%n row refers to rows that were lost.</numerusform>
            <numerusform>%n rows refer to rows that were lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::ReminderTexts</name>
    <message numerus="yes">
        <source>The mailbox is checked every %n minute(s) during the shift.</source>
        <translation>
            <numerusform>The mailbox is checked every %n minute during the shift.</numerusform>
            <numerusform>The mailbox is checked every %n minutes during the shift.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has been with %2 for %n business day(s); offer help.</source>
        <translation>
            <numerusform>%1 has been with %2 for %n business day; offer help.</numerusform>
            <numerusform>%1 has been with %2 for %n business days; offer help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::ReviewDialog</name>
    <message numerus="yes">
        <source>%n proposal(s) to review</source>
        <translation>
            <numerusform>%n proposal to review</numerusform>
            <numerusform>%n proposals to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n decided</numerusform>
            <numerusform>%n decided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::SendGuardBar</name>
    <message numerus="yes">
        <source>Not sent yet: %n new message(s) arrived while you were writing.</source>
        <translation>
            <numerusform>Not sent yet: %n new message arrived while you were writing.</numerusform>
            <numerusform>Not sent yet: %n new messages arrived while you were writing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::ShiftsView</name>
    <message numerus="yes">
        <source>%n holiday(s) added to the team calendar.</source>
        <translation>
            <numerusform>%n holiday added to the team calendar.</numerusform>
            <numerusform>%n holidays added to the team calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::TagListModel</name>
    <message numerus="yes">
        <source>Used on %n ticket(s)</source>
        <translation>
            <numerusform>Used on %n ticket</numerusform>
            <numerusform>Used on %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::TemplateEditor</name>
    <message numerus="yes">
        <source>GitHub accepts this form; it ignores %n key(s) Casebook warns about.</source>
        <translation>
            <numerusform>GitHub accepts this form; it ignores %n key Casebook warns about.</numerusform>
            <numerusform>GitHub accepts this form; it ignores %n keys Casebook warns about.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitHub would refuse this form: %n problem(s).</source>
        <translation>
            <numerusform>GitHub would refuse this form: %n problem.</numerusform>
            <numerusform>GitHub would refuse this form: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::TicketHeader</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::TrayIcon</name>
    <message numerus="yes">
        <source>Casebook — %1 — %n notification(s)</source>
        <extracomment>Tray tool tip: %1 is the agent&apos;s state, %2 the open notifications</extracomment>
        <translation>
            <numerusform>Casebook — %1 — %n notification</numerusform>
            <numerusform>Casebook — %1 — %n notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::TriagePanel</name>
    <message numerus="yes">
        <source>Critical: a reaction is due by %1 (%n min left); then the leads are called.</source>
        <translation>
            <numerusform>Critical: a reaction is due by %1 (%n min left); then the leads are called.</numerusform>
            <numerusform>Critical: a reaction is due by %1 (%n min left); then the leads are called.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::VaultPanel</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::ZendeskReader</name>
    <message numerus="yes">
        <source>%n comment(s) of a ticket that is not in the export</source>
        <translation>
            <numerusform>%n comment of a ticket that is not in the export</numerusform>
            <numerusform>%n comments of a ticket that is not in the export</numerusform>
        </translation>
    </message>
</context>
</TS>
