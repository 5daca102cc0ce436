"""Applying the rule table (rules.py, vetoes.py) to one sentence: candidate scan, vetoes, the winning rule.

A sentence is read whole first (its templates may span a clause and the infinitive it governs). When
that finds no promise, each of its clauses (clauses.py) is read on its own, with its insertions left
out and the condition it depends on put in front: a promise in a "dat" clause, in the second half of a
coordination or behind an apposition is found there. A veto then belongs to its own clause, and reaches
the clauses it governs only when it says their content is not the government's promise (members ask,
the law provides, an expectation, a question); "Hierbij bericht ik u" or a past tense in the governing
clause says nothing about the future promise it governs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from .clauses import (
    SUBJECT,
    Clause,
    Clauses,
    dash_pairs,
    fronted_clause,
    is_condition,
    is_reason,
    reading_subject_first,
    reading_without_bare_relatives,
    split_clauses,
    with_clauses,
    without_parentheticals,
)
from .cue_index import RULE_CUES, CuePart
from .literal_gates import (
    RULE_GATES,
    GateTable,
    Masks,
    as_run,
    collapse_spaces,
    fold,
    folded_twin,
    known_fold,
    passes,
    required_conjuncts,
    required_word_conjuncts,
)
from .rules import COMMITMENT_RULES
from .templates import FUTURE_TIME, VOCABULARY, Rule, compile_template
from .vetoes import REJECTION_RULES

# The rules' cue words pick the sentences worth the full table: the table then runs on a small
# share of the text, and each rule only where its own cues occur (cue_index.py).
_CUES = CuePart(RULE_CUES, [rule.compiled_cue for rule in COMMITMENT_RULES])

# Where a clause ends: a veto in the next clause ("..., maar dat zou ik kunnen ...") does not
# undo the promise in this one.
# The pattern opens with the class of the characters a break opens with, and each alternative then looks back at that
# character: a pattern that opens with a class is scanned for in C, one that opens with a look-ahead (or with an
# alternation) is entered at every position of the sentence.
_CLAUSE_BREAK = re.compile(
    r"[;:,\s](?:"
    r"(?<=[;:])"
    r"|(?<=,)(?:\s+maar\s|\s+(?:want|omdat|dus|hoewel|terwijl|waarna)\s)"
    r"|(?<=\s)(?:[—–]\s|\s*maar\s"
    r"|\s*en\s+(?=(?:alsdan|dan|daarna|ik|we|wij|daar|zal|zullen|dat|dit)\b)"
    # a second main clause with the verb before its subject: "... te komen en kortheidshalve zou ik willen verwijzen"
    r"|\s*en\s+(?=\w+\s+(?:zal|zou|zullen|zouden|wil|kan|ga|heb|ben)\s+(?:ik|we|wij)\b)))",
    re.IGNORECASE,
)
_PART_BREAK = re.compile(r"[;:]")
# A cheap test before a sentence's insertions are looked for (clauses.py).
# Asked only whether it matches: it opens with the class of the characters an insertion opens with (scanned for in C,
# as _CLAUSE_BREAK), and each alternative looks back at that character.
_MAY_INSERT = re.compile(
    r"[(\[–—\s,](?:(?<=[(\[–—])|(?<=\s)-\s|(?<=,)[^,]{1,400},|(?<=\w\s)\s*(?:die|dat|welke|waar\w+)\s[^,]{3,160},)"
)

_QUESTION = re.compile(r"\?[\"'”»)]*\s*$")
# Words between quotation marks are someone else's: a motion quoted by the minister, a question.
_QUOTED = re.compile(r"[\"“«„]([^\"”»“]{1,400})[\"”»]")


def _may_quote(text: str) -> bool:
    """Whether text holds one of _QUOTED's opening marks (no match is possible without one)."""
    return '"' in text or "“" in text or "«" in text or "„" in text


class Verdict(NamedTuple):
    """What the table says about one sentence: the rule that fired, or the veto that stopped it."""

    # A named tuple, not a frozen dataclass: every reading judged makes one, and a frozen dataclass sets
    # each field through object.__setattr__.

    rule: Rule | None
    rejected_by: str | None = None
    match_start: int = 0
    match_end: int = 0
    # the rules (as cue bits) with a pattern that got past its literal gates: a reading with fewer words
    # (insertions left out) can match no other rule
    tried: int = -1

    @property
    def is_commitment(self) -> bool:
        return self.rule is not None


def cue_mask(text: str) -> int:
    """The commitment rules whose cue words occur in text, as bits; 0 when the text is no candidate."""
    return _CUES.mask_of(text)


def is_candidate(text: str) -> bool:
    return cue_mask(text) != 0


def reading_gates(text: str) -> int:
    """The gate strings (literal_gates.GateTable.present) in a sentence's reading text, as judge reads it: the
    engine asks once and hands them to may_match and judge."""
    return _GATES.present(known_fold(collapse_spaces(text).strip()))


