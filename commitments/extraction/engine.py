"""text -> Extraction: metadata, structure, candidate sentences, rules, fields, repetitions."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import compress
from operator import itemgetter

from .config import ExtractionConfig
from .deadlines.resolution import Deadline, resolve_deadline
from .deadlines.time_phrases import find_time_phrases
from .deadlines.timing import deadline_for, inherit_by_reference
from .deliveries.finding import find_deliveries
from .document.layout import QUESTION_HEADING, spans_without_furniture, without_furniture
from .document.metadata import read_metadata
from .document.sentences import Sentence, footnote_sentences, split_sentences
from .document.speakers import SPEAKER_LINE, speaker_heading
from .document.structure import Segment, segment_document
from .document.typed_text import TypedText, typed_text
from .promises import cue_index, fields, parties
from .promises.clauses import without_parentheticals
from .promises.content_sentences import CONTENT_OF_PROMISED, tells_content_of
from .promises.matching import Verdict, cue_mask, judge, may_match, reading_gates
from .promises.repetitions import link_repetitions
from .result import Delivery, ExtractedCommitment, Extraction

# Roles whose sentences never carry a government promise: members' questions, motion texts,
# signature blocks and footnotes.
_SILENT_ROLES = frozenset({"question", "motion", "closing"})
# A short sentence that points back ("U hoort dat half mei.", "Dat zullen we doen.") is quoted
# with the sentence it leans on, so a reader sees what is promised.
_ANAPHOR = re.compile(r"\b(?:dat|dit|die|daar\w*|hier\w*|het|dan)\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(
    r"\b(?:dat|die|deze|dit)\s+(?!(?:ik|we|wij|u|het|de|een|er|zij|hij|je|dat|dit)\b)\w+|\bdaar\w*|\bdan\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"[-–—•·*▪]\s+")
_TEXT = itemgetter(2)  # Sentence.text, read in C
# The rules that report a promise made earlier (in the perfect), and how far after one a delivery may settle it.
_REPORTS_OF_A_PROMISE = frozenset({"toezegging.restated"})
# The rules that read an entry of a register of toezeggingen ("De minister zegt de Kamer toe ...").
_RECORDING_RULES = frozenset({"toezegging.registry"})
# A promise told as what was said before: "Ik heb u eerder bericht dat uw Kamer nog wordt geïnformeerd over ...".
_TOLD_BEFORE = re.compile(
    r"\b(?:heb|hebben|heeft)\b(?:\s+\S+){0,8}?\s+(?:bericht|gemeld|toegezegd|aangegeven|laten weten|medegedeeld"
    r"|meegedeeld|aangekondigd|geschreven)\b(?:\s+\S+){0,40}?\s+dat\b"
    # the simple past of promising: "Tijdens het Algemeen Overleg zegde ik toe om ... met de Kamer te delen"
    r"|\b(?:zegde|zegden)\s+(?:ik|wij|we)\b(?:\s+\S+){0,4}?\s+toe\b",
    re.IGNORECASE,
)
_SPOKEN_ROLES = frozenset({"turn", "promise_list"})
# the writer's own future beside the recalled promise: "Zoals ik heb toegezegd, zal ik u twee keer per jaar ..."
# (read in the quote as it stands, where a line break or a no-break space may part the two words)
_OWN_FUTURE = re.compile(
    r"\b(?:(?:zal|zullen|ga|gaan)\s+(?:ik|we|wij)|(?:ik|we|wij)\s+(?:zal|zullen|ga|gaan))\b", re.IGNORECASE
)
_PROMISE_IN_TITLE = re.compile(r"\btoezegging", re.IGNORECASE)
_ANSWERS_QUESTIONS = re.compile(r"\b(?:antwoorden|beantwoord\w*|vragen)\b", re.IGNORECASE)
_REQUESTED = re.compile(r"\b(?:verzocht|verzoek\w*|gevraagd)\b", re.IGNORECASE)
_PROMISED_BEFORE = re.compile(r"\b(?:toegezegd\w*|toezegging\w*|beloofd\w*)\b", re.IGNORECASE)
# a letter whose subject is putting off something promised: "Betreft: Uitstel toezending stand spreiding ..."
_POSTPONEMENT_IN_TITLE = re.compile(r"\buitstel\b", re.IGNORECASE)
# what a just-promised document will hold ("In deze notitie wordt ingegaan op ..."): a promise with it
_CONTENT_VERDICT = Verdict(CONTENT_OF_PROMISED)
# How far before a mention the sentence it leans on may start, for a phrase read there (its deadline, its condition).
_LEANED_ON_REACH = 2000
_SETTLED_REACH = 1000  # the opening paragraph of a letter and the next, where "Met deze brief ..." follows
SHORT_SENTENCE = 50
LONG_NEIGHBOUR = 300


class ExtractionError(ValueError):
    """Input the engine refuses, with a short code (STYLE habit 3)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class _Found:
    sentence: Sentence
    previous: Sentence | None  # the sentence before it in the same segment
    segment: Segment | None
    verdict: Verdict
    # the next sentence of the segment when it goes on about what is promised and promises nothing itself:
    # "Dat kan ik toezeggen. Dat zal dan in de zomer worden toegestuurd."
    continued_by: Sentence | None = None


