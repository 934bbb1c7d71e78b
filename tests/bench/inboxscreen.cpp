// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxscreen.h"

#include "models/tickets/inbox/inboxcounts.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "views/tickets/inbox/inboxview.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Casebook::Bench {

QList<std::pair<QString, QString>> SearchWords::searches() const
{
    return {
        {u"search_rare"_s, rare},
        {u"search_common"_s, common},
        {u"search_phrase"_s, phrase},
        {u"search_prefix"_s, rare.left(4) + u'*'},
        {u"search_operators"_s, u"status:open -channel:email "_s + common},
    };
}

bool waitUntil(const std::function<bool()> &ready, int timeoutMs)
{
    QCoreApplication::processEvents();
    if (ready())
        return true;
    // A short timer rather than a busy loop: the machine may be shared, and spinning would
    // take a core from the worker being waited for.
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    bool done = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        done = ready();
        if (done || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done;
}

InboxScreen::InboxScreen(Session &session)
    : m_view(std::make_unique<InboxView>(session))
{
    // Laid out as on a desktop, but no window: only paint() paints.
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->resize(1400, 900);
    m_view->show();
    QCoreApplication::processEvents();
}

InboxScreen::~InboxScreen() = default;

InboxModel &InboxScreen::model() const
{
    return *m_view->model();
}

QTableView &InboxScreen::table() const
{
    return *m_view->table();
}

void InboxScreen::paint()
{
    InboxModel &list = model();
    if (!waitUntil([&] { return list.rowCount() > 0 || list.isCountKnown(); }))
        std::fprintf(stderr, "the inbox showed no first page within two minutes\n");
    (void)table().grab();
}

void InboxScreen::showView(const QString &key)
{
    m_view->showView(key);
}

void InboxScreen::search(const QString &text)
{
    auto *box = m_view->findChild<QLineEdit *>(u"inbox.search"_s);
    Q_ASSERT(box);
    box->setText(text);
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(box, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(box, &release);
}

void InboxScreen::scrollTo(int row)
{
    // The table scrolls by rows: the scroll bar's value is the top row.
    table().verticalScrollBar()->setValue(row);
}

void InboxScreen::sortBy(int column, Qt::SortOrder order)
{
    table().sortByColumn(column, order);
}

void InboxScreen::waitForCounts()
{
    InboxModel &list = model();
    InboxCounts &counts = *m_view->counts();
    if (!waitUntil([&] { return list.isCountKnown() && !counts.isCounting(); }))
        std::fprintf(stderr, "the inbox was still counting after two minutes\n");
}

} // namespace Casebook::Bench