def may_match(text: str, cues: int, present: int | None = None) -> bool:
    """Whether one of the cued rules (cues: cue_mask(text)) has a pattern whose literal gates text passes
    (present: reading_gates(text), when the caller has it).

    When none has, judge(text, cues) finds no promise: no pattern runs on the sentence, and the clauses
    are read only after one ran (or a clause veto stopped it). Two in three cued sentences are such, and
    this test costs them a third of what judge does (it runs no sentence veto and no clause split).
    The gates include the whole words a pattern reads (word_patterns): the readings judge would try
    without the sentence's insertions hold no word the sentence lacks (test_literal_gates).
    """
    cues |= _CUES.uncued
    if present is None:
        present = reading_gates(text)
    while cues:
        low = cues & -cues
        cues ^= low
        gated = _GATED_RULES[low.bit_length() - 1]
        if gated.any_word & present:
            for first, rests in gated.word_gates:
                if first & present:
                    for rest in rests:
                        # passes(rest, present) written out: a call per pattern that gets this far costs more
                        # than the test
                        for mask in rest:
                            if not mask & present:
                                break
                        else:
                            return True
    return False


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end]: from the break before it to the break after it."""
    breaks = _clause_breaks(text)
    first, last = _between_breaks(breaks, text, start, end)
    # a remark between two dashes stands inside the clause that goes on around it: "Ik zou – en dat is van belang –
    # graag willen dat ..." is one clause, its veto not cut off by the dashes
    if first in breaks.remark_before:
        first = _between_breaks(breaks, text, breaks.remark_before[first], breaks.remark_before[first])[0]
    if last in breaks.remark_after:
        last = _between_breaks(breaks, text, breaks.remark_after[last], breaks.remark_after[last])[1]
    return first, last


class _Breaks(NamedTuple):
    text: str | None
    starts: list[int]
    ends: list[int]
    # the dashes that close a remark, by where the clause after them starts: where the remark opens
    remark_before: dict[int, int]
    # the dashes that open a remark, by where the clause before them ends: where the clause after the remark starts
    remark_after: dict[int, int]


def _between_breaks(breaks: _Breaks, text: str, start: int, end: int) -> tuple[int, int]:
    # The breaks are found once per sentence and bisected: scanning from the sentence start
    # for every match made a run-on sentence with many matches quadratic.
    before = bisect_right(breaks.ends, start)
    after = bisect_left(breaks.starts, end)
    return (breaks.ends[before - 1] if before else 0), (
        breaks.starts[after] if after < len(breaks.starts) else len(text)
    )


_last_breaks = _Breaks(None, [], [], {}, {})


def _clause_breaks(text: str) -> _Breaks:
    """The clause breaks of the sentence judged last (one sentence at a time)."""
    global _last_breaks
    if _last_breaks.text is not text:
        found = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
        pairs = dash_pairs(text)
        remark_before = {after: opening for opening, closing in pairs for after in (closing, closing + 1)}
        remark_after = {opening: closing + 1 for opening, closing in pairs}
        _last_breaks = _Breaks(text, [a for a, _ in found], [b for _, b in found], remark_before, remark_after)
    return _last_breaks


@dataclass(frozen=True, slots=True)
class _Gated:
    """A rule's compiled patterns, each with the strings it cannot match without (literal_gates)."""

    # each pattern with its most selective gate mask apart from the others: most patterns of a rule fail
    # that one test, asked inline (a call of passes() per pattern was most of the cost of a reading)
    # (and the masks of word_patterns that it lacks, see below)
    # The patterns are those to run on the reading's fold when on_fold (literal_gates.folded_twin: the same matches
    # at the same places, found faster), else the rule's own, run on the reading.
    patterns: tuple[tuple[re.Pattern[str], int, Masks, Masks], ...]
    requires: Masks
    unless: Masks
    # a string of one of these bits is in every text some pattern may match (EVERY_TEXT when one needs
    # nothing), so most rules and vetoes are passed over with one test, their patterns not looked at
    any_pattern: int
    # The same with whole words (literal_gates.required_word_conjuncts): "ga" as a word, not in "gaan". A reading
    # records the rules whose patterns got past the strings (Verdict.tried: what it and its readings without
    # insertions try), so the whole words are asked apart, of those patterns only, before the regex runs.
    word_patterns: tuple[tuple[re.Pattern[str], int, Masks], ...]
    any_word: int
    # word_patterns' gates without the patterns, for may_match: each first mask once, with the rest of each pattern's
    # masks that opens with it (a rule's patterns often share their first word, and many share all their gates)
    word_gates: tuple[tuple[int, tuple[Masks, ...]], ...] = ()
    on_fold: bool = False
    # the rule's requires and unless, each as it runs: on the fold (its twin) when the flag is set
    requires_pattern: re.Pattern[str] | None = None
    requires_on_fold: bool = False
    unless_pattern: re.Pattern[str] | None = None
    unless_on_fold: bool = False

    @classmethod
    def of(cls, rule: Rule) -> _Gated:
        def needs(pattern, conjuncts=required_conjuncts):
            return _GATES.masks(conjuncts(pattern)) if pattern is not None else ()

        def all_needs(pattern):  # both kinds of gate hold; the strings first, the words after them
            strings = needs(pattern)
            return strings + tuple(m for m in needs(pattern, required_word_conjuncts) if m not in strings)

        patterns, word_patterns = [], []
        any_pattern = any_word = 0
        twins = [folded_twin(pattern) for pattern in rule.compiled]
        on_fold = all(twin is not None for twin in twins)
        for pattern, twin in zip(rule.compiled, twins):
            masks = needs(pattern) or (GateTable.EVERY_TEXT,)
            words = needs(pattern, required_word_conjuncts) or (GateTable.EVERY_TEXT,)
            pattern = twin if on_fold and twin is not None else pattern
            patterns.append((pattern, masks[0], masks[1:], tuple(mask for mask in words if mask not in masks)))
            any_pattern |= masks[0]
            word_patterns.append((pattern, words[0], words[1:]))
            any_word |= words[0]
        gates: dict[int, dict[Masks, None]] = {}
        for _, first, rest in word_patterns:
            gates.setdefault(first, {})[rest] = None
        requires, requires_on_fold = as_run(rule.compiled_requires)
        unless, unless_on_fold = as_run(rule.compiled_unless)
        return cls(
            tuple(patterns),
            all_needs(rule.compiled_requires),
            all_needs(rule.compiled_unless),
            any_pattern,
            tuple(word_patterns),
            any_word,
            tuple((first, tuple(rests)) for first, rests in gates.items()),
            on_fold,
            requires,
            requires_on_fold,
            unless,
            unless_on_fold,
        )


