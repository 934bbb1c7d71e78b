// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QIcon;
class QLabel;

namespace Casebook {

/**
 * What a view shows when it has nothing to list: an icon, a title, a sentence on
 * what belongs here and, below it, a smaller line on the current state.
 */
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget *parent = nullptr);
    ~EmptyState() override;

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    void setDetail(const QString &detail);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString detail() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace Casebook
