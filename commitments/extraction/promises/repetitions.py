"""Repetitions inside one document: which later mention restates an earlier commitment (same_as).

A long debate states one promise several times ("ik kom daarop terug", later "op die twee
elementen kom ik dus terug"). Two mentions are taken to be the same commitment when their content
words overlap enough; a mention that announces itself as a restatement ("zoals toegezegd") needs
less overlap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORD = re.compile(r"[a-zà-ÿ]{4,}", re.IGNORECASE)
# Words of the promise itself (the verbs and the Kamer) say nothing about *what* is promised. Nor do the verbs any
# promise is told with ("doen", "kunnen", "komen", "krijgen", "maken") and the adverbs of speech ("zeker", "echt",
# "even"): shared, they linked "Ja, die toezegging kan ik doen." to any earlier sentence with "doen" in it.
_STOP = frozenset(
    """
    dat die deze dit daar daarover daarop daarbij daarin hier hierover heeft hebben wordt worden zullen
    zal gaan gaat zijn waar wanneer want maar ook nog wel niet naar over voor door zoals omdat
    kamer informeren geïnformeerd terugkomen terug brief toezeggen toegezegd toezegging graag natuurlijk
    minister staatssecretaris kabinet inderdaad gewoon eigenlijk dus even nader hierover
    doen kunnen krijgt krijgen geven maken komen komt zeggen zegt willen zouden moeten moet laten
    zeker heel goed echt toch weer alles iets andere daarvan daarmee daarnaar ermee erop erover
    uiteraard alvast eerst straks vanzelfsprekend bereid
""".split()
)
STEM = 6
# A repeat wrongly linked is worse than one left unlinked: recording files it under the earlier promise, which hides
# it (commitments/services/recording.py). At 0.5 and 0.34 the corpus's seen and dev halves had 81 wrong links for 38
# right ones; at 0.7 and 0.3, 42 for 38 (bench/score_corpus.py, "repeats linked"); with the verbs and adverbs of
# speech among the stop words, 36 for 42.
SAME_THRESHOLD = 0.7
RESTATEMENT_THRESHOLD = 0.3


# A paper cited by its number ("de motie op stuk nr. 191", "Kamerstuk 36 200, nr. 12"): two mentions that cite only
# other papers than each other are about different things, however alike their words ("Die motie kan ik overnemen").
_PAPER_NUMBER = re.compile(r"\bnr\.?\s*(\d+)", re.IGNORECASE)


def _papers(text: str) -> frozenset[str]:
    return frozenset(_PAPER_NUMBER.findall(text))


def content_stems(text: str) -> frozenset[str]:
    return frozenset(w.lower()[:STEM] for w in _WORD.findall(text) if w.lower() not in _STOP)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def link_repetitions(
    texts: Sequence[str], restatements: Sequence[bool], actors: Sequence[str | None] | None = None
) -> list[int | None]:
    """For each mention, the index of the first earlier mention of the same commitment, or None.

    actors: who makes each promise. One office does not repeat another's promise: in a debate of a minister and a
    state secretary, "ik ga het gesprek aan met Limburg" and "De staatssecretaris gaat in gesprek met de RET" share
    their words, not their promise."""
    stems = [content_stems(t) for t in texts]
    papers = [_papers(t) for t in texts]
    offices = [_office(actor) for actor in actors] if actors is not None else [""] * len(texts)
    links: list[int | None] = []
    for i, mine in enumerate(stems):
        threshold = RESTATEMENT_THRESHOLD if restatements[i] else SAME_THRESHOLD
        best, best_score = None, threshold
        for j in range(i):
            if offices[i] and offices[j] and offices[i] != offices[j]:
                continue
            if papers[i] and papers[j] and not papers[i] & papers[j]:
                continue
            score = similarity(mine, stems[j])
            if score >= best_score and (best is None or score > best_score):
                best, best_score = j, score
        # Point at the first mention of the commitment, not at an intermediate repeat.
        links.append(links[best] if best is not None and links[best] is not None else best)
    return links


def _office(actor: str | None) -> str:
    """The office of an actor as the engine names it ("minister (Jansen)" -> "minister"); "" when unknown."""
    return (actor or "").split("(")[0].strip().lower()
