#!/usr/bin/python3
"""Parses e-mail messages (.eml files) with Python's email package and prints, as JSON,
what a test checks: decoded headers, the MIME structure, the text parts and the
attachments (PDFs read back with pdftotext). Usage: mailcheck.py FILE..."""

import email
import email.policy
import json
import subprocess
import sys
import tempfile


def summary(path):
    with open(path, 'rb') as handle:
        raw = handle.read()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    lines = raw.split(b'\r\n')
    result = {
        'file': path,
        'header_names': [name for name in message.keys()],
        'from': str(message.get('From', '')),
        'to': [str(a.addr_spec) for a in message['To'].addresses] if message['To'] else [],
        'to_names': [str(a.display_name) for a in message['To'].addresses] if message['To'] else [],
        'bcc': [str(a.addr_spec) for a in message['Bcc'].addresses] if message['Bcc'] else [],
        'subject': str(message.get('Subject', '')),
        'message_id': str(message.get('Message-ID', '')),
        'date': str(message.get('Date', '')),
        'x_unsent': str(message.get('X-Unsent', '')),
        'list_unsubscribe': str(message.get('List-Unsubscribe', '')),
        'content_language': str(message.get('Content-Language', '')),
        'mime_version': str(message.get('MIME-Version', '')),
        'structure': [part.get_content_type() for part in message.walk()],
        'defects': [type(d).__name__ for part in message.walk() for d in part.defects],
        'max_line_length': max(len(line) for line in lines),
        'bare_lf': b'\n' in raw.replace(b'\r\n', b''),
        'header_ascii': all(b < 128 for b in raw.split(b'\r\n\r\n', 1)[0]),
        'attachments': [],
    }
    body = message.get_body(preferencelist=('plain',))
    result['plain'] = body.get_content() if body else ''
    body = message.get_body(preferencelist=('html',))
    result['html'] = body.get_content() if body else ''
    for part in message.iter_attachments():
        data = part.get_content()
        entry = {'filename': part.get_filename() or '', 'content_type': part.get_content_type(),
                 'size': len(data) if data else 0}
        if part.get_content_type() == 'application/pdf':
            with tempfile.NamedTemporaryFile(suffix='.pdf') as pdf:
                pdf.write(data)
                pdf.flush()
                entry['text'] = subprocess.run(['pdftotext', pdf.name, '-'], capture_output=True,
                                               check=False).stdout.decode('utf-8', 'replace')
        elif isinstance(data, str):
            entry['text'] = data
        result['attachments'].append(entry)
    return result


print(json.dumps([summary(path) for path in sys.argv[1:]], ensure_ascii=False))
