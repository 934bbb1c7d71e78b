// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcuts.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>

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

} // namespace Casebook
