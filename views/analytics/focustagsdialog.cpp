// SPDX-License-Identifier: GPL-3.0-or-later
#include "focustagsdialog.h"

#include "models/analytics/focustags.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

FocusTagsDialog::FocusTagsDialog(const QString &month, const QList<std::pair<TagId, QString>> &candidates,
                                 QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"analytics.focusTagsDialog"_s);
    m_list->setAccessibleName(tr("Last month's top tags"));
    //: %1 is the month, such as "December 2026"
    setWindowTitle(tr("Focus Tags for %1").arg(month));
    auto *intro = new QLabel(candidates.isEmpty()
                                 ? tr("Last month has no tagged tickets to choose from.")
                                 : tr("Tick two or three of last month's top 10 tags. Casebook records "
                                      "last month's counts as the baseline and compares this month's with them."),
                             this);
    intro->setWordWrap(true);
    for (const auto &[id, name] : candidates) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, id.value());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    connect(m_list, &QListWidget::itemChanged, this, &FocusTagsDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT chosen(checkedTags());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

FocusTagsDialog::~FocusTagsDialog() = default;

QList<TagId> FocusTagsDialog::checkedTags() const
{
    QList<TagId> tags;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            tags.append(TagId(m_list->item(i)->data(Qt::UserRole).toLongLong()));
    }
    return tags;
}

void FocusTagsDialog::updateButtons()
{
    const auto n = checkedTags().size();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n >= FocusTags::minimumTags && n <= FocusTags::maximumTags);
}

} // namespace Casebook
