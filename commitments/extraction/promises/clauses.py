"""A sentence's clauses: which part says what, and which part governs which.

Real sentences put a promise inside something else: a complement ("bericht ik u dat ik de evaluatie
na de zomer zal zenden"), the second half of a coordination ("... worden aangepast en stel ik uw Kamer
direct op de hoogte"), a main clause after a condition ("Zodra het rapport er is, stuur ik het u"), and
they interrupt it with insertions ("De minister, behoudens nieuwe ontwikkelingen, zegt toe ...",
"(BZK)", "– zo verwacht ik –"). ``split_clauses`` reads that structure from the clause openers of
Dutch, without a parser:

- a complement or relative clause opens with "dat", "of" or a relative word followed by its subject
  ("dat ik", "dat de minister", "of het kabinet", "die", "waarin" ...); it runs to the end of the part
  of the sentence it stands in, and the clause before it governs it;
- an adverbial clause opens with a subordinator ("als", "zodra", "nadat", "omdat" ...) and, put first,
  ends at its comma: the clause after the comma is its main clause, and a condition ("als", "indien",
  "zodra", "wanneer", "nadat", "mocht") makes that clause's present tense a future ("Als de cijfers
  er zijn, informeer ik u");
- a coordinated clause opens with "en", "maar" or "want" followed by a new finite verb and subject
  ("en stel ik", "en ik zal", "maar de minister zal"); it shares the governor and condition of the
  clause it is coordinated with;
- an infinitive clause ("om ... te informeren") has no subject or finite verb of its own: it stays in
  the clause that governs it, whose subject it takes.

Brackets, a pair of dashes and a pair of commas around an adverbial, an apposition or a relative or
adverbial clause are insertions: a clause's ``reading`` leaves them out, so a template sees the
words it expects side by side; the words inside brackets and dashes are also read as a clause of their
own. A semicolon and a colon end a part of the sentence: no clause runs across them, and a colon makes
the clause before it govern the part after it (a quote, an explanation).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .literal_gates import with_first_characters

# Subjects that make a following word the start of a new clause (the speaker, the government,
# the Kamer addressed, a third party named by a determiner); matching.py reads it for a coordinated clause's subject.
SUBJECT = (
    r"(?:ik|wij|we|u|jullie|hij|zij|ze|je|jij|het kabinet|de regering|de (?:minister|staatssecretaris)\w*"
    r"|(?:uw|de) kamer|er|men)"
)
# What may stand between a coordinator and its inverted finite verb ("en daarna stel ik ...").
_ADVERB = (
    r"(?:dan|daarna|vervolgens|daarnaast|tevens|ook|voorts|bovendien|verder|dus|zo|direct|meteen"
    r"|hierover|daarover|daarbij|hierbij|daarin|daar|hier|nu|tegelijk|tegelijkertijd|uiteraard|graag)"
)
# Words that cannot be a finite verb: an inverted "en <verb> <subject>" needs something else there.
_FUNCTION = frozenset(
    "of dat die als wat hoe waarom wanneer welke de het een in op met voor naar bij aan van over om te "
    "niet geen ook en maar zodat omdat dan door tot uit zoals deze dit mijn uw onze zijn haar hun".split()
)
# with_first_characters: a look-ahead on the characters a match starts with, read from the pattern (see below)
_COORDINATION = with_first_characters(
    re.compile(
        r"(?:,\s*)?\b(en|maar|want)\s+(?:" + _ADVERB + r"\s+)?(?:(\w+)\s+" + SUBJECT + r"|" + SUBJECT + r"\s+(\w+))\b",
        re.IGNORECASE,
    )
)
_COMPLEMENT = re.compile(
    r"\b(dat|of)\s+(?=" + SUBJECT + r"\b|(?:de|het|een|mijn|uw|onze|dit|deze|die|alle)\s)", re.IGNORECASE
)
# After a verb of saying, thinking, noticing or bringing about, "dat" opens a complement whatever its subject:
# a bare plural ("Ik wil wel zeggen dat vissers ook al aan het kijken zijn", "stimuleren we dat bedrijven
# circulaire producten gaan aanbieden") or a name ("Ik weet dat Gasunie ...").
_VERB_THAT = re.compile(
    r"\b(?:zeggen|zeg|zegt|zei|gezegd|aangeven|aangegeven|vind|vinden|denk|denken|weet|weten|zie|zien|merk"
    r"|constateer|constateren|begrijp|benadruk|benadrukken|erken|erkennen|opmerken|vaststellen"
    r"|stimuleer|stimuleren|bevorder|bevorderen|voorkom|voorkomen|bereik|bereiken|regel|regelen)\s+(?:\w+\s+)?(dat)\s+(?!"
    + SUBJECT
    + r"\b|(?:de|het|een|mijn|uw|onze|dit|deze)\s)",
    re.IGNORECASE,
)
_VERB_THAT = with_first_characters(_VERB_THAT, most=13)
_RELATIVE = re.compile(
    r",\s*(die|dat|welke|wat|waar(?:in|mee|over|bij|van|op|door|voor|naar|aan|uit))\b"
    # a "waar-" word opens a clause with or without a comma: "een brief ontvangen waarin ... worden gedaan"
    r"|(?<=\w\s)(waar(?:in|mee|over|bij|van|op|door|voor|naar|aan|uit))\b",
    re.IGNORECASE,
)
_CONDITIONS = ("als", "indien", "zodra", "wanneer", "nadat", "mocht", "mochten", "zo gauw", "zolang")
_REASONS = ("omdat", "aangezien")
_SUBORDINATOR = (
    r"als|indien|zodra|wanneer|nadat|mocht|mochten|zo gauw|zolang|omdat|doordat|zodat|terwijl"
    r"|hoewel|tenzij|mits|voordat|totdat|aangezien|zoals|opdat|nu"
)
# words that are no finite verb before an inverted subject: subordinators, relatives and question words ("waarover ik")
_NOT_FINITE = frozenset(_SUBORDINATOR.split("|")) | frozenset(
    "waarover waarin waarmee waarbij waarvan waarop waardoor waarvoor waarnaar waaraan waaruit toen wie waar".split()
)
# A condition with its finite verb first, answered by "dan": "Moet ik constateren dat het niets oplevert, dan ga ik dat
# aan u vertellen", "Blijkt dat nodig, dan ...". Group: the clause after its verb; the match ends after "dan".
VERB_FIRST_CONDITION = (
    r"(?:moet|moeten|blijkt|blijken|is|zijn|komt|komen|heeft|hebben|wil|willen|wordt|worden|gaat|gaan|lukt|vindt"
    r"|vinden|krijgt|krijgen|ontstaat|verandert|mocht|mochten)\s+(?:ik|we|wij|u|het|er|dat|dit|de|die|men|hij|zij|ze)"
    r"\b([^,;:?]{1,300}?),\s*dan\s+"
)
_FRONTED = re.compile(
    r"^\s*(?:(" + _SUBORDINATOR + r")\b([^,;:]{1,300}?),\s*(?:dan\s+)?|" + VERB_FIRST_CONDITION + ")",
    re.IGNORECASE,
)
# "zoals" with a participle and no subject of its own is a reduced clause that a comma need not close: "Zoals
# toegezegd komen we daar in de voortgangsrapportage, op 22 juni, op terug", "Zoals eerder aangekondigd in mijn brief
# van 3 mei stuur ik ...".
# The main clause starts at its finite verb, which in Dutch comes second and is followed by its subject. A full clause
# names its subject after "zoals" ("Zoals ik heb aangegeven, ...", "Zoals de minister toezegde, ...") or is a passive
# opened by a place ("Zoals in vraag 13 wordt gevraagd, ..."): the comma closes those.
_REDUCED_ZOALS = re.compile(
    r"\s*(zoals)\b(?!\s+(?:ik|we|wij|u|uw|jullie|de|het|een|mijn|onze|ons|men|hij|zij|ze|dit|dat|deze|die|er|in|op|bij"
    r"|aan|uit|met)\b)"
    # at most two words, the participle (its length bounded: one long word must not cost its square), ten more words
    r"((?:\s+[^\s,;:]{1,40}){0,2}?\s+(?:ge|[a-z]{1,12}ge|be|ver|ont|her|er)[a-zà-ÿ]{1,24}[dt]\b"
    r"(?:\s+[^\s,;:]{1,40}){0,10}?)"
    r"\s+(?=[^\W\d]+\s+(?:ik|we|wij|het kabinet)\b)",
    re.IGNORECASE,
)
_ADVERBIAL = re.compile(r",\s*(" + _SUBORDINATOR + r")\b", re.IGNORECASE)
# A single dash is no break: it also joins the parts of a name ("van Financiën – Fiscaliteit, ...").
_PART_BREAK = re.compile(r"[;:]")
# Each pattern below opens with the class of the characters its matches open with, which the regex engine scans for
# in C (the brackets' alternatives then look back at that character); a look-ahead or a look-behind in front gives it
# nothing to scan for, and the pattern is entered at every position (the same matches).
_BRACKETS = re.compile(
    r"[\s(\[](?:(?<=\()[^()]{0,300}\)|(?<=\[)[^\[\]]{0,300}\]|(?<=\s)\s*(?:\([^()]{0,300}\)|\[[^\[\]]{0,300}\]))"
)
_DASHES = re.compile(r"\s[–—-]\s[^–—;:]{1,300}?\s[–—-](?=\s)")
_COMMA = re.compile(r",")
# "dat gaan we doen", "die krijgt u": a pronoun put first in a main clause (verb second, then the
# subject), not the opener of a relative clause, whose verb comes last
_FRONTED_PRONOUN = re.compile(r"\s*(?:die|dat|dit|deze)\s+\w+\s+" + SUBJECT + r"\b", re.IGNORECASE)
# What an insertion between commas opens with: a preposition or adverbial of time, manner or
# condition, an apposition naming a person, a relative or adverbial clause. Not a coordinator
# ("..., en ...") and not a list item: "de gemeenten, de provincies en ..." keeps its items.
_INSERTION_HEAD = re.compile(
    r"\s*(naar|na|in|op|met|voor|vóór|bij|behoudens|conform|volgens|overeenkomstig|samen|mede|zoals|zo"
    r"|tenzij|mits|indien|als|wanneer|zodra|nadat|voordat|waar|eventueel|waarschijnlijk|bijvoorbeeld"
    r"|onder|namelijk|daarnaast|overigens|echter|tevens|bovendien|vervolgens|immers|uiteraard|uiterlijk"
    r"|dus|ook|wel|nog|graag|vanzelfsprekend|hopelijk|vermoedelijk|inmiddels|thans|daarbij|daarom|hierover"
    r"|daarover|tegen|rond|omstreeks|binnen|gelet|gezien|gegeven|afhankelijk|vooruitlopend|ter|per|via"
    r"|die|dat|welke|waarin|waarmee|waarover|waarbij|waarvan|waarop|mevrouw|de heer|minister|staatssecretaris"
    r"|heer|dr|mr|prof|drs|ir"
    # a participle phrase: "een voorstel, gedragen door de sector, aan de Kamer"
    r"|ge\w+ door)\b",
    re.IGNORECASE,
)
MAX_INSERTION_WORDS = 30
# An auxiliary before the speaker, the order of a main clause, is no insertion's: "..., op basis daarvan zal ik, in
# overleg met de partijen, conclusies trekken" has its insertion after "zal ik", not before it.
_MAIN_CLAUSE_CORE = re.compile(
    r"\b(?:zal|zullen|wil|willen|kan|kunnen|ga|gaan|moet|moeten|heb|hebben|ben)\s+(?:ik|we|wij)\b", re.IGNORECASE
)
_RELATIVES = frozenset(("die", "dat", "welke", "waarin", "waarmee", "waarover", "waarbij", "waarvan", "waarop"))
# A relative clause with no comma before it that a comma closes, after which the main clause goes on: "het
# wetsvoorstel dat is aangekondigd in het regeerprogramma, nog voor de zomer aan de Kamer te sturen".
# (opened with its white space, scanned for, and the word character before it looked back at)
_BARE_RELATIVE = re.compile(
    r"\s(?<=\w\s)\s*(die|dat|welke|waar(?:in|mee|over|bij|van|op|door|voor|naar|aan|uit))\s+(?=[^,;:()\[\]–—]{3,160}?,)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    kind: str  # "main" | "complement" | "relative" | "adverbial" | "coordinate"
    opener: str  # the word that opens it, lower case; "" for a main clause
    governor: int  # the clause that governs it (an index), -1 for none
    condition: int  # the adverbial clause of condition it depends on, -1 for none


@dataclass(frozen=True, slots=True)
class Clauses:
    """One sentence's clauses, in order, and the insertions every reading leaves out."""

    text: str
    clauses: tuple[Clause, ...]
    insertions: tuple[tuple[int, int], ...]
    # the words inside brackets and dash pairs: a clause of their own ("Het ene is — daar wil ik u
    # over informeren — dat ..."), which governs nothing and nothing governs
    parentheticals: tuple[tuple[int, int], ...] = ()
    # where the last clause that each clause governs (directly or not) ends
    governed_ends: tuple[int, ...] = ()

    def words(self, span: tuple[int, int]) -> str:
        return self.text[span[0] : span[1]].strip(" ()[]–—-")

    def reading(self, index: int, governed: bool = False) -> str:
        """Clause index's words (with the clauses it governs, when governed) without the insertions."""
        clause = self.clauses[index]
        return _cut(self.text, clause.start, self.governed_end(index) if governed else clause.end, self.insertions)

    def reading_without_insertions(self) -> str:
        """The whole sentence without its insertions."""
        return _cut(self.text, 0, len(self.text), self.insertions)

    def reading_without_parentheticals(self) -> str:
        """The whole sentence without its brackets and dash pairs, its comma insertions kept: a phrase between
        commas may be the very complement a template needs ("Ik kom voor de zomer — ... —, met een plan")."""
        return _cut(self.text, 0, len(self.text), self.parentheticals)

    def governed_end(self, index: int) -> int:
        """Where the last clause that index governs (directly or not) ends."""
        return self.governed_ends[index]


