// SPDX-License-Identifier: GPL-3.0-or-later
// The command palette, the shortcut registry and the Settings page that remaps keys.
#include "tests/views/namedchild.h"

#include "views/common/commandpalette.h"
#include "views/common/shortcuts.h"
#include "views/settings/shortcutspage.h"

#include <QAction>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestCommandPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void fuzzyMatching_data();
    void fuzzyMatching();
    void paletteListsAndRunsTheWindowsActions();
    void ranking_data();
    void ranking();
    void registryAppliesOverridesAndRefusesConflicts();
    void settingsPageRemapsAndDetectsConflicts();

private:
    QAction *action(const QString &id, const QString &text, const QKeySequence &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QMainWindow> m_window;
};

void TestCommandPalette::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"casebook.ini"_s), QSettings::IniFormat);
    ShortcutRegistry::instance()->setSettings(m_settings.get());
    m_window = std::make_unique<QMainWindow>();
    m_window->resize(800, 600);
}

void TestCommandPalette::cleanup()
{
    m_window.reset();
    ShortcutRegistry::instance()->setSettings(nullptr);
    m_settings.reset();
}

QAction *TestCommandPalette::action(const QString &id, const QString &text, const QKeySequence &key)
{
    auto *made = new QAction(text, m_window.get());
    made->setObjectName(id);
    m_window->addAction(made);
    ShortcutRegistry::instance()->add(made, id, key);
    return made;
}

void TestCommandPalette::fuzzyMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("word starts") << u"nt"_s << u"Next Ticket"_s << true;
    QTest::newRow("gaps") << u"nxt tk"_s << u"Next Ticket"_s << true;
    QTest::newRow("any case") << u"SEARCH"_s << u"Search Tickets"_s << true;
    QTest::newRow("order matters") << u"tn"_s << u"Next"_s << false;
    QTest::newRow("missing letter") << u"zz"_s << u"Next Ticket"_s << false;
}

void TestCommandPalette::fuzzyMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(CommandPalette::fuzzyScore(pattern, text) >= 0, matches);
    // A run at a word start beats the same letters scattered.
    QVERIFY(CommandPalette::fuzzyScore(u"sol"_s, u"Solve"_s)
            > CommandPalette::fuzzyScore(u"sol"_s, u"Set Other Label"_s));
}

