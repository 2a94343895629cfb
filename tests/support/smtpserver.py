#!/usr/bin/python3
"""A real SMTP server on loopback for Pressdesk's mail tests (Debian python3-aiosmtpd).

Listens on 127.0.0.1:PORT with STARTTLS (a self-signed certificate for 127.0.0.1 made
here with openssl) and, with --auth USER:PASSWORD, requires a login, only over TLS. Every
accepted message is written to DIR as NNNNNN.eml, and its envelope appended to
DIR/envelopes.jsonl (recipients, sender, whether TLS was on, who logged in). --reject
ADDRESS answers 550 to that recipient; --tempfail ADDRESS answers 451 once to it.
With --port 0 it picks a free port. Prints "READY PORT" when it accepts connections, then serves until killed.
"""

import argparse
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def make_certificate(folder):
    key = os.path.join(folder, 'server.key')
    cert = os.path.join(folder, 'server.crt')
    if not os.path.exists(cert):
        subprocess.run(['openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
                        '-days', '2', '-subj', '/CN=127.0.0.1',
                        '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
                       check=True, capture_output=True)
    return cert, key


class Handler:
    def __init__(self, folder, reject, tempfail):
        self.folder = folder
        self.reject = {address.lower() for address in reject}
        self.tempfail = {address.lower() for address in tempfail}
        self.lock = threading.Lock()
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return '550 5.1.1 <%s>: Recipient address rejected: User unknown' % address
        if address.lower() in self.tempfail:
            self.tempfail.discard(address.lower())
            return '451 4.3.0 Try again later'
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            number = self.count
        name = os.path.join(self.folder, '%06d.eml' % number)
        with open(name + '.part', 'wb') as handle:
            handle.write(envelope.original_content or envelope.content)
        os.rename(name + '.part', name)
        record = {'file': os.path.basename(name), 'from': envelope.mail_from, 'to': envelope.rcpt_tos,
                  'tls': session.ssl is not None, 'authenticated': bool(session.authenticated)}
        with self.lock, open(os.path.join(self.folder, 'envelopes.jsonl'), 'a') as log:
            log.write(json.dumps(record) + '\n')
        return '250 Message accepted for delivery'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--port', type=int, required=True)
    parser.add_argument('--dir', required=True)
    parser.add_argument('--auth', default='')
    parser.add_argument('--no-tls', action='store_true')
    parser.add_argument('--reject', action='append', default=[])
    parser.add_argument('--tempfail', action='append', default=[])
    options = parser.parse_args()
    os.makedirs(options.dir, exist_ok=True)
    if options.port == 0:
        probe = socket.socket()
        probe.bind(('127.0.0.1', 0))
        options.port = probe.getsockname()[1]
        probe.close()

    kwargs = {}
    if not options.no_tls:
        cert, key = make_certificate(options.dir)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        kwargs['tls_context'] = context
    if options.auth:
        user, password = options.auth.split(':', 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            return AuthResult(success=ok)

        kwargs['authenticator'] = authenticator
        kwargs['auth_required'] = True
        kwargs['auth_require_tls'] = True
    controller = Controller(Handler(options.dir, options.reject, options.tempfail), hostname='127.0.0.1',
                            port=options.port, **kwargs)
    controller.start()
    print('READY %d' % options.port, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    controller.stop()


if __name__ == '__main__':
    sys.exit(main())
