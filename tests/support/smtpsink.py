#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# An SMTP server for the mail tests: takes every mail (AUTH optional, no TLS) and delivers it
# into a Maildir, so the IMAP server serves what Casebook sent. usage: smtpsink.py PORT MAILDIR
import signal
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult


def accept_any(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=True)


port, maildir = int(sys.argv[1]), sys.argv[2]
controller = Controller(Mailbox(maildir), hostname="127.0.0.1", port=port,
                        authenticator=accept_any, auth_require_tls=False)
controller.start()
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
stop.wait()
controller.stop()
