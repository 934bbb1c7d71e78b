// SPDX-License-Identifier: GPL-3.0-or-later
#include "newticketform.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/customers/customerlistmodel.h"
#include "models/customers/customerstore.h"
#include "models/drafts/draftstore.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/triage/taglistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

template<typename E, std::size_t N>
QJsonValue optionalName(const std::optional<E> &value, const EnumNames<E, N> &names)
{
    return value ? QJsonValue(names.name(*value)) : QJsonValue();
}

} // namespace

bool NewTicketForm::Fields::isEmpty() const
{
    return !requester.isValid() && requesterName.trimmed().isEmpty() && newCustomerName.trimmed().isEmpty()
        && newCustomerEmail.trimmed().isEmpty() && subject.trimmed().isEmpty() && body.trimmed().isEmpty()
        && tags.isEmpty();
}

QString NewTicketForm::Fields::toJson() const
{
    QJsonObject o{
        {u"requester"_s, requester.value()},
        {u"requesterName"_s, requesterName},
        {u"newCustomer"_s, newCustomer},
        {u"newCustomerName"_s, newCustomerName},
        {u"newCustomerEmail"_s, newCustomerEmail},
        {u"newCustomerPhone"_s, newCustomerPhone},
        {u"subject"_s, subject},
        {u"body"_s, body},
        {u"outbound"_s, outbound},
        {u"channel"_s, channelNames.name(channel)},
        {u"complexity"_s, optionalName(complexity, complexityNames)},
        {u"severity"_s, optionalName(severity, severityNames)},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"assignee"_s, assignee.value()},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

NewTicketForm::Fields NewTicketForm::Fields::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Fields f;
    f.requester = CustomerId(o.value(u"requester"_s).toInteger());
    f.requesterName = o.value(u"requesterName"_s).toString();
    f.newCustomer = o.value(u"newCustomer"_s).toBool();
    f.newCustomerName = o.value(u"newCustomerName"_s).toString();
    f.newCustomerEmail = o.value(u"newCustomerEmail"_s).toString();
    f.newCustomerPhone = o.value(u"newCustomerPhone"_s).toString();
    f.subject = o.value(u"subject"_s).toString();
    f.body = o.value(u"body"_s).toString();
    f.outbound = o.value(u"outbound"_s).toBool();
    f.channel = channelNames.parse(o.value(u"channel"_s).toString()).value_or(Channel::Phone);
    f.complexity = complexityNames.parse(o.value(u"complexity"_s).toString());
    f.severity = severityNames.parse(o.value(u"severity"_s).toString());
    for (const auto &tag : o.value(u"tags"_s).toArray())
        f.tags.append(tag.toString());
    f.assignee = AgentId(o.value(u"assignee"_s).toInteger());
    return f;
}

