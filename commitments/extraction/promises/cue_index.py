"""Which rules of a table have their cue words in a sentence, answered with set operations.

A rule table (the commitment rules, the delivery rules) gives each rule cue words (rules.CueWords:
exact words and prefixes such as "informe*"). ``CueIndex.mask`` returns, as the bits of an int,
the rules whose cues occur among a sentence's words. Each word is classified once, with the slow
prefix and suffix tests over every cue; after that a sentence costs two set operations in C and
a look-up per cue word. ``sentence_words`` keeps the words of the document's sentences, so the
commitment scan and the delivery scan, which read the same sentences, cut each one into words once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .rules import CueWords

_WORDS = re.compile(r"\w+")
_RECENT_LIMIT = 4096  # sentences whose words are kept (a bound for a very long document)
_SEEN_LIMIT = 200_000  # words classified per index: a bound for a long run over many vocabularies
_recent: dict[str, frozenset[str]] = {}


def forget_sentences() -> None:
    """Drop the kept words: the engine calls this as a document starts, so that only the scans of
    one document share them (and a benchmark that repeats documents is not flattered)."""
    _recent.clear()


def sentence_words(text: str) -> frozenset[str]:
    """The distinct lower-case words (``\\w+``) of text."""
    words = _recent.get(text)
    if words is None:
        if len(_recent) >= _RECENT_LIMIT:
            _recent.clear()
        words = _recent[text] = frozenset(_WORDS.findall(text.lower()))
    return words


class CueIndex:
    """Bit i of ``mask(words)`` is set when rule i's cue words occur among words (or rule i has none)."""

    def __init__(self, cues: Sequence[CueWords | None]) -> None:
        self._cues = tuple(cues)
        self.uncued = sum(1 << i for i, cue in enumerate(self._cues) if cue is None)
        self._seen: set[str] = set()  # every word classified so far
        self._cue_words: set[str] = set()  # those that are some rule's cue
        self._masks: dict[str, int] = {}  # and the rules they are cues of

    def bits(self, keep: Sequence[bool]) -> int:
        """The mask of the rules for which keep is true."""
        return sum(1 << i for i, flag in enumerate(keep) if flag)

    def mask(self, words: frozenset[str]) -> int:
        """The cued rules whose cue words occur among words (uncued rules not included)."""
        new = words - self._seen
        if new:
            self._learn(new if len(self._seen) + len(new) <= _SEEN_LIMIT else self._forget(words))
        found = 0
        masks = self._masks
        for word in words & self._cue_words:
            found |= masks[word]
        return found

    def _forget(self, words: frozenset[str]) -> frozenset[str]:
        self._seen.clear()
        self._cue_words.clear()
        self._masks.clear()
        return words

    def _learn(self, words) -> None:
        for word in words:
            found = 0
            for i, cue in enumerate(self._cues):
                if cue is not None and cue.found_in((word,)):
                    found |= 1 << i
            if found:
                self._cue_words.add(word)
                self._masks[word] = found
        self._seen.update(words)