def extract(text: str, config: ExtractionConfig = ExtractionConfig()) -> Extraction:
    if not isinstance(text, str):
        raise ExtractionError("not_text", f"expected text (str), got {type(text).__name__}")
    if len(text) > config.max_chars:
        raise ExtractionError("too_large", f"text has {len(text):,} characters; the limit is {config.max_chars:,}")
    typed = typed_text(text)
    if typed is None:
        return _extract(text, config)
    return _in_original(text, typed, _extract(typed.text, config))


def _in_original(text: str, typed: TypedText, extraction: Extraction) -> Extraction:
    """An extraction from a text's typed form, with its offsets and quotes in the text as it came."""

    def verbatim(phrase: str | None, start: int, end: int) -> str | None:
        """A phrase read in the typed form, as the text that came has it: the occurrence inside the span of the mention
        (start, end in the typed form), else the first one from a little before it (a deadline in the sentence it
        leans on); a phrase the typed form does not hold word for word (a subject tidied up) stays as it is."""
        if not phrase:
            return phrase
        at = typed.text.find(phrase, start, end)
        if at < 0:
            at = typed.text.find(phrase, max(0, start - _LEANED_ON_REACH))
        if at < 0:
            return phrase
        return text[typed.original_start(at) : typed.original_end(at + len(phrase))]

    def placed(item: ExtractedCommitment) -> ExtractedCommitment:
        # the page furniture is told in the typed form, whose lines end where the rules read them
        spans = spans_without_furniture(typed.text, item.start, item.end)
        quote = "\n".join(text[typed.original_start(first) : typed.original_end(last)] for first, last in spans)
        return replace(
            item,
            start=typed.original_start(item.start),
            end=typed.original_end(item.end),
            quote=quote,
            subject=verbatim(item.subject, item.start, item.end),
            deadline_text=verbatim(item.deadline_text, item.start, item.end),
            condition=verbatim(item.condition, item.start, item.end),
            legal_basis=verbatim(item.legal_basis, item.start, item.end),
        )

    def delivered(delivery: Delivery) -> Delivery:
        start, end = typed.original_start(delivery.start), typed.original_end(delivery.end)
        return replace(
            delivery,
            start=start,
            end=end,
            quote=text[start:end],
            subject=verbatim(delivery.subject, delivery.start, delivery.end),
            promise_text=verbatim(delivery.promise_text, delivery.start, delivery.end),
            deadline_text=verbatim(delivery.deadline_text, delivery.start, delivery.end),
        )

    return replace(
        extraction,
        commitments=[placed(item) for item in extraction.commitments],
        deliveries=[delivered(delivery) for delivery in extraction.deliveries],
    )


