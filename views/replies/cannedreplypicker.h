// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/replies/cannedreply.h"

#include <QFrame>
#include <QList>

class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace Casebook {

/**
 * The canned reply picker: a popup with a search field over the team's replies in one
 * language. Typing filters by title, text and shortcut; a reply's exact shortcut ("ack")
 * comes first, so shortcut and Enter insert it at once.
 */
class CannedReplyPicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedReplyPicker)

public:
    explicit CannedReplyPicker(QWidget *parent = nullptr);
    ~CannedReplyPicker() override;

    /// The replies to choose from, showing those in `language` first.
    void setReplies(const QList<CannedReply> &replies, const QString &language);
    /// Opens below `anchor` with the search field focused and empty.
    void popup(QWidget *anchor);
    /// The visible replies' keys in list order (for tests and keyboard users alike).
    [[nodiscard]] QStringList visibleKeys() const;

Q_SIGNALS:
    void replyChosen(const QString &key, const QString &language);
    /// "Manage…": the team's replies should open, on the highlighted one (`key` may be empty).
    void manageRequested(const QString &key, const QString &language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void chooseCurrent();

    QLineEdit *m_filter = nullptr;
    QComboBox *m_language = nullptr;
    QListWidget *m_list = nullptr;
    QList<CannedReply> m_replies;
};

} // namespace Casebook
