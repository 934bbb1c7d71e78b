// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

namespace Casebook {

/// R42: a lead ticks two or three of last month's top 10 tags to work on this month.
class FocusTagsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusTagsDialog)

public:
    FocusTagsDialog(const QString &month, const QList<std::pair<TagId, QString>> &candidates,
                    QWidget *parent = nullptr);
    ~FocusTagsDialog() override;

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QList<TagId> checkedTags() const;

Q_SIGNALS:
    /// Accepted with these tags.
    void chosen(const QList<Casebook::TagId> &tags);

private:
    void updateButtons();

    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Casebook
