"""What a delivery sentence says besides *that* it delivers: the promise it names, whether it is partial,
the new period of a postponement, the document sent."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..deadlines.resolution import Deadline

LONG_SENTENCE = 300
MAX_PROMISE_WORDS = 40
MAX_PROMISE_CHARS = 400

# "de toezegging", "mijn eerdere toezegging", "motie 36045-12", "het toegezegde rapport".
_PROMISE_NOUN = re.compile(
    r"(?<!\w)(?:(?:de|die|deze|dit|mijn|onze|een|het|zijn|haar|hun|uw)\s+(?:[a-zà-ÿ-]+\s+){0,2}?)?"
    r"(?:toezegging(?:en)?|beloften?|moties?(?:-[\w-]+)?|(?:eerder\s+)?(?:toegezegde|beloofde)\s+[a-zà-ÿ-]+)(?!\w)",
    re.IGNORECASE,
)
# Words that carry the noun on into what was promised: "de toezegging om ...", "de motie van het lid ...".
_CARRIES_ON = re.compile(
    r"\s+(?:om|aan|van|over|uit|die|dat|gedaan|tijdens|in|met|tot|op|inzake|betreffende|ten aanzien|rond"
    r"|omtrent|voor|nr\.?|T\d|[\d(])",
    re.IGNORECASE,
)
# "Zoals toegezegd in het commissiedebat van 12 maart": up to the finite verb or subject that follows.
_AS_PROMISED = re.compile(
    r"(?<!\w)(?:zoals|conform|overeenkomstig|in lijn met|naar aanleiding van|ter uitvoering van|in vervolg op)"
    r"\s+(?:\S+\s+){0,6}?(?:toegezegd|beloofd|aangekondigd|afgesproken)(?!\w)",
    re.IGNORECASE,
)
# "heb ik toegezegd uw Kamer te informeren over ...": the promise is what follows the participle.
_PROMISED_TO = re.compile(r"(?<!\w)(?:toegezegd|beloofd)(?:\s+(?:om|dat))?(?=\s+\w)", re.IGNORECASE)
_TO_DO = re.compile(r"\b(?:te\s+\w+|om|dat)\b", re.IGNORECASE)
_POINTS_BACK = re.compile(r"(?:deze|die|dit|dat|die|mijn|onze)\s+(?:toezegging|belofte|motie)(?:en|s)?$", re.IGNORECASE)
_PHRASE_STOP = frozenset(
    """
    stuur stuurt informeer informeert bied biedt zend zendt ontvangt treft vindt doe doet geef geeft ga gaat kom
    komt wordt worden is zijn ik wij we u hierbij bijgaand hiermee heb hebben deel deelt breng licht reageer
    schets presenteer beantwoord voldoe en maar
""".split()
)
_MAIN_VERBS = frozenset(
    """
    heeft hebben is zijn wordt worden zal zullen kan kunnen loopt lopen liep komt komen volgt volgen verschijnt
    verschijnen vergt vraagt kost
