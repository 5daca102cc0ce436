"""Who promises: the actor of a commitment, from the sentence and from who is speaking or signing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# "het kabinet" or a passive ("uw Kamer wordt geïnformeerd") speaks for the cabinet as a whole.
_CABINET = re.compile(r"\b(?:het kabinet|de regering|het kabinet\w*)\b", re.IGNORECASE)
_PASSIVE_RULES = {"inform.passive"}
# The cabinet as the one who acts ("het kabinet zal ...", "zal het kabinet ..."). Beside "ik" or "wij" the cabinet is
# mostly named as something else: "de positie van het kabinet", "ik zal het in het kabinet bespreken".
_CABINET_ACTS = re.compile(
    r"\b(?:het kabinet|de regering)\s+(?:\w+\s+){0,2}?"
    r"(?:zal|zullen|gaat|komt|stuurt|informeert|wil|is|zendt|neemt|streeft|verwacht)\b(?!\s+(?:ik|wij|we)\b)"
    r"|\b(?:zal|zullen|gaat|komt|wil|stuurt|informeert)\s+het kabinet\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:ik|ikzelf|wij|we)\b", re.IGNORECASE)
_FIRST_SINGULAR = re.compile(r"\b(?:ik|ikzelf|mij|mijn)\b", re.IGNORECASE)
_FIRST_PLURAL = re.compile(r"\b(?:wij|we|ons|onze)\b", re.IGNORECASE)
# The verbs a third-person promise is made with: "zegt ... toe" of the registries, the present tense of
# the lists of toezeggingen ("De minister stuurt de Kamer ..."), the future of a letter.
_MEMBER_VERB = (
    r" (?:zal|zullen|gaat|komt|zegt|stuurt|informeert|zendt|deelt|verwacht|streeft|is bereid"
    r"|is voornemens)\b"
)
# Registers capitalise the office ("De Minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer ... toe").
_OTHER_MEMBER = re.compile(
    r"\b[Dd]e ([Mm]inister-[Pp]resident|(?:[Mm]inister|[Ss]taatssecretaris)(?: van| voor)? [A-Z][\w,&-]*"
    r"(?: (?:[A-Za-z][\w,&-]*|–)){0,8}?)" + _MEMBER_VERB
)
# "De minister stuurt ...", with no ministry: the actor when nobody signs or speaks.
_BARE_MEMBER = re.compile(r"\b[Dd]e (minister|staatssecretaris)" + _MEMBER_VERB)
# The office a chair's list names its promiser by, wherever it stands ("informeert de staatssecretaris de Kamer").
_OFFICE_NAMED = re.compile(r"\b(minister|staatssecretaris)\b(?!-)", re.IGNORECASE)
_SPEAKER = re.compile(r"^(?P<office>Minister-president|Minister|Staatssecretaris)\s+(?P<name>.+?)\s*:?$", re.IGNORECASE)


def signatory_label(signatories: tuple[Any, ...]) -> str | None:
    """ "minister van Buitenlandse Zaken en minister van Defensie" from the document's signatories; the minister and
    the state secretary of one ministry as the heading names them: "minister en staatssecretaris van Defensie"."""
    offices: dict[str, list[str]] = {}  # per ministry (with its preposition), its offices in order
    for sig in signatories:
        office = (sig.office or "minister").lower()
        # the prime minister's office names him alone; Algemene Zaken goes with it
        ministry = sig.ministry if office != "minister-president" else None
        key = f"{getattr(sig, 'preposition', 'van')} {ministry}" if ministry else ""
        if office not in offices.setdefault(key, []):
            offices[key].append(office)
    labels = []
    for ministry, held in offices.items():
        if not ministry:
            labels.extend(held)
        elif sorted(held) == ["minister", "staatssecretaris"]:
            labels.append(f"minister en staatssecretaris {ministry}")
        else:
            labels.extend(f"{office} {ministry}" for office in held)
    return " en ".join(labels) or None


def speaker_label(speaker: str) -> str:
    """ "Minister De Jonge" -> "minister (De Jonge)"; the ministry is not on the speaker line."""
    m = _SPEAKER.match(speaker.strip())
    if not m:
        return speaker.strip().rstrip(":")
    return f"{m.group('office').lower()} ({m.group('name').strip()})"


def actor_for(
    text: str, rule_name: str, segment: Any, signatories: tuple[Any, ...], speakers: Sequence[str] = ()
) -> str | None:
    """speakers: the members of government who speak in the debate, in the order they first speak."""
    other = _OTHER_MEMBER.search(text)
    if other and not re.search(r"\b(?:ik|wij|we)\b", text[: other.start()], re.IGNORECASE):
        # "De minister van LNV zal hier op terugkomen", said by a colleague; a registry's "De minister-president zegt"
        office = other.group(1)
        return office.lower() if office.lower() == "minister-president" else office[0].lower() + office[1:]
    if _CABINET.search(text) and (_CABINET_ACTS.search(text) or not _FIRST_PERSON.search(text)):
        return "kabinet"
    in_turn = segment is not None and getattr(segment, "role", None) == "turn" and segment.speaker
    if speakers and not signatories and not in_turn:
        # The chair's list of toezeggingen names the promiser by office ("De staatssecretaris stuurt ...") or not at
        # all ("De Kamer wordt geïnformeerd ..."): the one member of government with that office who spoke in the
        # debate.
        spoken = _debate_member(text, speakers)
        if spoken is not None:
            return spoken
    if in_turn:
        # a passive said in a debate ("De Kamer wordt in het najaar geïnformeerd") is the speaker's promise
        return speaker_label(segment.speaker)
    if rule_name in _PASSIVE_RULES and len(signatories) != 1:
        return "kabinet"
    # "ik" in answers is the member of government who answers, the first signatory; the others
    # sign "mede namens" and speak only in "wij".
    if _FIRST_SINGULAR.search(text) and not _FIRST_PLURAL.search(text):
        return signatory_label(signatories[:1])
    bare = None if signatories else _BARE_MEMBER.search(text)
    return signatory_label(signatories) or (bare.group(1) if bare else None)


def _debate_member(text: str, speakers: Sequence[str]) -> str | None:
    named = _OFFICE_NAMED.search(text)
    offices = {speaker: _SPEAKER.match(speaker.strip()) for speaker in speakers}
    candidates = [
        speaker
        for speaker, office in offices.items()
        if office is not None and (named is None or office.group("office").lower() == named.group(1).lower())
    ]
    return speaker_label(candidates[0]) if len(candidates) == 1 else None
