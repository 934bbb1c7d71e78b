// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyset.h"

#include "dialect.h"

using namespace Qt::StringLiterals;

namespace Casebook {

QString keysetCondition(const QString &key, const QString &id, QStringView op, const Dialect &dialect,
                        const QVariant &keyValue, const QVariant &idValue, QVariantList &binds,
                        const QString &placeholder)
{
    Q_ASSERT(op == u"<" || op == u">");
    const QString o = op.toString();
    if (dialect.seeksRowValues()) {
        binds << keyValue << idValue;
        return u"("_s + key + u", "_s + id + u") "_s + o + u" ("_s + placeholder + u", ?)"_s;
    }
    binds << keyValue << keyValue << keyValue << idValue;
    return u"("_s + key + u' ' + o + u"= "_s + placeholder + u" AND ("_s + key + u' ' + o + u' ' + placeholder
        + u" OR ("_s + key + u" = "_s + placeholder + u" AND "_s + id + u' ' + o + u" ?)))"_s;
}

} // namespace Casebook
