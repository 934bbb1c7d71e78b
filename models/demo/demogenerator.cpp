// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "democontext.h"
#include "demodeliveries.h"
#include "models/bugreports/issueformparser.h"
#include "models/bugreports/templatestore.h"
#include "models/proposals/proposalstore.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"
#include "rowinserter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

// Seeding writes no change_log rows: nobody is watching a database being filled before
// its first use, and millions of feed entries would only slow the benchmark load down.

namespace Casebook {

using namespace Qt::StringLiterals;
using DemoText::Dice;

namespace {

using namespace DemoTime;

// Each phase draws from its own stream, so adding a choice in one phase leaves the
// data of every other phase unchanged.
enum Stream : quint32 { AgentsStream = 1, CustomersStream, ProposalsStream };
quint32 streamSeed(quint32 seed, Stream stream)
{
    return seed * 2654435761u + stream * 40503u;
}

constexpr QStringView kAgentNames[][2] = {
    {u"Mira", u"Holt"},     {u"Jonas", u"Brandt"}, {u"Vera", u"Lindgren"}, {u"Timur", u"Sadykov"}, {u"Lena", u"Ortiz"},
    {u"Pavel", u"Sorokin"}, {u"Ada", u"Fontaine"}, {u"Kai", u"Nakamura"},  {u"Nina", u"Petrova"},  {u"Owen", u"Marsh"},
};
constexpr QStringView kAgentZones[] = {u"Europe/Berlin", u"Europe/Moscow", u"Asia/Yerevan",    u"Europe/Lisbon",
                                       u"Asia/Almaty",   u"Europe/Warsaw", u"America/Toronto", u"Europe/Istanbul"};
constexpr QStringView kPlans[] = {u"Starter", u"Pro", u"Business", u"Agency"};
constexpr QStringView kVersions[] = {u"3.2.4", u"3.3.0", u"3.4.1", u"3.4.2"};

Error sqlError(const DemoContext &ctx, const QSqlQuery &query)
{
    return ctx.db->errorFrom(query.lastError());
}

DatabaseUrl::Engine engineOf(const DemoContext &ctx)
{
    return ctx.db->isPostgres() ? DatabaseUrl::Engine::PostgreSQL : DatabaseUrl::Engine::SQLite;
}

/// One row the migration ships (an SLA policy, a shift), looked up by its name.
Result<QSqlQuery> shippedRow(DemoContext &ctx, const QString &sql, const QString &name)
{
    QSqlQuery q(ctx.conn);
    if (!q.prepare(sql))
        return sqlError(ctx, q);
    q.bindValue(0, name);
    if (!q.exec())
        return sqlError(ctx, q);
    if (!q.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("Casebook::DemoGenerator", "\"%1\" is missing; is the database fully migrated?")
                .arg(name),
            {}};
    return q;
}

Result<DemoContext::Sla> slaByName(DemoContext &ctx, const QString &name)
{
    auto q = shippedRow(
        ctx, u"SELECT id, first_response_minutes, next_response_minutes FROM sla_policies WHERE name = ?"_s, name);
    if (!q)
        return q.error();
    return DemoContext::Sla{q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toInt()};
}

Result<qint64> shiftTemplateId(DemoContext &ctx, const QString &name)
{
    auto q = shippedRow(ctx, u"SELECT id FROM shift_templates WHERE name = ?"_s, name);
    if (!q)
        return q.error();
    return q->value(0).toLongLong();
}

Status writeAgents(DemoContext &ctx)
{
    Dice dice(streamSeed(ctx.seed, AgentsStream));
    RowInserter agents(ctx.conn, engineOf(ctx), u"agents"_s,
                       {u"id"_s, u"login"_s, u"display_name"_s, u"email"_s, u"role"_s, u"time_zone"_s, u"locale"_s,
                        u"mail_check_minutes"_s, u"active"_s, u"created_at"_s, u"updated_at"_s});
    const int count = qMax(1, ctx.size.agents);
    const qint64 created = ctx.now - 400 * kDay;
    for (int i = 0; i < count; ++i) {
        const auto &name = kAgentNames[i % std::size(kAgentNames)];
        QString first = name[0].toString();
        QString last = name[1].toString();
        if (i >= int(std::size(kAgentNames)))
            last += u' ' + QString::number(i / int(std::size(kAgentNames)) + 1);
        const QString login = DemoText::slug(QString(first + u'.' + last));
        const QString role = i == 0 ? u"admin"_s : (i <= 2 ? u"lead"_s : u"agent"_s);
        const QStringView zone = kAgentZones[i % std::size(kAgentZones)];
        const bool russianSpeaking = zone == u"Europe/Moscow" || zone == u"Asia/Almaty";
        const qint64 id = i + 1;
        if (auto s = agents.insert({id, login, QString(first + u' ' + last), QString(login + u"@support.example"), role,
                                    zone.toString(), russianSpeaking ? u"ru"_s : u"en"_s, dice.chance(0.5) ? 30 : 60,
                                    true, created, created});
            !s)
            return s;
        ctx.agents.append({id, first, role, QString(first + u' ' + last)});
    }
    return Done{};
}

Status writeCalendarAndRoster(DemoContext &ctx)
{
    const auto early = shiftTemplateId(ctx, u"First"_s);
    const auto late = shiftTemplateId(ctx, u"Second"_s);
    const auto duty = shiftTemplateId(ctx, u"Saturday duty"_s);
    if (!early || !late || !duty)
        return !early ? early.error() : (!late ? late.error() : duty.error());

    const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.now, QTimeZone::UTC).date();
    const QDate holidays[] = {QDate(today.year(), 12, 31), QDate(today.year() + 1, 1, 1)};
    RowInserter calendar(ctx.conn, engineOf(ctx), u"team_calendar"_s, {u"day"_s, u"kind"_s, u"note"_s});
    for (const QDate &day : holidays) {
        ctx.hours.holidays.insert(day);
        if (auto s = calendar.insert({day, u"holiday"_s, day.month() == 1 ? u"New Year"_s : u"New Year's Eve"_s}); !s)
            return s;
    }