# The gates of all rules and vetoes, answered for a reading at once (_GATES.present; the delivery rules' too).
_GATES = RULE_GATES
_GATED_RULES = tuple(_Gated.of(rule) for rule in COMMITMENT_RULES)
_TABLE = tuple(zip(COMMITMENT_RULES, _GATED_RULES))
_SENTENCE_VETOES = tuple((veto, _Gated.of(veto)) for veto in REJECTION_RULES if veto.scope == "sentence")
_CLAUSE_VETOES = tuple((veto, _Gated.of(veto)) for veto in REJECTION_RULES if veto.scope == "clause")
_SENTENCE_VETO_NAMES = frozenset(veto.name for veto, _ in _SENTENCE_VETOES)
# A reading with none of these bits present can be stopped by no sentence veto: half the readings are
# cleared with one test instead of a _vetoed call per veto.
_ANY_SENTENCE_VETO = 0
for _, _gated in _SENTENCE_VETOES:
    _ANY_SENTENCE_VETO |= _gated.any_word


def _vetoed(gated: _Gated, clause: str, present: int, folded: str) -> bool:
    """present: _GATES.present(folded), against which the gates are tested before any regex runs; folded:
    fold(clause)."""
    if not gated.any_word & present:
        return False
    read = folded if gated.on_fold else clause
    for pattern, first, rest in gated.word_patterns:  # a loop, not any(): this runs for every veto of every reading
        if first & present:
            for mask in rest:  # passes(rest, present), written out (as in may_match)
                if not mask & present:
                    break
            else:
                if pattern.search(read):
                    break
    else:
        return False
    unless = gated.unless_pattern
    return unless is None or not (
        passes(gated.unless, present) and unless.search(folded if gated.unless_on_fold else clause)
    )


def vetoes_in(text: str) -> list[str]:
    """The names of all rejection rules that match somewhere in the sentence (for explanations)."""
    text = collapse_spaces(text).strip()
    folded = fold(text)
    present = _GATES.present(folded)
    bare = without_parentheticals(text)
    folded_bare = fold(bare)
    return [
        veto.name
        for veto, gated in _SENTENCE_VETOES + _CLAUSE_VETOES
        if _vetoed(gated, text, present, folded) or bare is not text and _vetoed(gated, bare, present, folded_bare)
    ]


def _sentence_veto(text: str, present: int, folded: str) -> str | None:
    """The first sentence veto that holds, on the sentence as it stands or on it without its brackets and dash pairs:
    "Daarna zal ik – en dat is van belang – u meenemen in ..." orders this text as it does without the dashes, and
    "... reageren (hoofdstuk 2)." needs its bracket. The sentence's gates hold for the shorter reading as well. folded:
    fold(text)."""
    bare = without_parentheticals(text)
    folded_bare = fold(bare) if bare is not text else folded
    for veto, gated in _SENTENCE_VETOES:
        # _vetoed's first test, asked here: most sentence vetoes have no gate string in the reading (as in first_not_in)
        if gated.any_word & present and (
            _vetoed(gated, text, present, folded) or bare is not text and _vetoed(gated, bare, present, folded_bare)
        ):
            return veto.name
    return None


