// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshpublickey.h"

#include <QRegularExpression>
#include <QString>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Casebook {

// An OpenSSH public key line: "<type> <base64 blob> [comment]", where the blob starts with
// the type again. Checking the blob catches truncated pastes, not only wrong prefixes.
bool isOpenSshPublicKey(const QString &line)
{
    static const QRegularExpression shape(u"^((?:ssh-(?:ed25519|rsa)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|"
                                          u"ecdsa-sha2-nistp256)@openssh\\.com))"
                                          "\\s+([A-Za-z0-9+/]+={0,2})(?:\\s+\\S.*)?$"_s);
    const auto match = shape.match(line);
    if (!match.hasMatch())
        return false;
    const QByteArray type = match.captured(1).toLatin1();
    const auto blob =
        QByteArray::fromBase64Encoding(match.captured(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!blob)
        return false;
    // The blob is a run of length-prefixed fields, the type first; a cut anywhere but at a
    // field boundary leaves a length pointing past the end.
    const QByteArrayView data = blob.decoded;
    qsizetype at = 0;
    int fields = 0;
    while (at < data.size()) {
        if (data.size() - at < 4)
            return false;
        const quint32 length = qFromBigEndian<quint32>(data.data() + at);
        at += 4;
        if (length > quint32(data.size() - at))
            return false;
        if (fields == 0 && data.sliced(at, length) != type)
            return false;
        at += length;
        ++fields;
    }
    return fields >= 2;
}

} // namespace Casebook
