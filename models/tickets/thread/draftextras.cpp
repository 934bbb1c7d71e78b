// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftextras.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebook {

QString DraftExtras::toJson() const
{
    QJsonObject object;
    if (cc)
        object.insert(u"cc"_s, *cc);
    QJsonArray list;
    for (const DraftFile &file : files)
        list.append(QJsonObject{{u"path"_s, file.path}, {u"name"_s, file.fileName}, {u"size"_s, file.size}});
    if (!list.isEmpty())
        object.insert(u"files"_s, list);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

DraftExtras DraftExtras::fromJson(const QString &json)
{
    DraftExtras extras;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (const QJsonValue cc = object.value(u"cc"_s); cc.isString())
        extras.cc = cc.toString();
    const QJsonArray files = object.value(u"files"_s).toArray();
    for (const auto &value : files) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(u"path"_s).toString();
        if (path.isEmpty())
            continue;
        extras.files.append({path, file.value(u"name"_s).toString(), file.value(u"size"_s).toInteger()});
    }
    return extras;
}

QString DraftExtras::scopeFor(const QString &textScope)
{
    return textScope + u"/extras"_s;
}

} // namespace Casebook
