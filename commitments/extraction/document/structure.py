"""The parts of a document: who speaks where, and which text is a question or a motion.

A commitment can only stand in text the government writes or speaks: an answer, a
minister's turn, the body of a letter. Questions, members' turns and motions carry the
same verbs ("verzoekt de regering de Kamer te informeren") and must be told apart, so
segment_document cuts a document into contiguous Segments that cover it in order.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import NamedTuple

from ..promises.literal_gates import with_first_characters
from .layout import BLANK, FURNITURE, MEMO, QUESTION_HEADING, Line, labelled_lines
from .sentences import split_sentences
from .speakers import (
    MIN_SPEAKER_HEADINGS,
    inline_speaker_labels,
    is_government_speaker,
    speaker_heading,
    speaker_label,
    words_after_label,
)


class Segment(NamedTuple):
    # A named tuple, not a frozen dataclass (as Line and Sentence): a debate has a segment per turn, and a
    # frozen dataclass sets each field through object.__setattr__.
    start: int
    end: int
    role: str
    speaker: str | None = None
    government: bool = False
    number: int | None = None


_NUMBER = re.compile(r"\d{1,3}")
# "1 Bent u bekend ...?" / "1. Deelt u ...": the numbered questions of older Aanhangsel forms
_NUMBERED_QUESTION = re.compile(r"(\d{1,2})[.)]?\s+[A-Z«\"]")
_MOTION_START = re.compile(r"De Kamer,\s*$")
_MOTION_SECOND = re.compile(r"gehoord de beraadslaging", re.IGNORECASE)
_MOTION_END = re.compile(r"en gaat over tot de orde van de dag\.?\s*$")
# At the end of a commissiedebat the chair reads out the toezeggingen noted ("Ik heb de volgende
# toezeggingen genoteerd." then "- De minister stuurt de Kamer ..."): the chair's words, the
# government's promises. Such a list is its own segment, one that may promise.
_ANNOUNCES_PROMISES = with_first_characters(re.compile(r"toezegging|genoteerd", re.IGNORECASE))
# The government named in the third person, as the chair's items and the registry name it.
_GOVERNMENT = r"(?:de|het)\s+(?:minister(?:-president)?|staatssecretaris|kabinet|regering|bewindspersonen)\b"
# An item that names the government first ("De staatssecretaris zal ...", "Het kabinet stuurt ..."): once a list
# has begun, the chair may read one again after a word in between ("Moet ik 'm herhalen? Ja.").
_GOVERNMENT_ITEM = re.compile(_GOVERNMENT, re.IGNORECASE)
_BULLET = re.compile(r"[-–—•·*▪]\s")
# An item read aloud names the government somewhere in its first clause, also after a time or a document put
# first ("In het najaar informeert de staatssecretaris de Kamer ...", "De Kamer wordt door de minister
# geïnformeerd ..."); the chair's own words may follow it ("...; we geven u dus mee dat dat morgen is").
_GOVERNMENT_NAMED = re.compile(
    rf"\b{_GOVERNMENT}"
    # or the Kamer as the receiver: "Voor het notaoverleg ontvangt de Kamer een plan van aanpak"
    r"|\b(?:ontvangt|krijgt)\s+de\s+kamer\b|\bde\s+kamer\s+(?:wordt|ontvangt|krijgt)\b",
    re.IGNORECASE,
)
_FIRST_CLAUSE = re.compile(r"[^.;?!]*")
# An item numbered by word or figure, as the chair reads the list aloud: "Eén. De minister ...",
# "Punt vier. De relevante ...", "3. De Kamer ontvangt ...". Once a list has begun, such a line is its next
# item even after the chair spoke in between ("Is dat nog voor het reces? ...").
_ITEM_NUMBER = (
    r"(?:punt\s+)?(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien"
    r"|\d{1,2})[.:)]"
)
_NUMBERED_ITEM = re.compile(_ITEM_NUMBER + r"\s+\S", re.IGNORECASE)
# The number said on its own, as a sentence ("Punt vier.", "Drie."): the item it opens follows.
_ITEM_NUMBER_ONLY = re.compile(_ITEM_NUMBER, re.IGNORECASE)
# An item of the list read without bullets: the registry's third person, "De minister zegt toe ...".
_REGISTRY_ITEM = re.compile(
    _GOVERNMENT + r"[^.]{0,200}?\bzeg(?:t|gen)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;:]\s*$")
# The chair's own words between and after the items: first person, thanks, the closing of the meeting.
# An item of the list is a promise in the third person ("De minister komt voor de zomer met ...",
# "Het onderwerp wordt meegenomen in de voortgangsbrief"), read without bullets in many reports.
_CHAIR_PROSE = re.compile(r"\b(?:ik|wij|we|dank|bedankt|sluit|vergadering)\b", re.IGNORECASE)
# The chair's first person that still reads out an item: "Tot slot heb ik de toezegging staan dat de
# staatssecretaris de Kamer dit jaar nader zal informeren".
_CHAIR_READS_ITEM = re.compile(
    r"toezegging\w*\b[^.?!]{0,60}?\bdat\s+(?:de|het)\s+(?:minister|staatssecretaris|kabinet|regering|bewindsperso)",
    re.IGNORECASE,
)

_SALUTATION = re.compile(r"(?:Geachte|Zeer geachte|Hooggeachte)\b.{0,80}$")
_LETTER_HEAD = re.compile(
    r"(?:Den Haag|[’']s-Gravenhage|Datum)\b.{0,40}\d{4}\s*$"
    r"|(?:Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Uw brief)\b.*"
    r"|Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer.*"
    r"|Nr\. \d+\s+BRIEF VAN .*",
)
_LABEL_ONLY = re.compile(
    r"(?:Datum|Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Uw brief)\s*$"
)
_CLOSING = re.compile(
    r"(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?|Ondertekenaars"
    r"|De (?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)\b[^.]{0,120}(?:,|\s[A-Z]\.)[^.]{0,60})"
)
# Letterheads sit at the top: only this many lines are searched for their end.
_LETTER_HEAD_LINES = 60


def segment_document(text: str, kind: str) -> list[Segment]:
    """Contiguous Segments covering text, with roles that depend on the document kind."""
    if not text:
        return []
    return list(MEMO.get(text, ("segments", kind), lambda: tuple(_segments(text, kind))))


def _segments(text: str, kind: str) -> list[Segment]:
    # each line with its stripped text, which the layout has read already: the tests below read a line's
    # text many times over (a debate's lines twice or three times), and slicing it anew each time added up
    layout, stripped, kinds = labelled_lines(text)
    if FURNITURE in kinds:
        shown = [line.kind not in (BLANK, FURNITURE) for line in layout]
        lines, contents = list(compress(layout, shown)), list(compress(stripped, shown))
    else:
        # without furniture (most texts) the lines shown are those with text: selected in C, not tested one by one
        lines, contents = list(compress(layout, stripped)), list(filter(None, stripped))
    if kind in ("handelingen", "other") and any(line.end - line.start > _RUN_ON for line in lines):
        lines = _unrun(text, lines)
        contents = [text[line.start : line.end].strip() for line in lines]
    if kind == "handelingen" or (kind == "other" and _has_speakers(contents)):
        cuts = _debate_cuts(text, lines, contents)
    elif kind == "antwoorden" or (kind == "other" and _has_question_headings(contents)):
        cuts = _answer_cuts(text, lines, contents)
    else:
        cuts = _letter_cuts(lines, contents)
    return _close(cuts, len(text))


# A line this long is no paragraph of a transcript but a debate run together (a PDF's text extraction without its
# line breaks): its speakers' labels and motions stand inside it.
_RUN_ON = 3000
# Where a motion opens ("De Kamer, gehoord de beraadslaging" after white space), where its request begins (the
# white space before "gehoord") and where the debate goes on (after "orde van de dag."). Each pattern opens with its
# literal text, which the regex engine scans for fast: opened with a look-behind or with white space (which is
# everywhere), one alternation was entered at every white space of a debate run together. A look-behind placed
# after the first word is the \b or \s a look-behind before it would test.
_INLINE_MOTION_OPENING = re.compile(r"De(?<=\sDe) Kamer,\s+gehoord de beraadslaging")
# with how many characters each match starts before the white space whose end is the cut
_INLINE_MOTION_GOES_ON = (
    (re.compile(r"De(?<!\wDe) Kamer,\s+(?=gehoord)"), len("De Kamer,")),
    (re.compile(r"orde van de dag\.\s+"), len("orde van de dag.")),
)


def _unrun(text: str, lines: list[Line]) -> list[Line]:
    """Long lines cut where a speaker's label or a motion's opening or closing words stand inside them, so that
    each turn and motion starts a line of its own."""
    result: list[Line] = []
    listing = False  # the chair has announced the toezeggingen
    for line in lines:
        if line.end - line.start <= _RUN_ON:
            result.append(line)
            continue
        cuts = set(inline_speaker_labels(text, line.start, line.end))
        cuts.update(motion.start() for motion in _INLINE_MOTION_OPENING.finditer(text, line.start, line.end))
        for pattern, before in _INLINE_MOTION_GOES_ON:
            # the words before the white space may stand before the line's start, where a look-behind saw them too
            for motion in pattern.finditer(text, max(0, line.start - before), line.end):
                if motion.start() + before >= line.start:
                    cuts.add(motion.end())
        bounds = [line.start, *sorted(c for c in cuts if line.start < c < line.end), line.end]
        for start, end in zip(bounds, bounds[1:]):
            piece = text[start:end]
            # the chair's turns from the one that announces the toezeggingen on (a member of government may interrupt
            # the list) are cut where their items start; any other turn stays one line
            if _is_chair(speaker_label(piece.lstrip())) and (listing or _announces_promises(piece)):
                cut = _chair_list_cuts(text, start, end, listing)
                listing = True
                result.extend(Line(a, b, line.kind) for a, b in zip([start, *cut], [*cut, end]))
                continue
            result.append(Line(start, end, line.kind))
    return result


# The colon after which a list begins inside the sentence that announces it ("Ik heb een zestal toezeggingen: De ...").
_LIST_COLON = re.compile(r":\s+(?=[A-ZÀ-Þ])")


def _chair_list_cuts(text: str, start: int, end: int, listing: bool) -> list[int]:
    """Where a run-on turn of the chair is cut into the lines a transcript with its line breaks would have.

    Each item of the toezeggingen read out is a sentence of its own, and so are the words after a colon that announces
    them ("Ik heb een zestal toezeggingen: De minister ...", "De eerste toezegging: De minister ..."). Before a list has
    begun, the turn stays one line up to the sentence that announces it. An item's number said on its own opens the
    item ("Punt vier. De relevante ..."), and a promise the chair notes keeps the words that note it ("De minister komt
    erop terug voor het reces. Genoteerd.")."""
    sentences = split_sentences(text, start, end)
    announcing = [_announces_list(sentence.text) for sentence in sentences]
    first = 0 if listing else next((i for i, flag in enumerate(announcing) if flag), len(sentences))
    cuts = []
    for i in range(first + 1, len(sentences)):
        previous = sentences[i - 1].text
        if not (_ITEM_NUMBER_ONLY.fullmatch(previous) or (announcing[i] and _reads_as_item(previous))):
            cuts.append(sentences[i].start)
    for sentence in sentences[first:]:
        # the words since the sentence's start or the colon before (a turn's first colon may be the label's own)
        since = sentence.start
        for colon in _LIST_COLON.finditer(text, sentence.start, sentence.end):
            if _announces_promises(text[since : colon.start()]):
                cuts.append(colon.end())
                break
            since = colon.end()
    return sorted(cuts)


def _close(cuts: list[tuple[int, dict]], length: int) -> list[Segment]:
    """Turn (start, attributes) cuts into contiguous segments; the first starts at 0."""
    if not cuts or cuts[0][0] > 0:
        cuts.insert(0, (0, {"role": "preamble"}))
    segments = []
    for index, (start, attributes) in enumerate(cuts):
        end = cuts[index + 1][0] if index + 1 < len(cuts) else length
        if end > start:
            segments.append(Segment(start, end, **attributes))
    return segments


# contents (below): the stripped text of each line of lines, in the same order


def _has_speakers(contents) -> bool:
    return any(speaker_label(content) for content in contents[:400]) or _uses_speaker_headings(contents)


def _uses_speaker_headings(contents) -> bool:
    """Whether the speakers stand on lines of their own without a colon (a debate page, ParlaMint)."""
    found = 0
    for content in contents[:400]:
        if speaker_heading(content) is not None:
            found += 1
            if found >= MIN_SPEAKER_HEADINGS:
                return True
    return False


def _has_question_headings(contents) -> bool:
    return any(_question_heading(content) for content in contents)


def _question_heading(content: str):
    if not content or content[0] not in "VvAaMm#*":
        return None
    bare = content.strip("#* ")
    heading = QUESTION_HEADING.match(bare)
    if heading is None or heading.end() == len(bare):
        return heading
    # a heading before the words of its question or answer, on the same line ("Antwoord 2: Ja, ..."), ends in a colon
    return heading if bare[heading.end() - 1] == ":" else None


def _answer_cuts(text: str, lines, contents) -> list[tuple[int, dict]]:
    cuts: list[tuple[int, dict]] = []
    waiting: list[int] = []  # numbers of the questions not yet answered
    last_number = 0
    for line, content in zip(lines, contents):
        heading = _question_heading(content)
        if heading is None:
            numbered = _numbered_question(text, line, content, cuts)
            if numbered is not None:
                last_number = numbered
                waiting.append(numbered)
                cuts.append((line.start, {"role": "question", "number": numbered}))
            continue
        numbers = [int(n) for n in _NUMBER.findall(heading.group("numbers") or "")]
        if heading.group("word").lower().startswith("vra"):
            number = numbers[0] if numbers else last_number + 1
            last_number = numbers[-1] if numbers else number
            waiting.extend(numbers or [number])
            cuts.append((line.start, {"role": "question", "number": number}))
        else:
            answered = numbers[0] if numbers else (min(waiting) if waiting else None)
            waiting.clear()
            cuts.append((line.start, {"role": "answer", "number": answered}))
    return cuts


def _numbered_question(text: str, line, content: str, cuts) -> int | None:
    """A paragraph opening with a number and ending in "?" where no "Vraag" headings are used."""
    if any(attributes["role"] == "answer" for _, attributes in cuts[-1:]):
        return None
    match = _NUMBERED_QUESTION.match(content)
    if match is None or "?" not in text[line.start : line.start + 2000]:
        return None
    previous_numbers = [a.get("number") for _, a in cuts if a["role"] == "question"]
    number = int(match.group(1))
    expected = (previous_numbers[-1] or 0) + 1 if previous_numbers else 1
    return number if number == expected else None


def _debate_cuts(text: str, lines, contents) -> list[tuple[int, dict]]:
    cuts: list[tuple[int, dict]] = []
    speaker: str | None = None
    government = False
    in_motion = False
    headings = _uses_speaker_headings(contents)
    announced = in_list = False  # the turn announced toezeggingen; a list of them is being read
    listing = False  # a list of toezeggingen has begun: a member of government may interrupt it, the chair goes on
    for index, (line, content) in enumerate(zip(lines, contents)):
        label = speaker_label(content) or _label_over_two_lines(contents, index)
        heading = speaker_heading(content) if headings and label is None else None
        if label is not None or heading is not None:
            speaker = (label or heading).strip()  # type: ignore[union-attr]
            government = is_government_speaker(speaker)
            in_motion = announced = in_list = False
            cuts.append((line.start, {"role": "turn", "speaker": speaker, "government": government}))
            if label is not None and _is_chair(speaker):
                # A transcript that sets the label before the chair's first words ("De voorzitter: Ik heb de volgende
                # toezeggingen genoteerd.", "De voorzitter: De minister komt erop terug voor het reces. Genoteerd.")
                # announces a list or notes a promise there, as a line of its own under the label does.
                words = words_after_label(content)
                announced = _announces_promises(words)
                noted = text.find(words, line.start, line.end) if announced and _reads_as_item(words) else -1
                if noted > line.start:
                    cuts.append((noted, {"role": "promise_list", "speaker": speaker, "government": False}))
                    if index + 1 < len(lines):
                        cuts.append((lines[index + 1].start, {"role": "turn", "speaker": speaker, "government": False}))
            continue
        if not government and not in_motion:
            chair = _is_chair(speaker)
            if in_list:
                # the chair's sentence as a whole, where a margin wrapped it ("Tot slot heb ik de toezegging staan dat
                # de" / "staatssecretaris ...")
                said = _paragraph_from(text, lines, contents, index) if chair else content
                if (
                    not _BULLET.match(content)
                    and not _is_registry_item(contents, index)
                    and not _NUMBERED_ITEM.match(content)
                    and not (chair and _reads_as_item(said))
                    and _SENTENCE_END.search(contents[index - 1])
                    and (not chair or (_CHAIR_PROSE.search(content) and not _CHAIR_READS_ITEM.search(said)))
                ):
                    in_list = announced = False  # a line of prose after the last item: the chair speaks again
                    cuts.append((line.start, {"role": "turn", "speaker": speaker, "government": government}))
                    continue
                if contents[index - 1].endswith(":"):
                    # the item a line announces ("De tweede toezegging:") is a sentence of its own, also where a run-on
                    # transcript has no line break after the colon
                    cuts.append((line.start, {"role": "promise_list", "speaker": speaker, "government": False}))
                    continue
            elif announced or listing:
                # the chair's words wrapped at a margin go on on the next line, which is no item of its own
                chair_item = chair and _opens_a_paragraph(text, lines, contents, index)
                # a list of toezeggingen is read by the chair or stands on a page without speakers; a member who
                # quotes the minister ("De minister zegt ook dat ...") reads none
                lister = chair or speaker is None
                said = _paragraph_from(text, lines, contents, index) if chair_item else content
                if (
                    (lister and announced and _BULLET.match(content))
                    or (lister and _is_registry_item(contents, index))
                    or (announced and chair_item and not _CHAIR_PROSE.search(said))
                    or (chair_item and _GOVERNMENT_ITEM.match(content) and not _CHAIR_PROSE.search(said))
                    or (chair_item and listing and _reads_as_item(said))
                    or (chair_item and listing and _NUMBERED_ITEM.match(content))
                    or (chair_item and listing and _CHAIR_READS_ITEM.search(said))
                ):
                    in_list = listing = True
                    cuts.append((line.start, {"role": "promise_list", "speaker": speaker, "government": False}))
                    continue
            # one scan for the announcing word first: most of the chair's lines have none, and reading a line as
            # an item takes three
            if chair and not in_list and _ANNOUNCES_PROMISES.search(content) and _reads_as_item(content):
                # the chair notes a promise just made: "De minister komt erop terug voor het reces. Genoteerd."
                cuts.append((line.start, {"role": "promise_list", "speaker": speaker, "government": False}))
                if index + 1 < len(lines):
                    after = {"role": "turn", "speaker": speaker, "government": government}
                    cuts.append((lines[index + 1].start, after))
                announced = True
                continue
            if not in_list and not announced:
                announced = _announces_promises(content)
        if not in_motion and _MOTION_START.match(content) and _next_is_motion(contents, index):
            in_motion = True
            cuts.append((line.start, {"role": "motion", "speaker": speaker, "government": False}))
        elif in_motion and _MOTION_END.search(content):
            in_motion = False
            if index + 1 < len(lines):
                cuts.append((lines[index + 1].start, {"role": "turn", "speaker": speaker, "government": government}))
    return cuts


# How a label opens, in a column too narrow to hold it: "Mevrouw Slagt-Tichelman" / "(GroenLinks-PvdA): Dank u wel".
_LABEL_OPENING = re.compile(r"(?:Mevrouw|De heer|Minister|Staatssecretaris|De minister|De staatssecretaris)\b[^:]*$")


def _label_over_two_lines(contents, index: int) -> str | None:
    """The speaker whose label a narrow column broke over this line and the next (the colon on the next)."""
    content = contents[index]
    if index + 1 >= len(contents) or len(content) > 60 or not _LABEL_OPENING.match(content):
        return None
    following = contents[index + 1]
    colon = following.find(":")
    if colon < 0 or colon > 60:
        return None
    return speaker_label(f"{content} {following}")


def _opens_a_paragraph(text: str, lines, contents, index: int) -> bool:
    """Whether this line starts anew: the line before it ends a sentence, or a blank line stands between them. The
    chair's words wrapped at a PDF's margin go on on the next line ("... O, ja, de heer" / "Thiadens."), which is no
    item of a list."""
    if index == 0 or _SENTENCE_END.search(contents[index - 1]):
        return True
    return text.count("\n", lines[index - 1].end, lines[index].start) > 1


def _paragraph_from(text: str, lines, contents, index: int, most: int = 40) -> str:
    """This line with the lines that go on from it, up to the one that ends a sentence or a blank line (at most a
    paragraph's worth: an unwrapped transcript holds the whole paragraph on the line)."""
    end = index
    while end + 1 < len(contents) and end - index < most and not _opens_a_paragraph(text, lines, contents, end + 1):
        end += 1
    return contents[index] if end == index else " ".join(contents[index : end + 1])


def _is_registry_item(contents, index: int) -> bool:
    """A registry's "De minister ... zegt ... toe" opens this line; wrapped at a PDF's margin, its verb may stand on the
    next ("De minister van Binnenlandse Zaken en Koninkrijksrelaties" / "zegt de Kamer, naar aanleiding van ...")."""
    content = contents[index]
    if _REGISTRY_ITEM.match(content):
        return True
    return (
        index + 1 < len(contents)
        and not _SENTENCE_END.search(content)
        and _REGISTRY_ITEM.match(f"{content} {contents[index + 1]}") is not None
    )


def _announces_promises(content: str) -> bool:
    # a substring test first: most lines of a debate announce nothing
    return ("oezegging" in content or "OEZEGGING" in content or "enoteerd" in content) and bool(
        _ANNOUNCES_PROMISES.search(content)
    )


def _announces_list(sentence: str) -> bool:
    """Whether the chair's sentence announces the toezeggingen, rather than reading one out ("De staatssecretaris heeft
    toegezegd ...", "Tot slot heb ik de toezegging staan dat de minister ...")."""
    return _announces_promises(sentence) and not _reads_as_item(sentence) and _CHAIR_READS_ITEM.search(sentence) is None


def _reads_as_item(content: str) -> bool:
    first = _FIRST_CLAUSE.match(content).group()  # type: ignore[union-attr]  # matches any string
    return _GOVERNMENT_NAMED.search(first) is not None and _CHAIR_PROSE.search(first) is None


def _is_chair(speaker: str | None) -> bool:
    return speaker is not None and "voorzitter" in speaker.lower()


def _next_is_motion(contents, index: int) -> bool:
    return index + 1 < len(contents) and _MOTION_SECOND.match(contents[index + 1]) is not None


def _letter_cuts(lines, contents) -> list[tuple[int, dict]]:
    body_start = _body_start(lines, contents)
    closing_start = _closing_start(lines, contents, body_start)
    cuts: list[tuple[int, dict]] = [(0, {"role": "preamble"})]
    if body_start is not None:
        cuts.append((body_start, {"role": "body"}))
    else:
        cuts = [(0, {"role": "body"})]
    if closing_start is not None:
        cuts.append((closing_start, {"role": "closing"}))
    return cuts


def _body_start(lines, contents) -> int | None:
    """Where the letter text begins: after the salutation, or after the letterhead."""
    head = contents[:_LETTER_HEAD_LINES]
    for index, content in enumerate(head):
        if _SALUTATION.match(content):
            return lines[index + 1].start if index + 1 < len(lines) else None
    last = None
    for index, content in enumerate(head):
        if _LETTER_HEAD.match(content):
            last = index + 1 if _LABEL_ONLY.match(content) else index
    if last is None or last + 1 >= len(lines):
        return None
    return lines[last + 1].start


def _closing_start(lines, contents, body_start: int | None) -> int | None:
    """The signature block: the first closing formula after which no prose follows."""
    candidate = None
    below = ""  # the line under this one: a sentence wrapped at a narrow margin goes on there with its verb
    for line, content in zip(reversed(lines), reversed(contents)):
        if body_start is not None and line.start <= body_start:
            break
        if _is_prose(content):
            break
        if _CLOSING.match(content) and not _FINITE_VERB.search(content + " " + below):
            candidate = line.start
        below = content
    return candidate


# A signature names an office; a line that opens like one and goes on with a verb is a sentence of the letter
# broken at the margin: "De minister voor Armoedebeleid, Participatie en Pensioenen zal dit vraagstuk", and the
# registry's third person "De minister van Veiligheid en Justitie zegt de Kamer, naar" (a rappel list's PDF).
_FINITE_VERB = re.compile(
    r"\b(?:zal|zullen|zou|zouden|wordt|worden|werd|heeft|hebben|had|is|zijn|was|kan|kunnen|gaat|moet|wil"
    r"|zegt|zeggen|zegde|zegden|stuurt|sturen|informeert|informeren|deelt|delen|meldt|geeft|komt|laat|stelt|neemt)\b"
)


# One sentence ending and the next beginning inside a line ("Kamerbrief Staat van de Unie 2024. Het kabinet zal").
# A signature's initials and titles ("drs. C. van Nieuwenhuizen", "C.J. Schouten") are no such ending.
_SENTENCE_INSIDE = re.compile(r"[a-zà-ÿ]{3}[.?!]\s+[A-ZÀ-Þ][a-zà-ÿ]")


def _is_prose(content: str) -> bool:
    # a signature block holds names and offices; running text is long and ends sentences, also where a PDF wrapped it
    # at a narrow width
    return (
        len(content) > 120
        or (len(content) > 60 and content.endswith((".", "?", "!")))
        or _SENTENCE_INSIDE.search(content) is not None
    )
