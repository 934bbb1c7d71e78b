// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviews.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Casebook {

QList<SavedView> builtInSavedViews()
{
    const QString unsolved = u" -status:solved -status:closed"_s;
    return {
        {u"open"_s, QCoreApplication::translate("Casebook::SavedViews", "Open"), unsolved.trimmed()},
        {u"mine"_s, QCoreApplication::translate("Casebook::SavedViews", "Mine"), u"assignee:me"_s + unsolved},
        {u"unassigned"_s, QCoreApplication::translate("Casebook::SavedViews", "Unassigned"), u"is:unassigned"_s + unsolved},
        {u"new"_s, QCoreApplication::translate("Casebook::SavedViews", "New, waiting for a first response"), u"is:unanswered"_s},
        {u"critical"_s, QCoreApplication::translate("Casebook::SavedViews", "Critical"), u"is:critical"_s + unsolved},
        {u"pending"_s, QCoreApplication::translate("Casebook::SavedViews", "Pending"), u"status:pending"_s},
        {u"onhold"_s, QCoreApplication::translate("Casebook::SavedViews", "On-hold"), u"status:on_hold"_s},
        {u"untagged"_s, QCoreApplication::translate("Casebook::SavedViews", "Untagged"), u"is:untagged"_s + unsolved},
        {u"breaching"_s, QCoreApplication::translate("Casebook::SavedViews", "Breaching SLA"), u"is:breaching"_s + unsolved},
        {u"solved"_s, QCoreApplication::translate("Casebook::SavedViews", "Solved recently"), u"status:solved"_s},
        {u"closed"_s, QCoreApplication::translate("Casebook::SavedViews", "Closed"), u"status:closed"_s},
    };
}

} // namespace Casebook