""".split()
)
_OPENS_CLAUSE = frozenset("die dat wat waarin waarover waarmee waarbij om te".split())
# Where a promise phrase ends: a clause break, or a full stop that ends a sentence (not "c.s." or "nr.").
_PHRASE_END = re.compile(
    r"[;:!?]|\.(?=\s*(?:$|(?-i:[A-Z])))|,\s+(?=(?:en|maar|zodat|waarmee|waarbij|omdat|want|dus|ik|wij|we|het|dit"
    r"|daarmee|hiermee|hierbij|bijgaand)\b)|\s+en\s+(?=(?:ik|wij|we|informeer|stuur|hiermee|daarmee)\b)",
    re.IGNORECASE,
)
_NAMES_PROMISE = re.compile(r"\b(?:toezegging\w*|toegezegd\w*|beloofd\w*|belofte\w*|motie\w*)\b", re.IGNORECASE)
_PARTIAL = re.compile(
    r"\b(?:gedeeltelijk|deels|ten dele|voor een (?:deel|gedeelte)|(?:een|de) eerste (?:\w+ )?(?:deel|stap|reactie"
    r"|rapportage|tranche|resultaten|inzichten|beeld|uitwerking|aanzet|verkenning|analyse|versie|brief)"
    r"|(?:eerste|tweede) (?:deel|tranche|fase)|voorlopige|tussen(?:rapportage|stand|bericht|evaluatie|rapport)\w*"
    r"|tussentijds\w*|nog niet (?:volledig|alle|geheel|compleet|op alle)|(?:de|het) (?:overige|resterende)"
    r"|(?:volgt|volgen) (?:\w+ ){0,3}?(?:later|in|na|voor|begin|eind|medio|rond|zodra|dit|volgend|komend)"
    r"|in een (?:volgende|latere|separate|aparte|nadere) brief|op een later moment|te zijner tijd)\b",
    re.IGNORECASE,
)
# The period just before or after these words is the one promised before, not the new one.
_OLD_BEFORE = re.compile(
    r"(?:in plaats van|dan|zoals|conform|toegezegd\w*|aangekondigd\w*|oorspronkelijk|aanvankelijk|eerder|niet)"
    r"(?:\s+\S+)?\s*$",
    re.IGNORECASE,
)
_OLD_AFTER = re.compile(
    r"\s*(?:\S+\s+){0,2}?(?:toegezegd\w*|beloofd\w*|aangekondigd\w*|gepland\w*|voorzien\w*"
    r"|beoogd\w*|zou|zouden|had|hadden|stond|stonden)\b",
    re.IGNORECASE,
)
# The document sent: "Hierbij stuur ik u de voortgangsrapportage", "Bijgaand treft u het rapport aan".
_SENT = re.compile(
    r"\b(?:stuur|stuurt|sturen|zend|zendt|zenden|bied|biedt|bieden|ontvangt|treft|doe|doet|doen)"
    r"(?:\s+(?:ik|wij|we|het kabinet|uw kamer|de kamer|u|hierbij|bijgaand|graag|hiermee|ook|tevens))*(?:,[^,]{1,80},)?"
    r"\s+((?:de|het|een|mijn|onze)\s+[^,.;:?!()]{3,120})",
    re.IGNORECASE,
)
# The promised document a sentence is about: "dat de evaluatie van de Wlz vertraging heeft opgelopen".
_DOCUMENT = re.compile(
    r"\b(?:de|het|mijn|onze)\s+(?:[a-zà-ÿ-]+\s+){0,2}?[a-zà-ÿ-]*?(?:brief|rapportage|rapport|evaluatie|reactie|monitor"
    r"|verslag|onderzoek|wetsvoorstel|nota|notitie|beantwoording|antwoorden|uitvoeringstoets|actieplan|visie|verkenning"
    r"|analyse)\b(?:\s+(?:van|over|naar|inzake|op)\s+[^,.;:?!]{3,80})?",
    re.IGNORECASE,
)
_SENT_TAIL = re.compile(r"\s+(?:aan|toe|toekomen|hierbij|bijgaand)\s*$", re.IGNORECASE)
SUBJECT_WORDS = 12
_NEXT_WORD = re.compile(r"\s+([^\s,;:.!?]+)")


def promise_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names what was promised: the promise nouns with what follows, and 'zoals toegezegd ...'."""
    spans = [_extend_noun(text, m) for m in _PROMISE_NOUN.finditer(text)]
    spans += [_extend_as_promised(text, m) for m in _AS_PROMISED.finditer(text)]
    return sorted(spans)


