// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretclipboard.h"

#include "models/vault/secret.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString tokenType = u"application/x-casebook-vault-copy"_s;

} // namespace

QString SecretClipboard::passwordManagerHintType()
{
    return u"x-kde-passwordManagerHint"_s;
}

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultClearAfter);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const bool ours = holdsOurCopy();
        clearNow();
        Q_EMIT expired(ours);
    });
}

SecretClipboard::~SecretClipboard()
{
    clearNow();
}

void SecretClipboard::setClearInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds SecretClipboard::clearInterval() const
{
    return m_timer.intervalAsDuration();
}

void SecretClipboard::copy(const Secret &secret)
{
    m_token = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    auto *data = new QMimeData;
    QString text = secret.toString();
    data->setText(text);
    wipe(text); // the MIME data holds its own copy, until the clipboard is cleared
    data->setData(passwordManagerHintType(), QByteArrayLiteral("secret"));
    data->setData(tokenType, m_token);
    QGuiApplication::clipboard()->setMimeData(data);
    m_timer.start();
}

bool SecretClipboard::holdsOurCopy() const
{
    if (m_token.isEmpty())
        return false;
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data && data->data(tokenType) == m_token;
}

void SecretClipboard::clearNow()
{
    if (holdsOurCopy())
        QGuiApplication::clipboard()->clear();
    m_token.clear();
    m_timer.stop();
}

} // namespace Casebook
