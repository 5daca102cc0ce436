"""The content words linking compares, stored on each commitment as its link signature.

A restated promise is found by the words that survive rewording (services/linking.py). They
are kept on the commitment, computed from its text, its condition and the quotes of all its
mentions, so that linking reads them with one indexed query instead of recomputing them from
every candidate's mentions for every new mention. Words are compared by their first letters,
so "informeren", "informatievoorziening" and "geïnformeerd" still meet.
"""

import re
import unicodedata
from collections.abc import Iterable

STEM = 6

# Words that carry no subject: function words and the stock verbs of every promise.
STOPWORDS = frozenset(
    """aan alle als bij dan dat de deze die dit door een eens en er ervan haar hem het hier hun ik in is
    kan komt met mijn na naar niet nog of om omdat onder ons ook op over te ten ter tot tussen uit uw van
    veel voor wat wel werd wordt worden zal zich zij zijn zou zoals zodra waar wanneer welke binnen
    kamer kabinet minister staatssecretaris regering informeren geinformeerd blijven zullen daarbij
    hierbij eerder toegezegd moment sprake conform daarom namelijk echter later spoedig graag tevens
    verder
    zomer najaar voorjaar winter herfst jaar jaren maand maanden week weken dagen reces januari februari
    maart april juni juli augustus september oktober november december eind begin medio""".split()
)
# Periods say when, not what: a postponed promise ("later dan toegezegd, in het najaar") must
# still meet the promise it postpones ("voor de zomer").
WORD = re.compile(r"[^\W\d_]{4,}")


def content_stems(text: str) -> frozenset[str]:
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return frozenset(word[:STEM] for word in WORD.findall(plain) if word not in STOPWORDS)


def signature_of(texts: Iterable[str | None]) -> str:
    """The stored form: the stems of all `texts`, sorted, one space between.

    Stems never hold a space and a word never spans two texts, so the stems of the texts taken
    together are the union of each text's stems: a new mention only adds its quote's stems.
    """
    stems: set[str] = set()
    for text in texts:
        if text:
            stems |= content_stems(text)
    return " ".join(sorted(stems))


def widened(signature: str, texts: Iterable[str | None]) -> str:
    """`signature` with the stems of `texts` added. A stored stem is never stemmed again: cut to
    six letters it can be a stop word ("spraken" gives "sprake")."""
    return " ".join(sorted(stems_of(signature).union(*(content_stems(t) for t in texts if t))))


def stems_of(signature: str) -> frozenset[str]:
    return frozenset(signature.split())