def _extract(text: str, config: ExtractionConfig) -> Extraction:
    cue_index.forget_sentences()
    info = read_metadata(text)
    segments = segment_document(text, info.kind)
    found = _find(text, segments, info.kind)
    reference_date = info.date or config.reference_date
    if info.date is None and reference_date is not None:
        info = replace(info, date=reference_date)  # the caller's date stands in (CLI --date)
    chamber = config.chamber or getattr(info, "chamber", None) or "TK"

    # One fragment in ten is resolved again (a promise's sentence as its own deadline and as the one the next
    # promise leans on, a delivery's as what follows it): a Deadline is frozen, so it is kept for the document.
    resolved: dict[str, Deadline] = {}

    def resolve(fragment: str) -> Deadline:
        found = resolved.get(fragment)
        if found is None:
            found = resolved[fragment] = resolve_deadline(
                fragment, reference_date=reference_date, calendar=config.calendar, chamber=chamber
            )
        return found

    following = _Following(text, segments)
    deliveries = find_deliveries(text, segments, info.kind, resolve)
    speakers = _government_speakers(segments)
    items = inherit_by_reference([_build(text, f, info, resolve, following, speakers) for f in found])
    # a letter whose subject is a toezegging ("Betreft: Toezegging informeren Kamer over ...") is its delivery
    about_a_promise = bool(info.title and _PROMISE_IN_TITLE.search(info.title))
    in_writing = [not _spoken(f.segment) for f in found]
    postponing = bool(info.title and _POSTPONEMENT_IN_TITLE.search(info.title))
    items = [
        _as_renewed(item) if written and _renews_a_postponed_promise(text, item, deliveries, postponing) else item
        for item, written in zip(items, in_writing)
        if not _settled_here(item, deliveries, reference_date, about_a_promise, written)
    ]
    links = link_repetitions([i.quote for i in items], [i.refers_to_earlier for i in items], [i.actor for i in items])
    items = [_with_link(item, link) for item, link in zip(items, links)]
    return Extraction(document=info, commitments=items, deliveries=deliveries)


def _renews_a_postponed_promise(
    text: str, item: ExtractedCommitment, deliveries: list[Delivery], postponing: bool
) -> bool:
    """A letter that puts off an earlier promise ("Betreft: Uitstel ...", "Het is helaas niet mogelijk gebleken ...")
    and then promises a new time ("Ik verwacht u de brief uiterlijk 30 april te doen toekomen") restates that
    promise. Not what the Kamer asked for and is owed: answers to written questions, a reaction it requested,
    unless the letter names a promise too."""
    if not (
        postponing or any(d.kind == "postpones" and d.start < item.start <= d.end + _SETTLED_REACH for d in deliveries)
    ):
        return False
    before = text[: item.start]
    if _PROMISED_BEFORE.search(before):
        return True
    return not (_ANSWERS_QUESTIONS.search(item.quote) or _REQUESTED.search(before))


def _as_renewed(item: ExtractedCommitment) -> ExtractedCommitment:
    return item if item.refers_to_earlier else replace(item, refers_to_earlier=True)


def _settled_here(
    item: ExtractedCommitment,
    deliveries: list[Delivery],
    day: date | None,
    about_a_promise: bool = False,
    written: bool = False,
) -> bool:
    """A past-tense report of an earlier promise ("In dat overleg heb ik toegezegd ...") is an open
    commitment only while it is open: not when this document fulfils or postpones it in the same or the
    next sentences ("Deze toezegging doe ik hierbij gestand"), nor when its deadline has come by the
    date of writing (the document is then the delivery, or says why it is late), nor when the document's
    subject is that toezegging. A letter that recalls a promise without promising anything itself ("Op 2
    februari heb ik toegezegd ...") recalls it because it answers or postpones it; a minister in a debate
    recalls one to hold to it."""
    # the sentence itself carries out the promise it names: "Daarmee geef ik uitvoering aan de toezegging om ..."
    # ("Zoals toegezegd informeer ik u in het najaar" names its promise too, but keeps it for later)
    if any(d.rule == "fulfil.promise_kept" and item.start <= d.start and d.end <= item.end for d in deliveries):
        return True
    # a remark in brackets or between dashes does not stand between "heb" and "bericht" (it is a clause of its own)
    if item.rule not in _REPORTS_OF_A_PROMISE and not _TOLD_BEFORE.search(without_parentheticals(item.quote)):
        return False
    if about_a_promise or (written and not _OWN_FUTURE.search(item.quote)):
        return True
    if day is not None and item.due_date is not None and item.due_date <= day:
        return True
    return any(
        d.kind in ("fulfils", "postpones") and item.start <= d.start <= item.end + _SETTLED_REACH for d in deliveries
    )


