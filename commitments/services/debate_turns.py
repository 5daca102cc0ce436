"""Whom a promise in a debate answers, read from the speaker turns of the Handelingen or report.

A debate is a run of turns, each opened by a speaker line ("Mevrouw Agema (PVV):", "Minister De
Jonge:", "De voorzitter:"). A government member's promise is made to a member when

1. the promise itself names the member or the party: "Ik zeg de heer Koerhuis toe ...", "in de
   richting van mevrouw Agema", "de motie van mevrouw Welzijn", "de CDA-fractie";
2. otherwise, the promise's paragraph names them before it ("Dan had ik nog een vraag van mevrouw
   Van der Plas. ... Ik neem het mee"): those named in the last sentence that names anyone;
3. otherwise, the turn answers an interruption: the member spoke right before it (no chair in
   between, who would have handed the floor on) and nothing in the turn before the promise turns
   to someone or something else (another name, a paragraph opening with "Dan").

A member's party comes from their speaker line in the same document. Pure Python: the recording
service turns what it finds into Addressee rows.
"""

import bisect
import re
from dataclasses import dataclass

GOVERNMENT, CHAIR, MEMBER = "government", "chair", "member"

# A name is capitalised words with Dutch particles: "Van der Plas", "Olger van Dijk", "Wörsdörfer".
_PARTICLE = r"(?:[Vv]an|[Dd]e[rn]?|[Tt]e[rn]|'t|’t|[Hh]et|in)"
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_NAME = rf"(?:{_PARTICLE}\s+){{0,3}}{_CAPITALISED}(?:\s+(?:{_PARTICLE}\s+){{0,3}}{_CAPITALISED}){{0,3}}"
_PARTY = r"\((?P<{}>[^()\n]{{1,40}})\)"
_SPEAKER_LINE = re.compile(
    rf"^[ \t]*(?:(?P<chair>(?:De\s+)?[Vv]oorzitter(?:\s+{_NAME})?)"
    rf"|(?P<government>(?:De\s+)?(?:[Mm]inister-[Pp]resident|[Mm]inister|[Ss]taatssecretaris)(?:\s+{_NAME})?"
    rf"(?:\s+{_PARTY.format('government_party')})?)"
    rf"|(?:Mevrouw|De\s+heer|Mw\.|Dhr\.)\s+(?P<member>{_NAME})(?:\s+{_PARTY.format('party')})?)"
    r"[ \t]*:[ \t]*$",
    re.MULTILINE,
)
# A member named in running text: "de heer Koerhuis", "mevrouw Van Eijs", "het lid Van Nispen".
_NAMED_MEMBER = re.compile(rf"\b(?:[Mm]evrouw|[Dd]e\s+heer|[Mm]eneer|[Hh]et\s+lid)\s+(?P<name>{_NAME})")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“‘(])")
_OFFICE = re.compile(r"^(?:De\s+)?(?:[Mm]inister-[Pp]resident|[Mm]inister|[Ss]taatssecretaris)\s*", re.I)
_TURNS_TO_NEXT = re.compile(r"(?:Voorzitter,\s+)?Dan\b")


@dataclass(frozen=True)
class Turn:
    start: int  # of the speaker line
    body: int  # where the words after the speaker line begin
    end: int
    role: str
    name: str  # a member's or government member's name as on the line; empty for the chair
    party: str


@dataclass(frozen=True)
class Named:
    """Someone a promise was made to: a member (with the party the document gives) or a party."""

    kind: str  # "member" | "party"
    name: str
    party: str = ""


def speaker_turns(text: str) -> list[Turn]:
    matches = list(_SPEAKER_LINE.finditer(text))
    turns = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        if match["chair"] is not None:
            role, name = CHAIR, ""
        elif match["government"] is not None:
            role, name = GOVERNMENT, match["government"]
        else:
            role, name = MEMBER, match["member"]
        turns.append(Turn(match.start(), match.end(), end, role, _spaced(name), _spaced(match["party"] or "")))
    return turns


