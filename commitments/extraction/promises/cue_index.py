"""Which rules of a table have their cue words in a sentence, answered with set operations.

A rule table (the commitment rules, the delivery rules) gives each rule cue words (rules.CueWords:
exact words and prefixes such as "informe*"). ``CueIndex.mask`` returns, as the bits of an int,
the rules whose cues occur among a sentence's words. Each word is classified once, by looking up
its own prefixes and suffixes of the lengths the cues have (a handful of dict look-ups, however
many rules there are); after that a sentence costs two set operations in C and a look-up per cue
word. ``CuePart.mask_of`` keeps the answer for the document's sentences, so the commitment scan and
the delivery scan, which read the same sentences, cut each one into words and look its words up once.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Sequence

from .literal_gates import forget_texts, remember_words, split_words
from .templates import CueWords

_RECENT_LIMIT = 4096  # sentences whose answers are kept (a bound for a very long document)
_SEEN_LIMIT = 200_000  # words classified per index: a bound for a long run over many vocabularies


def forget_sentences() -> None:
    """Drop the kept answers: the engine calls this as a document starts, so that only the scans of
    one document share them (and a benchmark that repeats documents is not flattered)."""
    for index in list(_indexes):
        index._found.clear()
        index._texts.clear()
    forget_texts()


def sentence_words(text: str) -> frozenset[str]:
    """The distinct lower-case words (``\\w+``) of text."""
    return frozenset(split_words(text.lower()))


class CuePart:
    """One rule table's rules in a CueIndex shared with other tables: bit i here is bit offset + i there.

    The commitment rules and the delivery rules are such parts of RULE_CUES: both scans read the same
    sentences, so a word is classified once for the two, and a sentence's words are looked up once."""

    def __init__(self, index: CueIndex, cues: Sequence[CueWords | None]) -> None:
        self._index, self._offset, self._all = index, index.add(cues), (1 << len(cues)) - 1
        self.uncued = index.uncued >> self._offset & self._all

    def bits(self, keep: Sequence[bool]) -> int:
        """The mask of the rules for which keep is true."""
        return sum(1 << i for i, flag in enumerate(keep) if flag)

    def mask(self, words: frozenset[str]) -> int:
        """The cued rules of this table whose cue words occur among words (uncued rules not included)."""
        return self._index.mask(words) >> self._offset & self._all

    def mask_of(self, text: str) -> int:
        """mask(sentence_words(text)), kept for the text: the commitment scan and the delivery scan ask it of the
        same sentences (the same string objects, so the second look-up hashes nothing anew)."""
        return self._index.mask_of(text) >> self._offset & self._all


