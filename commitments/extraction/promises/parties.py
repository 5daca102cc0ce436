"""Who promises: the actor of a commitment, from the sentence and from who is speaking or signing."""

from __future__ import annotations

import re
from typing import Any

# "het kabinet" or a passive ("uw Kamer wordt geïnformeerd") speaks for the cabinet as a whole.
_CABINET = re.compile(r"\b(?:het kabinet|de regering|het kabinet\w*)\b", re.IGNORECASE)
_PASSIVE_RULES = {"inform.passive"}
_FIRST_SINGULAR = re.compile(r"\b(?:ik|ikzelf|mij|mijn)\b", re.IGNORECASE)
_FIRST_PLURAL = re.compile(r"\b(?:wij|we|ons|onze)\b", re.IGNORECASE)
# The verbs a third-person promise is made with: "zegt ... toe" of the registries, the present tense of
# the lists of toezeggingen ("De minister stuurt de Kamer ..."), the future of a letter.
_MEMBER_VERB = (
    r" (?:zal|zullen|gaat|komt|zegt|stuurt|informeert|zendt|deelt|verwacht|streeft|is bereid"
    r"|is voornemens)\b"
)
_OTHER_MEMBER = re.compile(
    r"\b[Dd]e ([Mm]inister-[Pp]resident|(?:minister|staatssecretaris)(?: van| voor)? [A-Z][\w,&-]*"
    r"(?: (?:[A-Za-z][\w,&-]*|–)){0,8}?)" + _MEMBER_VERB
)
# "De minister stuurt ...", with no ministry: the actor when nobody signs or speaks.
_BARE_MEMBER = re.compile(r"\b[Dd]e (minister|staatssecretaris)" + _MEMBER_VERB)
_SPEAKER = re.compile(r"^(?P<office>Minister-president|Minister|Staatssecretaris)\s+(?P<name>.+?)\s*:?$", re.IGNORECASE)


def signatory_label(signatories: tuple[Any, ...]) -> str | None:
    """ "minister van Buitenlandse Zaken en minister van Defensie" from the document's signatories."""
    labels = []
    for sig in signatories:
        office = (sig.office or "minister").lower()
        # the prime minister's office names him alone; Algemene Zaken goes with it
        ministry = sig.ministry if office != "minister-president" else None
        labels.append(f"{office} {getattr(sig, 'preposition', 'van')} {ministry}" if ministry else office)
    return " en ".join(dict.fromkeys(labels)) or None


def speaker_label(speaker: str) -> str:
    """ "Minister De Jonge" -> "minister (De Jonge)"; the ministry is not on the speaker line."""
    m = _SPEAKER.match(speaker.strip())
    if not m:
        return speaker.strip().rstrip(":")
    return f"{m.group('office').lower()} ({m.group('name').strip()})"


def actor_for(text: str, rule_name: str, segment: Any, signatories: tuple[Any, ...]) -> str | None:
    other = _OTHER_MEMBER.search(text)
    if other and not re.search(r"\b(?:ik|wij|we)\b", text[: other.start()], re.IGNORECASE):
        # "De minister van LNV zal hier op terugkomen", said by a colleague; a registry's "De minister-president zegt"
        return other.group(1).lower() if other.group(1).lower() == "minister-president" else other.group(1)
    if _CABINET.search(text) or (rule_name in _PASSIVE_RULES and len(signatories) != 1):
        return "kabinet"
    if segment is not None and getattr(segment, "role", None) == "turn" and segment.speaker:
        return speaker_label(segment.speaker)
    # "ik" in answers is the member of government who answers, the first signatory; the others
    # sign "mede namens" and speak only in "wij".
    if _FIRST_SINGULAR.search(text) and not _FIRST_PLURAL.search(text):
        return signatory_label(signatories[:1])
    bare = None if signatories else _BARE_MEMBER.search(text)
    return signatory_label(signatories) or (bare.group(1) if bare else None)