def _governed_ends(clauses: list[Clause]) -> tuple[int, ...]:
    # a clause governs only clauses after it: read backwards, each passes its end on to its governor once
    ends = [clause.end for clause in clauses]
    for index in range(len(clauses) - 1, 0, -1):
        governor = clauses[index].governor
        if 0 <= governor < index:
            ends[governor] = max(ends[governor], ends[index])
    return tuple(ends)


def fronted_clause(text: str) -> tuple[str, int] | None:
    """The opener and the end of an adverbial clause put first ("Zoals ik heb aangegeven, ..."), if any."""
    fronted = _fronted(text, 0, len(text))
    return fronted[:2] if fronted else None


def _fronted(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """An adverbial clause put first in text[start:end]: its opener ("als" for a verb-first condition), where it
    ends and where the main clause after it starts."""
    reduced = _REDUCED_ZOALS.match(text, start, end)
    if reduced is not None and reduced.end() < end:
        return "zoals", reduced.end(2), reduced.end()
    fronted = _FRONTED.match(text, start, end)
    if fronted is None or fronted.end() >= end:
        return None
    if fronted.group(1) is None:
        return "als", fronted.end(3), fronted.end()
    return fronted.group(1).lower(), fronted.end(2), fronted.end()


def is_condition(opener: str) -> bool:
    return opener in _CONDITIONS


def is_reason(opener: str) -> bool:
    """A clause of reason states a fact of its own ("omdat ik uw Kamer volgende week informeer")."""
    return opener in _REASONS


def _cut(text: str, start: int, end: int, spans: tuple[tuple[int, int], ...]) -> str:
    """text[start:end] without the spans, one space where each stood."""
    out, at = [], start
    # the spans are sorted and disjoint: those before start are passed over at once (a clause of a long run-on
    # sentence is cut in steps of its own length, not the sentence's)
    for a, b in spans[max(0, bisect_right(spans, (start, _END)) - 1) :]:
        if a >= end:
            break
        if b <= at:
            continue
        out.append(text[at:a])
        at = b
    out.append(text[at:end])
    return " ".join(part.strip() for part in out if part.strip())


def without_parentheticals(text: str) -> str:
    """text without its words in brackets and between paired dashes, one space where each stood; text itself (the
    same object) when it holds no bracket or dash, which most sentences do not."""
    if not ("(" in text or "[" in text or _may_hold_dash(text)):
        return text
    return _cut(text, 0, len(text), tuple(_disjoint(_brackets_and_dashes(text))))


def dash_pairs(text: str) -> list[tuple[int, int]]:
    """The spans of text's remarks between paired dashes, each from the space before its first dash to its second."""
    return [m.span() for m in _DASHES.finditer(text)] if _may_hold_dash(text) else []


def _may_hold_dash(text: str) -> bool:
    # a cheap test before the regex: the dashes a pair is made of
    return "–" in text or "—" in text or " - " in text


def _brackets_and_dashes(text: str) -> list[tuple[int, int]]:
    # most sentences hold no bracket, and many no dash of any kind, without which neither pattern matches
    found = [m.span() for m in _BRACKETS.finditer(text)] if "(" in text or "[" in text else []
    if not ("-" in text or "–" in text or "—" in text):
        return found
    return found + [m.span() for m in _DASHES.finditer(text) if not _inside(m.start(), found)]


def insertions(text: str) -> list[tuple[int, int]]:
    """Brackets, paired dashes and comma-bounded insertions of text, as sorted, disjoint spans."""
    found = _disjoint(_brackets_and_dashes(text))
    commas = [m.start() for m in _COMMA.finditer(text)]
    heads = [_insertion_head(text[left + 1 : right]) for left, right in zip(commas, commas[1:])]
    between_commas: list[tuple[int, int]] = []
    for index, head in enumerate(heads):
        if head is None or _inside(commas[index], found) or _inside(commas[index], between_commas):
            continue
        following = heads[index + 1] if index + 1 < len(heads) else None
        if head in _RELATIVES and following is not None and following not in _RELATIVES:
            # a relative clause goes on past the insertion after it: "waarover uw Kamer, zoals afgesproken,
            # nog geïnformeerd zal worden" has its verb after the second comma
            continue
        between_commas.append((commas[index], commas[index + 1] + 1))
    return _disjoint(found + between_commas)


def _insertion_head(inner: str) -> str | None:
    """The word that opens a comma-bounded insertion, lower case, or None when inner is none."""
    if _PART_BREAK.search(inner) or len(inner.split()) > MAX_INSERTION_WORDS:
        return None
    head = _INSERTION_HEAD.match(inner)
    if head is None or _FRONTED_PRONOUN.match(inner) or _MAIN_CLAUSE_CORE.search(inner):
        return None
    return head.group(1).lower()


_AUXILIARY = re.compile(r"(?:is|was|wordt|werd|zal|zou|heeft|had|kan|kon|moet|moest|mag)\b", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”„«»]")


# The finite verb and the subject that open a main clause after a clause put in front of it ("Zoals gevraagd kom ik
# ...", "Nu het rapport er ligt, zullen wij ..."). Not a subordinator or relative before the pronoun.
_VERB_THEN_SUBJECT = re.compile(
    r"(?!(?:"
    + "|".join(sorted(_FUNCTION | _NOT_FINITE, key=len, reverse=True))
    + r")\b)([a-zà-ÿ]+)\s+(ik|we|wij|het kabinet)\b",
    re.IGNORECASE,
)


def reading_subject_first(text: str) -> str:
    """A sentence that opens with an adverbial clause and then its main clause with the verb second, read in the
    order that puts the subject first, where Dutch also allows the adverbial clause: a reduced one inside the main
    clause ("wij zullen zoals gevraagd daarbij ook ingaan op ..."), a full one after it ("wij zullen daarbij ook
    ingaan op de samenhang, nu het rapport er ligt."); "" when the text does not open so."""
    fronted = _fronted(text, 0, len(text))
    if fronted is None or fronted[0] in _CONDITIONS:
        return ""  # a condition is read where it stands, in front: "Mocht blijken dat ..., dan zal ik ..."
    m = _VERB_THEN_SUBJECT.match(text, fronted[2])
    if m is None:
        return ""
    verb, subject, rest = m.group(1), m.group(2), text[m.end() :].strip()
    front = text[: fronted[1]].strip()
    front = front[:1].lower() + front[1:]
    if not text[fronted[1] : fronted[2]].lstrip().startswith(","):  # a reduced clause, which no comma closes
        return f"{subject} {verb} {front} {rest}"
    stop = len(rest.rstrip(".!?"))
    return f"{subject} {verb} {rest[:stop]}, {front}{rest[stop:]}"


def reading_without_bare_relatives(text: str) -> str:
    """The sentence without its insertions and without the relative clauses that only a closing comma bounds
    ("" when it has none of the latter)."""
    spans = _bare_relatives(text)
    return _cut(text, 0, len(text), tuple(_disjoint(spans + insertions(text)))) if spans else ""


def _bare_relatives(text: str) -> list[tuple[int, int]]:
    """Relative clauses that only a closing comma bounds (see _BARE_RELATIVE), as spans with the comma.

    "dat" opens one only where it cannot open a complement: two words after a determiner ("het rapport dat
    ..."), or followed by its finite verb ("het voorstel dat is aangekondigd"), where a complement's "dat"
    has its subject next. The word before the opener is the noun it follows, not a function word ("en dat",
    "maar die"). Words in quotation marks are someone else's and stay whole."""
    found = []
    for m in _BARE_RELATIVE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].split()
        if not before or before[-1].lower() in _FUNCTION:
            continue
        if m.group(1).lower() == "dat" and not (_after_noun(text, m.start(1)) or _AUXILIARY.match(text, m.end())):
            continue
        comma = text.index(",", m.end())
        if len(text[m.start() : comma].split()) <= 20 and not _QUOTE_MARK.search(text, m.start(), comma):
            found.append((m.start(), comma + 1))
    return found


