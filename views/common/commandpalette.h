// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace Casebook {

/**
 * The command palette (Ctrl+K, Ctrl+Shift+P): a filter box over every action of the
 * window it belongs to, matched fuzzily ("nxt tk" finds "Next ticket"); Enter runs the
 * chosen one, Escape closes. It floats over the window, never modal.
 */
class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    /// `window` is searched for actions each time the palette opens; it is also the parent.
    explicit CommandPalette(QWidget *window);
    ~CommandPalette() override;

    /// Collects the window's actions, clears the filter and shows the palette on top.
    void popup();

    /**
     * How well `pattern` matches `text` as a subsequence, ignoring case; -1 when it does
     * not. Runs of letters and matches at word starts score higher.
     */
    static int fuzzyScore(const QString &pattern, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void runCurrent();

    QWidget *m_window = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QList<QPointer<QAction>> m_actions;
};

} // namespace Casebook
