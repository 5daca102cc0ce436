"""When a commitment is due, where the promise itself names no period.

The deadline engineer's resolve_deadline reads one sentence. A promise in a debate often leans on
its neighbours instead: the period stands in the sentence before ("In mei ... Ik kom terug op dat
wetsvoorstel"), in an earlier promise about the same thing ("dat wetsvoorstel"), or in the
speaker's answer when the chair asks "Wanneer ongeveer?".
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from .deadlines import Deadline
from .result import ExtractedCommitment
from .segmenting import Sentence

Resolve = Callable[[str], Deadline]

_WHEN = re.compile(r"\b(?:wanneer|welke termijn|hoe snel|hoe lang|per wanneer|op welk moment)\b[^?]*\?", re.IGNORECASE)
# "dat wetsvoorstel", "die brief": a demonstrative pointing at something promised just before.
_DEMONSTRATIVE_NOUN = re.compile(
    r"\b(?:dat|die|deze|dit)\s+(?!(?:ik|we|wij|u|het|de|een|er|zij|hij|je|dat|dit|is|zijn|was|wordt|kan|zal)\b)"
    r"([a-zà-ÿ]{4,})", re.IGNORECASE)
COREFERENCE_REACH = 600
STEM = 6


def deadline_for(index: int, sentences: Sequence[Sentence], segments: Sequence[Any], text: str,
                 resolve: Resolve, leans_on_previous: bool) -> Deadline:
    own = resolve(text[sentences[index].start:sentences[index].end])
    if own.kind != "none":
        return own
    if leans_on_previous and index > 0 and segments[index - 1] is segments[index]:
        previous = resolve(text[sentences[index - 1].start:sentences[index - 1].end])
        if previous.kind != "none":
            return previous
    return _answer_to_when(index, sentences, segments, text, resolve) or own


def _answer_to_when(index, sentences, segments, text, resolve) -> Deadline | None:
    """The promise, then someone asks "Wanneer?", then the same speaker names the time."""
    speaker = getattr(segments[index], "speaker", None)
    for k in range(index + 1, min(index + 4, len(sentences))):
        if getattr(segments[k], "government", False) or not _WHEN.search(sentences[k].text):
            continue
        for m in range(k + 1, min(k + 5, len(sentences))):
            seg = segments[m]
            if getattr(seg, "government", False) and getattr(seg, "speaker", None) == speaker:
                answer = resolve(text[sentences[m].start:sentences[m].end])
                if answer.kind != "none":
                    return answer
        return None
    return None


def inherit_by_reference(items: list[ExtractedCommitment]) -> list[ExtractedCommitment]:
    """A promise about "dat wetsvoorstel" takes the period of the promise just before that names it."""
    out = list(items)
    for i, item in enumerate(out):
        if item.deadline_kind != "none":
            continue
        nouns = {m.group(1).lower()[:STEM] for m in _DEMONSTRATIVE_NOUN.finditer(item.quote)}
        for j in range(i - 1, -1, -1):
            earlier = out[j]
            if earlier.end < item.start - COREFERENCE_REACH:
                break
            if earlier.due_date and any(n in earlier.quote.lower() for n in nouns):
                out[i] = replace(item, deadline_kind=earlier.deadline_kind, deadline_text=earlier.deadline_text,
                                 due_date=earlier.due_date, due_date_estimated=earlier.due_date_estimated)
                break
    return out