def split_clauses(text: str, whole: bool = True) -> Clauses:
    """The clauses of one sentence's reading text (see the module docstring); with whole=False only its
    insertions (the cheaper half of the work)."""
    cut = insertions(text)
    if not whole:
        return Clauses(text, (), tuple(cut), _parentheticals(text, cut))
    return _with_clauses(text, cut, _parentheticals(text, cut))


def with_clauses(parts: Clauses) -> Clauses:
    """split_clauses(parts.text) from parts, split_clauses(parts.text, whole=False): its insertions are not looked
    for again."""
    return _with_clauses(parts.text, list(parts.insertions), parts.parentheticals)


def _with_clauses(text: str, cut: list[tuple[int, int]], parentheticals: tuple[tuple[int, int], ...]) -> Clauses:
    clauses: list[Clause] = []
    start, announced = 0, -1
    for m in _PART_BREAK.finditer(text):
        if not _inside(m.start(), cut):
            _split_part(text, start, m.start(), cut, clauses, announced)
            # a colon announces what follows (a quote, an explanation): the clause before it governs it
            announced = len(clauses) - 1 if text[m.start()] == ":" and clauses else -1
            start = m.end()
    _split_part(text, start, len(text), cut, clauses, announced)
    return Clauses(text, tuple(clauses), tuple(cut), parentheticals, _governed_ends(clauses))


