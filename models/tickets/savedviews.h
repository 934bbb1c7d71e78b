// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Casebook {

/// An inbox view: a named search. The built-in ones carry the playbook; teams add their own.
struct SavedView
{
    QString key; ///< stable, for settings
    QString title; ///< translated
    QString query; ///< search syntax, see SearchQuery
};

/// Open, Mine, Unassigned, New, Critical, Pending, On-hold, Untagged, Breaching SLA, Solved, Closed.
QList<SavedView> builtInSavedViews();

} // namespace Casebook