class CueIndex:
    """Bit i of ``mask(words)`` is set when rule i's cue words occur among words (or rule i has none)."""

    def __init__(self, cues: Sequence[CueWords | None] = ()) -> None:
        self._cues: tuple[CueWords | None, ...] = ()
        self.uncued = 0
        # Every cue string, with the rules it wakes; affixes keyed by their length, so that a word is
        # tested by slicing it to each length once, not by every rule's startswith/endswith in turn.
        self._exact: dict[str, int] = {}
        self._prefixes: dict[int, dict[str, int]] = {}
        self._suffixes: dict[int, dict[str, int]] = {}
        self._infixes: dict[str, int] = {}
        # every prefix and every suffix, for one test of a word against all of them (_learn)
        self._any_prefix: tuple[str, ...] = ()
        self._any_suffix: tuple[str, ...] = ()
        self._seen: set[str] = set()  # every word classified so far
        self._cue_words: set[str] = set()  # those that are some rule's cue
        self._masks: dict[str, int] = {}  # and the rules they are cues of
        # mask() of the word sets read lately: the commitment and the delivery scan ask it of the same
        # sentence's words (dropped as a document starts, with the words)
        self._found: dict[frozenset[str], int] = {}
        self._texts: dict[str, int] = {}  # mask_of() of the texts read lately (dropped as a document starts)
        _indexes.add(self)
        self.add(cues)

    def add(self, cues: Sequence[CueWords | None]) -> int:
        """Join more rules (their cue words) to the index, as the next bits; returns the first one's bit number."""
        offset = len(self._cues)
        self._cues += tuple(cues)
        self.uncued |= sum(1 << i for i, cue in enumerate(cues, start=offset) if cue is None)
        for i, cue in enumerate(cues, start=offset):
            if cue is None:
                continue
            for word in cue.exact:
                self._exact[word] = self._exact.get(word, 0) | 1 << i
            for table, affixes in ((self._prefixes, cue.prefixes), (self._suffixes, cue.suffixes)):
                for affix in affixes:
                    by_length = table.setdefault(len(affix), {})
                    by_length[affix] = by_length.get(affix, 0) | 1 << i
            for infix in cue.infixes:
                self._infixes[infix] = self._infixes.get(infix, 0) | 1 << i
        self._any_prefix = tuple(affix for by_length in self._prefixes.values() for affix in by_length)
        self._any_suffix = tuple(affix for by_length in self._suffixes.values() for affix in by_length)
        self._forget(frozenset())  # the words seen are classified anew, with the new rules
        return offset

    def bits(self, keep: Sequence[bool]) -> int:
        """The mask of the rules for which keep is true."""
        return sum(1 << i for i, flag in enumerate(keep) if flag)

    def mask(self, words: frozenset[str]) -> int:
        """The cued rules whose cue words occur among words (uncued rules not included)."""
        found = self._found.get(words)
        if found is None:
            if len(self._found) >= _RECENT_LIMIT:
                self._found.clear()
            found = self._found[words] = self._mask(words)
        return found

    def mask_of(self, text: str) -> int:
        """mask(sentence_words(text)), kept for the text."""
        found = self._texts.get(text)
        if found is None:
            if len(self._texts) >= _RECENT_LIMIT:
                self._texts.clear()
            lowered = text.lower()
            words = split_words(lowered)
            found = self._texts[text] = self._mask(words)
            if found:
                # The gates of a sentence with cue words are asked next (matching.may_match, on its fold: mostly
                # the same string): literal_gates keeps its words for them. Most sentences have no cue word,
                # and no set of their words is made.
                remember_words(lowered, words, text)
        return found

    def _mask(self, words: Collection[str]) -> int:
        # the words of a sentence as cut (a list with repeats) need no set of their own: the two set
        # operations take any iterable, and most sentences bring no word the index has not seen
        if not self._seen.issuperset(words):
            new = set(words) - self._seen
            self._learn(new if len(self._seen) + len(new) <= _SEEN_LIMIT else self._forget(words))
        found = 0
        masks = self._masks
        for word in self._cue_words.intersection(words):
            found |= masks[word]
        return found

    def _forget(self, words: Collection[str]) -> Collection[str]:
        self._found.clear()
        self._texts.clear()
        self._seen.clear()
        self._cue_words.clear()
        self._masks.clear()
        return words

    def _learn(self, words) -> None:
        exact, prefixes, suffixes, infixes = self._exact, self._prefixes, self._suffixes, self._infixes
        any_prefix, any_suffix = self._any_prefix, self._any_suffix
        for word in words:
            # the same answer as CueWords.found_in over every rule (a test holds them together)
            found = exact.get(word, 0)
            # Most words start and end with no cue's affix: startswith and endswith with all of them tell that in C,
            # and spare such a word a slice and a look-up per affix length (most of what learning a word cost).
            if word.startswith(any_prefix):
                for length, table in prefixes.items():
                    found |= table.get(word[:length], 0)
            if word.endswith(any_suffix):
                for length, table in suffixes.items():
                    # word[-0:] is the whole word: an empty suffix is in every word
                    found |= table.get(word[-length:] if length else "", 0)
            for infix, bits in infixes.items():
                if infix in word:
                    found |= bits
            if found:
                self._cue_words.add(word)
                self._masks[word] = found
        self._seen.update(words)


_indexes: weakref.WeakSet[CueIndex] = weakref.WeakSet()  # every CueIndex, whose answers forget_sentences drops
RULE_CUES = CueIndex()  # the commitment rules' and the delivery rules' cue words (CuePart)
