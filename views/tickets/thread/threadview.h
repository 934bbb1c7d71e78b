// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QScrollArea>

class QPushButton;
class QVBoxLayout;

namespace Casebook {

class ThreadModel;

/**
 * A ticket's thread as a column of messages, oldest at the top: customer messages plain,
 * the team's replies tinted, internal notes in amber and marked "Internal note - team
 * only" (R38), system events as a quiet line. Text is selectable. Scrolling to the top (or
 * the "Earlier messages" button) asks the model for the page before. The cards follow the
 * model's row signals, so a new message appears without the others being rebuilt.
 */
class ThreadView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    explicit ThreadView(ThreadModel &model, QWidget *parent = nullptr);
    ~ThreadView() override;

    /// Scrolls so that this message is in view.
    void scrollToMessage(MessageId message);
    void scrollToEnd();

Q_SIGNALS:
    /// The agent asked to quote this message in the reply.
    void quoteRequested(Casebook::MessageId message);

private:
    QWidget *makeCard(int row);
    void rebuild();
    void insertCards(int first, int last);
    void removeCards(int first, int last);
    void updateCards(int first, int last);
    void fetchEarlier();
    void updateEarlierButton();

    ThreadModel &m_model;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QPushButton *m_earlier = nullptr;
    QList<QWidget *> m_cards; ///< one per model row, in row order
    bool m_stickToEnd = true;
};

} // namespace Casebook
