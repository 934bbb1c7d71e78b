// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcuts.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTextEdit>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString settingsKey(const QString &id)
{
    return u"shortcuts/"_s + id;
}

QString plainTitle(const QAction *action)
{
    QString title = action->text();
    title.remove(u'&');
    if (title.endsWith(u"..."))
        title.chop(3);
    else if (title.endsWith(QChar(0x2026))) // an ellipsis: the action opens a dialog
        title.chop(1);
    return title;
}

} // namespace

ShortcutRegistry::ShortcutRegistry(QObject *parent)
    : QObject(parent)
{
}

ShortcutRegistry *ShortcutRegistry::instance()
{
    static QPointer<ShortcutRegistry> registry;
    if (!registry)
        registry = new ShortcutRegistry(QCoreApplication::instance());
    return registry;
}

void ShortcutRegistry::setSettings(QSettings *settings)
{
    m_settings = settings;
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        it->keys = saved(it.key(), it->defaults);
        apply(it.key());
    }
}

QList<QKeySequence> ShortcutRegistry::saved(const QString &id, const QList<QKeySequence> &defaults) const
{
    if (!m_settings || !m_settings->contains(settingsKey(id)))
        return defaults;
    return QKeySequence::listFromString(m_settings->value(settingsKey(id)).toString(), QKeySequence::PortableText);
}

void ShortcutRegistry::add(QAction *action, const QString &id, const QList<QKeySequence> &defaults)
{
    Item &item = m_items[id];
    const bool fresh = item.actions.isEmpty() && item.title.isEmpty();
    item.defaults = defaults;
    if (fresh)
        item.keys = saved(id, defaults);
    item.title = plainTitle(action);
    item.actions.removeAll(nullptr);
    item.actions.append(action);
    action->setShortcuts(item.keys);
}

QList<ShortcutRegistry::Entry> ShortcutRegistry::entries() const
{
    QList<Entry> result;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        result.append({it.key(), it->title, it->defaults, it->keys});
    std::sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) { return a.id < b.id; });
    return result;
}

QList<QKeySequence> ShortcutRegistry::keys(const QString &id) const
{
    return m_items.value(id).keys;
}

QStringList ShortcutRegistry::conflicts(const QString &id, const QList<QKeySequence> &keys) const
{
    QStringList others;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (it.key() == id)
            continue;
        const bool clash = std::any_of(keys.cbegin(), keys.cend(), [&](const QKeySequence &key) {
            return !key.isEmpty() && it->keys.contains(key);
        });
        if (clash)
            others.append(it.key());
    }
    std::sort(others.begin(), others.end());
    return others;
}

bool ShortcutRegistry::setKeys(const QString &id, const QList<QKeySequence> &keys)
{
    const auto found = m_items.find(id);
    if (found == m_items.end() || !conflicts(id, keys).isEmpty())
        return false;
    QList<QKeySequence> cleaned;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty() && !cleaned.contains(key))
            cleaned.append(key);
    }
    found->keys = cleaned;
    if (m_settings) {
        if (cleaned == found->defaults)
            m_settings->remove(settingsKey(id));
        else
            m_settings->setValue(settingsKey(id), QKeySequence::listToString(cleaned, QKeySequence::PortableText));
    }
    apply(id);
    Q_EMIT shortcutsChanged(id);
    return true;
}

bool ShortcutRegistry::reset(const QString &id)
{
    return setKeys(id, m_items.value(id).defaults);
}

void ShortcutRegistry::apply(const QString &id)
{
    Item &item = m_items[id];
    item.actions.removeAll(nullptr);
    for (const QPointer<QAction> &action : std::as_const(item.actions))
        action->setShortcuts(item.keys);
}

KeyGuard::KeyGuard(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

void KeyGuard::install(QWidget *window)
{
    if (!window->findChild<KeyGuard *>(QString(), Qt::FindDirectChildrenOnly))
        new KeyGuard(window);
}

bool KeyGuard::isTextField(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return !spin->isReadOnly();
    return qobject_cast<const QKeySequenceEdit *>(widget) != nullptr;
}

int KeyGuard::latinKey(const QString &text, quint32 nativeVirtualKey)
{
    if (text.size() != 1 || text.at(0).unicode() < 0x80)
        return 0; // Latin text: the shortcut map matched it already
    if ((nativeVirtualKey >= 'a' && nativeVirtualKey <= 'z') || (nativeVirtualKey >= 'A' && nativeVirtualKey <= 'Z'))
        return Qt::Key_A + int(QChar::toLower(char32_t(nativeVirtualKey)) - 'a');
    // Where the native key says nothing Latin (X11 sends the Cyrillic keysym when only the
    // Russian layout is configured), the letter's place on the standard Russian keyboard.
    static const QString russian = u"йцукенгшщзфывапролдячсмить"_s;
    static const QString latin = u"qwertyuiopasdfghjklzxcvbnm"_s;
    const qsizetype at = russian.indexOf(text.at(0).toLower());
    return at < 0 ? 0 : Qt::Key_A + int(latin.at(at).unicode() - u'a');
}

bool KeyGuard::triggerFor(QWidget *focus, const QKeySequence &key) const
{
    // The nearest widget's actions first, as the shortcut map would choose them.
    for (QWidget *widget = focus; widget; widget = widget->parentWidget()) {
        const QList<QAction *> actions = widget->actions();
        for (QAction *action : actions) {
            if (!action->isEnabled() || !action->shortcuts().contains(key))
                continue;
            if (action->shortcutContext() == Qt::WidgetShortcut && widget != focus)
                continue;
            action->trigger();
            return true;
        }
        if (widget->isWindow())
            break;
    }
    return false;
}

bool KeyGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers commands =
        key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const bool typesText = commands == Qt::NoModifier && !key->text().isEmpty() && key->text().at(0).isPrint();
    const bool textField = isTextField(widget);
    if (type == QEvent::ShortcutOverride) {
        if (textField && typesText) {
            event->accept(); // the field types it; no shortcut fires
            return true;
        }
        if (textField && key->matches(QKeySequence::Find)) {
            event->ignore(); // the field never keeps Ctrl+F from the search
            return true;
        }
        return false;
    }
    // A key press no shortcut took: a letter typed in another layout may stand for one.
    if (textField || !typesText)
        return false;
    const int latin = latinKey(key->text(), key->nativeVirtualKey());
    if (latin == 0)
        return false;
    return triggerFor(widget, QKeySequence(latin | (key->modifiers() & Qt::ShiftModifier).toInt()));
}

} // namespace Casebook
