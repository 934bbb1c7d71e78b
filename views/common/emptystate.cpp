// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Casebook {

namespace {
constexpr int IconSize = 96;
// Long sentences wrap at a readable measure instead of running across a wide window.
constexpr int TextWidth = 480;
} // namespace

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detail(new QLabel(this))
{
    m_icon->setObjectName(QStringLiteral("emptyState.icon"));
    m_title->setObjectName(QStringLiteral("emptyState.title"));
    m_text->setObjectName(QStringLiteral("emptyState.text"));
    m_detail->setObjectName(QStringLiteral("emptyState.detail"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    for (QLabel *label : {m_icon, m_title, m_text, m_detail}) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(label != m_icon);
    }
    for (QLabel *label : {m_text, m_detail})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_icon->hide();
    m_detail->hide();

    // The labels fill a column of bounded width with no alignment of their own: an
    // aligned word-wrapped label gets no height-for-width and is cut off.
    auto *column = new QWidget(this);
    column->setMaximumWidth(TextWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_detail);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

EmptyState::~EmptyState() = default;

void EmptyState::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
    m_icon->setVisible(!icon.isNull());
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

void EmptyState::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

QString EmptyState::detail() const
{
    return m_detail->text();
}

} // namespace Casebook
