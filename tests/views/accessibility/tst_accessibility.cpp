// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessiblewalk.h"
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"

#include "models/bugreports/templatestore.h"
#include "models/demo/demogenerator.h"
#include "models/replies/cannedreplystore.h"
#include "models/storage/database.h"
#include "tests/support/windowfixture.h"
#include "views/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <QSet>

#include <functional>
#include <memory>

using namespace Casebook;
using namespace Qt::StringLiterals;

/**
 * Every focusable control of every section and of every dialog the window opens has a
 * name a screen reader can say. Sections come from the window's own section list and
 * dialogs from whatever its actions and buttons offer with an ellipsis ("Settings…"),
 * the convention for "opens a dialog": a section or dialog added later is walked without
 * changing this test.
 */
class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everySectionNamesItsControls();
    void everyDialogNamesItsControls();

private:
    /// Closes, after walking them, the windows that `action` opens (shown with open() or exec()).
    void walkWindowsOpenedBy(const QString &what, const std::function<void()> &action);
    void walkNewWindows();

    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Test::WindowFixture> m_app;
    std::unique_ptr<MainWindow> m_window;

    QList<QPointer<QWidget>> m_known; ///< top-level windows already there or walked
    QStringList m_walked; ///< "opener -> window title"
    QStringList m_unnamed;
    QString m_opener;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccessibility::init()
{
    m_prompts = std::make_unique<FakePrompts>();
    // Nothing a walk opens may change data: every question is answered "no", "discard".
    m_prompts->confirmAnswer = false;
    m_prompts->unsavedAnswer = Prompts::UnsavedChoice::Discard;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    Result<std::unique_ptr<Database>> opened = Database::open(DatabaseUrl::sqlite(m_dir->filePath(u"a11y.casebook"_s)));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_database = std::move(opened).value();
    // A small demo, so that lists have rows, a ticket is open and its panels are filled.
    DemoGenerator::Size size;
    size.agents = 3;
    size.customers = 6;
    size.tickets = 12;
    const Status filled = DemoGenerator::populate(*m_database, size);
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
    QVERIFY(TemplateStore(*m_database).seedBuiltins().ok());
    QVERIFY(CannedReplyStore(*m_database).seedShipped().ok());
    m_app = std::make_unique<Test::WindowFixture>(*m_database, m_settings.get());
    m_window = m_app->makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_known.clear();
    m_walked.clear();
    m_unnamed.clear();
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_app.reset();
    m_database.reset();
    m_settings.reset();
    m_dir.reset();
    m_prompts.reset();
}

void TestAccessibility::everySectionNamesItsControls()
{
    auto *list = Test::namedChild<QListWidget>(m_window.get(), u"sectionList"_s);
    QVERIFY(list);
    QVERIFY(list->count() >= 5);
    QStringList unnamed;
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        QCoreApplication::processEvents();
        const QStringList found = Test::unnamedControls(m_window.get());
        for (const QString &path : found) {
            if (!unnamed.contains(path))
                unnamed.append(path);
        }
    }
    for (const QString &path : std::as_const(unnamed))
        qWarning("unnamed control: %s", qPrintable(path));
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"%1 focusable controls have no accessible name"_s.arg(unnamed.size())));
}

void TestAccessibility::walkNewWindows()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible() || window == m_window.get() || m_known.contains(window))
            continue;
        if (window->windowType() == Qt::ToolTip)
            continue;
        m_known.append(window);
        if (!qobject_cast<QMenu *>(window)) {
            m_walked.append(m_opener + u" -> " + QString::fromLatin1(window->metaObject()->className()) + u" \""
                            + window->windowTitle() + u'"');
            const QStringList found = Test::unnamedControls(window);
            for (const QString &path : found) {
                const QString entry = path + u" (opened by " + m_opener + u')';
                if (!m_unnamed.contains(entry))
                    m_unnamed.append(entry);
            }
        }
        if (auto *dialog = qobject_cast<QDialog *>(window))
            dialog->reject();
        else
            window->close();
    }
}

void TestAccessibility::walkWindowsOpenedBy(const QString &what, const std::function<void()> &action)
{
    m_opener = what;
    // A dialog shown with exec() runs its own event loop: the timer walks it from there.
    QTimer watcher;
    watcher.setInterval(10);
    connect(&watcher, &QTimer::timeout, this, [this] { walkNewWindows(); });
    watcher.start();
    action();
    QTest::qWait(30);
    watcher.stop();
    walkNewWindows();
}

void TestAccessibility::everyDialogNamesItsControls()
{
    const QWidgetList before = QApplication::topLevelWidgets();
    for (QWidget *window : before) {
        if (window->isVisible())
            m_known.append(window);
    }
    auto *list = Test::namedChild<QListWidget>(m_window.get(), u"sectionList"_s);
    QVERIFY(list);
    const auto opensADialog = [](const QString &text) { return text.endsWith(QChar(0x2026)) || text.endsWith(u"..."); };
    QSet<QObject *> tried;
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        QCoreApplication::processEvents();
        const QString section = list->item(row)->text();
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        for (QAction *action : actions) {
            const QString text = action->text().remove(u'&');
            if (tried.contains(action) || !action->isEnabled() || !opensADialog(text))
                continue;
            tried.insert(action);
            walkWindowsOpenedBy(section + u": " + text, [action] { action->trigger(); });
        }
        const QList<QAbstractButton *> buttons = m_window->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            const QString text = button->text().remove(u'&');
            if (tried.contains(button) || !button->isEnabled() || !button->isVisible() || !opensADialog(text))
                continue;
            tried.insert(button);
            QPointer<QAbstractButton> guard(button);
            walkWindowsOpenedBy(section + u": " + text, [guard] {
                if (guard)
                    guard->click();
            });
        }
    }
    qInfo("walked %d windows:\n  %s", int(m_walked.size()), qPrintable(m_walked.join(u"\n  ")));
    for (const QString &path : std::as_const(m_unnamed))
        qWarning("unnamed control: %s", qPrintable(path));
    // The window opens at least Settings, New Ticket, New Customer, Import and Canned Replies.
    QVERIFY2(m_walked.size() >= 5, qPrintable(m_walked.join(u", ")));
    QVERIFY2(m_unnamed.isEmpty(), qPrintable(u"%1 focusable controls have no accessible name"_s.arg(m_unnamed.size())));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