class _ClauseVetoes:
    """The clause vetoes of one clause, tried in table order only as far as a rule needs them: most
    clauses are settled by their first veto, and a rule asks for the first veto it does not override."""

    __slots__ = ("clause", "folded", "present", "found", "tried")

    def __init__(self, clause: str) -> None:
        # a bracket or a dash pair is an insertion that the vetoes' word gaps cannot pass over: "Ik kom (zie bijlage 2)
        # daar zo nog op terug" is the debate's own order, as without the bracket; "In deze brief zal ik – en dat is van
        # belang – ingaan op ..." speaks of this letter, as without the dashes
        clause = without_parentheticals(clause)
        self.clause, self.folded, self.tried = clause, fold(clause), 0
        self.present = _GATES.present(self.folded)
        self.found: list[str] = []

    def first_not_in(self, overrides: tuple[str, ...]) -> str | None:
        for name in self.found:
            if name not in overrides:
                return name
        # a promise found is tried against every clause veto: the loop keeps what it reads in locals
        present, clause, folded = self.present, self.clause, self.folded
        for position in range(self.tried, len(_CLAUSE_VETOES)):
            veto, gated = _CLAUSE_VETOES[position]
            # _vetoed's first test, asked here: most clause vetoes have no gate string in the clause, and
            # their call would cost more than the test
            if gated.any_word & present and _vetoed(gated, clause, present, folded):
                self.tried = position + 1
                self.found.append(veto.name)
                if veto.name not in overrides:
                    return veto.name
        self.tried = len(_CLAUSE_VETOES)
        return None


def judge(text: str, cues: int | None = None, spoken: bool = False, present: int | None = None) -> Verdict:
    """Apply the table to one sentence's reading text (cues: its cue_mask, present: its reading_gates, when the
    caller has them; spoken: the sentence is said in a debate, where the present tense promises)."""
    if cues is None:
        cues = cue_mask(text)
    text = collapse_spaces(text).strip()
    verdict = _judge_reading(text, cues, spoken=spoken, present=present)
    own_subjects: frozenset[int] = frozenset()
    sentence = _SentenceParts(text)
    if verdict.is_commitment:
        own_subjects = _clauses_with_own_subject(sentence, verdict.match_start, verdict.match_end)
        coordinated = _coordinated_clause(sentence, verdict.match_start, verdict.match_end)
        if (
            not own_subjects
            and not _straddles_fronted_clause(text, verdict.match_start, verdict.match_end)
            and not _straddles_parenthetical(sentence, verdict.match_start, verdict.match_end)
            and coordinated is not _STRADDLES
        ):
            if coordinated is None:
                return verdict
            # the match lies in a main clause coordinated after the first: the vetoes that read a clause from its
            # start read it too ("..., en daarna zal ik u meenemen in"); a time or condition of the first clause
            # still holds for it ("Na de evaluatie worden de regels aangepast en stel ik uw Kamer op de hoogte")
            alone = _judge_reading(coordinated, cue_mask(coordinated), spoken=spoken)
            return verdict if alone.rejected_by is None else Verdict(None, alone.rejected_by)
        verdict = Verdict(None, None, -1)  # matched across clauses: every clause is read again
    elif verdict.rejected_by in _SENTENCE_VETO_NAMES:
        return verdict  # a veto of the whole sentence holds for each of its clauses
    elif verdict.rejected_by is None:
        # Nothing matched and no veto stopped anything: no clause, a plain piece of the sentence, can match
        # either (a condition put first already stands at the start). Only the insertions left out can
        # bring together what a template expects side by side.
        found = (
            _without_insertions(sentence, verdict.tried, spoken)
            if verdict.tried and _MAY_INSERT.search(text)
            else verdict
        )
        if found.is_commitment:
            return found
        if found.rejected_by is None or found.rejected_by in _SENTENCE_VETO_NAMES:
            # nor can a clause in the other order, but the rules may know only the one: "Zoals gevraagd zullen wij
            # daarbij ook ingaan op ..." is read as "wij zullen zoals gevraagd daarbij ook ingaan op ..."
            if not verdict.tried:
                return found
            found = _in_subject_first_order(text, verdict.tried, spoken)
            # nor a plain clause, but a coordinated clause that leaves out the subject it shares with the first: "Ik
            # neem dat mee en laat u voor de zomer weten ..." (read with that subject put first)
            if found.is_commitment or " en " not in text or not _MAY_ELIDE_SUBJECT.search(text):
                return found
            return _with_elided_subjects(sentence, spoken)
        # with its insertions left out the sentence matched but a clause's veto stopped it: that veto may belong to
        # another clause ("ik verzoek de motie aan te houden, omdat ik uw Kamer, zoals afgesproken, volgende week
        # informeer"), so each clause is read on its own
        verdict = found
    parts = sentence.whole()
    clauses = parts.clauses
    if len(clauses) < 2 and not parts.insertions:
        return verdict
    asked_from = _question_part(text)
    governing: dict[int, tuple[str, ...]] = {}
    for index, clause in enumerate(clauses):
        if clause.kind == "adverbial" and not is_reason(clause.opener):
            # a condition or a time; it is read in front of the clause it conditions. A reason is a statement of
            # its own: "ik verzoek de motie aan te houden, omdat ik uw Kamer volgende week informeer"
            continue
        if clause.start >= asked_from:
            continue  # a question promises nothing in any of its clauses
        # a clause is read with the clauses it governs: "ik kan toezeggen dat de regels gelden" is one assurance;
        # not with one that has a subject of its own, when the whole sentence matched only by joining the two
        governs_own_subject = any(clauses[i].governor == index for i in own_subjects)
        reading = parts.reading(index, governed=not governs_own_subject)
        if not reading:
            continue
        if clause.kind == "coordinate":
            reading = _with_elided_subject(text, clauses, clause, reading)
        if clause.condition >= 0:
            reading = parts.reading(clause.condition) + ", " + reading
        clause_cues = cue_mask(reading)
        if not clause_cues:
            continue

        def inherited(index: int = index) -> tuple[str, ...]:
            return _governing_vetoes(text, clauses, index, governing)

        # a reason is no content of the clause it follows: that clause's vetoes stay there
        governed_by = _no_vetoes if clause.kind == "adverbial" else inherited
        found = _judge_reading(reading, clause_cues, governed_by, clause.kind == "relative", spoken)
        if found.is_commitment:
            return Verdict(found.rule, None, clause.start, clause.end)
        verdict = verdict if verdict.rejected_by else found
    found = _parentheticals(parts, spoken, asked_from)
    return found if found.is_commitment else verdict


