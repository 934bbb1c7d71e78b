// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"
#include "tests/views/tickets/panelfixture.h"

#include "models/agents/session.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/triage/tickettags.h"
#include "models/tickets/triage/tickettriage.h"
#include "views/tickets/triage/triagepanel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestTriagePanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R10_R11_complexOffersTheAcknowledgement();
    void R12_criticalOffersABugReportAndShowsTheReactionClock();
    void R13_proposalOffersThanksAndATag();
    void R28_severityExplainsItself();
    void R31_R39_kindAndChannelAreSaved();
    void R14_tagsAutocompleteAddAndRemove();
    void conflictIsShownNamingWhoWasFirst();

private:
    QComboBox *combo(const QString &name) const { return Test::namedChild<QComboBox>(m_panel.get(), name); }
    void choose(QComboBox *box, const QString &value);

    std::unique_ptr<Test::PanelFixture> m_f;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<OpenTicket> m_open;
    std::unique_ptr<TriagePanel> m_panel;
    TicketId m_ticket;
};

void TestTriagePanel::cleanup()
{
    m_panel.reset();
    m_open.reset();
    m_session.reset();
    m_f.reset();
}

void TestTriagePanel::init()
{
    m_f = std::make_unique<Test::PanelFixture>();
    QVERIFY(m_f->db);
    m_session = std::make_unique<Session>(*m_f->db, m_f->clock, nullptr);
    m_session->setAgent(m_f->anna);
    m_ticket = TicketStore(*m_f->db, m_f->clock)
                   .create({u"Dark mode for reports"_s, {}, Channel::Email, u"Could reports have a dark mode?"_s})
                   .value();
    m_open = std::make_unique<OpenTicket>(*m_session);
    m_panel = std::make_unique<TriagePanel>(*m_open);
    m_panel->resize(520, 420);
    QVERIFY(m_open->open(m_ticket).ok());
    m_panel->show();
}

