#!/usr/bin/env python3
"""A real SMTP server on loopback for the reminder tests (aiosmtpd, PyPI).

serve DIR [--starttls CERT KEY | --smtps CERT KEY] [--auth USER:PASSWORD]
    Listens on 127.0.0.1 on a free port, stores every message in the Maildir DIR, prints the
    port once it accepts connections, and runs until its standard input closes.
read DIR
    Prints the messages of the Maildir as JSON, decoded the way a mail client decodes them
    (Python's email package: RFC 2047 headers, MIME transfer encodings, charsets).
"""
import json
import os
import socket
import ssl
import sys
from email import policy
from email.parser import BytesParser


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(args):
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Mailbox
    from aiosmtpd.smtp import AuthResult

    folder = args[0]
    options = {}
    ssl_context = None
    rest = args[1:]
    while rest:
        flag = rest.pop(0)
        if flag in ("--starttls", "--smtps"):
            cert, key = rest.pop(0), rest.pop(0)
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(cert, key)
            if flag == "--starttls":
                options["tls_context"] = ctx
                options["require_starttls"] = True
            else:
                ssl_context = ctx
        elif flag == "--auth":
            user, password = rest.pop(0).split(":", 1)

            def check(server, session, envelope, mechanism, data):
                ok = data.login.decode() == user and data.password.decode() == password
                return AuthResult(success=ok, handled=False)

            options["authenticator"] = check
            options["auth_required"] = True
            options["auth_require_tls"] = "tls_context" in options or ssl_context is not None
        else:
            sys.exit(f"unknown option {flag}")
    port = free_port()
    controller = Controller(Mailbox(folder), hostname="127.0.0.1", port=port, ssl_context=ssl_context, **options)
    controller.start()
    print(port, flush=True)
    sys.stdin.read()
    controller.stop()


def read(folder):
    out = []
    for sub in ("new", "cur"):
        path = os.path.join(folder, sub)
        names = sorted(os.listdir(path)) if os.path.isdir(path) else []
        for name in names:
            with open(os.path.join(path, name), "rb") as f:
                parsed = BytesParser(policy=policy.default).parse(f)
            out.append(decoded(parsed))
    out.sort(key=lambda m: (m["to"], m["subject"]))
    json.dump(out, sys.stdout, ensure_ascii=False)


def decoded(parsed):
    return {
        "from": str(parsed["From"]),
        "to": str(parsed["To"]),
        "subject": str(parsed["Subject"]),
        "date": str(parsed["Date"]),
        "contentType": parsed.get_content_type(),
        "charset": parsed.get_content_charset(),
        "body": parsed.get_content().replace("\r\n", "\n"),
    }


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve(sys.argv[2:])
    else:
        read(sys.argv[2])