def _find(text: str, segments: list[Segment], kind: str) -> list[_Found]:
    """Judge the sentences that can hold a promise and contain a cue word at all.

    Cue words are looked for in the cleaned sentences, not in the raw segment: a cue hyphenated
    across a line break ("toe-\nzeggen") or glued to a footnote number only reads whole there.
    """
    found: list[_Found] = []
    for segment in segments or [None]:  # type: ignore[list-item]  # no segments: the whole text, unsegmented
        if not _may_promise(segment, kind):
            continue
        start, end = (segment.start, segment.end) if segment else (0, len(text))
        # the present tense promises in speech and in a list of toezeggingen; in writing it is the document itself
        spoken = _spoken(segment)
        sentences = split_sentences(text, start, end)
        if segment is not None and segment.role == "turn" and sentences:
            sentences[0] = _without_label(text, sentences[0])
        elif segment is not None and segment.role == "answer" and sentences:
            sentences[0] = _without_answer_heading(text, sentences[0])
        hits: dict[int, Verdict] = {}
        # the cue words of every sentence, asked in one map: most sentences have none, and the loop reads the others
        cues = list(map(cue_mask, map(_TEXT, sentences)))
        for index in compress(range(len(cues)), cues):
            verdict = _promise_in(sentences[index].text, spoken, cues[index])
            if verdict is not None:
                hits[index] = verdict
        hits = _with_content_sentences(text, sentences, hits)
        if not spoken and hits:
            hits = _with_sentences_going_on(text, sentences, hits)
        # In speech a short promise goes on in the next sentence ("Dat kan ik toezeggen. Dat zal dan in de zomer
        # ..."); a letter's sentence stands on its own, and a list of toezeggingen reads one item a sentence.
        goes_on = segment is not None and segment.role == "turn"
        for index, verdict in hits.items():
            if index - 1 in hits and _NAMES_THE_PROMISE.match(sentences[index].text):
                continue  # "De Kamer ontvangt in juni een brief. Dat is een toezegging aan de heer X.": one promise
            after = index + 1
            continued_by = (
                sentences[after]
                if goes_on
                and after < len(sentences)
                and after not in hits
                and _continues(sentences[after].text)
                and not _PARAGRAPH_BREAK.search(text, sentences[index].end, sentences[after].start)
                else None
            )
            # a speaker's label opening a turn is no sentence to lean on ("Minister Bakker:" before "Dat doe ik.")
            previous = sentences[index - 1] if index and not _is_label(sentences[index - 1].text) else None
            if _back_later_in_this_debate(verdict, sentences[index], previous if goes_on else None, continued_by):
                continue
            found.append(_Found(sentences[index], previous, segment, verdict, continued_by))
    notes = _in_footnotes(text, segments, kind)
    return sorted(found + notes, key=lambda f: f.sentence.start) if notes else found


def _with_content_sentences(text: str, sentences: list[Sentence], hits: dict[int, Verdict]) -> dict[int, Verdict]:
    """hits, with the sentence after a promise that says what the promised document will hold ("In deze notitie
    wordt ingegaan op ...") in the same paragraph."""
    content = {
        after: _CONTENT_VERDICT
        for index, after in _next_in_paragraph(text, sentences, hits)
        if tells_content_of(sentences[index].text, sentences[after].text)
    }
    return _joined(hits, content)


