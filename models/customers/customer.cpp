// SPDX-License-Identifier: GPL-3.0-or-later
#include "customer.h"

#include "models/common/dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebook {

bool SupportProfile::isEmpty() const
{
    return preferredChannel.isEmpty() && escalationContacts.isEmpty() && agreements.isEmpty() && exceptions.isEmpty()
        && updateCadence.isEmpty();
}

SupportProfile SupportProfile::fromJson(const QString &json)
{
    SupportProfile profile;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    profile.preferredChannel = o.value(u"preferredChannel").toString();
    for (const auto &contact : o.value(u"escalationContacts").toArray()) {
        if (!contact.toString().isEmpty())
            profile.escalationContacts.append(contact.toString());
    }
    profile.agreements = o.value(u"agreements").toString();
    profile.exceptions = o.value(u"exceptions").toString();
    profile.updateCadence = o.value(u"updateCadence").toString();
    return profile;
}

QString SupportProfile::toJson() const
{
    if (isEmpty())
        return {};
    QJsonObject o;
    o[u"preferredChannel"] = preferredChannel;
    o[u"escalationContacts"] = QJsonArray::fromStringList(escalationContacts);
    o[u"agreements"] = agreements;
    o[u"exceptions"] = exceptions;
    o[u"updateCadence"] = updateCadence;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

LicenceState licenceState(const Customer &customer, qint64 nowMs)
{
    if (customer.licencePlan.isEmpty() && customer.licenceKey.isEmpty() && !customer.licenceExpiresAt)
        return LicenceState::None;
    if (!customer.licenceExpiresAt)
        return LicenceState::Valid; // a licence without an end date
    const qint64 left = *customer.licenceExpiresAt - nowMs;
    if (left <= 0)
        return LicenceState::Expired;
    constexpr qint64 day = 24LL * 60 * 60 * 1000;
    return left <= licenceExpiringDays * day ? LicenceState::Expiring : LicenceState::Valid;
}

QString licenceStateText(LicenceState state)
{
    switch (state) {
    case LicenceState::Valid:
        //: Licence state on the customer card
        return QCoreApplication::translate("Casebook::Customer", "Valid");
    case LicenceState::Expiring:
        //: Licence state on the customer card: ends within 14 days
        return QCoreApplication::translate("Casebook::Customer", "Expiring soon");
    case LicenceState::Expired:
        return QCoreApplication::translate("Casebook::Customer", "Expired");
    case LicenceState::None:
        break;
    }
    return QCoreApplication::translate("Casebook::Customer", "No licence");
}

QString customerTierText(CustomerTier tier)
{
    return tier == CustomerTier::Premium ? QCoreApplication::translate("Casebook::Customer", "Premium")
                                         : QCoreApplication::translate("Casebook::Customer", "Standard");
}

QString customerFacingSummary(const Customer &customer, qint64 nowMs)
{
    QStringList lines{customer.company.isEmpty() ? customer.displayName
                                                 : customer.displayName + u", "_s + customer.company};
    if (!customer.accountRef.isEmpty())
        lines.append(QCoreApplication::translate("Casebook::Customer", "Account: %1").arg(customer.accountRef));
    if (!customer.emails.isEmpty())
        lines.append(
            QCoreApplication::translate("Casebook::Customer", "E-mail: %1").arg(customer.emails.join(u", "_s)));
    const LicenceState state = licenceState(customer, nowMs);
    if (state != LicenceState::None) {
        const QString until = customer.licenceExpiresAt ? Dates::day(*customer.licenceExpiresAt) : QString();
        //: %1 plan, %2 number of seats, %3 state (Valid, Expired, ...), %4 end date or empty
        lines.append(QCoreApplication::translate("Casebook::Customer", "Licence: %1, %n seat(s), %2 %3", nullptr,
                                                 customer.licenceSeats)
                         .arg(customer.licencePlan, licenceStateText(state), until)
                         .trimmed());
    }
    return lines.join(u'\n');
}

} // namespace Casebook
