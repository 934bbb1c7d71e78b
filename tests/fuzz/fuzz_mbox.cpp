// SPDX-License-Identifier: GPL-3.0-or-later
// Mail archives: an mbox (mboxo, mboxrd, Content-Length) split into mails, each one parsed.
#include "fuzztarget.h"

#include "models/mail/mailarchive.h"
#include "models/mail/mailparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Casebook;
    for (const QByteArray &mail : MailArchive::splitMbox(QByteArrayView(data, qsizetype(size))))
        (void)MailParser::parse(mail);
    return 0;
}