def _with_sentences_going_on(text: str, sentences: list[Sentence], hits: dict[int, Verdict]) -> dict[int, Verdict]:
    """hits, with the sentence of a letter that goes on from a promise with a time to come, in the same paragraph, and
    points back at it ("In het voorjaar wordt uw Kamer weer geïnformeerd over de voortgang. Uw Kamer ontvangt dan ook
    de laatste stand van zaken."): its present tense takes that time, as a sentence said in a debate does."""
    going_on = {
        after: verdict
        for index, after in _next_in_paragraph(text, sentences, hits)
        if _POINTS_BACK_IN_TIME.search(sentences[after].text)
        and next(find_time_phrases(sentences[index].text), None) is not None
        and (verdict := _promise_in(sentences[after].text, spoken=True)) is not None
    }
    return _joined(hits, going_on)


def _next_in_paragraph(text: str, sentences: list[Sentence], hits: dict[int, Verdict]) -> Iterator[tuple[int, int]]:
    """(a promise's index, the next sentence's index) where that sentence promises nothing itself and no blank line
    stands between them."""
    for index in hits:
        after = index + 1
        if (
            after < len(sentences)
            and after not in hits
            and not _PARAGRAPH_BREAK.search(text, sentences[index].end, sentences[after].start)
        ):
            yield index, after


def _joined(hits: dict[int, Verdict], more: dict[int, Verdict]) -> dict[int, Verdict]:
    # in the order of the sentences, as the rest of the engine reads the promises found
    return dict(sorted({**hits, **more}.items())) if more else hits


def _in_footnotes(text: str, segments: list[Segment], kind: str) -> list[_Found]:
    """Promises in the footnotes of a letter's pages ("Uw Kamer wordt hierover voor de zomer geïnformeerd"),
    each sentence judged on its own and in writing."""
    found: list[_Found] = []
    starts = [s.start for s in segments]
    for sentence in footnote_sentences(text):
        segment = _segment_at(segments, starts, sentence.start)
        if _spoken(segment) or not _may_promise(segment, kind):
            continue
        verdict = _promise_in(sentence.text, spoken=False)
        if verdict is not None:
            found.append(_Found(sentence, None, segment, verdict, None))
    return found


def _promise_in(reading: str, spoken: bool, cues: int | None = None) -> Verdict | None:
    """The table's verdict on a sentence that holds a promise; None for the others, most of them turned away
    by the cue words (cues: cue_mask(reading), when the caller has it) and the literal gates before any template
    runs."""
    if cues is None:
        cues = cue_mask(reading)
    if not cues:
        return None
    present = reading_gates(reading)  # looked up once, for may_match and judge both
    if not may_match(reading, cues, present):
        return None
    verdict = judge(reading, cues, spoken, present)
    return verdict if verdict.is_commitment else None


def _back_later_in_this_debate(
    verdict: Verdict, sentence: Sentence, leaned_on: Sentence | None, continued_by: Sentence | None
) -> bool:
    """A come-back whose place is a later part of this debate is the debate itself: the sentence after it names that
    part ("Daar kom ik op terug. Dat zit in het blokje zorg."), or the sentence it leans on announces it and it names no
    time of its own ("Een ander blokje gaat over ... Ik zal daar bij de Lelylijn op terugkomen."). Not so an act
    reported back there: "Dat zal ik nagaan. Dan kom ik in mijn tweede termijn daarop terug."."""
    if verdict.rule is None or verdict.rule.name != "come_back":
        return False
    if continued_by is not None and _THIS_DEBATE.search(continued_by.text):
        return True
    return (
        leaned_on is not None
        and _THIS_DEBATE.search(leaned_on.text) is not None
        and _leans_on_previous(sentence.text)
        and next(find_time_phrases(sentence.text), None) is None
    )


def _segment_at(segments: list[Segment], starts: list[int], position: int) -> Segment | None:
    """The segment holding position (starts: the segments' starts, in order)."""
    index = bisect.bisect_right(starts, position) - 1
    return segments[index] if index >= 0 else None


def _without_label(text: str, sentence: Sentence) -> Sentence:
    """A turn's first sentence without the speaker's label before it on the same line ("Minister Adema: Wij
    willen ..."): the label names who speaks; read as part of the sentence, it is a member of government
    as its subject."""
    return _without_opening(text, sentence, SPEAKER_LINE.match(text, sentence.start, sentence.end), SPEAKER_LINE)