NewTicketForm::NewTicketForm(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_requesters(new CustomerListModel(session.database(), session.clock(), this))
    , m_tags(new TagListModel(session.database(), session.clock(), this))
{
}

NewTicketForm::~NewTicketForm() = default;

QString NewTicketForm::draftScope()
{
    return u"ticket/new"_s;
}

QList<Agent> NewTicketForm::agents() const
{
    return AgentStore(m_session.database(), m_session.clock()).activeAgents();
}

AgentId NewTicketForm::me() const
{
    return m_session.agentId();
}

QHash<NewTicketForm::Field, QString> NewTicketForm::problems(const Fields &fields) const
{
    QHash<Field, QString> found;
    if (fields.newCustomer) {
        if (fields.newCustomerName.trimmed().isEmpty())
            found.insert(Field::NewCustomerName, tr("Type the new customer's name."));
        if (fields.newCustomerEmail.trimmed().isEmpty() && fields.channel == Channel::Email)
            found.insert(Field::NewCustomerEmail, tr("A ticket by e-mail needs the customer's address."));
        const auto problem =
            CustomerStore(m_session.database(), m_session.clock()).emailProblem({fields.newCustomerEmail});
        if (!problem)
            found.insert(Field::NewCustomerEmail, problem.error().message);
        else if (!problem->isEmpty())
            found.insert(Field::NewCustomerEmail, *problem);
    } else if (!fields.requester.isValid()) {
        found.insert(Field::Requester,
                     fields.requesterName.trimmed().isEmpty()
                         ? tr("Pick the customer who asks, or create one.")
                         : tr("No customer is called \"%1\": pick one from the list, or create one.")
                               .arg(fields.requesterName.trimmed()));
    }
    if (fields.subject.trimmed().isEmpty())
        found.insert(Field::Subject, tr("A ticket needs a subject."));
    if (fields.body.trimmed().isEmpty())
        found.insert(Field::Body,
                     fields.outbound ? tr("Write the message you send the customer.")
                                     : tr("Write down what the customer asked, in their words."));
    return found;
}

std::optional<NewTicketForm::Fields> NewTicketForm::draft()
{
    const auto read = DraftStore(m_session.database(), m_session.clock()).draft(m_session.agentId(), draftScope());
    if (!read || !read.value())
        return std::nullopt;
    m_draftVersion = (*read)->version;
    return Fields::fromJson((*read)->body);
}

void NewTicketForm::saveDraft(const Fields &fields)
{
    DraftStore drafts(m_session.database(), m_session.clock());
    if (fields.isEmpty()) {
        discardDraft();
        return;
    }
    Draft d;
    d.agent = m_session.agentId();
    d.scope = draftScope();
    d.body = fields.toJson();
    d.version = m_draftVersion;
    auto saved = drafts.save(d);
    if (!saved && saved.error().kind == Error::Kind::Conflict) {
        // Another window of the same agent saved in between: the text typed here wins.
        if (const auto current = drafts.draft(d.agent, d.scope); current && current.value()) {
            d.version = (*current)->version;
            saved = drafts.save(d);
        }
    }
    if (!saved) {
        Q_EMIT draftFailed(saved.error().message);
        return;
    }
    m_draftVersion = *saved;
}

void NewTicketForm::discardDraft()
{
    if (auto removed = DraftStore(m_session.database(), m_session.clock()).remove(m_session.agentId(), draftScope());
        !removed)
        Q_EMIT draftFailed(removed.error().message);
    m_draftVersion = 0;
}

Result<TicketId> NewTicketForm::create(const Fields &fields)
{
    if (const auto found = problems(fields); !found.isEmpty()) {
        // The first field in the dialog's order speaks for all of them.
        for (const Field field :
             {Field::Requester, Field::NewCustomerName, Field::NewCustomerEmail, Field::Subject, Field::Body}) {
            if (found.contains(field))
                return Error{Error::Kind::Invalid, found.value(field), {}};
        }
    }
    CustomerId customer = fields.requester;
    if (fields.newCustomer) {
        Customer c;
        c.displayName = fields.newCustomerName.trimmed();
        c.emails = {fields.newCustomerEmail.trimmed()};
        c.phone = fields.newCustomerPhone.trimmed();
        auto made = CustomerStore(m_session.database(), m_session.clock()).create(c, m_session.agentId());
        if (!made)
            return made.error();
        customer = *made;
        // Should the ticket fail below, a retry must not make the customer twice.
        Q_EMIT requesterCreated(customer, c.displayName);
    }
    TicketStore::NewTicket ticket;
    ticket.subject = fields.subject.trimmed();
    ticket.customer = customer;
    ticket.channel = fields.channel;
    ticket.body = fields.body.trimmed();
    ticket.outbound = fields.outbound;
    ticket.complexity = fields.complexity;
    ticket.severity = fields.severity;
    ticket.tags = fields.tags;
    ticket.assignee = fields.assignee;
    ticket.by = m_session.agentId();
    auto made = TicketStore(m_session.database(), m_session.clock()).create(ticket);
    if (!made)
        return made.error();
    discardDraft();
    Q_EMIT created(*made);
    return made;
}

} // namespace Casebook