void TestCommandPalette::paletteListsAndRunsTheWindowsActions()
{
    QAction *next = action(u"test.next"_s, u"&Next Ticket"_s, QKeySequence(Qt::Key_J));
    QAction *solve = action(u"test.solve"_s, u"Solve…"_s, QKeySequence(Qt::CTRL | Qt::Key_S));
    auto *helper = new QAction(u"Subject"_s, m_window.get()); // unnamed: a header toggle, not a command
    m_window->addAction(helper);
    QSignalSpy solved(solve, &QAction::triggered);
    CommandPalette palette(m_window.get());
    m_window->show();
    palette.popup();
    QVERIFY(palette.isVisible());
    auto *filter = Test::namedChild<QLineEdit>(&palette, u"palette.filter"_s);
    auto *list = Test::namedChild<QTreeWidget>(&palette, u"palette.list"_s);
    QVERIFY(filter && list);
    QCOMPARE(list->topLevelItemCount(), 2); // the helper is left out
    QTest::keyClicks(filter, u"slv"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Solve…"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText));
    // A destructive command matched loosely is listed, but Enter needs it chosen or named.
    QVERIFY(!list->currentItem());
    filter->clear();
    QTest::keyClicks(filter, u"sol"_s);
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(!palette.isVisible());
    QTRY_COMPARE(solved.count(), 1);

    // Arrows choose among the matches; Escape closes without running anything.
    QSignalSpy moved(next, &QAction::triggered);
    palette.popup();
    QTest::keyClicks(filter, u"t"_s);
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(!palette.isVisible());
    QTest::qWait(20);
    QCOMPARE(moved.count() + solved.count(), 1);
}

void TestCommandPalette::ranking_data()
{
    // `first` is what Enter runs; empty: nothing until the agent chooses.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::newRow("exact") << u"solve ticket"_s << u"Solve Ticket…"_s;
    QTest::newRow("named prefix") << u"sol"_s << u"Solve Ticket…"_s;
    QTest::newRow("prefix, destructive after") << u"s"_s << u"Search Tickets"_s;
    QTest::newRow("close by name") << u"clo"_s << u"Close Ticket"_s;
    QTest::newRow("word start, destructive not first") << u"tick"_s << u"Add Ticket to Proposals…"_s;
    QTest::newRow("two word starts") << u"new tick"_s << u"New Ticket…"_s;
    QTest::newRow("hand-off") << u"hand"_s << u"Hand Off Ticket…"_s;
    QTest::newRow("escalate") << u"esc"_s << u"Escalate Ticket to Lead…"_s;
    QTest::newRow("bug report") << u"bug"_s << u"File a Bug Report…"_s;
    QTest::newRow("proposals") << u"propos"_s << u"Add Ticket to Proposals…"_s;
    QTest::newRow("new ticket") << u"new"_s << u"New Ticket…"_s;
    QTest::newRow("loose, a safe one first") << u"ct"_s << u"Search Tickets"_s;
    QTest::newRow("loose, only destructive") << u"rmv"_s << QString();
    QTest::newRow("loose delete") << u"dlt"_s << QString();
}

void TestCommandPalette::ranking()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    const QList<std::pair<QString, QString>> commands{
        {u"app.newTicket"_s, u"&New Ticket…"_s},
        {u"ticket.solve"_s, u"Solve Ticket…"_s},
        {u"ticket.close"_s, u"Close Ticket"_s},
        {u"ticket.handOff"_s, u"Hand Off Ticket…"_s},
        {u"ticket.escalate"_s, u"Escalate Ticket to Lead…"_s},
        {u"ticket.bugReport"_s, u"File a Bug Report…"_s},
        {u"ticket.addToProposals"_s, u"Add Ticket to &Proposals…"_s},
        {u"inbox.removeView"_s, u"Remove View"_s},
        {u"inbox.search"_s, u"Search Tickets"_s},
        {u"inbox.next"_s, u"Next Ticket"_s},
        {u"ticket.deleteDraft"_s, u"Delete Draft"_s},
        {u"ticket.reply"_s, u"Reply to Customer"_s},
    };
    for (const auto &[id, text] : commands)
        action(id, text, QKeySequence());
    CommandPalette palette(m_window.get());
    m_window->show();
    palette.popup();
    auto *filter = Test::namedChild<QLineEdit>(&palette, u"palette.filter"_s);
    auto *list = Test::namedChild<QTreeWidget>(&palette, u"palette.list"_s);
    QTest::keyClicks(filter, typed);
    QStringList shown;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        shown.append(list->topLevelItem(row)->text(0));
    QCOMPARE(list->currentItem() ? list->currentItem()->text(0) : QString(), first);
    if (!first.isEmpty())
        QCOMPARE(shown.value(0), first);
    // Whatever was typed, the first row is never a destructive command matched loosely.
    for (const QString &name : {u"Solve Ticket…"_s, u"Close Ticket"_s, u"Remove View"_s, u"Delete Draft"_s}) {
        const bool named = name.startsWith(typed, Qt::CaseInsensitive);
        QVERIFY2(named || shown.value(0) != name || !list->currentItem(), qPrintable(shown.join(u", "_s)));
    }
    QVERIFY(CommandPalette::isDestructiveName(u"ticket.solve"_s));
    QVERIFY(CommandPalette::isDestructiveName(u"inbox.removeView"_s));
    QVERIFY(!CommandPalette::isDestructiveName(u"ticket.escalate"_s));
}