# The speaker or the cabinet as the subject a main clause opens with, and the words a coordinated clause opens with
# when it has a subject of its own, first or after its verb ("en ik stuur", "en stel ik").
# (after the verb not "u" or the Kamer: "en laat u ... weten" leaves the speaker out and names the Kamer as receiver)
_LEADING_SELF = re.compile(r"\s*(" + VOCABULARY["self"] + r")\b", re.IGNORECASE)
_OWN_SUBJECT_AT_START = re.compile(
    r"\s*(?:(?:" + SUBJECT + r"|dat|dit|die)\b"
    r"|\w+\s+(?:ik|wij|we|hij|zij|ze|het kabinet|de regering|de minister\w*|de staatssecretaris\w*|men)\b)",
    re.IGNORECASE,
)


# Whether a sentence may hold such a clause, before it is split: the speaker or the cabinet opens it (or the main
# clause after a comma) and an "en" is followed by a word that is no subject (the clause's verb); the split costs more.
_MAY_ELIDE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*)" + VOCABULARY["self"] + r"\b.*?\ben\s+(?!(?:ik|wij|we|hij|zij|ze|u|jullie|de|het|een|dat|dit|die"
    r"|er|men|uw|mijn|onze|niet|ook|dan|daarna|dus|zo|nu|in|op|met|voor|van|aan|bij|over|naar)\b)[a-zà-ÿ]",
    re.IGNORECASE | re.DOTALL,
)


def _with_elided_subject(text: str, clauses: tuple[Clause, ...], clause: Clause, reading: str) -> str:
    """A coordinated clause that leaves its subject out shares the main clause's ("Ik neem dat mee en laat u voor de
    zomer weten ..."): it is read with that subject put first, as the rules read a clause of its own."""
    if _OWN_SUBJECT_AT_START.match(text, clause.start):
        return reading
    main = next((c for c in clauses if c.kind == "main"), None)
    subject = _LEADING_SELF.match(text, main.start) if main is not None else None
    return f"{subject.group(1)} {reading}" if subject else reading


def _with_elided_subjects(sentence: _SentenceParts, spoken: bool) -> Verdict:
    """The coordinated clauses that leave out their subject, each read with the main clause's put first."""
    parts = sentence.whole()
    clauses = parts.clauses
    asked_from = _question_part(sentence.text)
    # what stands in quotation marks is someone else's words (a motion's dictum read out)
    quoted = [m.span() for m in _QUOTED.finditer(sentence.text)] if _may_quote(sentence.text) else []
    for index, clause in enumerate(clauses):
        if clause.kind != "coordinate" or clause.start >= asked_from:
            continue
        if any(a <= clause.start < b for a, b in quoted):
            continue
        own = parts.reading(index)
        reading = _with_elided_subject(sentence.text, clauses, clause, own)
        if reading is own:
            continue
        found = _judge_reading(reading, cue_mask(reading), spoken=spoken)
        if found.is_commitment:
            return Verdict(found.rule, None, clause.start, clause.end)
    return Verdict(None)


class _SentenceParts:
    """split_clauses of the sentence judge reads, made once for the tests that read it: the clauses of a promise
    found are asked for by up to three of them, and its insertions (the cheaper half of the work) come first."""

    __slots__ = ("text", "_insertions", "_whole")

    def __init__(self, text: str) -> None:
        self.text = text
        self._insertions: Clauses | None = None
        self._whole: Clauses | None = None

    def insertions(self) -> Clauses:
        """split_clauses(text, whole=False), or the whole split when it is made (the same insertions)."""
        if self._whole is not None:
            return self._whole
        if self._insertions is None:
            self._insertions = split_clauses(self.text, whole=False)
        return self._insertions

    def whole(self) -> Clauses:
        """split_clauses(text)."""
        if self._whole is None:
            self._whole = split_clauses(self.text) if self._insertions is None else with_clauses(self._insertions)
        return self._whole


def _without_insertions(sentence: _SentenceParts, tried: int, spoken: bool) -> Verdict:
    """The sentence read once more with its insertions left out, and the words inside brackets and dashes
    read as clauses of their own (a sentence that matched nothing and that no veto stopped)."""
    text = sentence.text
    parts = sentence.insertions()
    if not parts.insertions:
        return _without_bare_relatives(text, tried, spoken)
    reading = parts.reading_without_insertions()
    cues = tried & cue_mask(reading)
    # which veto stopped it matters here: the caller reads the clauses on their own when it is a clause's veto
    whole = _judge_reading(reading, cues, spoken=spoken) if cues | _CUES.uncued else Verdict(None)
    if whole.rule is not None:
        return Verdict(whole.rule, None, 0, len(text))
    if parts.parentheticals and len(parts.parentheticals) < len(parts.insertions):
        reading = parts.reading_without_parentheticals()
        rule = _promise_in(reading, tried & cue_mask(reading), spoken)
        if rule is not None:
            return Verdict(rule, None, 0, len(text))
    found = _parentheticals(parts, spoken, _question_part(text))
    if found.is_commitment:
        return found
    found = _without_bare_relatives(text, tried, spoken)
    return found if found.is_commitment else Verdict(None, whole.rejected_by)


def _in_subject_first_order(text: str, tried: int, spoken: bool) -> Verdict:
    """The sentence read with its subject first when its verb comes second (clauses.reading_subject_first)."""
    reading = reading_subject_first(text)
    if not reading:
        return Verdict(None)
    rule = _promise_in(reading, tried & cue_mask(reading), spoken)
    return Verdict(rule, None, 0, len(text)) if rule is not None else Verdict(None)


def _without_bare_relatives(text: str, tried: int, spoken: bool) -> Verdict:
    """The sentence read without the relative clauses that only a closing comma bounds (and without its other
    insertions), so the main clause's words around them come together."""
    reading = reading_without_bare_relatives(text)
    if not reading:
        return Verdict(None)
    rule = _promise_in(reading, tried & cue_mask(reading), spoken)
    return Verdict(rule, None, 0, len(text)) if rule is not None else Verdict(None)


def _parentheticals(parts: Clauses, spoken: bool, asked_from: int) -> Verdict:
    for span in parts.parentheticals:
        reading = parts.words(span)
        if span[0] >= asked_from or not reading:
            continue
        rule = _promise_in(reading, cue_mask(reading), spoken)
        if rule is not None:
            return Verdict(rule, None, span[0], span[1])
    return Verdict(None)


def _promise_in(reading: str, cues: int, spoken: bool) -> Rule | None:
    """The rule that finds a promise in a part of a sentence read on its own, or None. These callers ask
    only whether it promises, not which veto stopped it: a reading without cue words (most parentheticals)
    is not read at all, its gates not looked up."""
    return _judge_reading(reading, cues, spoken=spoken).rule if cues | _CUES.uncued else None


def _straddles_fronted_clause(text: str, start: int, end: int) -> bool:
    """Whether a match on the whole sentence begins in a reason, comparison or concession put first and runs
    on past it: "Zoals ik in de betreffende Kamerbrief heb aangegeven, zou de rechter ... (wordt) opgenomen"
    takes its document from the one clause and its verb from the other. A condition put first is read with
    the clause it conditions, so a match may run from one into the other."""
    fronted = fronted_clause(text)
    return fronted is not None and not is_condition(fronted[0]) and start < fronted[1] < end


def _straddles_parenthetical(sentence: _SentenceParts, start: int, end: int) -> bool:
    """Whether a match on the whole sentence runs into or out of words in brackets or between dashes: those are a
    clause of their own, so "zal ik – zo is met de sector afgesproken – ..." takes no verb from inside the dashes."""
    if not _MAY_INSERT.search(sentence.text):
        return False
    return any((a <= start < b) != (a < end <= b) for a, b in sentence.insertions().parentheticals)


def _coordinated_clause(sentence: _SentenceParts, start: int, end: int) -> str | None:
    """The main clause coordinated after "en", "maar" or "want", with a subject of its own, that a match on the whole
    sentence lies in (its text), _STRADDLES when the match runs from the clause before into it, or None. "De cijfers
    zijn bekend en ik heb aangegeven hiertoe bereid te zijn" takes its "zijn" from the first clause and its "bereid
    te" from the second; "De cijfers zijn bekend en daarna zal ik u meenemen in ..." is this text's own order, as it
    would be at the start of a sentence."""
    text = sentence.text
    if not _MAY_COORDINATE.search(text, 0, end):
        return None
    starts = [clause.start for clause in sentence.whole().clauses if clause.kind == "coordinate"]
    own = [at for at in starts if at < end and _OWN_SUBJECT.match(text, at)]
    if any(start < at for at in own):
        return _STRADDLES
    if not own:
        return None
    # the clause with the clauses it governs, up to the next coordinated one
    return text[own[-1] : next((at for at in starts if at > own[-1]), len(text))]


# what _coordinated_clause answers for a match that runs into a coordinated clause (compared by identity)
_STRADDLES = "(straddles)"
_MAY_COORDINATE = re.compile(r"\b(?:en|maar|want)\b", re.IGNORECASE)
# A coordinated clause whose subject is its own beyond doubt: a pronoun that is only a subject, first ("en ik heb
# aangegeven") or after its verb ("en dan zal ik"). "de Kamer" or "u" after a verb may be its object: "... en
# informeert de Kamer", "en zal u informeren" go on with the first clause's subject.
_OWN_SUBJECT = re.compile(
    r"\s*(?:(?:ik|wij|we|hij|zij|ze|men)\s+"
    # not a subject of two ("de staatssecretaris en ik uw Kamer"): the word after it is its verb
    r"(?!(?:u|uw|jullie|de|het|een|mijn|onze|ons|hem|haar|hen|hun|beide|alle|dit|dat|deze|die|en|of)\b)\w"
    r"|(?:\S+\s+){1,5}?(?:ik|wij|we|hij|zij|men)\b)",
    re.IGNORECASE,
)


# The subjects that may carry a promise on from the clause before: the government, the Kamer (a passive), "er", a
# document of the government's that comes ("u kunt erop rekenen dat die brieven eerder komen").
_SHARED_SUBJECT = re.compile(
    r"\s*(?:ik|wij|we|u|jullie|uw (?:kamer|commissie)"
    r"|de (?:kamers?|commissie|eerste kamer|tweede kamer|staten-generaal)|het kabinet|de regering|de minister\w*"
    r"|de staatssecretaris\w*|beide kamers|het parlement|er|hierover|daarover|daarna|dan"
    r"|(?:de|die|deze|het|dat|dit) (?:\w+ )?\w*(?:brief|brieven|rapport|rapportage|nota|evaluatie|reactie|notitie))\b",
    re.IGNORECASE,
)


_SHARED_SUBJECT_AFTER_VERB = re.compile(r"\w+\s+(?=" + _SHARED_SUBJECT.pattern + ")", re.IGNORECASE)


def _clauses_with_own_subject(sentence: _SentenceParts, start: int, end: int) -> frozenset[int]:
    """The clauses a match on the whole sentence runs into that have a subject of their own, not the
    government's or the Kamer's: in "Ik weet dat hij op korte termijn komt met een actieplan" the "ik" of the
    main clause is not the one who comes with the plan."""
    text = sentence.text
    if not _MAY_SUBORDINATE.search(text, start, end):
        return frozenset()
    found = set()
    for index, clause in enumerate(sentence.whole().clauses):
        # a match that ends on the opener ("is toegezegd dat") takes nothing from the clause it opens
        if clause.kind == "main" or not clause.opener or not start < clause.start < end - len(clause.opener):
            continue
        if clause.kind == "coordinate":
            # a coordinated clause starts after its "en": its subject first ("en ik stuur") or after its verb ("en
            # stel ik", "en stuur de Kamer ..." where the speaker's subject is left out and the Kamer is the receiver)
            if not (_SHARED_SUBJECT.match(text, clause.start) or _SHARED_SUBJECT_AFTER_VERB.match(text, clause.start)):
                found.add(index)
        elif not _SHARED_SUBJECT.match(text, clause.start + len(clause.opener)):
            found.add(index)
    return frozenset(found)


_MAY_SUBORDINATE = re.compile(r"\b(?:dat|of|die|welke|wat|waar\w+)\b", re.IGNORECASE)


def _question_part(text: str) -> int:
    """Where the part of the sentence that a closing question mark asks begins (len(text) when none)."""
    if not _QUESTION.search(text):
        return len(text)
    breaks = [m.end() for m in _PART_BREAK.finditer(text)]
    return breaks[-1] if breaks else 0


def _governing_vetoes(
    text: str, clauses: tuple[Clause, ...], child: int, memo: dict[int, tuple[str, ...]]
) -> tuple[str, ...]:
    """The vetoes of the clauses that govern clauses[child], as far as they reach down (Rule.governs).

    A governing clause is read up to and with the word that opens the clause it governs: the veto
    "ik vind dat", "vroeg of", "kan toezeggen dat" names the complementiser.
    """
    governor = clauses[child].governor
    if governor < 0:
        return ()
    if child not in memo:
        own, opened = clauses[governor], clauses[child]
        words = collapse_spaces(text[own.start : opened.start + len(opened.opener)]).strip()
        folded = fold(words)
        present = _GATES.present(folded)
        found = tuple(
            veto.name
            for veto, gated in _CLAUSE_VETOES
            if veto.governs and gated.any_word & present and _vetoed(gated, words, present, folded)
        )
        memo[child] = found + _governing_vetoes(text, clauses, governor, memo)
    return memo[child]


_CABINET = re.compile(r"\bhet kabinet\b", re.IGNORECASE)
_FUTURE_TIME = compile_template(FUTURE_TIME)


def _cabinet_plan(matched: str, text: str) -> bool:
    """Whether a match names the cabinet as the one who acts and the reading names no time to come (Rule.
    cabinet_needs_time_in_writing)."""
    return _CABINET.search(matched) is not None and _FUTURE_TIME.search(text) is None


def _no_vetoes() -> tuple[str, ...]:
    return ()


def _judge_reading(
    text: str,
    cues: int,
    inherited: Callable[[], tuple[str, ...]] = _no_vetoes,
    relative: bool = False,
    spoken: bool = False,
    present: int | None = None,
) -> Verdict:
    """The table on one reading (a sentence or a clause), with the vetoes inherited from governing
    clauses (asked for only when a pattern matches: most readings match nothing); present: the
    reading's gate strings, when the caller has them."""
    cues |= _CUES.uncued
    folded = known_fold(text)  # what the patterns with a folded twin run on
    if present is None:
        present = _GATES.present(folded)
    if present & _ANY_SENTENCE_VETO:
        vetoed = _sentence_veto(text, present, folded)
        if vetoed is not None:
            return Verdict(None, vetoed)
    first_veto: str | None = None
    tried = 0
    clauses: dict[tuple[int, int], _ClauseVetoes] = {}  # each clause is judged once, whichever rule matched in it
    required: dict[int, bool] = {}  # several rules require the same time phrase: it is looked for once
    # most sentences quote nothing: an opening mark is looked for before the regex scans
    quoted = [m.span() for m in _QUOTED.finditer(text)] if _may_quote(text) else []
    while cues:  # the cued rules, in table order: the lowest set bit first
        low = cues & -cues
        cues ^= low
        rule, gated = _TABLE[low.bit_length() - 1]
        if relative and not rule.in_relative_clause or not gated.any_pattern & present:
            continue
        # The time phrase a rule requires is looked for once one of its patterns gets past its gates: the search costs
        # more than the gates, and on most readings none of the rule's patterns gets that far.
        requires = None if spoken and rule.spoken_without_time else gated.requires_pattern
        for pattern, first, rest, strict in gated.patterns:
            if not first & present:
                continue
            # passes(rest, present), written out (as in may_match): a call per pattern costs more than its test
            missing = False
            for mask in rest:
                if not mask & present:
                    missing = True
                    break
            if missing:
                continue
            if requires is not None:
                met = required.get(id(requires))
                if met is None:
                    met = required[id(requires)] = passes(gated.requires, present) and (
                        requires.search(folded if gated.requires_on_fold else text) is not None
                    )
                if not met:
                    break
                requires = None  # met: not asked again for this rule's other patterns
            tried |= low
            if strict and not passes(strict, present):
                continue  # a whole word the pattern needs is not in the reading: it cannot match
            for m in pattern.finditer(folded if gated.on_fold else text):
                # a match that starts or ends inside quotation marks reads someone else's words
                if any(a <= m.start() < b or a < m.end() <= b for a, b in quoted):
                    continue
                if rule.cabinet_needs_time_in_writing and not spoken and _cabinet_plan(text[m.start() : m.end()], text):
                    continue
                reaching = next((name for name in inherited() if name not in rule.overrides), None)
                if reaching is not None:
                    first_veto = first_veto or reaching
                    break
                span = clause_around(text, m.start(), m.end())
                clause = clauses.get(span)
                if clause is None:
                    clause = clauses[span] = _ClauseVetoes(text[span[0] : span[1]])
                stopped = clause.first_not_in(rule.overrides)
                if stopped is None:
                    return Verdict(rule, None, m.start(), m.end())
                first_veto = first_veto or stopped
    return Verdict(None, first_veto, tried=tried)
