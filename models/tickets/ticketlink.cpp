// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlink.h"

using namespace Qt::StringLiterals;

namespace Casebook::TicketLink {

QUrl url(TicketId id)
{
    QUrl result;
    result.setScheme(QString::fromLatin1(scheme));
    result.setHost(u"ticket"_s);
    result.setPath(u"/"_s + QString::number(id.value()));
    return result;
}

QString text(TicketId id)
{
    return url(id).toString();
}

std::optional<TicketId> parse(const QUrl &url)
{
    if (!url.isValid() || url.scheme().compare(QLatin1StringView(scheme), Qt::CaseInsensitive) != 0
        || url.host() != u"ticket" || url.hasQuery() || !url.userInfo().isEmpty() || url.port() != -1)
        return std::nullopt;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    if (!path.startsWith(u'/'))
        return std::nullopt;
    const QStringView digits = QStringView(path).mid(1);
    if (digits.isEmpty() || digits.size() > 18
        || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    const TicketId id(digits.toLongLong());
    if (!id.isValid())
        return std::nullopt;
    return id;
}

std::optional<TicketId> parse(const QString &text)
{
    return parse(QUrl(text.trimmed(), QUrl::StrictMode));
}

} // namespace Casebook::TicketLink