void TestCommandPalette::registryAppliesOverridesAndRefusesConflicts()
{
    ShortcutRegistry *registry = ShortcutRegistry::instance();
    QAction *reply = action(u"test.reply"_s, u"Reply"_s, QKeySequence(Qt::Key_R));
    QAction *note = action(u"test.note"_s, u"Note"_s, QKeySequence(Qt::Key_N));
    QCOMPARE(reply->shortcut(), QKeySequence(Qt::Key_R));
    QSignalSpy changed(registry, &ShortcutRegistry::shortcutsChanged);

    QVERIFY(!registry->setKeys(u"test.reply"_s, {QKeySequence(Qt::Key_N)})); // N belongs to Note
    QCOMPARE(registry->conflicts(u"test.reply"_s, {QKeySequence(Qt::Key_N)}), QStringList{u"test.note"_s});
    QCOMPARE(reply->shortcut(), QKeySequence(Qt::Key_R));
    QVERIFY(registry->setKeys(u"test.reply"_s, {QKeySequence(Qt::ALT | Qt::Key_R)}));
    QCOMPARE(reply->shortcut(), QKeySequence(Qt::ALT | Qt::Key_R));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_settings->contains(u"shortcuts/test.reply"_s));

    // A later window's action with the same id starts with the saved override.
    QAction *again = action(u"test.reply"_s, u"Reply"_s, QKeySequence(Qt::Key_R));
    QCOMPARE(again->shortcut(), QKeySequence(Qt::ALT | Qt::Key_R));
    QVERIFY(registry->setKeys(u"test.note"_s, {}));
    QVERIFY(note->shortcut().isEmpty());
    QVERIFY(registry->reset(u"test.reply"_s));
    QCOMPARE(reply->shortcut(), QKeySequence(Qt::Key_R));
    QVERIFY(!m_settings->contains(u"shortcuts/test.reply"_s)); // the default needs no override
}

void TestCommandPalette::settingsPageRemapsAndDetectsConflicts()
{
    QAction *next = action(u"test.next"_s, u"Next Ticket"_s, QKeySequence(Qt::Key_J));
    QAction *previous = action(u"test.previous"_s, u"Previous Ticket"_s, QKeySequence(Qt::Key_K));
    ShortcutsPage page;
    auto *table = Test::namedChild<QTableWidget>(&page, u"settings.shortcuts.table"_s);
    auto *conflict = Test::namedChild<QLabel>(&page, u"settings.shortcuts.conflict"_s);
    QVERIFY(table && conflict);
    QVERIFY(table->rowCount() >= 2);
    page.show();

    QVERIFY(!page.assign(u"test.next"_s, {QKeySequence(Qt::Key_K)}));
    QVERIFY(conflict->isVisible());
    QVERIFY2(conflict->text().contains(u"Previous Ticket"_s), qPrintable(conflict->text()));
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_J)); // nothing changed

    // Swapping two keys works in the form, and applies on save.
    QVERIFY(page.assign(u"test.previous"_s, {QKeySequence(Qt::Key_L)}));
    QVERIFY(page.assign(u"test.next"_s, {QKeySequence(Qt::Key_K)}));
    QVERIFY(page.assign(u"test.previous"_s, {QKeySequence(Qt::Key_J)}));
    QVERIFY(!conflict->isVisible());
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_J)); // not before saving
    page.apply();
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_K));
    QCOMPARE(previous->shortcut(), QKeySequence(Qt::Key_J));
    QCOMPARE(m_settings->value(u"shortcuts/test.next"_s).toString(), u"K"_s);

    // Typing a key in the editor assigns it to the selected row.
    auto *edit = Test::namedChild<QKeySequenceEdit>(&page, u"settings.shortcuts.edit"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == u"test.next")
            table->setCurrentCell(row, 0);
    }
    edit->setKeySequence(QKeySequence(Qt::CTRL | Qt::Key_Down));
    Q_EMIT edit->editingFinished();
    page.apply();
    QCOMPARE(next->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Down));
}

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
