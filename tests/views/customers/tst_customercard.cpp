// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/customers/customercardmodel.h"
#include "models/customers/customernotesmodel.h"
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"
#include "views/customers/customercard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::namedChild;

namespace {
constexpr qint64 start = 1'795'000'000'000;
constexpr qint64 day = 24LL * 60 * 60 * 1000;
} // namespace

class TestCustomerCard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R09_licenceStateIsShownInWordsAndColour_data();
    void R09_licenceStateIsShownInWordsAndColour();
    void R09_notesComeBeforeHistory();
    void R41_premiumProfileAndSuccessOwner();
    void R09_addAndPinNotes();
    void R09_correctionSupersedesTheOldNote();
    void R14_tagsAutocompleteFromTheTeamsList();
    void R38_copyForAReplyLeavesNotesOut();
    void R35_lifecycleLineAndHistory();
    void fitsANarrowSidePanel();
    void addPanelAddsASection();

private:
    CustomerId makeCustomer(const QString &name, std::optional<qint64> expires = std::nullopt, bool premium = false);

    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CustomerCardModel> m_model;
    std::unique_ptr<CustomerCard> m_card;
    AgentId m_lena;
};

void TestCustomerCard::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<FakeClock>(start);
    Agent lena;
    lena.login = u"lena"_s;
    lena.displayName = u"Lena"_s;
    m_lena = AgentStore(*m_db, *m_clock).create(lena).value();
    m_session = std::make_unique<Session>(*m_db, *m_clock, nullptr);
    m_model = std::make_unique<CustomerCardModel>(*m_session);
    m_card = std::make_unique<CustomerCard>(*m_model);
    m_card->resize(700, 800);
    m_card->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_card.get()));
}

void TestCustomerCard::cleanup()
{
    m_card.reset();
    m_model.reset();
    m_session.reset();
    m_db.reset();
    m_testDb.reset();
}

CustomerId TestCustomerCard::makeCustomer(const QString &name, std::optional<qint64> expires, bool premium)
{
    Customer c;
    c.displayName = name;
    c.company = name + u" Ltd"_s;
    c.emails = {name.toLower().remove(u' ') + u"@example.org"_s};
    if (expires) {
        c.licencePlan = u"Business"_s;
        c.licenceSeats = 5;
        c.licenceKey = u"CB-1234-ABCD"_s;
        c.licenceExpiresAt = *expires;
    }
    if (premium) {
        c.tier = CustomerTier::Premium;
        SupportProfile profile;
        profile.preferredChannel = u"slack"_s;
        profile.escalationContacts = {u"ops lead"_s};
        profile.agreements = u"Updates at each stage"_s;
        profile.exceptions = u"No calls on Fridays"_s;
        c.supportProfile = profile.toJson();
        c.successOwner = m_lena;
    }
    return CustomerStore(*m_db, *m_clock).create(c).value();
}

void TestCustomerCard::R09_licenceStateIsShownInWordsAndColour_data()
{
    QTest::addColumn<qint64>("expiresIn"); // 0: no licence
    QTest::addColumn<QString>("words");
    QTest::newRow("valid") << 60 * day << u"Valid"_s;
    QTest::newRow("R09 expiring within 14 days") << 5 * day << u"Expiring soon"_s;
    QTest::newRow("expired") << -3 * day << u"Expired"_s;
    QTest::newRow("none") << qint64(0) << u"No licence"_s;
}

void TestCustomerCard::R09_licenceStateIsShownInWordsAndColour()
{
    QFETCH(qint64, expiresIn);
    QFETCH(QString, words);
    const CustomerId id =
        makeCustomer(u"Anna Berg"_s, expiresIn ? std::optional<qint64>(start + expiresIn) : std::nullopt);
    m_card->setCustomer(id);
    auto *state = namedChild<QLabel>(m_card.get(), u"card.licenceState"_s);
    QVERIFY(state);
    QVERIFY2(state->text().startsWith(words), qPrintable(state->text()));
    QCOMPARE(namedChild<QLabel>(m_card.get(), u"card.name"_s)->text(), u"Anna Berg"_s);
    QVERIFY(!namedChild<QLabel>(m_card.get(), u"card.licenceMark"_s)->pixmap().isNull());
    if (expiresIn)
        QVERIFY(namedChild<QLabel>(m_card.get(), u"card.licence"_s)->text().contains(u"Business"_s));
    // Every state but "none" has its own colour; none keeps the ordinary text colour.
    const QColor colour = state->palette().color(QPalette::WindowText);
    QCOMPARE(colour == m_card->palette().color(QPalette::WindowText), expiresIn == 0);
}

void TestCustomerCard::R09_notesComeBeforeHistory()
{
    m_card->setCustomer(makeCustomer(u"Anna"_s));
    auto *splitter = namedChild<QSplitter>(m_card.get(), u"card.splitter"_s);
    auto *notes = namedChild<QListView>(m_card.get(), u"card.notes"_s);
    auto *history = namedChild<QListView>(m_card.get(), u"card.history"_s);
    QVERIFY(splitter && notes && history);
    const auto paneOf = [splitter](QWidget *w) {
        while (w && w->parentWidget() != splitter)
            w = w->parentWidget();
        return splitter->indexOf(w);
    };
    QVERIFY(paneOf(notes) >= 0);
    QVERIFY(paneOf(notes) < paneOf(history));
    QVERIFY(notes->mapTo(m_card.get(), QPoint()).y() < history->mapTo(m_card.get(), QPoint()).y());
}

