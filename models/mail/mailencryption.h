// SPDX-License-Identifier: GPL-3.0-or-later
// Private to models/mail: MailSecurity in the words of KIMAP and KSMTP, shared by the
// transport (MailFetcher, MailSender, MailWatcher) and the account check (MailCheck).
#pragma once

#include "mailaccount.h"

#include <KIMAP/LoginJob>
#include <KSMTP/Session>

namespace Casebook {

[[nodiscard]] KIMAP::LoginJob::EncryptionMode imapEncryption(MailSecurity security);
[[nodiscard]] KSmtp::Session::EncryptionMode smtpEncryption(MailSecurity security);
/// The login every IMAP round starts with (SASL PLAIN over the server's security); not started.
[[nodiscard]] KIMAP::LoginJob *newImapLogin(KIMAP::Session *session, const QString &user, const QString &password,
                                            MailSecurity security);

} // namespace Casebook
