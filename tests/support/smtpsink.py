#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# An SMTP server for the mail tests: takes every mail (AUTH optional, only alice/secret passes
# it, no TLS) and delivers it into a Maildir, so the IMAP server serves what Casebook sent.
# usage: smtpsink.py PORT MAILDIR
import signal
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult


def alice_only(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b"alice" and auth_data.password == b"secret"
    # handled=False: aiosmtpd answers a refusal with 535 itself (its default is to say nothing).
    return AuthResult(success=ok, handled=False)


port, maildir = int(sys.argv[1]), sys.argv[2]
controller = Controller(Mailbox(maildir), hostname="127.0.0.1", port=port,
                        authenticator=alice_only, auth_require_tls=False)
controller.start()
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
stop.wait()
controller.stop()
