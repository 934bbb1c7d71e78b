// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace Casebook {

/// A list that says what belongs in it while it is empty, instead of showing a blank box.
class PlaceholderListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderListView)

public:
    explicit PlaceholderListView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    [[nodiscard]] QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace Casebook
