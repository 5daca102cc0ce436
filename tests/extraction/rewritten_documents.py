"""The seen and dev halves' documents, and what a rewrite of one changes in the promises found.

The robustness tests set real documents out in another layout or with other characters, and compare the promises
found before and after by the start of their quote (without white space and soft hyphens, so a quote that now ends
a line earlier, or whose words carry a soft hyphen, still counts as the same).
"""

import json
import unicodedata
from collections.abc import Callable

from bench.score_corpus import names_in_half
from commitments.extraction import extract
from tests.locations import CORPUS


def readable(*types: str) -> list[str]:
    """The seen and dev halves' documents (the held-out half is not read), of the label types given (all if none)."""
    names = names_in_half(CORPUS, "seen") + names_in_half(CORPUS, "dev")
    if not types:
        return names
    return [
        name for name in names if json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8")).get("type") in types
    ]


def text_of(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


def openings(text: str) -> set[str]:
    return {" ".join(_letters(c.quote).split())[:60] for c in extract(text).commitments}


def _letters(quote: str) -> str:
    """A quote's letters as a keyboard gives them: no soft hyphens or characters of no width, no ligatures, accents
    composed."""
    return unicodedata.normalize("NFKC", quote.translate(_NO_WIDTH))


_NO_WIDTH = dict.fromkeys(map(ord, "\xad\u200b\u200c\u200d\u2060\ufeff"))


def changed_promises(names: list[str], rewrite: Callable[[str], str]) -> dict[str, tuple[list[str], list[str]]]:
    """Per document whose rewrite changes what is found: (the openings lost, the openings gained)."""
    changed = {}
    for name in names:
        text = text_of(name)
        rewritten = rewrite(text)
        if rewritten == text:
            continue
        before, after = openings(text), openings(rewritten)
        if before != after:
            changed[name] = (sorted(before - after), sorted(after - before))
    return changed