void TestTriagePanel::choose(QComboBox *box, const QString &value)
{
    QVERIFY(box);
    const int index = box->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

void TestTriagePanel::R10_R11_complexOffersTheAcknowledgement()
{
    QSignalSpy offered(m_panel.get(), &TriagePanel::replyOffered);
    choose(combo(u"triage.complexity"_s), u"complex"_s);
    QCOMPARE(TicketStore(*m_f->db).ticket(m_ticket)->complexity, Complexity::Complex);
    auto *ack = Test::namedChild<QPushButton>(m_panel.get(), u"triage.step.reply.acknowledgement"_s);
    QVERIFY(ack);
    QVERIFY(!m_panel->findChild<QPushButton *>(u"triage.step.bugReport"_s));
    ack->click();
    QCOMPARE(offered.count(), 1);
    QCOMPARE(offered.first().first().toString(), u"acknowledgement"_s);
}

void TestTriagePanel::R12_criticalOffersABugReportAndShowsTheReactionClock()
{
    QSignalSpy bug(m_panel.get(), &TriagePanel::bugReportRequested);
    choose(combo(u"triage.complexity"_s), u"critical"_s);
    QVERIFY(Test::namedChild<QPushButton>(m_panel.get(), u"triage.step.reply.acknowledgement"_s));
    auto *report = Test::namedChild<QPushButton>(m_panel.get(), u"triage.step.bugReport"_s);
    QVERIFY(report);
    report->click();
    QCOMPARE(bug.count(), 1);
    QCOMPARE(bug.first().first().value<TicketId>(), m_ticket);
    auto *clock = Test::namedChild<QLabel>(m_panel.get(), u"triage.reactionClock"_s);
    QVERIFY(clock);
    QTRY_VERIFY(clock->isVisible());
    QVERIFY2(clock->text().contains(u"30 min"_s), qPrintable(clock->text()));
    Test::saveShot(m_panel.get(), u"triagepanel-critical"_s);
}

void TestTriagePanel::R13_proposalOffersThanksAndATag()
{
    QSignalSpy offered(m_panel.get(), &TriagePanel::replyOffered);
    QSignalSpy proposal(m_panel.get(), &TriagePanel::proposalRequested);
    choose(combo(u"triage.complexity"_s), u"proposal"_s);
    Test::namedChild<QPushButton>(m_panel.get(), u"triage.step.reply.proposal-thanks"_s)->click();
    QCOMPARE(offered.first().first().toString(), u"proposal-thanks"_s);
    Test::namedChild<QPushButton>(m_panel.get(), u"triage.step.proposal"_s)->click();
    QCOMPARE(proposal.count(), 1);
    auto *tag = Test::namedChild<QPushButton>(m_panel.get(), u"triage.step.tag"_s);
    QVERIFY(tag);
    QCOMPARE(tag->text(), u"Tag proposal-dark-mode-for-reports"_s);
    tag->click();
    QCOMPARE(*TicketTags(*m_f->db, m_f->clock).tags(m_ticket), QStringList{u"proposal-dark-mode-for-reports"_s});
    QTRY_VERIFY(!m_panel->findChild<QPushButton *>(u"triage.step.tag"_s)); // done: no longer offered
    QTRY_VERIFY(Test::namedChild<QToolButton>(m_panel.get(), u"triage.tag.proposal-dark-mode-for-reports"_s));
    Test::saveShot(m_panel.get(), u"triagepanel-proposal"_s);
}

void TestTriagePanel::R28_severityExplainsItself()
{
    QComboBox *severity = combo(u"triage.severity"_s);
    QVERIFY(severity);
    const int low = severity->findData(u"low"_s);
    QVERIFY(severity->itemData(low, Qt::ToolTipRole).toString().contains(u"workaround"_s));
    QVERIFY(severity->itemData(severity->findData(u"critical"_s), Qt::ToolTipRole).toString().contains(u"offline"_s));
    choose(severity, u"medium"_s);
    QCOMPARE(TicketStore(*m_f->db).ticket(m_ticket)->severity, Severity::Medium);
    QVERIFY(severity->toolTip().contains(u"blocked"_s));
}

void TestTriagePanel::R31_R39_kindAndChannelAreSaved()
{
    choose(combo(u"triage.kind"_s), u"building"_s);
    choose(combo(u"triage.channel"_s), u"phone"_s);
    const auto ticket = TicketStore(*m_f->db).ticket(m_ticket);
    QCOMPARE(ticket->requestKind, RequestKind::Building);
    QCOMPARE(ticket->channel, Channel::Phone);
    QVERIFY(!Test::namedChild<QLabel>(m_panel.get(), u"triage.error"_s)->isVisible());
}

void TestTriagePanel::R14_tagsAutocompleteAddAndRemove()
{
    TicketTags tags(*m_f->db, m_f->clock);
    const TicketId other = TicketStore(*m_f->db, m_f->clock).create({u"Other"_s, {}, Channel::Email, u"x"_s}).value();
    QVERIFY(tags.add(other, u"billing"_s, {}).ok());
    QVERIFY(tags.add(other, u"bitrix"_s, {}).ok());
    QVERIFY(Test::namedChild<QLabel>(m_panel.get(), u"triage.noTags"_s));

    auto *edit = Test::namedChild<QLineEdit>(m_panel.get(), u"triage.tagEdit"_s);
    QVERIFY(edit && edit->completer());
    edit->setFocus();
    QTest::keyClicks(edit, u"bil"_s);
    QCompleter *completer = edit->completer();
    QTRY_COMPARE(completer->completionPrefix(), u"bil"_s);
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), u"billing"_s);
    edit->setText(u"billing"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(*tags.tags(m_ticket), QStringList{u"billing"_s});
    QTRY_VERIFY(edit->text().isEmpty());

    // A new tag is allowed while the list is open; refused, with the reason shown, once locked.
    QVERIFY(tags.setLocked(true).ok());
    edit->setText(u"brand-new"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    auto *error = Test::namedChild<QLabel>(m_panel.get(), u"triage.error"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"locked"_s));
    QCOMPARE(*tags.tags(m_ticket), QStringList{u"billing"_s});

    auto *chip = Test::namedChild<QToolButton>(m_panel.get(), u"triage.tag.billing"_s);
    QVERIFY(chip);
    chip->click();
    QTRY_COMPARE(*tags.tags(m_ticket), QStringList{});
    QTRY_VERIFY(Test::namedChild<QLabel>(m_panel.get(), u"triage.noTags"_s));
}

void TestTriagePanel::conflictIsShownNamingWhoWasFirst()
{
    // Ivan changes the ticket through another desktop; this panel still holds version 1.
    auto otherDb = m_f->testDb->open();
    QVERIFY(otherDb);
    QVERIFY(TicketTriage(*otherDb, m_f->clock).setSeverity(m_ticket, Severity::High, 1, m_f->ivan).ok());
    choose(combo(u"triage.severity"_s), u"low"_s);
    auto *error = Test::namedChild<QLabel>(m_panel.get(), u"triage.error"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Ivan Petrov"_s), qPrintable(error->text()));
    // Reloaded: the panel shows what Ivan chose.
    QCOMPARE(combo(u"triage.severity"_s)->currentData().toString(), u"high"_s);
}

QTEST_MAIN(TestTriagePanel)
#include "tst_triagepanel.moc"