    // Lunch slots in order; each working agent of a day takes the next one, so lunches
    // never overlap (R02) while the team has no more agents than slots.
    constexpr int slots[] = {720, 780, 840, 660, 900, 960, 1020, 600};
    RowInserter roster(ctx.conn, engineOf(ctx), u"roster"_s,
                       {u"id"_s, u"agent_id"_s, u"day"_s, u"shift_template_id"_s, u"lunch_start_minute"_s});
    const QDate firstMonday = today.addDays(1 - today.dayOfWeek()).addDays(-28);
    const int n = int(ctx.agents.size());
    qint64 id = 0;
    for (int d = 0; d < 56; ++d) {
        const QDate day = firstMonday.addDays(d);
        if (std::find(std::begin(holidays), std::end(holidays), day) != std::end(holidays))
            continue;
        const int week = d / 7;
        if (day.dayOfWeek() == 7)
            continue; // R05: Sunday is a day off
        if (day.dayOfWeek() == 6) { // R03: one agent on Saturday duty, in turn
            if (auto s = roster.insert({++id, ctx.agents[week % n].id, day, *duty, 780}); !s)
                return s;
            continue;
        }
        // With five or more agents one has the weekday off, in turn (they worked Saturday).
        const int off = n >= 5 ? (d + week) % n : -1;
        int slot = 0;
        for (int a = 0; a < n; ++a) {
            if (a == off)
                continue;
            const int lunch = slots[slot++ % int(std::size(slots))];
            qint64 shift = ((a + week) % 2 == 0) ? *early : *late;
            if (lunch == 600)
                shift = *early; // a 10:00 lunch would start a Late shift
            else if (lunch == 1020)
                shift = *late; // a 17:00 lunch would end an Early shift
            if (auto s = roster.insert({++id, ctx.agents[a].id, day, shift, lunch}); !s)
                return s;
        }
    }
    return Done{};
}

Status writeTagsAndAreas(DemoContext &ctx)
{
    RowInserter tags(ctx.conn, engineOf(ctx), u"tags"_s, {u"id"_s, u"name"_s, u"description"_s, u"created_at"_s});
    QStringList names;
    for (const auto &topic : DemoText::topics())
        names.append(topic.tag.toString());
    for (QStringView t : DemoText::extraTicketTags())
        names.append(t.toString());
    for (QStringView t : DemoText::customerTags())
        names.append(t.toString());
    for (const auto &p : DemoText::proposals())
        names.append(p.tag.toString());
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        const qint64 id = ctx.tagIds.size() + 1;
        const QStringView description = DemoText::tagDescription(name);
        if (auto s = tags.insert({id, name, description.isEmpty() ? QVariant() : QVariant(description.toString()),
                                  ctx.now - 365 * kDay});
            !s)
            return s;
        ctx.tagIds.insert(name, id);
    }

