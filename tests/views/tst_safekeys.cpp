// SPDX-License-Identifier: GPL-3.0-or-later
// Keys an agent can trust: Ctrl+F and "/" reach the search from any field, a single letter
// never fires a shortcut while a text field has the focus and works with a Cyrillic layout;
// and words an agent can read: no internal rule ids on the main screens.
#include "fakeprompts.h"
#include "namedchild.h"

#include "models/agents/session.h"
#include "models/storage/database.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/windowfixture.h"
#include "views/mainwindow.h"
#include "views/tickets/inbox/inboxsection.h"
#include "views/tickets/inbox/inboxview.h"
#include "views/tickets/ticket/ticketview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestSafeKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void findAndSlashReachTheSearchFromAnyField();
    void singleLettersNeverFireInATextField_data();
    void singleLettersNeverFireInATextField();
    void cyrillicLayoutReachesSingleLetterShortcuts_data();
    void cyrillicLayoutReachesSingleLetterShortcuts();
    void noRuleIdsOnTheMainScreens();

private:
    [[nodiscard]] InboxSection *inbox() const
    {
        return qobject_cast<InboxSection *>(m_window->sectionWidget(MainWindow::Section::Inbox));
    }
    [[nodiscard]] QTableView *table() const { return inbox()->inbox()->table(); }
    [[nodiscard]] QPlainTextEdit *composer() const
    {
        return Test::namedChild<QPlainTextEdit>(m_window.get(), u"composer.reply"_s);
    }

    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Test::WindowFixture> m_app;
    std::unique_ptr<MainWindow> m_window;
};

void TestSafeKeys::init()
{
    m_prompts = std::make_unique<FakePrompts>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    auto opened = Database::open(DatabaseUrl::sqlite(m_dir->filePath(u"test.casebook"_s)));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_database = std::move(opened).value();
    m_app = std::make_unique<Test::WindowFixture>(*m_database, m_settings.get());
    TicketStore tickets(*m_database);
    for (int i = 0; i < 4; ++i)
        QVERIFY(tickets.create({u"Ticket %1"_s.arg(i), {}, Channel::Email, u"Body %1"_s.arg(i)}).ok());
    m_window = m_app->makeWindow();
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(table()->model()->rowCount(), 4);
    table()->setFocus();
    table()->setCurrentIndex(table()->model()->index(0, InboxModel::SubjectColumn));
    QTRY_VERIFY(inbox()->ticketView()->ticket().isValid());
    QVERIFY(composer());
}

void TestSafeKeys::cleanup()
{
    m_window.reset();
    m_app.reset();
    m_database.reset();
    m_settings.reset();
    m_dir.reset();
    m_prompts.reset();
}

