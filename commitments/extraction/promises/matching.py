"""Applying the rule table (rules.py) to one sentence: candidate scan, vetoes, the winning rule."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .cue_index import CueIndex, sentence_words
from .literal_gates import Needs, collapse_spaces, fold, may_match, required_substrings
from .rules import COMMITMENT_RULES, REJECTION_RULES, Rule

# The rules' cue words pick the sentences worth the full table: the table then runs on a small
# share of the text, and each rule only where its own cues occur (cue_index.py).
_CUES = CueIndex([rule.compiled_cue for rule in COMMITMENT_RULES])

# Where a clause ends: a veto in the next clause ("..., maar dat zou ik kunnen ...") does not
# undo the promise in this one.
_CLAUSE_BREAK = re.compile(
    r"[;:]|\s[—–]\s|,?\s+maar\s|,\s+(?:want|omdat|dus|hoewel|terwijl)\s"
    r"|\s+en\s+(?=(?:alsdan|dan|daarna|ik|we|wij|daar|zal|zullen)\b)",
    re.IGNORECASE)
# Words between quotation marks are someone else's: a motion quoted by the minister, a question.
_QUOTED = re.compile(r"[\"“«„]([^\"”»“]{1,400})[\"”»]")


def _may_quote(text: str) -> bool:
    """Whether text holds one of _QUOTED's opening marks (no match is possible without one)."""
    return '"' in text or "“" in text or "«" in text or "„" in text


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the table says about one sentence: the rule that fired, or the veto that stopped it."""
    rule: Rule | None
    rejected_by: str | None = None
    match_start: int = 0
    match_end: int = 0

    @property
    def is_commitment(self) -> bool:
        return self.rule is not None


def cue_mask(text: str) -> int:
    """The commitment rules whose cue words occur in text, as bits; 0 when the text is no candidate."""
    return _CUES.mask(sentence_words(text))


def is_candidate(text: str) -> bool:
    return cue_mask(text) != 0


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end]: from the break before it to the break after it."""
    starts, ends = _clause_breaks(text)
    # The breaks are found once per sentence and bisected: scanning from the sentence start
    # for every match made a run-on sentence with many matches quadratic.
    before = bisect_right(ends, start)
    after = bisect_left(starts, end)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else len(text))


_last_breaks: tuple[str | None, list[int], list[int]] = (None, [], [])


def _clause_breaks(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause breaks of the sentence judged last (one sentence at a time)."""
    global _last_breaks
    if _last_breaks[0] is not text:
        found = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
        _last_breaks = (text, [a for a, _ in found], [b for _, b in found])
    return _last_breaks[1], _last_breaks[2]


@dataclass(frozen=True, slots=True)
class _Gated:
    """A rule's compiled patterns, each with the strings it cannot match without (literal_gates)."""
    patterns: tuple[tuple[re.Pattern[str], Needs], ...]
    requires: Needs
    unless: Needs

    @classmethod
    def of(cls, rule: Rule) -> _Gated:
        def needs(pattern):
            return required_substrings(pattern) if pattern is not None else None
        return cls(tuple((p, needs(p)) for p in rule.compiled), needs(rule.compiled_requires),
                   needs(rule.compiled_unless))


_GATED_RULES = tuple(_Gated.of(rule) for rule in COMMITMENT_RULES)
_TABLE = tuple(zip(COMMITMENT_RULES, _GATED_RULES))
_SENTENCE_VETOES = tuple((veto, _Gated.of(veto)) for veto in REJECTION_RULES if veto.scope == "sentence")
_CLAUSE_VETOES = tuple((veto, _Gated.of(veto)) for veto in REJECTION_RULES if veto.scope == "clause")


def _vetoed(rule: Rule, gated: _Gated, clause: str, folded: str) -> bool:
    """folded: fold(clause), against which the gates are tested before any regex runs."""
    if not any(may_match(needs, folded) and p.search(clause) for p, needs in gated.patterns):
        return False
    unless = rule.compiled_unless
    return unless is None or not (may_match(gated.unless, folded) and unless.search(clause))


def vetoes_in(text: str) -> list[str]:
    """The names of all rejection rules that match somewhere in the sentence (for explanations)."""
    text = collapse_spaces(text).strip()
    folded = fold(text)
    return [veto.name for veto, gated in _SENTENCE_VETOES + _CLAUSE_VETOES
            if _vetoed(veto, gated, text, folded)]


class _ClauseVetoes:
    """The clause vetoes of one clause, tried in table order only as far as a rule needs them: most
    clauses are settled by their first veto, and a rule asks for the first veto it does not override."""
    __slots__ = ("clause", "folded", "found", "tried")

    def __init__(self, clause: str) -> None:
        self.clause, self.folded, self.found, self.tried = clause, fold(clause), [], 0

    def first_not_in(self, overrides: tuple[str, ...]) -> str | None:
        for name in self.found:
            if name not in overrides:
                return name
        while self.tried < len(_CLAUSE_VETOES):
            veto, gated = _CLAUSE_VETOES[self.tried]
            self.tried += 1
            if _vetoed(veto, gated, self.clause, self.folded):
                self.found.append(veto.name)
                if veto.name not in overrides:
                    return veto.name
        return None


def judge(text: str, cues: int | None = None) -> Verdict:
    """Apply the table to one sentence's reading text (cues: its cue_mask, when the caller has it)."""
    if cues is None:
        cues = cue_mask(text)
    cues |= _CUES.uncued
    text = collapse_spaces(text).strip()
    folded = fold(text)
    for veto, gated in _SENTENCE_VETOES:
        if _vetoed(veto, gated, text, folded):
            return Verdict(None, veto.name)
    first_veto: str | None = None
    clauses: dict[tuple[int, int], _ClauseVetoes] = {}  # each clause is judged once, whichever rule matched in it
    required: dict[int, bool] = {}  # several rules require the same time phrase: it is looked for once
    # most sentences quote nothing: an opening mark is looked for before the regex scans
    quoted = [m.span() for m in _QUOTED.finditer(text)] if _may_quote(text) else []
    while cues:  # the cued rules, in table order: the lowest set bit first
        low = cues & -cues
        cues ^= low
        rule, gated = _TABLE[low.bit_length() - 1]
        requires = rule.compiled_requires
        if requires is not None:
            met = required.get(id(requires))
            if met is None:
                met = required[id(requires)] = may_match(gated.requires, folded) and requires.search(text) is not None
            if not met:
                continue
        for pattern, needs in gated.patterns:
            if needs is not None:  # may_match inlined: this loop runs some 20 times per sentence judged
                for needed in needs:
                    if needed in folded:
                        break
                else:
                    continue
            for m in pattern.finditer(text):
                if any(a <= m.start() < b for a, b in quoted):
                    continue
                span = clause_around(text, m.start(), m.end())
                clause = clauses.get(span)
                if clause is None:
                    clause = clauses[span] = _ClauseVetoes(text[span[0]:span[1]])
                veto = clause.first_not_in(rule.overrides)
                if veto is None:
                    return Verdict(rule, None, m.start(), m.end())
                first_veto = first_veto or veto
    return Verdict(None, first_veto)