    RowInserter areas(ctx.conn, engineOf(ctx), u"product_areas"_s, {u"id"_s, u"name"_s, u"owner_agent_id"_s});
    const auto names2 = DemoText::productAreas();
    for (int i = 0; i < int(names2.size()); ++i) {
        // R29: every area has an owner; leads own most, the others share the rest.
        const qint64 owner = ctx.agents[(i + 1) % ctx.agents.size()].id;
        if (auto s = areas.insert({qint64(i + 1), names2[i].toString(), owner}); !s)
            return s;
        ctx.areaOwners.append(owner);
    }
    return Done{};
}

Status writeCustomers(DemoContext &ctx)
{
    Dice dice(streamSeed(ctx.seed, CustomersStream));
    const auto engine = engineOf(ctx);
    RowInserter customers(ctx.conn, engine, u"customers"_s,
                          {u"id"_s, u"display_name"_s, u"company"_s, u"account_ref"_s, u"primary_email"_s, u"locale"_s,
                           u"licence_plan"_s, u"licence_key"_s, u"licence_seats"_s, u"licence_expires_at"_s, u"tier"_s,
                           u"sla_policy_id"_s, u"support_profile"_s, u"success_owner_id"_s, u"product_version"_s,
                           u"first_contact_at"_s, u"created_at"_s, u"updated_at"_s});
    RowInserter emails(ctx.conn, engine, u"customer_emails"_s, {u"email"_s, u"customer_id"_s});
    RowInserter tags(ctx.conn, engine, u"customer_tags"_s, {u"customer_id"_s, u"tag_id"_s});
    RowInserter notes(ctx.conn, engine, u"customer_notes"_s,
                      {u"id"_s, u"customer_id"_s, u"author_id"_s, u"body"_s, u"pinned"_s, u"created_at"_s});
    QSet<QString> usedEmails;
    auto uniqueEmail = [&usedEmails](const QString &local, const QString &domain) {
        QString email = local + u'@' + domain;
        for (int n = 2; usedEmails.contains(email); ++n)
            email = local + QString::number(n) + u'@' + domain;
        usedEmails.insert(email);
        return email;
    };
    const auto customerTags = DemoText::customerTags();
    qint64 noteId = 0;
    const int count = qMax(1, ctx.size.customers);
    ctx.customers.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qint64 id = i + 1;
        const bool russian = dice.chance(0.15);
        const DemoText::Person person = russian ? DemoText::russianName(dice) : DemoText::englishName(dice);
        const QString company = DemoText::companyName(dice);
        const QString domain = DemoText::slug(company).remove(u'.') + u".example";
        const QString email = uniqueEmail(DemoText::slug(person.full()), domain);
        const qint64 created = ctx.now - dice.between(181 * kDay, 1100 * kDay);
        const bool premium = dice.chance(0.10);
        const DemoContext::Sla &sla = premium ? ctx.premium : ctx.standard;

        // Licence states the card must tell apart (R09): valid, expiring within 14 days, expired, none.
        QVariant plan, key, seats, expires;
        const int state = dice.weighted(std::initializer_list<int>{55, 15, 15, 15});
        if (state < 3) {
            plan = dice.pick(kPlans).toString();
            key = u"CB-%1-%2"_s.arg(dice.between(0x1000, 0xffff), 4, 16)
                      .arg(dice.between(0x1000, 0xffff), 4, 16)
                      .toUpper();
            seats = int(dice.between(1, 25));
            const qint64 until = state == 0 ? dice.between(15 * kDay, 365 * kDay)
                : state == 1                ? dice.between(kHour, 14 * kDay)
                                            : -dice.between(kDay, 200 * kDay);
            expires = ctx.now + until;
        }
        QVariant profile, owner;
        if (premium) {
            const auto &o = ctx.agents[1 % ctx.agents.size()];
            owner = o.id;
            profile = DemoText::supportProfileJson(dice, o.first);
        }
        if (auto s = customers.insert({id, person.full(), company, u"ACC-%1"_s.arg(100000 + id), email,
                                       russian ? u"ru"_s : u"en"_s, plan, key, seats, expires,
                                       premium ? u"premium"_s : u"standard"_s, sla.id, profile, owner,
                                       dice.pick(kVersions).toString(), created, created, created});
            !s)
            return s;
        if (auto s = emails.insert({email, id}); !s)
            return s;
        if (dice.chance(0.2)) {
            if (auto s = emails.insert({uniqueEmail(u"billing"_s, domain), id}); !s)
                return s;
        }
        if (dice.chance(0.4)) {
            const int first = dice.below(int(customerTags.size()));
            const int tagCount = dice.chance(0.3) ? 2 : 1;
            for (int t = 0; t < tagCount; ++t) {
                const QString tag = customerTags[(first + t * 3) % customerTags.size()].toString();
                if (auto s = tags.insert({id, ctx.tagIds.value(tag)}); !s)
                    return s;
            }
        }
        if (dice.chance(0.3)) {
            const int noteCount = 1 + dice.below(3);
            for (int k = 0; k < noteCount; ++k) {
                const qint64 at = created + (k + 1) * dice.between(kDay, 60 * kDay);
                const bool pinned = k == 0 && dice.chance(0.4);
                if (auto s = notes.insert({++noteId, id, ctx.agents[dice.below(int(ctx.agents.size()))].id,
                                           DemoText::customerNote(dice), pinned, qMin(at, ctx.now - kDay)});
                    !s)
                    return s;
            }
        }
        ctx.customers.append({id, person, russian, premium});
    }
    return Done{};
}

