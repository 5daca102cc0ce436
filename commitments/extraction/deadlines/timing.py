"""When a commitment is due, where the promise itself names no period.

The deadline engineer's resolve_deadline reads one sentence. A promise in a debate often leans on
its neighbours instead: the period stands in the sentence before ("In mei ... Ik kom terug op dat
wetsvoorstel"), in an earlier promise about the same thing ("dat wetsvoorstel"), or in the
speaker's answer when the chair asks "Wanneer ongeveer?".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..document.sentences import Sentence
from ..result import ExtractedCommitment
from .resolution import Deadline
from .time_phrases import MONTHS

Resolve = Callable[[str], Deadline]

_WHEN = re.compile(r"\b(?:wanneer|welke termijn|hoe snel|hoe lang|per wanneer|op welk moment)\b[^?]*\?", re.IGNORECASE)
# It scans the 2,000 characters after every promise in a debate. It opens with a case-sensitive class of the first
# letters, which the regex engine scans for in C (a look-ahead or an alternation in front is entered at every
# position); each alternative looks back at its own letter. The same matches.
_ASKS_WHEN = re.compile(
    r"(?-i:[hHtTwW])(?:(?<=[wW])an-?\s*neer|(?<=[tT])er-?\s*mijn|(?<=[hH])oe\s+snel|(?<=[hH])oe\s+lang"
    r"|(?<=[wW])elk\s+moment)",
    re.IGNORECASE,
)
# "dat wetsvoorstel", "die brief": a demonstrative pointing at something promised just before.
_DEMONSTRATIVE_NOUN = re.compile(
    r"\b(?:dat|die|deze|dit)\s+(?!(?:ik|we|wij|u|het|de|een|er|zij|hij|je|dat|dit|is|zijn|was|wordt|kan|zal)\b)"
    r"([a-zà-ÿ]{4,})",
    re.IGNORECASE,
)
# A meeting the promise must precede, named without its date ("voorafgaand aan het wetgevingsoverleg"), and where the
# document dated it before ("het wetgevingsoverleg Sport en Bewegen op 12 februari", "het commissiedebat d.d. 2 juli").
_UNDATED_MEETING = re.compile(r"\b(?:het|de)\s+([\w-]*(?:debat|overleg))$", re.IGNORECASE)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # "januari" before "jan": the whole word is read
MEETING_REACH = 4000
COREFERENCE_REACH = 600
ASK, ANSWER = 3, 4  # sentences after a promise: where the chair asks, where the speaker answers
STEM = 6


def deadline_for(
    text: str,
    sentence: Sentence,
    leaned_on: Sentence | None,
    segment: Any,
    following: Callable[[Sentence, int], list[tuple[Sentence, Any]]],
    resolve: Resolve,
) -> Deadline:
    """The sentence's own period, else that of the sentence it leans on, else the answer to "Wanneer?"."""
    own = resolve(text[sentence.start : sentence.end])
    if own.kind == "event":
        return _meeting_dated_before(text, sentence, own, resolve) or own
    if own.kind != "none":
        return own
    if leaned_on is not None:
        previous = resolve(text[leaned_on.start : leaned_on.end])
        if previous.kind != "none":
            return previous
    return _answer_to_when(text, sentence, segment, following, resolve) or own


def _meeting_dated_before(text: str, sentence: Sentence, own: Deadline, resolve: Resolve) -> Deadline | None:
    """The promise must precede a meeting it names by its kind alone, which the text before dates: the due date is that
    of the meeting's phrase with the date added, the deadline's text the promise's own phrase."""
    meeting = _UNDATED_MEETING.search(own.condition or "")
    if meeting is None:
        return None
    dated = re.compile(
        rf"\b{re.escape(meeting.group(1))}\b[^.?!\n]{{0,60}}?\b(?:op|van|d\.d\.)\s+(\d{{1,2}}\s+(?:{_MONTH_NAMES})"
        rf"(?:\s+\d{{4}})?)\b",
        re.IGNORECASE,
    )
    # the last mention before the promise: a letter may name the same kind of meeting on another day earlier
    found = next(reversed(list(dated.finditer(text, max(0, sentence.start - MEETING_REACH), sentence.start))), None)
    if found is None:
        return None
    phrase = own.condition or ""
    at = text.find(phrase, sentence.start, sentence.end)
    on_that_day = resolve(f"{phrase} op {found.group(1)}")
    if at < 0 or on_that_day.due_date is None:
        return None
    start = at - sentence.start
    return replace(on_that_day, text=phrase, condition=phrase, start=start, end=start + len(phrase))


def _answer_to_when(text, sentence, segment, following, resolve) -> Deadline | None:
    """The promise, then someone asks "Wanneer?", then the same speaker names the time.

    The question is looked for in the next ASK sentences, the answer in the ANSWER after it; the
    sentences are split only as far as they are read (most promises are followed by no question).
    """
    speaker = getattr(segment, "speaker", None)
    listed = getattr(segment, "role", None) == "promise_list"
    if speaker is None and not listed:
        return None  # only a debate has a chair asking; the sentences after are not even split
    # Nor are they where no question word and question mark follow within reach (two in three promises):
    # a sentence _WHEN matches holds both, in the raw text too (a word hyphenated at a line end included).
    window = text[sentence.end : sentence.end + getattr(following, "REACH", len(text))]
    if "?" not in window or _ASKS_WHEN.search(window) is None:
        return None
    for k, (asked, asker) in enumerate(following(sentence, ASK)[:ASK]):
        if getattr(asker, "government", False) or not _WHEN.search(asked.text):
            continue
        for answer, answerer in following(sentence, k + 1 + ANSWER)[k + 1 : k + 1 + ANSWER]:
            # the chair reading out a list of toezeggingen asks, and the member of government answers for it
            if getattr(answerer, "government", False) and (getattr(answerer, "speaker", None) == speaker or listed):
                found = resolve(text[answer.start : answer.end])
                if found.kind != "none":
                    return found
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
                out[i] = replace(
                    item,
                    deadline_kind=earlier.deadline_kind,
                    deadline_text=earlier.deadline_text,
                    due_date=earlier.due_date,
                    due_date_estimated=earlier.due_date_estimated,
                )
                break
    return out
