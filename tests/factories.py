"""Rows for tests that want a plain one: a document, a commitment (with a mention in a document).

Each call makes distinct rows (a serial number in the hash, text and subject), so tests can
make as many as they need; keyword arguments override any field.
"""

import datetime as dt
import hashlib
import itertools

from commitments.models import Commitment, Document, Mention

_serial = itertools.count(1)


def make_document(**fields) -> Document:
    n = next(_serial)
    defaults = {
        "sha256": hashlib.sha256(str(n).encode()).hexdigest(),
        "title": f"Kamerbrief {n}",
        "date": dt.date(2025, 3, 1),
        "dossier": "36200",
    }
    return Document.objects.create(**{**defaults, **fields})


def make_commitment(document=None, **fields) -> Commitment:
    n = next(_serial)
    defaults = {
        "text": f"Ik zal uw Kamer voor de zomer informeren over punt {n}.",
        "actor": "minister van Financiën",
        "subject": f"punt {n}",
    }
    commitment = Commitment.objects.create(**{**defaults, **fields})
    if document is not None:
        Mention.objects.create(
            commitment=commitment,
            document=document,
            quote=commitment.text,
            start=n * 100,
            end=n * 100 + 50,
            rule="inform",
            confidence=0.9,
        )
    return commitment