Status writeProposals(DemoContext &ctx)
{
    Dice dice(streamSeed(ctx.seed, ProposalsStream));
    const auto engine = engineOf(ctx);
    RowInserter proposals(ctx.conn, engine, u"proposals"_s,
                          {u"id"_s, u"title"_s, u"description"_s, u"status"_s, u"tag_id"_s, u"created_by"_s,
                           u"created_at"_s, u"updated_at"_s, u"decline_reason"_s});
    // Only the first three proposals have request topics in the inbox: they hold the statuses
    // whose work needs requests (the review, and closing the loop with the customers who
    // asked when a proposal ships or is declined).
    constexpr QStringView statuses[] = {u"under_review", u"shipped", u"declined", u"new", u"planned", u"in_progress"};
    qint64 id = 0;
    for (const auto &p : DemoText::proposals()) {
        ++id;
        const qint64 created = ctx.now - (300 - id * 20) * kDay;
        const QString status = statuses[(id - 1) % std::size(statuses)].toString();
        if (auto s = proposals.insert({id, p.title.toString(), p.description.toString(), status,
                                       ctx.tagIds.value(p.tag.toString()),
                                       ctx.agents[qMin<qsizetype>(1 + id % 2, ctx.agents.size() - 1)].id, created,
                                       created + dice.between(0, 10 * kDay),
                                       status == u"declined" ? QVariant(p.declineReason.toString()) : QVariant()});
            !s)
            return s;
        ctx.proposalIds.insert(p.tag.toString(), id);
        ctx.proposalTitles.insert(id, p.title.toString());
    }
    return Done{};
}

/// The shipped forms as builtin templates, exactly as TemplateStore::seedBuiltins() writes
/// them (so opening the demo later finds nothing to update), for the reports to refer to.
Status writeBugTemplates(DemoContext &ctx)
{
    RowInserter templates(ctx.conn, engineOf(ctx), u"bug_templates"_s,
                          {u"id"_s, u"name"_s, u"file_name"_s, u"source_yaml"_s, u"builtin"_s, u"shipped_yaml"_s,
                           u"created_at"_s, u"updated_at"_s});
    qint64 id = 0;
    for (const ShippedTemplate &shipped : TemplateStore::shippedTemplates()) {
        const auto form = parseIssueForm(shipped.yaml, shipped.fileName);
        if (!form)
            return form.error();
        const QString text = QString::fromUtf8(shipped.yaml);
        const qint64 created = ctx.now - 400 * kDay;
        if (auto s = templates.insert({++id, form->name, shipped.fileName, text, true, text, created, created}); !s)
            return s;
        if (shipped.fileName == u"tracker-bug.yml") {
            ctx.trackerBugTemplateId = id;
            ctx.trackerBugYaml = text;
        }
    }
    return Done{};
}

