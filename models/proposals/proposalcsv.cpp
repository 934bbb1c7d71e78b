// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalcsv.h"

#include "proposalstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/tagrows.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketlink.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::ProposalCsv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Casebook::ProposalCsv", text);
}

QString proposalLink(ProposalId id)
{
    return u"casebook://proposal/"_s + QString::number(id.value());
}

} // namespace

QList<QStringList> parse(const QString &text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (any || !field.isEmpty()) {
                fields.append(field);
                records.append(fields);
            }
            fields.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        fields.append(field);
        records.append(fields);
    }
    return records;
}

QString record(const QStringList &fields)
{
    QStringList out;
    for (const QString &field : fields) {
        const bool needsQuotes =
            field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
        out.append(needsQuotes ? u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"' : field);
    }
    return out.join(u',') + u"\r\n"_s;
}

Result<QString> exportBoard(Database &database, const ProposalWeights &weights)
{
    const auto board = ProposalStore(database).board();
    if (!board)
        return board.error();
    QString csv = record({u"title"_s, u"status"_s, u"frequency"_s, u"customers"_s, u"score"_s, u"tag"_s, u"link"_s});
    for (const ProposalSummary &p : *board) {
        csv += record({p.title, proposalStatusNames.name(p.status), QString::number(p.requests),
                       QString::number(p.customers), QString::number(p.score(weights), 'g', 6), p.tag,
                       proposalLink(p.id)});
    }
    return csv;
}

Result<ImportResult> importSheet(Database &database, const Clock &clock, const QString &csv, AgentId by)
{
    static const QRegularExpression linkSeparators(u"[\\s,;]+"_s);
    ImportResult result;
    const QList<QStringList> rows = parse(csv);
    ProposalStore store(database, clock);
    const qint64 now = clock.nowMs();
    WriteTransaction tx(database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        const QString title = row.value(0).simplified();
        bool numeric = true;
        const QString frequencyText = row.value(1).trimmed();
        const int frequency = frequencyText.isEmpty() ? 0 : frequencyText.toInt(&numeric);
        if (i == 0 && !numeric)
            continue; // the header: "Title, Frequency, Links" in the team's words
        if (title.isEmpty()) {
            if (!row.join(QString()).trimmed().isEmpty())
                result.skipped.append(tr("Row %1: no title.").arg(i + 1));
            continue;
        }
        if (!numeric || frequency < 0) {
            result.skipped.append(tr("Row %1: the frequency \"%2\" is not a number.").arg(i + 1).arg(frequencyText));
            continue;
        }
        const QStringList links = row.mid(2).join(u' ').split(linkSeparators, Qt::SkipEmptyParts);

        auto existing = tx.exec(u"SELECT id FROM proposals WHERE lower(title) = lower(?) AND status <> 'merged' "
                                "ORDER BY id LIMIT 1"_s,
                                {title});
        if (!existing)
            return existing.error();
        qint64 id = existing.value().next() ? existing.value().value(0).toLongLong() : 0;
        existing.value().finish();
        if (id == 0) {
            auto inserted = tx.insert(u"INSERT INTO proposals (title, status, created_by, created_at, updated_at) "
                                      "VALUES (?, 'new', ?, ?, ?)"_s,
                                      {title, Sql::id(by), now, now});
            if (!inserted)
                return inserted.error();
            id = *inserted;
            auto tagId = findOrCreateTag(tx, proposalTag(title) + u'-' + QString::number(id), now);
            if (!tagId)
                return tagId.error();
            if (auto set = tx.exec(u"UPDATE proposals SET tag_id = ? WHERE id = ?"_s, {*tagId, id}); !set)
                return set.error();
            if (auto logged = ProposalStore::event(tx, ProposalId(id), by, u"created"_s, {}, {}, tr("Imported"), now);
                !logged)
                return logged.error();
            ++result.proposals;
        }
        int counted = 0;
        for (const QString &link : links) {
            const auto ticket = TicketLink::parse(link);
            NewProposalRequest request{ticket.value_or(TicketId()), {}, {}, false, by};
            if (ticket) {
                auto exists = tx.exec(u"SELECT 1 FROM tickets WHERE id = ?"_s, {ticket->value()});
                if (!exists)
                    return exists.error();
                if (!exists.value().next())
                    request.ticket = TicketId(); // a ticket of another database: keep the link
                exists.value().finish();
            }
            auto added =
                store.insertRequest(tx, ProposalId(id), request, request.ticket.isValid() ? QString() : link, now);
            if (!added)
                return added.error();
            if (added.value())
                ++counted;
        }
        // The sheet counted more than it linked: those requests are known only by number.
        for (int n = int(links.size()); n < frequency; ++n) {
            auto added = store.insertRequest(tx, ProposalId(id), {TicketId(), {}, {}, false, by}, {}, now);
            if (!added)
                return added.error();
            ++counted;
        }
        result.requests += counted;
        if (auto recounted = ProposalStore::recount(tx, ProposalId(id)); !recounted)
            return recounted.error();
        if (auto recorded = tx.record(ProposalStore::changeEntity(), id, Change::Op::Update); !recorded)
            return recorded.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace Casebook::ProposalCsv
