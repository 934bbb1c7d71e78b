// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace Casebook {

/**
 * Says when text being typed is due to be saved as a draft: after a short pause, and during
 * continuous typing at least every longestWaitMs, so a crash in the middle of a long burst
 * loses at most that much. Real timers; the owner saves on due() and calls saved().
 */
class DraftPacer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftPacer)

public:
    /// A pause this long after the last change saves.
    static constexpr int pauseMs = 500;
    /// While changes keep coming, the text is saved at least this often. Below the 2 seconds
    /// promised, leaving room for a busy event loop and the save itself.
    static constexpr int longestWaitMs = 1500;

    explicit DraftPacer(QObject *parent = nullptr);
    ~DraftPacer() override;

    /// The text changed: due() after the next pause, or when the oldest unsaved change
    /// reaches longestWaitMs, whichever comes first.
    void changed();
    /// The text was saved (or dropped): nothing is pending.
    void saved();
    [[nodiscard]] bool isPending() const;

Q_SIGNALS:
    void due();

private:
    QTimer *m_pause = nullptr;
    QTimer *m_longest = nullptr;
};

} // namespace Casebook