/// The proposal board reads its counts off the proposal rows (ProposalStore keeps them in
/// step); the generator writes requests directly, so it counts them once at the end.
Status countProposalRequests(DemoContext &ctx)
{
    for (const QString &sql :
         {u"UPDATE proposal_requests SET weight_class = COALESCE((SELECT CASE WHEN c.tier = 'premium' THEN 'premium' "
          "WHEN c.licence_plan IS NOT NULL AND c.licence_expires_at > ? THEN 'contract' ELSE 'standard' END "
          "FROM customers c WHERE c.id = proposal_requests.customer_id), 'standard')"_s,
          ProposalStore::recountStatement()}) {
        QSqlQuery q(ctx.conn);
        q.prepare(sql);
        if (sql.contains(u'?'))
            q.addBindValue(ctx.now);
        if (!q.exec())
            return sqlError(ctx, q);
    }
    return Done{};
}

/// Explicit ids leave PostgreSQL's identity sequences behind; move them past the data.
Status resetSequences(DemoContext &ctx)
{
    if (!ctx.db->isPostgres())
        return Done{};
    static constexpr QStringView tables[] = {u"agents",        u"customers",   u"customer_notes",    u"tags",
                                             u"product_areas", u"proposals",   u"proposal_requests", u"roster",
                                             u"tickets",       u"messages",    u"ticket_events",     u"ticket_tasks",
                                             u"bug_templates", u"bug_reports", u"bug_report_events"};
    for (QStringView table : tables) {
        QSqlQuery q(ctx.conn);
        const QString sql = u"SELECT setval(pg_get_serial_sequence('"_s + table
            + u"', 'id'), "
              u"COALESCE((SELECT MAX(id) FROM "_s
            + table + u"), 0) + 1, false)"_s;
        if (!q.exec(sql))
            return sqlError(ctx, q);
    }
    return Done{};
}

} // namespace

Result<bool> DemoGenerator::isPopulated(Database &db)
{
    const auto seed = TeamSettingsStore(db).demoSeed();
    if (!seed)
        return seed.error();
    if (seed.value())
        return true;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT 1 FROM tickets LIMIT 1"_s))
        return db.errorFrom(q.lastError());
    return q.next();
}

Status DemoGenerator::populate(Database &db, const Size &size, quint32 seed,
                               const std::function<void(qint64, qint64)> &progress)
{
    DemoContext ctx;
    ctx.db = &db;
    ctx.conn = db.connection();
    ctx.size = size;
    ctx.seed = seed;
    ctx.now = size.nowMs;

    {
        QSqlQuery q(ctx.conn);
        if (!q.exec(u"SELECT 1 FROM agents UNION ALL SELECT 1 FROM customers LIMIT 1"_s))
            return sqlError(ctx, q);
        if (q.next())
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate("Casebook::DemoGenerator",
                                                     "Demo data goes only into an empty database; this one already "
                                                     "has agents or customers."),
                         {}};
    }
    auto standard = slaByName(ctx, u"Standard"_s);
    auto premium = slaByName(ctx, u"Premium"_s);
    if (!standard || !premium)
        return !standard ? standard.error() : premium.error();
    ctx.standard = *standard;
    ctx.premium = *premium;

    if (!ctx.conn.transaction())
        return db.errorFrom(ctx.conn.lastError());
    auto fail = [&ctx](const Error &error) -> Status {
        ctx.conn.rollback();
        return error;
    };
    if (auto s = TeamSettingsStore(db).markDemoSeed(seed); !s)
        return fail(s.error());
    // R07: the seed team works on Moscow time.
    if (auto s = TeamSettingsStore(db).markDemoZone(QTimeZone("Europe/Moscow")); !s)
        return fail(s.error());
    for (auto step :
         {writeAgents, writeCalendarAndRoster, writeTagsAndAreas, writeCustomers, writeProposals, writeBugTemplates}) {
        if (auto s = step(ctx); !s)
            return fail(s.error());
    }
    // The ticket phase commits on its own (in chunks when asked) and rolls back on failure.
    if (auto s = writeDemoTickets(ctx, progress); !s)
        return s;
    if (!ctx.conn.transaction())
        return db.errorFrom(ctx.conn.lastError());
    if (auto s = resetSequences(ctx); !s)
        return fail(s.error());
    if (auto s = countProposalRequests(ctx); !s)
        return fail(s.error());
    if (!ctx.conn.commit())
        return fail(db.errorFrom(ctx.conn.lastError()));
    // Through the mail intake and its own transactions, so after the sequences are right.
    if (size.mailTickets) {
        if (auto written = writeDemoMail(ctx); !written)
            return written;
    }
    // Last: the scheduler delivers over everything the demo holds, the mail tickets too.
    if (size.deliverReminders)
        return DemoDeliveries::write(db, ctx.now);
    return Done{};
}

} // namespace Casebook
