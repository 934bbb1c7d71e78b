// SPDX-License-Identifier: GPL-3.0-or-later
#include "shippedfiles.h"

#include <QDir>
#include <QFile>

namespace Casebook::Shipped {

QList<ShippedFile> files(const QString &folder, const QStringList &patterns)
{
    QList<ShippedFile> result;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name)) {
        QFile in(dir.filePath(name));
        if (in.open(QIODevice::ReadOnly))
            result.append({name, in.readAll()});
    }
    return result;
}

QStringList folders(const QString &folder)
{
    return QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray file(const QString &path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace Casebook::Shipped