def _parentheticals(text: str, cut: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(span for span in cut if text[span[0] : span[1]].lstrip()[:1] in "([–—-")


def _split_part(text: str, start: int, end: int, cut: list[tuple[int, int]], out: list[Clause], announced: int) -> None:
    if not text[start:end].strip():
        return
    condition = -1
    fronted = _fronted(text, start, end)
    if fronted:
        opener, clause_end, main_start = fronted
        out.append(_clause(start, clause_end, "adverbial", opener, announced, -1))
        if opener in _CONDITIONS:
            condition = len(out) - 1
        start = main_start
    openers: list[tuple[int, str, str]] = []  # (position, kind, opener word)
    for m in _COORDINATION.finditer(text, start, end):
        verb = m.group(2) or m.group(3)
        if verb and verb.lower() not in _FUNCTION:
            # the coordinator belongs to neither clause: the second one starts after it
            openers.append((m.end(1) + 1, "coordinate", m.group(1).lower()))
    for m in _COMPLEMENT.finditer(text, start, end):
        kind = "relative" if _after_noun(text, m.start()) else "complement"
        openers.append((m.start(1), kind, m.group(1).lower()))
    for m in _VERB_THAT.finditer(text, start, end):
        openers.append((m.start(1), "complement", "dat"))
    for m in _RELATIVE.finditer(text, start, end):
        group = 1 if m.group(1) else 2
        if not _FRONTED_PRONOUN.match(text, m.start(group)):
            openers.append((m.start(group), "relative", m.group(group).lower()))
    for m in _ADVERBIAL.finditer(text, start, end):
        openers.append((m.start(1), "adverbial", m.group(1).lower()))
    openers = sorted({o for o in openers if not _inside(o[0], cut) and o[0] > start})
    main = len(out)
    stop = _before_coordinator(text, start, openers[0][0], openers) if openers else end
    out.append(_clause(start, stop, "main", "", announced, condition))
    host = main  # the clause the next complement or relative clause belongs to
    for i, (position, kind, opener) in enumerate(openers):
        stop = openers[i + 1][0] if i + 1 < len(openers) else end
        if kind == "coordinate":
            stop = _before_coordinator(text, position, stop, openers[i + 1 :])
            # a new finite verb with its subject after "en" is a main clause again (Dutch puts the
            # verb of a subordinate clause last, so "en stel ik" cannot continue a "dat" clause)
            out.append(_clause(position, stop, kind, opener, announced, out[main].condition))
        else:
            stop = _before_coordinator(text, position, stop, openers[i + 1 :])
            out.append(_clause(position, stop, kind, opener, host, -1))
        if kind in ("complement", "coordinate"):
            host = len(out) - 1


def _before_coordinator(text: str, position: int, stop: int, later: list[tuple[int, str, str]]) -> int:
    """A clause followed by a coordinated one ends before the coordinator (and its comma)."""
    if later and later[0][1] == "coordinate":
        head = text[position:stop]
        cut = re.search(r"(?:,\s*)?\b(?:en|maar|want)\s*$", head, re.IGNORECASE)
        if cut:
            return position + cut.start()
    return stop


def _clause(start: int, end: int, kind: str, opener: str, governor: int, condition: int) -> Clause:
    return Clause(start, end, kind, opener, governor, condition)


def _after_noun(text: str, position: int) -> bool:
    """'het rapport dat ik ...': a "dat" two words after a determiner is relative, not a complement."""
    words = text[max(0, position - 60) : position].split()
    return len(words) >= 2 and words[-2].lower() in ("het", "een", "dit", "elk", "ieder", "dat")


_END = float("inf")


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether position lies in one of the spans, sorted and disjoint (bisected: a run-on sentence has many)."""
    index = bisect_right(spans, (position, _END)) - 1
    return index >= 0 and position < spans[index][1]


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if kept and a < kept[-1][1]:
            if b > kept[-1][1] and a == kept[-1][0]:
                kept[-1] = (a, b)
            continue
        kept.append((a, b))
    return kept
