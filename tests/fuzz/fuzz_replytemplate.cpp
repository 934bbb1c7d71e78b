// SPDX-License-Identifier: GPL-3.0-or-later
// Canned replies: a reply body's variables found, its problems placed, and the body expanded with
// every variable's value (names, the next working time, the estimate told to the customer).
#include "fuzztarget.h"

#include "models/replies/replytemplate.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Casebook;
    const QString body = QString::fromUtf8(Fuzz::bytes(data, size));
    (void)ReplyTemplate::variablesIn(body);
    for (const ReplyTemplate::Problem &problem : ReplyTemplate::problemsIn(body))
        (void)body.mid(problem.start, problem.length);
    ReplyTemplate::Context context;
    context.language = body.size() % 2 ? u"ru"_s : u"en"_s;
    context.customerName = u"Анна-Мария {customer.name} Smith"_s;
    context.agentName = u"Ivan"_s;
    context.ticket = TicketId(1234);
    context.hours.zone = QTimeZone(QByteArrayLiteral("Europe/Moscow"));
    context.nowMs = 1'790'000'000'000 + qint64(size) * 3'600'000;
    context.internalEstimate = Estimate::parse(body.left(20));
    (void)ReplyTemplate::expand(body, ReplyTemplate::values(context));
    return 0;
}