def _without_answer_heading(text: str, sentence: Sentence) -> Sentence:
    """An answer's first sentence without its heading before it on the same line ("Antwoord 9: Zoals ik ..."): the
    quote is the answer's words."""
    in_text = QUESTION_HEADING.match(text, sentence.start, sentence.end)
    return _without_opening(
        text, sentence, in_text if in_text and in_text.group().endswith(":") else None, QUESTION_HEADING
    )


def _without_opening(
    text: str, sentence: Sentence, in_text: re.Match[str] | None, opening: re.Pattern[str]
) -> Sentence:
    """sentence from after what in_text matched at its start (opening, matched in its reading form too)."""
    in_reading = opening.match(sentence.text)
    if in_text is None or in_reading is None:
        return sentence
    rest = sentence.text[in_reading.end() :].lstrip()
    start = in_text.end()
    while start < sentence.end and text[start].isspace():
        start += 1
    return Sentence(start, sentence.end, rest) if rest and start < sentence.end else sentence


def _spoken(segment: Segment | None) -> bool:
    """Said in a debate or read out from a list of toezeggingen, not written in a letter or an answer."""
    return segment is not None and segment.role in _SPOKEN_ROLES


def _is_label(reading: str) -> bool:
    return SPEAKER_LINE.fullmatch(reading) is not None or speaker_heading(reading) is not None


def _continues(reading: str) -> bool:
    """A sentence that goes on about the one before: a pronoun or "dan" among its first words, not a question."""
    return len(reading) < LONG_NEIGHBOUR and not reading.endswith("?") and _GOES_ON.match(reading) is not None


# a sentence that only names the one before it as a promise, or promises it again in a word
_NAMES_THE_PROMISE = re.compile(
    r"(?:dat|dit|die|het) (?:is|was) (?:(?:dan|dus|ook|bij dezen|hierbij) )*(?:een|de|mijn) toezegging\b"
    r"|(?:dat|dit) (?:zeg|beloof) (?:ik|we|wij) (?:(?:u|jullie|de kamer|dan|dus|ook|graag|bij dezen|hierbij) )*toe\W*$",
    re.IGNORECASE,
)
# a new paragraph is a new point: the sentence after a blank line does not go on about the promise before it
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# the next sentence places the promise in this debate: in the second round, a later block of answers, in a moment
_THIS_DEBATE = re.compile(
    r"\b(?:(?:eerste|tweede) termijn|volgende? blok|blokje|zo ?meteen|zo dadelijk)\b", re.IGNORECASE
)
# "dan", "daarmee", "daarin", "daarbij", "tegelijkertijd": a sentence placed at the time or in the document just named
_POINTS_BACK_IN_TIME = re.compile(r"\b(?:dan|daarmee|daarin|daarbij|tegelijkertijd)\b", re.IGNORECASE)
_GOES_ON = re.compile(r"(?:\w+\W+){0,2}?(?:dat|dit|die|daar\w*|hier\w*|dan|het)\b", re.IGNORECASE)


def _may_promise(segment: Segment | None, kind: str) -> bool:
    if segment is None:
        return True
    if segment.role in _SILENT_ROLES:
        return False
    if segment.role == "turn":
        return segment.government
    # In a debate only turns speak; the title and the agenda line promise nothing.
    return not (kind == "handelingen" and segment.role == "preamble")


class _Following:
    """The sentences after a promise, with their segments, split on demand (for "Wanneer?" answers)."""

    REACH = 2000
    # The caller says how many sentences it will read. A short range is split first: when it holds
    # one sentence more, the range end cut none of those, so they are the ones REACH gives.
    SENTENCE_CHARS = 110

    def __init__(self, text: str, segments: list[Segment]) -> None:
        self.text, self.segments, self.starts = text, segments, [s.start for s in segments]

    def __call__(self, sentence: Sentence, needed: int) -> list[tuple[Sentence, Segment | None]]:
        text, start = self.text, sentence.end
        reach = min(self.REACH, self.SENTENCE_CHARS * (needed + 1))
        after = split_sentences(text, start, min(len(text), start + reach))
        if len(after) > needed:
            after = after[:needed]
        elif reach < self.REACH:
            after = split_sentences(text, start, min(len(text), start + self.REACH))
        return [(s, _segment_at(self.segments, self.starts, s.start)) for s in after]