def promise_text(text: str) -> str | None:
    """The first phrase that describes the promise, verbatim: a noun phrase wins over 'zoals toegezegd'."""
    noun = _PROMISE_NOUN.search(text)
    if noun:
        start, end = _extend_noun(text, noun)
        return text[start:end]
    zoals = _AS_PROMISED.search(text)
    if zoals:
        start, end = _extend_as_promised(text, zoals)
        return text[start:end]
    promised = _PROMISED_TO.search(text)
    if promised:
        phrase = text[promised.start() : _phrase_end(text, promised.end())]
        # Only a promise to do something: "toegezegd (om) u te informeren", "toegezegd dat ...".
        if _TO_DO.search(phrase):
            return phrase
    return None


def points_back(promise: str) -> bool:
    """'deze toezegging', 'die motie': the promise itself is described in an earlier sentence."""
    return _POINTS_BACK.fullmatch(promise.strip()) is not None


def mask_promise(text: str) -> str:
    """The text with its promise phrases blanked, so a period inside them ("de toezegging die ik voor de zomer
    deed") does not read as a period still ahead."""
    spans = promise_spans(text)
    if not spans:
        return text
    pieces, done = [], 0
    for start, end in spans:
        start = max(start, done)
        pieces += [text[done:start], " " * max(0, end - start)]
        done = max(done, end)
    return "".join(pieces) + text[done:]


def names_promise(text: str) -> bool:
    return _NAMES_PROMISE.search(text) is not None


def is_partial(text: str) -> bool:
    return _PARTIAL.search(text) is not None


def new_period(fragment: str, resolve: Callable[[str], Deadline]) -> Deadline | None:
    """The period still ahead in a postponement or partial delivery, skipping the one promised before
    ("in plaats van voor de zomer", "niet zoals toegezegd voor 1 juli")."""
    offset = 0
    for _ in range(4):
        found = resolve(fragment[offset:])
        if found.kind == "none":
            return None
        if found.start is None or found.end is None:
            return found  # an event or standing phrase: no text to judge
        before = fragment[max(0, offset + found.start - 40) : offset + found.start]
        before = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1 :]
        if not (_OLD_BEFORE.search(before) or _OLD_AFTER.match(fragment, offset + found.end)):
            return found
        offset += found.end
    return None


def sent_object(text: str) -> str | None:
    """The document a delivery sends or a postponement delays, when the sentence names no subject with 'over'."""
    m = _SENT.search(text)
    if m:
        words = _SENT_TAIL.sub("", m.group(1)).split()
        return " ".join(words[:SUBJECT_WORDS]) or None
    document = _DOCUMENT.search(text)
    return " ".join(document.group(0).split()[:SUBJECT_WORDS]) if document else None


def _extend_noun(text: str, m: re.Match[str]) -> tuple[int, int]:
    if not _CARRIES_ON.match(text, m.end()):
        return m.start(), m.end()
    return m.start(), _phrase_end(text, m.end())


def _extend_as_promised(text: str, m: re.Match[str]) -> tuple[int, int]:
    end = m.end()
    for count, word in enumerate(_NEXT_WORD.finditer(text[m.end() : m.end() + MAX_PROMISE_CHARS]), start=1):
        if word.group(1).lower() in _PHRASE_STOP or count > 15:
            break
        end = m.end() + word.end()
        if text[end : end + 1] in ",;:.!?":
            break
    return m.start(), end


def _phrase_end(text: str, start: int) -> int:
    reach = min(len(text), start + MAX_PROMISE_CHARS)  # a bounded window keeps a long sentence linear
    stop = _PHRASE_END.search(text, start, reach)
    end = stop.start() if stop else reach
    relative = False
    for count, word in enumerate(re.finditer(r"\S+", text[start:end]), start=1):
        lower = word.group().lower()
        # "De toegezegde evaluatie van de wet | heeft vertraging opgelopen": the verb of the main clause
        # ends the phrase, one inside "die/dat/om ..." does not.
        if (lower in _MAIN_VERBS and not relative) or count > MAX_PROMISE_WORDS:
            end = start + word.start()
            break
        relative = relative or lower in _OPENS_CLAUSE
    return start + len(text[start:end].rstrip(" \t\n,"))
