// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox's search box: the typed query within the view or over every ticket, its inline
// errors, where it says it searches, and a ticket number opened with Enter.
#include "inboxview.h"

#include "inboxdelegate.h"
#include "models/agents/session.h"
#include "models/storage/clock.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "views/common/shortcuts.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Casebook {

QStringList InboxView::searchTerms() const
{
    return m_model->highlightTerms();
}

void InboxView::runQuery()
{
    m_searchTimer->stop();
    const int index = m_views->currentIndex();
    if (index < 0 || index >= m_allViews.size())
        return;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs()).date();
    SearchQuery::ParseError error;
    SearchQuery query =
        isSearchingAll() ? SearchQuery{} : SearchQuery::parse(m_allViews.at(index).query, today, &error);
    SearchQuery::ParseError searchError;
    const SearchQuery typed = SearchQuery::parse(m_search->text(), today, &searchError);
    if (!searchError.message.isEmpty()) {
        // The list stays as it was; the message says where the problem is.
        //: %1 is the position in the search text (1 is the first character), %2 what is wrong there
        m_searchError->setText(tr("Column %1: %2").arg(searchError.position + 1).arg(searchError.message));
        m_searchError->show();
        return;
    }
    m_searchError->hide();
    query.terms += typed.terms;
    query.filters += typed.filters;
    const auto shown = m_model->setQuery(query, m_session.agentId());
    m_table->horizontalHeader()->setSortIndicatorShown(!m_model->isRanked());
    m_error->setVisible(!shown.ok());
    if (!shown.ok())
        m_error->setText(tr("The search could not run: %1").arg(shown.error().message));
    const QStringList terms = m_model->highlightTerms();
    if (terms != m_delegate->terms()) {
        m_delegate->setTerms(terms);
        m_table->viewport()->update();
        Q_EMIT searchTermsChanged(terms);
    }
    updateCount();
}

void InboxView::showSearch(const QString &query)
{
    restoreSearch(query, true);
}

QString InboxView::searchText() const
{
    return m_search->text();
}

bool InboxView::searchesEverywhere() const
{
    return m_allTickets->isChecked();
}

void InboxView::restoreSearch(const QString &text, bool everywhere)
{
    m_search->setText(text);
    m_allTickets->setChecked(everywhere);
    runQuery();
}

bool InboxView::isSearchingAll() const
{
    return m_allTickets->isChecked() && !m_search->text().trimmed().isEmpty();
}

void InboxView::updateSearchScope()
{
    // The search runs within the view unless asked for every ticket: the box says which.
    const QString scope =
        m_allTickets->isChecked() ? tr("Search in all tickets") : tr("Search in %1").arg(currentViewTitle());
    //: The search box's hint; %1 says where it searches, for example "Search in Mine"
    const QString hint = tr("%1: subjects, messages, customers, #number…  status: tag: assignee:me").arg(scope);
    // Beside an open ticket and the notifications the box is narrow: then it says only where
    // it searches (the syntax is in its tooltip), rather than cutting the hint mid-word.
    const int room = m_search->width() - 40; // the frame, margins and clear button
    m_search->setPlaceholderText(m_search->fontMetrics().horizontalAdvance(hint) <= room ? hint : scope + u'…');
    m_search->setToolTip(hint);
    m_search->setAccessibleName(scope);
    const QString key =
        ShortcutRegistry::instance()->keys(u"inbox.searchAll"_s).value(0).toString(QKeySequence::NativeText);
    m_allTickets->setToolTip(
        m_allTickets->isChecked()
            //: %1 is the view, %2 the key that switches, for example "Alt+A"
            ? tr("Searching all tickets; click (%2) to search only in %1").arg(currentViewTitle(), key)
            : tr("Searching only in %1; click (%2) to search all tickets").arg(currentViewTitle(), key));
}

void InboxView::openTypedNumber()
{
    // A number alone is a ticket asked for by name: Enter opens it.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs()).date();
    SearchQuery::ParseError error;
    const SearchQuery typed = SearchQuery::parse(m_search->text(), today, &error);
    const QList<TicketId> numbers = typed.ticketNumbers();
    if (typed.terms.size() != 1 || !typed.filters.isEmpty() || numbers.size() != 1 || m_model->rowCount() == 0)
        return;
    const QModelIndex first = m_model->index(0, InboxModel::SubjectColumn);
    if (m_model->ticketAt(first) != numbers.first())
        return;
    m_table->setCurrentIndex(first);
    m_table->selectRow(0);
    m_table->scrollTo(first);
    Q_EMIT ticketActivated(numbers.first());
}

} // namespace Casebook