def _government_speakers(segments: list[Segment]) -> tuple[str, ...]:
    """The members of government who speak in a debate, each once, in the order they first speak."""
    return tuple(
        dict.fromkeys(
            s.speaker.strip().rstrip(":") for s in segments if s.role == "turn" and s.government and s.speaker
        )
    )


def _build(text: str, f: _Found, info, resolve, following, speakers: tuple[str, ...] = ()) -> ExtractedCommitment:
    sentence, rule = f.sentence, f.verdict.rule
    assert rule is not None
    start, end = sentence.start, sentence.end
    bullet = _BULLET.match(text, start, end)  # an item of a list of toezeggingen: the bullet is not quoted
    if bullet:
        start = bullet.end()
    previous = f.previous if f.previous is not None and _leans_on_previous(sentence.text) else None
    quoted = (
        previous if previous and len(sentence.text) < SHORT_SENTENCE and len(previous.text) < LONG_NEIGHBOUR else None
    )
    if quoted:
        start = quoted.start
    going_on = f.continued_by if not quoted else None
    if going_on is not None:
        end = going_on.end
    quote = without_furniture(text, start, end)
    deadline = deadline_for(text, sentence, previous, f.segment, following, resolve)
    if deadline.kind == "none" and going_on is not None:
        deadline = resolve(text[going_on.start : going_on.end])
    if quoted and deadline.condition is None:
        # a short promise that only points back ("Dat doe ik zo snel mogelijk.") promises what the sentence before
        # it says, on that sentence's condition ("..., nadat ik de collega van EZK heb kunnen raadplegen.")
        condition = resolve(text[quoted.start : quoted.end]).condition
        if condition is not None:
            deadline = replace(deadline, condition=condition)
    # Fields are read from what is quoted: a sentence leaned on may say "zoals toegezegd".
    reading = quoted.text + " " + sentence.text if quoted else sentence.text
    confidence = rule.confidence + (0.05 if deadline.kind != "none" else 0.0) - (0.1 if len(reading) > 400 else 0.0)
    return ExtractedCommitment(
        quote=quote,
        start=start,
        end=end,
        actor=parties.actor_for(reading, rule.name, f.segment, tuple(getattr(info, "signatories", ())), speakers),
        action=fields.infer_action(reading, rule.action),
        subject=fields.subject(reading),
        deadline_kind=deadline.kind,
        deadline_text=deadline.text,
        due_date=deadline.due_date,
        due_date_estimated=deadline.estimated,
        condition=deadline.condition,
        legal_basis=fields.legal_basis(reading),
        recurring=fields.is_recurring(reading) or deadline.kind == "ongoing",
        refers_to_earlier=_records_an_earlier_promise(f) or fields.refers_to_earlier(reading),
        rule=rule.name,
        confidence=round(max(0.05, min(0.99, confidence)), 2),
    )


def _records_an_earlier_promise(f: _Found) -> bool:
    """An entry of the chair's list of toezeggingen or of a register records a promise made before, in the debate
    or in one the register keeps: what a clerk links to that promise (tests/corpus README, "The chair's list")."""
    rule = f.verdict.rule
    return (f.segment is not None and f.segment.role == "promise_list") or (
        rule is not None and rule.name in _RECORDING_RULES
    )


def _leans_on_previous(reading: str) -> bool:
    return bool(_DEMONSTRATIVE.search(reading)) or (len(reading) < SHORT_SENTENCE and bool(_ANAPHOR.search(reading)))


def _with_link(item: ExtractedCommitment, link: int | None) -> ExtractedCommitment:
    return item if link is None else replace(item, same_as=link)