void TestSafeKeys::findAndSlashReachTheSearchFromAnyField()
{
    auto *search = Test::namedChild<QLineEdit>(m_window.get(), u"inbox.search"_s);
    // From the reply being written, outside the list.
    composer()->setFocus();
    QTRY_VERIFY(composer()->hasFocus());
    QTest::keyClick(composer(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    // "/" in a text field is text: only Ctrl+F leaves it.
    composer()->setFocus();
    QTest::keyClick(composer(), Qt::Key_Slash);
    QCOMPARE(composer()->toPlainText(), u"/"_s);
    QVERIFY(composer()->hasFocus());
    // Outside a text field "/" searches.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Slash);
    QTRY_VERIFY(search->hasFocus());
}

void TestSafeKeys::singleLettersNeverFireInATextField_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("reply") << u"composer.reply"_s;
    QTest::newRow("search") << u"inbox.search"_s;
    QTest::newRow("tag") << u"triage.tagEdit"_s;
}

void TestSafeKeys::singleLettersNeverFireInATextField()
{
    QFETCH(QString, field);
    auto *edit = Test::namedChild<QWidget>(m_window.get(), field);
    QVERIFY(edit);
    if (!edit->isVisible())
        inbox()->findChild<QAction *>(u"ticket.tag"_s)->trigger(); // the triage tab
    QTRY_VERIFY(edit->isVisible());
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    const int row = table()->currentIndex().row();
    // J (next), K (previous), R (reply), T (tag), O (open): all typed, none fired.
    QTest::keyClicks(edit, u"jkrto"_s);
    QCOMPARE(table()->currentIndex().row(), row);
    QVERIFY(edit->hasFocus());
    const QString typed = edit->property("plainText").isValid() ? edit->property("plainText").toString()
                                                                : edit->property("text").toString();
    QVERIFY2(typed.contains(u"jkrto"_s), qPrintable(typed));
}

void TestSafeKeys::cyrillicLayoutReachesSingleLetterShortcuts_data()
{
    // What Qt's X11 back end hands a widget for the key under J with a Russian layout: the
    // text and key() are Cyrillic ("о", Qt::Key 0x41e). nativeVirtualKey() is the keysym:
    // the Latin one (XK_j) where a Latin layout is configured beside the Russian one, the
    // Cyrillic one (XK_Cyrillic_o) where it is not. KeyGuard relies on the first, and on
    // the letter's place on a Russian keyboard for the second.
    QTest::addColumn<quint32>("nativeKey");
    QTest::newRow("latin keysym") << quint32('j');
    QTest::newRow("cyrillic keysym") << quint32(0x6cf);
}

void TestSafeKeys::cyrillicLayoutReachesSingleLetterShortcuts()
{
    QFETCH(quint32, nativeKey);
    // As QTest delivers a key: a shortcut override first (no shortcut is bound to a
    // Cyrillic key, so the shortcut map takes none), then the press to the focus widget.
    const auto press = [nativeKey](QWidget *widget) {
        QKeyEvent override(QEvent::ShortcutOverride, 0x41e, Qt::NoModifier, 44, nativeKey, 0, u"о"_s);
        override.ignore();
        QApplication::sendEvent(widget, &override);
        if (override.isAccepted())
            return; // a field keeps it as text, and types it on the press below
        QKeyEvent down(QEvent::KeyPress, 0x41e, Qt::NoModifier, 44, nativeKey, 0, u"о"_s);
        QApplication::sendEvent(widget, &down);
        QKeyEvent up(QEvent::KeyRelease, 0x41e, Qt::NoModifier, 44, nativeKey, 0, u"о"_s);
        QApplication::sendEvent(widget, &up);
    };
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QCOMPARE(table()->currentIndex().row(), 0);
    press(table());
    QCOMPARE(table()->currentIndex().row(), 1); // J: the next ticket
    press(table());
    QCOMPARE(table()->currentIndex().row(), 2);

    // In a text field the same key types its letter.
    auto *search = Test::namedChild<QLineEdit>(m_window.get(), u"inbox.search"_s);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QKeyEvent override(QEvent::ShortcutOverride, 0x41e, Qt::NoModifier, 44, nativeKey, 0, u"о"_s);
    override.ignore();
    QApplication::sendEvent(search, &override);
    QVERIFY(override.isAccepted());
    QKeyEvent down(QEvent::KeyPress, 0x41e, Qt::NoModifier, 44, nativeKey, 0, u"о"_s);
    QApplication::sendEvent(search, &down);
    QCOMPARE(search->text(), u"о"_s);
    QCOMPARE(table()->currentIndex().row(), 2);
}

void TestSafeKeys::noRuleIdsOnTheMainScreens()
{
    // The playbook's rule ids are the team's internal shorthand, not words for the screen.
    static const QRegularExpression ruleId(u"\\bR\\d\\d\\b"_s);
    QStringList found;
    const auto check = [&](const QObject *where, const QString &what, const QString &text) {
        if (ruleId.match(text).hasMatch())
            found.append(u"%1 %2 (%3): %4"_s.arg(QString::fromLatin1(where->metaObject()->className()),
                                                 where->objectName(), what, text));
    };
    for (const MainWindow::Section section : MainWindow::Sections) {
        m_window->showSection(section);
        QApplication::processEvents();
        for (const QWidget *widget : m_window->findChildren<QWidget *>()) {
            check(widget, u"tooltip"_s, widget->toolTip());
            check(widget, u"title"_s, widget->windowTitle());
            check(widget, u"accessible name"_s, widget->accessibleName());
            if (const auto *label = qobject_cast<const QLabel *>(widget))
                check(widget, u"text"_s, label->text());
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
                check(widget, u"text"_s, button->text());
            if (const auto *line = qobject_cast<const QLineEdit *>(widget))
                check(widget, u"placeholder"_s, line->placeholderText());
            if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
                check(widget, u"placeholder"_s, plain->placeholderText());
            if (const auto *group = qobject_cast<const QGroupBox *>(widget))
                check(widget, u"title"_s, group->title());
            if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    check(widget, u"item"_s, combo->itemText(i));
            }
            if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    check(widget, u"tab"_s, tabs->tabText(i));
                    check(widget, u"tab tooltip"_s, tabs->tabToolTip(i));
                }
            }
            if (const auto *header = qobject_cast<const QHeaderView *>(widget); header && header->model()) {
                for (int i = 0; i < header->count(); ++i)
                    check(widget, u"column"_s, header->model()->headerData(i, header->orientation()).toString());
            }
            for (const QAction *action : widget->actions()) {
                check(action, u"action"_s, action->text());
                check(action, u"action tooltip"_s, action->toolTip());
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_MAIN(TestSafeKeys)
#include "tst_safekeys.moc"