class Debate:
    """A debate's turns and speakers, read once; `addressees` answers for each promise in it.

    Each promise is placed by bisection and each turn is read once for where it turns elsewhere,
    so the work stays linear in the text however many promises a long debate holds.
    """

    def __init__(self, text: str, parties: tuple[str, ...] = ()):
        """`parties` are party names or abbreviations known beyond this document (the registry's),
        looked for as "de X-fractie" and "de fractie van X" beside those of the document's speakers."""
        self.text = text
        self.turns = speaker_turns(text)
        self.bodies = [turn.body for turn in self.turns]
        self.paragraphs = [match.end() for match in _PARAGRAPH_BREAK.finditer(text)]
        self.members = _members(self.turns)
        self.parties = sorted({*parties, *(t.party for t in self.turns if t.party)}, key=len, reverse=True)
        self.turned_away: dict[int, tuple[int, int]] = {}

    def addressees(self, start: int, end: int) -> list[Named]:
        """Whom the promise at text[start:end] answers, by the rules above; [] when the text does not say."""
        text, turns = self.text, self.turns
        index = bisect.bisect_right(self.bodies, start) - 1
        if index < 0 or turns[index].role == MEMBER:
            return []
        turn = turns[index]
        # In the promise itself any "de heer"/"mevrouw" counts; before it, only those who speak in
        # this debate ("Hij spreekt over de heer Kavelaars" names an official, not an addressee).
        named = _named(text[start:end], self.members, self.parties, speaking_only=False)
        if named:
            return named
        paragraph_start = self._paragraph_start(turn.body, start)
        for sentence in reversed(_SENTENCE_END.split(text[paragraph_start:start])):
            named = _named(sentence, self.members, self.parties)
            if named:
                return named
        if turn.role != GOVERNMENT or index == 0 or turns[index - 1].role != MEMBER:
            return []
        first_naming_end, first_turn_to_next = self._turned_away(index)
        if first_naming_end <= paragraph_start or first_turn_to_next < start:
            return []
        asker = turns[index - 1]
        return [Named("member", asker.name, asker.party), *([Named("party", asker.party)] if asker.party else [])]

    def _paragraph_start(self, floor: int, position: int) -> int:
        found = bisect.bisect_right(self.paragraphs, position) - 1
        return max(floor, self.paragraphs[found]) if found >= 0 else floor

    def _turned_away(self, index: int) -> tuple[int, int]:
        """Where turn `index` first names someone who speaks (the end of that name) and where its
        first paragraph opening with "Dan" begins; the turn's end where it does neither."""
        if index not in self.turned_away:
            turn = self.turns[index]
            passage = self.text[turn.body : turn.end]
            ends = [
                turn.body + match.end()
                for match in _NAMED_MEMBER.finditer(passage)
                if _member(_spaced(match["name"]), self.members, True)[0] is not None
            ]
            ends += [
                turn.body + match.end()
                for party in self.parties
                for match in [re.search(_party_pattern(party), passage)]
                if match is not None
            ]
            inside = self.paragraphs[
                bisect.bisect_right(self.paragraphs, turn.body) : bisect.bisect_left(self.paragraphs, turn.end)
            ]
            starts = [turn.body, *inside]
            dan = next((p for p in starts if _TURNS_TO_NEXT.match(self.text, _skip_space(self.text, p))), turn.end)
            self.turned_away[index] = (min(ends, default=turn.end), dan)
        return self.turned_away[index]


def _members(turns: list[Turn]) -> dict[str, tuple[str | None, str]]:
    """{name as spoken, casefolded: (name, party)} of the members who speak; the government's
    names map to None, so that "de heer De Jonge" is not taken for a member."""
    found: dict[str, tuple[str | None, str]] = {}
    for turn in turns:
        if turn.role == MEMBER and (turn.party or turn.name.casefold() not in found):
            found[turn.name.casefold()] = (turn.name, turn.party)
    for turn in turns:
        if turn.role == GOVERNMENT and turn.name:
            bare = _OFFICE.sub("", turn.name)
            found[bare.casefold()] = (None, "")
    return found


def _named(
    passage: str, members: dict[str, tuple[str | None, str]], parties: list[str], *, speaking_only: bool = True
) -> list[Named]:
    found: dict[tuple[str, str], Named] = {}
    for match in _NAMED_MEMBER.finditer(passage):
        name, party = _member(_spaced(match["name"]), members, speaking_only)
        if name is None:
            continue
        found.setdefault(("member", name.casefold()), Named("member", name, party))
        if party:
            found.setdefault(("party", party.casefold()), Named("party", party))
    for party in parties:
        if re.search(_party_pattern(party), passage):
            found.setdefault(("party", party.casefold()), Named("party", party))
    return list(found.values())


def _member(name: str, members: dict[str, tuple[str | None, str]], speaking_only: bool) -> tuple[str | None, str]:
    """The member a name in running text stands for: "Van Dijk" is "Olger van Dijk" when only he speaks.

    A name no member of this debate speaks under is, unless `speaking_only`, still a member (the
    Handelingen call members "de heer" and "mevrouw"), without a party; so is a name two speakers share.
    """
    key = name.casefold()
    if key in members:
        return members[key]
    fitting = [member for spoken, member in members.items() if spoken.endswith(" " + key)]
    if len(fitting) == 1:
        return fitting[0]
    return (None, "") if speaking_only and not fitting else (name, "")


def _party_pattern(party: str) -> str:
    """ "de CDA-fractie", "de fractie van de PVV"."""
    escaped = re.escape(party)
    return rf"\b{escaped}-fractie\b|\bfractie\s+van\s+(?:de\s+|het\s+)?{escaped}(?![\w-])"


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\n":
        position += 1
    return position


def _spaced(value: str) -> str:
    return " ".join(value.split())
