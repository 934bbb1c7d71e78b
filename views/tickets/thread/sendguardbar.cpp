// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendguardbar.h"

#include "models/common/dates.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

SendGuardBar::SendGuardBar(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_list(new QLabel(this))
{
    setObjectName(u"composer.guard"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    const QColor warn(232, 160, 0);
    const QColor base = tinted.color(QPalette::Base);
    tinted.setColor(QPalette::Window,
                    QColor::fromRgbF(base.redF() * 0.82f + warn.redF() * 0.18f,
                                     base.greenF() * 0.82f + warn.greenF() * 0.18f,
                                     base.blueF() * 0.82f + warn.blueF() * 0.18f));
    setPalette(tinted);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(u"composer.guard.title"_s);
    m_list->setObjectName(u"composer.guard.list"_s);
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);

    auto *sendAnyway = new QPushButton(tr("Send Anyway"), this);
    sendAnyway->setObjectName(u"composer.sendAnyway"_s);
    auto *review = new QPushButton(tr("Review"), this);
    review->setObjectName(u"composer.review"_s);
    review->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(review);
    buttons->addWidget(sendAnyway);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(sendAnyway, &QPushButton::clicked, this, &SendGuardBar::sendAnywayClicked);
    connect(review, &QPushButton::clicked, this, &SendGuardBar::reviewClicked);
    hide();
}

SendGuardBar::~SendGuardBar() = default;

void SendGuardBar::showHeld(const QList<AuthoredMessage> &held)
{
    m_held = held;
    m_title->setText(tr("Not sent yet: %n new message(s) arrived while you were writing.", nullptr, int(held.size())));
    QStringList lines;
    for (const AuthoredMessage &message : held) {
        QString who = message.author;
        if (who.isEmpty())
            who = message.kind == MessageKind::Customer ? tr("The customer") : tr("Another agent");
        const QString what = message.kind == MessageKind::Note ? tr("internal note") : QString();
        QString body = message.body.simplified();
        if (body.size() > 160)
            body = body.left(157) + u"…"_s;
        const QString time = Dates::moment(message.createdAt);
        lines.append(u"<b>%1</b>%2 <span style=\"opacity:0.7\">%3</span>: %4"_s.arg(
            who.toHtmlEscaped(), what.isEmpty() ? QString() : u" ("_s + what + u')', time, body.toHtmlEscaped()));
    }
    m_list->setText(lines.join(u"<br>"_s));
    show();
}

} // namespace Casebook
