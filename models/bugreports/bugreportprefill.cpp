// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreportprefill.h"

#include "models/storage/database.h"
#include "models/vault/vaultstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/// Ids first, then label words; the first input element that fits wins.
struct Target
{
    QStringList ids;
    QStringList labelWords;
};

const Target dialogueTarget{{u"dialogue-link"_s, u"dialogue"_s, u"conversation"_s, u"ticket"_s, u"ticket-link"_s},
                            {u"dialogue"_s, u"conversation"_s, u"ticket"_s, u"диалог"_s}};
const Target customerTarget{{u"customer"_s, u"client"_s, u"account"_s, u"customer-id"_s},
                            {u"customer"_s, u"client"_s, u"account"_s, u"клиент"_s}};
const Target versionTarget{{u"fix-version"_s, u"version"_s, u"app-version"_s, u"tracker-version"_s},
                           {u"version"_s, u"версия"_s}};
const Target errorTarget{{u"error-text"_s, u"error"_s, u"error-message"_s, u"logs"_s, u"log"_s, u"stacktrace"_s},
                         {u"error"_s, u"log"_s, u"ошибк"_s}};
const Target instanceTarget{{u"instance"_s, u"instance-id"_s}, {u"instance"_s, u"инстанс"_s}};
const Target accessTarget{{u"accesses"_s, u"access"_s}, {u"access"_s, u"доступ"_s}};

const FormElement *find(const IssueForm &form, const Target &target, std::initializer_list<FormElementType> types)
{
    const auto fits = [&](const FormElement &e) {
        return std::find(types.begin(), types.end(), e.type) != types.end();
    };
    for (const QString &id : target.ids) {
        const FormElement *e = form.element(id);
        if (e && fits(*e))
            return e;
    }
    for (const FormElement &e : form.body) {
        if (!e.acceptsInput() || !fits(e))
            continue;
        const QString label = e.label.toLower();
        for (const QString &word : target.labelWords) {
            if (label.contains(word))
                return &e;
        }
    }
    return nullptr;
}

/// Words in a checkbox label that name each kind of access (R17).
QStringList kindWords(VaultEntryKind kind)
{
    switch (kind) {
    case VaultEntryKind::Tracker:
        return {u"tracker"_s, u"трекер"_s};
    case VaultEntryKind::Server:
        return {u"server"_s, u"ssh"_s, u"сервер"_s};
    case VaultEntryKind::Registrar:
        return {u"registrar"_s, u"domain"_s, u"регистратор"_s};
    case VaultEntryKind::Affiliate:
        return {u"affiliate"_s, u"партнёр"_s, u"партнер"_s};
    case VaultEntryKind::WordPress:
        return {u"wordpress"_s};
    case VaultEntryKind::Other:
        break;
    }
    return {};
}

QString kindName(VaultEntryKind kind)
{
    switch (kind) {
    case VaultEntryKind::Tracker:
        return QCoreApplication::translate("Casebook::BugReportPrefill", "Tracker");
    case VaultEntryKind::Server:
        return QCoreApplication::translate("Casebook::BugReportPrefill", "Server");
    case VaultEntryKind::Registrar:
        return QCoreApplication::translate("Casebook::BugReportPrefill", "Domain registrar");
    case VaultEntryKind::Affiliate:
        return QCoreApplication::translate("Casebook::BugReportPrefill", "Affiliate network");
    case VaultEntryKind::WordPress:
        return QCoreApplication::translate("Casebook::BugReportPrefill", "WordPress admin");
    case VaultEntryKind::Other:
        break;
    }
    return QCoreApplication::translate("Casebook::BugReportPrefill", "Other");
}

/// The host of an access's URL, never its user info: URLs can embed credentials.
QString hostOf(const QString &url)
{
    return QUrl::fromUserInput(url).host();
}

class Filler
{
public:
    Filler(const IssueForm &form, const FormAnswers &current)
        : m_form(form)
        , m_initial(initialAnswers(form))
    {
        m_result.answers = current;
    }

    /// Writes `text` when the element is still empty or untouched.
    void text(const FormElement *e, const QString &text)
    {
        if (!e || text.isEmpty() || !untouched(*e))
            return;
        m_result.answers[e->key()].text = text;
        m_filled.insert(e->key());
    }

    void tick(const FormElement *e, const QList<int> &boxes)
    {
        if (!e || boxes.isEmpty() || !untouched(*e))
            return;
        m_result.answers[e->key()].selected = boxes;
        m_filled.insert(e->key());
    }