void TestCustomerCard::R41_premiumProfileAndSuccessOwner()
{
    m_card->setCustomer(makeCustomer(u"Globex"_s, start + 90 * day, true));
    auto *profile = namedChild<QGroupBox>(m_card.get(), u"card.profile"_s);
    QVERIFY(profile);
    QVERIFY(profile->isVisible());
    QCOMPARE(namedChild<QLabel>(profile, u"card.profile.exceptions"_s)->text(), u"No calls on Fridays"_s);
    QCOMPARE(namedChild<QLabel>(profile, u"card.profile.channel"_s)->text(), u"slack"_s);
    QCOMPARE(namedChild<QLabel>(m_card.get(), u"card.owner"_s)->text(), u"Lena"_s);
    QVERIFY(namedChild<QLabel>(m_card.get(), u"card.tier"_s)->text().contains(u"Premium"_s));
    QVERIFY(namedChild<QLabel>(m_card.get(), u"card.tier"_s)->text().contains(u"1 h"_s)); // the premium SLA

    m_card->setCustomer(makeCustomer(u"Plain"_s));
    QVERIFY(!profile->isVisible());
    QVERIFY(namedChild<QLabel>(m_card.get(), u"card.tier"_s)->text().contains(u"Standard"_s));
}

void TestCustomerCard::R09_addAndPinNotes()
{
    m_card->setCustomer(makeCustomer(u"Anna"_s));
    auto *edit = namedChild<QPlainTextEdit>(m_card.get(), u"card.noteEdit"_s);
    auto *add = namedChild<QPushButton>(m_card.get(), u"card.addNote"_s);
    auto *pin = namedChild<QPushButton>(m_card.get(), u"card.pinNote"_s);
    auto *list = namedChild<QListView>(m_card.get(), u"card.notes"_s);
    QVERIFY(edit && add && pin && list);
    QVERIFY(!add->isEnabled()); // nothing to add yet
    for (const QString &text : {u"Older note"_s, u"Newer note"_s}) {
        m_clock->advanceMs(60'000);
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
    }
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Newer note"_s);
    QCOMPARE(list->model()->index(0, 0).data(AuthorRole).toString(), u"Lena"_s);
    QVERIFY(edit->toPlainText().isEmpty());

    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(pin->text(), u"Pin"_s);
    QTest::mouseClick(pin, Qt::LeftButton);
    QTRY_COMPARE(list->model()->index(0, 0).data().toString(), u"Older note"_s); // pinned to the top
    QVERIFY(list->model()->index(0, 0).data(PinnedRole).toBool());
    QCOMPARE(list->currentIndex().row(), 0); // the selection moved with it
    QCOMPARE(pin->text(), u"Unpin"_s);
    QTest::mouseClick(pin, Qt::LeftButton);
    QTRY_VERIFY(!list->model()->index(1, 0).data(PinnedRole).toBool());
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Newer note"_s);
}

void TestCustomerCard::R09_correctionSupersedesTheOldNote()
{
    const CustomerId id = makeCustomer(u"Anna"_s);
    CustomerStore store(*m_db, *m_clock);
    const NoteId wrong = store.addNote(id, m_lena, u"Server in Frankfurt"_s).value();
    m_card->setCustomer(id);
    auto *list = namedChild<QListView>(m_card.get(), u"card.notes"_s);
    auto *edit = namedChild<QPlainTextEdit>(m_card.get(), u"card.noteEdit"_s);
    auto *correct = namedChild<QPushButton>(m_card.get(), u"card.correctNote"_s);
    auto *add = namedChild<QPushButton>(m_card.get(), u"card.addNote"_s);
    auto *showOld = namedChild<QCheckBox>(m_card.get(), u"card.showSuperseded"_s);
    QVERIFY(list && edit && correct && add && showOld);
    QVERIFY(!showOld->isVisible());

    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::mouseClick(correct, Qt::LeftButton);
    QCOMPARE(edit->toPlainText(), u"Server in Frankfurt"_s); // starts from the old text
    QVERIFY(namedChild<QLabel>(m_card.get(), u"card.correcting"_s)->isVisible());
    edit->clear();
    QTest::keyClicks(edit, u"Server moved to Helsinki"_s);
    m_clock->advanceMs(60'000);
    QTest::mouseClick(add, Qt::LeftButton);

    QCOMPARE(list->model()->rowCount(), 1); // the old note hides behind "show corrected"
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Server moved to Helsinki"_s);
    QCOMPARE(list->model()->index(0, 0).data(SupersedesRole).toLongLong(), wrong.value());
    QTRY_VERIFY(showOld->isVisible());
    showOld->click();
    QCOMPARE(list->model()->rowCount(), 2);
    const QModelIndex old = m_card->notesModel()->indexOf(wrong);
    QCOMPARE(old.data().toString(), u"Server in Frankfurt"_s); // never silently edited
    QVERIFY(old.data(SupersededRole).toBool());
    list->setCurrentIndex(old);
    QVERIFY(!correct->isEnabled()); // correct the correction instead
    QCOMPARE(store.notes(id)->size(), 2);
}

void TestCustomerCard::R14_tagsAutocompleteFromTheTeamsList()
{
    const CustomerId other = makeCustomer(u"Other"_s);
    QVERIFY(CustomerStore(*m_db, *m_clock).addTag(other, u"reseller"_s, {}).ok());
    const CustomerId id = makeCustomer(u"Anna"_s);
    m_card->setCustomer(id);
    auto *edit = namedChild<QLineEdit>(m_card.get(), u"card.tagEdit"_s);
    QVERIFY(edit && edit->completer());
    QVERIFY(edit->completer()
                ->model()
                ->match(edit->completer()->model()->index(0, 0), Qt::DisplayRole, u"reseller"_s)
                .size()
            == 1);
    edit->setFocus();
    QTest::keyClicks(edit, u"resel"_s);
    QCOMPARE(edit->completer()->currentCompletion(), u"reseller"_s);
    edit->setText(u"reseller"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(namedChild<QLabel>(m_card.get(), u"card.tags"_s)->text().contains(u"reseller"_s));
    QCOMPARE(CustomerStore(*m_db).tags(id).value(), QStringList{u"reseller"_s});
    QVERIFY(edit->text().isEmpty());
    // The tag's "×" removes it from this customer; the team's list keeps it.
    auto *tags = namedChild<QLabel>(m_card.get(), u"card.tags"_s);
    Q_EMIT tags->linkActivated(u"remove:reseller"_s);
    QTRY_VERIFY(!tags->text().contains(u"reseller"_s));
    QVERIFY(CustomerStore(*m_db).tags(id)->isEmpty());
    QCOMPARE(CustomerStore(*m_db).tagNames().value(), QStringList{u"reseller"_s});
}

void TestCustomerCard::R38_copyForAReplyLeavesNotesOut()
{
    const CustomerId id = makeCustomer(u"Initech"_s, start + 30 * day);
    QVERIFY(CustomerStore(*m_db, *m_clock).addNote(id, m_lena, u"CANARY-4d1e owes two invoices"_s).ok());
    m_card->setCustomer(id);
    auto *copy = namedChild<QToolButton>(m_card.get(), u"card.copy"_s);
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.contains(u"Initech Ltd"_s));
    QVERIFY(copied.contains(u"Business"_s));
    QVERIFY(!copied.contains(u"CANARY"_s));
    QVERIFY(!m_card->customerFacingText().contains(u"CANARY"_s));
}

void TestCustomerCard::R35_lifecycleLineAndHistory()
{
    const CustomerId id = makeCustomer(u"Anna"_s);
    TicketStore tickets(*m_db, *m_clock);
    QVERIFY(tickets.create({u"Import stops"_s, id, Channel::Email, u"hi"_s}).ok());
    m_card->setCustomer(id);
    auto *life = namedChild<QLabel>(m_card.get(), u"card.lifecycle"_s);
    QVERIFY(life->text().contains(u"1 open now"_s));
    QVERIFY(life->text().contains(u"1 ticket"_s));
    QCOMPARE(namedChild<QListView>(m_card.get(), u"card.history"_s)->model()->rowCount(), 1);
    m_clock->advanceMs(60'000);
    QVERIFY(tickets.create({u"Export slow"_s, id, Channel::Chat, u"hi"_s}).ok());
    QTRY_VERIFY(life->text().contains(u"2 open now"_s)); // follows the change feed
    QCOMPARE(namedChild<QListView>(m_card.get(), u"card.history"_s)->model()->rowCount(), 2);
}

void TestCustomerCard::fitsANarrowSidePanel()
{
    m_card->setCustomer(makeCustomer(u"Globex With A Rather Long Company Name"_s, start + 5 * day, true));
    QVERIFY2(m_card->minimumSizeHint().width() <= 320, qPrintable(QString::number(m_card->minimumSizeHint().width())));
    m_card->resize(320, 800);
    QTRY_COMPARE(m_card->width(), 320);
    auto *notes = namedChild<QListView>(m_card.get(), u"card.notes"_s);
    QVERIFY(notes->width() <= 320);
    QVERIFY(notes->height() > 60); // the notes keep room to be read
}

void TestCustomerCard::addPanelAddsASection()
{
    auto *panel = new QLabel(u"vault goes here"_s);
    panel->setObjectName(u"vaultPanel"_s);
    m_card->addPanel(panel, u"Accesses"_s);
    QCOMPARE(namedChild<QLabel>(m_card.get(), u"vaultPanel"_s), panel);
    QVERIFY(namedChild<QWidget>(m_card.get(), u"card.panel.vaultPanel"_s));
}

QTEST_MAIN(TestCustomerCard)
#include "tst_customercard.moc"
