// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the roster week through thousands of random shift edits (this desktop's and
// another's), people joining and leaving and weeks turned, compared with SQL along the way.

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/shifts/rosterstore.h"
#include "models/shifts/rosterweekmodel.h"
#include "tests/support/enginetest.h"
#include "tests/support/modeltorture.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

class TestRosterTorture final : public QObject, protected Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { (void)openDatabase(1'795'435'200'000); } // Monday 23 November 2026
    void cleanup() { closeDatabase(); }

    void week();
};

void TestRosterTorture::week()
{
    QVERIFY(m_db);
    const AgentId lead = addAgent(u"lena"_s, u"Lena Fischer"_s, AgentRole::Lead);
    Session session(*m_db, *m_clock, nullptr);
    session.setAgent(lead);
    AgentStore agents(*m_db, *m_clock);
    RosterStore store(*m_db);
    RosterWeekModel model(session);
    const QDate firstMonday(2026, 11, 23);
    model.setWeek(firstMonday);
    QVERIFY(!model.templates().isEmpty());
    QList<ShiftTemplateId> shifts;
    for (const ShiftTemplate &shift : model.templates())
        shifts.append(shift.id);

    ModelTorture torture(u"roster week"_s, &model);
    auto shiftOrNone = [&](QRandomGenerator &random) {
        return random.bounded(4) == 0 ? ShiftTemplateId() : shifts.at(random.bounded(int(shifts.size())));
    };
    torture.addOperation(u"assign here"_s, 6, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() == 0)
            return true;
        const QModelIndex cell = model.index(random.bounded(model.rowCount()), random.bounded(model.columnCount()));
        const std::optional<int> lunch =
            random.bounded(2) ? std::optional<int>(12 * 60 + 60 * random.bounded(3)) : std::nullopt;
        const Status done = model.assign(cell, shiftOrNone(random), lunch);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"assign elsewhere"_s, 3, [&](QRandomGenerator &random, QString *why) {
        const auto everyone = agents.agents();
        if (!everyone || everyone->isEmpty())
            return true;
        const AgentId who = everyone->at(random.bounded(int(everyone->size()))).id;
        const QDate day = model.monday().addDays(random.bounded(7));
        const ShiftTemplateId shift = shiftOrNone(random);
        const Status done =
            shift.isValid() ? store.assign(RosterEntry{who, day, shift, std::nullopt, 0}) : store.clear(who, day);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    int serial = 0;
    torture.addOperation(u"join"_s, 1, [&](QRandomGenerator &, QString *why) {
        if (model.rowCount() > 12)
            return true;
        Agent agent;
        agent.login = u"agent%1"_s.arg(++serial);
        agent.displayName = u"Agent %1"_s.arg(serial, 4, 10, QChar(u'0')); // unique: the store orders by name only
        const auto id = agents.create(agent);
        return id.ok() || ModelTorture::failed(id.error(), why);
    });
    torture.addOperation(u"leave"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() < 3)
            return true;
        auto agent = agents.agent(model.agentAt(random.bounded(model.rowCount())));
        if (!agent || agent->id == lead)
            return true;
        Agent changed = agent.value();
        changed.active = false;
        const auto done = agents.update(changed, changed.version);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"turn the week"_s, 1, [&](QRandomGenerator &random, QString *) {
        model.setWeek(firstMonday.addDays(7 * (random.bounded(3) - 1)));
        return true;
    });
    torture.setComparison(
        [&] {
            QString days;
            QVariantList values;
            for (int d = 0; d < 7; ++d) {
                days +=
                    u", coalesce((SELECT r.shift_template_id FROM roster r WHERE r.agent_id = a.id AND r.day = ?), 0)"_s;
                values.append(model.monday().addDays(d).toString(Qt::ISODate));
            }
            values.append(true);
            return ModelTorture::sqlRows(
                *m_db, u"SELECT a.id"_s + days + u" FROM agents a WHERE a.active = ? ORDER BY a.display_name"_s,
                values);
        },
        [&] {
            ModelTorture::Rows rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                QVariantList cells{model.agentAt(row).value()};
                for (int column = 0; column < model.columnCount(); ++column)
                    cells.append(model.index(row, column).data(RosterWeekModel::ShiftRole));
                rows.append(cells);
            }
            return rows;
        });
    QVERIFY(torture.run(ModelTorture::operationsFor(5000, 1000)));
}

QTEST_GUILESS_MAIN(TestRosterTorture)
#include "tst_roster.moc"