    BugReportPrefill take(const QString &title)
    {
        m_result.title = title;
        for (const FormElement &e : m_form.body) {
            if (m_filled.contains(e.key()))
                m_result.filledKeys.append(e.key());
        }
        return std::move(m_result);
    }

private:
    bool untouched(const FormElement &e) const
    {
        const FormAnswer now = m_result.answers.value(e.key());
        return now == m_initial.value(e.key()) || (now.text.trimmed().isEmpty() && now.selected.isEmpty());
    }

    const IssueForm &m_form;
    FormAnswers m_initial;
    BugReportPrefill m_result;
    QSet<QString> m_filled;
};

} // namespace

Result<PrefillSource> PrefillSource::load(Database &database, TicketId ticket, const VaultStore *vault)
{
    QSqlQuery q(database.connection());
    q.prepare(
        u"SELECT t.subject, t.customer_id, c.display_name, c.company, c.account_ref, c.primary_email, "
        "c.licence_plan, c.product_version, t.is_private FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id "
        "WHERE t.id = ?"_s);
    q.addBindValue(ticket.value());
    if (!q.exec())
        return database.errorFrom(q.lastError());
    if (!q.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("Casebook::BugReportPrefill", "Ticket %1 does not exist.").arg(ticket.value()),
            {}};
    PrefillSource source;
    source.ticket = ticket;
    source.ticketSubject = q.value(0).toString();
    source.customer = CustomerId(q.value(1).toLongLong());
    source.customerName = q.value(2).toString();
    source.company = q.value(3).toString();
    source.accountRef = q.value(4).toString();
    source.customerEmail = q.value(5).toString();
    source.licencePlan = q.value(6).toString();
    source.productVersion = q.value(7).toString();
    source.ticketIsPrivate = q.value(8).toBool();
    if (vault && source.customer.isValid()) {
        auto entries = vault->entries(source.customer);
        if (!entries)
            return entries.error();
        source.accesses = *entries;
    }
    return source;
}

BugReportPrefill prefillBugReport(const IssueForm &form, const PrefillSource &source)
{
    return prefillBugReport(form, source, initialAnswers(form));
}

BugReportPrefill prefillBugReport(const IssueForm &form, const PrefillSource &source, const FormAnswers &current)
{
    using T = FormElementType;
    Filler fill(form, current);
    if (source.ticket.isValid())
        fill.text(find(form, dialogueTarget, {T::Input, T::Textarea}), dialogueLink(source.ticket).toString());

    QString customer = source.customerName;
    if (!source.company.isEmpty())
        customer += u" ("_s + source.company + u')';
    if (!source.accountRef.isEmpty())
        //: Prefilled customer field of a bug report: %1 is the account reference
        customer += QCoreApplication::translate("Casebook::BugReportPrefill", ", account %1").arg(source.accountRef);
    fill.text(find(form, customerTarget, {T::Input, T::Textarea}), customer.trimmed());
    fill.text(find(form, versionTarget, {T::Input}), source.productVersion);
    fill.text(find(form, errorTarget, {T::Textarea, T::Input}), source.selectedText.trimmed());

    for (const VaultEntry &access : source.accesses) {
        if (access.kind == VaultEntryKind::Tracker && !access.url.isEmpty()) {
            fill.text(find(form, instanceTarget, {T::Input}), hostOf(access.url));
            break;
        }
    }

    // Names only: kind, label, host and user. A secret is never read here (VaultEntry has none).
    if (const FormElement *e = find(form, accessTarget, {T::Checkboxes, T::Textarea, T::Input})) {
        if (e->type == T::Checkboxes) {
            QList<int> boxes;
            for (qsizetype i = 0; i < e->checkboxes.size(); ++i) {
                const QString label = e->checkboxes.at(i).label.toLower();
                for (const VaultEntry &access : source.accesses) {
                    const QStringList words = kindWords(access.kind);
                    if (std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return label.contains(w); })
                        && !boxes.contains(int(i)))
                        boxes.append(int(i));
                }
            }
            fill.tick(e, boxes);
        } else {
            QStringList lines;
            for (const VaultEntry &access : source.accesses) {
                QStringList where;
                if (!access.url.isEmpty())
                    where.append(hostOf(access.url));
                if (!access.userName.isEmpty())
                    where.append(access.userName);
                QString line = kindName(access.kind) + u": "_s + access.label;
                if (!where.isEmpty())
                    line += u" ("_s + where.join(u", "_s) + u')';
                lines.append(line);
            }
            fill.text(e, lines.join(u'\n'));
        }
    }
    return fill.take(form.title + source.ticketSubject);
}

} // namespace Casebook
