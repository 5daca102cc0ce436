"""Cheap gates in front of the rule regexes: words a pattern cannot match without.

Most rule patterns fail on most sentences, and a regex with gaps and word classes costs far
more to fail than a few substring tests. ``required_substrings`` reads a compiled pattern's
syntax tree and returns strings one of which every match must contain ("{ik} … toe" needs
"toe"; a branch of words needs one of its words). ``may_match`` is the gate: when it says
False, the pattern cannot match, so skipping it never changes a result.

Both sides are folded with ``fold``: lower case plus the few extra equivalences of the regex
engine's IGNORECASE ("ſ" is "s", "ı" is "i", "İ" lower-cases to "i" and a combining dot).
Folding only ever merges characters, so a gate may let through a text the pattern rejects
(the regex then decides), never the other way round.
"""

from __future__ import annotations

import re
import weakref
from functools import reduce
from operator import or_
from re import _constants as sre  # type: ignore[attr-defined]  # the syntax tree's opcodes (stable since 3.11)
from re import _parser  # type: ignore[attr-defined]

_FOLD = str.maketrans({"\u0307": None, "ı": "i", "ſ": "s"})
# Literal characters whose lower case is one character, the same in every context.
_SAFE = frozenset(chr(c) for c in range(0x20, 0x7F)) | frozenset(
    chr(c) for c in range(0xC0, 0x100) if chr(c) not in "×÷ß"
)
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}

Needs = frozenset[str] | None  # None: nothing is required (or the tree is not understood)
Conjuncts = tuple[frozenset[str], ...]  # one string of each set is required; () nothing


_SPACES = re.compile(r"\s+")
_NOT_ONE_SPACE = re.compile(r"[^\S ]|  ")  # a run that collapsing would change


def collapse_spaces(text: str) -> str:
    """Every run of white space as one space; a sentence's reading text mostly has none to change,
    and one search is far cheaper than rebuilding the string."""
    # Every white space character but " " is unprintable (checked over all code points), so a
    # printable text without a double space has no run: two C scans spare the regex's slower one.
    if "  " not in text and text.isprintable():
        return text
    return _SPACES.sub(" ", text) if _NOT_ONE_SPACE.search(text) else text


def fold(text: str) -> str:
    lower = text.lower()
    # translate() walks every character in Python-level steps; the three it changes are rare
    if "\u0307" in lower or "ı" in lower or "ſ" in lower:
        return lower.translate(_FOLD)
    return lower


def required_substrings(pattern: re.Pattern[str]) -> Needs:
    """Strings (folded) one of which occurs in every match of pattern, or None."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return None
    return _sequence(list(tree))


def required_conjuncts(pattern: re.Pattern[str]) -> Conjuncts:
    """Sets of strings (folded) such that every match of pattern holds one string of each set; the most
    selective set first. required_substrings keeps only the first: "{gov} … {zal} … {informeren}" needs a
    word of each class, and a sentence that has "zal" but no verb of informing is turned away too."""
    known = _PARSED_CONJUNCTS.get(pattern)
    if known is not None:
        return known
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return ()
    return _conjuncts_of(list(tree))


def _conjuncts_of(tree: list) -> Conjuncts:
    found = set(_conjuncts(tree))
    # a set holding every string of another set is met whenever that one is: it adds no test
    kept = [needs for needs in found if not any(other < needs for other in found)]
    # A set fails only after a scan of the text for each of its strings, and a long string is rarely
    # there: the sets with the longest shortest string per string to scan for are asked first.
    return tuple(sorted(kept, key=lambda o: (-min(map(len, o)) / len(o), sorted(o))))


def may_match_all(conjuncts: Conjuncts, folded: str) -> bool:
    for needs in conjuncts:
        for needed in needs:
            if needed in folded:
                break
        else:
            return False
    return True


Masks = tuple[int, ...]  # Conjuncts as bits of a GateTable: one bit of each mask is required


class GateTable:
    """The gates of a whole rule table asked at once: which of their strings a text holds, as the bits of an int.

    may_match_all scans the text for every string it asks about, and a rule table asks about hundreds,
    most of them absent. A string of word characters occurs in a text exactly when it occurs in one of
    the text's words, so the table looks the text's words up instead: what each word holds is worked out
    once and kept (the longest string starting at each position of the word is found, and with it every
    shorter string starting there, all of them its prefixes). The few strings with other characters in
    them ("minister-president", "?") are scanned for. The answers are those of may_match_all, bit for
    bit (a test holds the two together).
    """

    EVERY_TEXT = 1  # a bit that present() always sets: the mask of a pattern that needs nothing

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        # every prefix of a string of word characters, with the bits of the strings it is (0: none)
        self._prefixes: dict[str, int] = {}
        self._elsewhere: tuple[tuple[str, int], ...] = ()
        self._words: dict[str, int] = {}  # the bits of the strings each word seen so far holds
        # _learn's tools, built when the first word is learnt (after the rule tables are): see _build_finder
        self._finder: re.Pattern[str] | None = None
        self._with_prefixes: dict[str, int] = {}
        # present() of the texts read lately: the commitment scan asks it of a sentence before it judges it,
        # and the judge and the delivery scan ask it again (dropped with the words, as a document starts)
        self._texts: dict[str, int] = {}
        _tables.add(self)

    def masks(self, conjuncts: Conjuncts) -> Masks:
        """conjuncts as bits; their strings join the table (done as the rule tables are built)."""
        for needs in conjuncts:
            for string in sorted(needs - self._bits.keys()):
                bit = self._bits[string] = self.EVERY_TEXT << len(self._bits) + 1
                if _WORD.fullmatch(string):
                    for end in range(1, len(string)):
                        self._prefixes.setdefault(string[:end], 0)
                    self._prefixes[string] = self._prefixes.get(string, 0) | bit
                else:
                    self._elsewhere += ((string, bit),)
            self._words.clear()  # what a word holds is worked out anew, with the new strings
            self._texts.clear()
            self._finder = None
        return tuple(sum(self._bits[string] for string in needs) for needs in conjuncts)

    def present(self, folded: str) -> int:
        """The bits of the table's strings that occur in folded."""
        found = self._texts.get(folded)
        if found is None:
            if len(self._texts) >= _TEXTS_KEPT:
                self._texts.clear()
            found = self._texts[folded] = self._present(folded)
        return found

    def _present(self, folded: str) -> int:
        found = self.EVERY_TEXT
        known = self._words
        for word in words_of(folded):
            bits = known.get(word)
            found |= self._learn(word) if bits is None else bits
        for string, bit in self._elsewhere:
            if string in folded:
                found |= bit
        return found

    def _learn(self, word: str) -> int:
        if len(self._words) >= _WORDS_KEPT:
            self._words.clear()
        if self._finder is None:
            self._build_finder()
        assert self._finder is not None
        # every string in the word is a prefix of the longest one starting where it starts: the finder
        # gives that one at each position, in C, and its entry holds the bits of all its prefixes
        bits = reduce(or_, map(self._with_prefixes.__getitem__, self._finder.findall(word)), 0)
        self._words[word] = bits
        return bits

    def _build_finder(self) -> None:
        """A pattern whose findall gives, at each position of a word, the longest string of the table starting
        there (a look-ahead, so the matches overlap), and the bits of each string with those of its prefixes.

        The strings are factored into a trie with every ending optional and greedy: the regex engine takes
        the longest branch that reaches the end of a string."""
        strings = [string for string, bits in self._prefixes.items() if bits]
        self._with_prefixes = {
            string: reduce(or_, (self._prefixes[string[:end]] for end in range(1, len(string) + 1)), 0)
            for string in strings
        }
        self._finder = re.compile("(?=(" + _longest_first(strings) + "))") if strings else re.compile("(?!)")


def _longest_first(strings: list[str]) -> str:
    """An alternation of strings as a trie: each ending may be followed by more or by nothing, more first, so a
    match is the longest one."""
    tree: dict = {}
    for string in strings:
        node = tree
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        branches = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # an empty alternative rather than "?", which matches the same (the body first, then nothing): the regex
        # engine runs an optional group through its general repeat, with a repeat context set up at every try
        return f"(?:{body}|)" if "" in node else body

    return branch(tree)


_WORD = re.compile(r"\w+")
_WORDS_KEPT = 200_000  # a bound for a long run over many vocabularies
_TEXTS_KEPT = 4096  # texts whose words are kept (a bound for a very long document)
_text_words: dict[str, list[str]] = {}
_tables: weakref.WeakSet[GateTable] = weakref.WeakSet()  # every GateTable, whose answers forget_texts drops
# The gates of the commitment rules, the vetoes and the delivery rules in one table: both scans read the same
# sentences, so a word's strings are worked out, and a sentence's answered, once for the two.
RULE_GATES = GateTable()
# The table that turns every ASCII character \w does not match into a space (a word character maps to itself).
_ASCII_BREAKS_TO_SPACE = {code: code if chr(code).isalnum() or chr(code) == "_" else 32 for code in range(128)}
# The same as a bytes.translate table: bytes.translate indexes a 256-byte table per character, which is faster
# than str.translate's look-ups even on its ASCII fast path, and ASCII text encodes and decodes as a copy.
_ASCII_BREAKS_TO_SPACE_BYTES = bytes(_ASCII_BREAKS_TO_SPACE.get(code, code) for code in range(256))


def remember_words(lowered: str, words: list[str]) -> None:
    """Keep split_words(lowered) for words_of (cue_index, which split the text already for its own use)."""
    if len(_text_words) >= _TEXTS_KEPT:
        _text_words.clear()
    _text_words[lowered] = words


def words_of(lowered: str) -> list[str]:
    """The ``\\w+`` words of a lower-case or folded text, repeats and all, kept for the texts read lately.

    Cutting a text into words is most of what the gates cost, and a reading is asked for them more than
    once (GateTable.present, on its fold): the commitment scan, the judge and the delivery scan read the
    same sentences. Kept by the string itself, the words are found once for all. They are kept as cut, not
    as a set: a repeated word costs GateTable.present one more look-up, less than building the set.
    """
    words = _text_words.get(lowered)
    if words is None:
        if len(_text_words) >= _TEXTS_KEPT:
            _text_words.clear()
        words = _text_words[lowered] = split_words(lowered)
    return words


def split_words(lowered: str) -> list[str]:
    """The ``\\w+`` words of a lower-case or folded text, in order, repeats and all (nothing kept)."""
    # Most texts are ASCII: there a translate and a split, all in C, cut the same words as the regex in
    # a third of its time (its \w test per character is the slow part); other texts go to the regex.
    if lowered.isascii():
        return lowered.encode("ascii").translate(_ASCII_BREAKS_TO_SPACE_BYTES).decode("ascii").split()
    return _WORD.findall(lowered)


def forget_texts() -> None:
    """Drop the kept words and the gate tables' answers (cue_index.forget_sentences, as a document starts)."""
    _text_words.clear()
    for table in list(_tables):
        table._texts.clear()


def passes(masks: Masks, present: int) -> bool:
    """Whether a text with the strings present (GateTable.present) gets through a gate (GateTable.masks)."""
    for mask in masks:
        if not mask & present:
            return False
    return True


def may_match(needs: Needs, folded: str) -> bool:
    if needs is None:
        return True
    for needed in needs:  # a plain loop: no generator to set up for the usual one or two strings
        if needed in folded:
            return True
    return False


def _sequence(items) -> Needs:
    """A concatenation needs whatever any one of its parts needs: the most selective part is kept."""
    options = _conjuncts(items)
    if not options:
        return None
    # The longest shortest string fails most often; between equals, the fewer strings the better.
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _conjuncts(items) -> list[frozenset[str]]:
    """What each part of a concatenation needs (the parts a match must all pass through)."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and chr(av) in _SAFE:
            run += chr(av)
            continue
        if run:
            found.append(frozenset({fold(run)}))
            run = ""
        if op is sre.SUBPATTERN:
            found += _conjuncts(list(av[3]))
        elif op is sre.ATOMIC_GROUP:
            found += _conjuncts(list(av))
        elif op in _REPEATS:
            if av[0] >= 1:
                found += _conjuncts(list(av[2]))
        else:
            inner = _node(op, av)  # a choice: one of its branches' best strings
            if inner:
                found.append(inner)
    if run:
        found.append(frozenset({fold(run)}))
    return found


def _node(op, av) -> Needs:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in _REPEATS:
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            needs = _sequence(list(branch))
            if not needs:
                return None  # a branch that needs nothing makes the whole choice need nothing
            union |= needs
        return frozenset(union)
    return None  # classes, anchors, look-arounds, any character: no literal to rely on


class GatedPattern:
    """A compiled pattern whose search first asks its gate: no match is possible without a needed string."""

    __slots__ = ("pattern", "needs")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.needs = with_first_characters(pattern), required_conjuncts(pattern)

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """pattern.search(text); folded: fold(text), when the caller has it (a long text asked of several)."""
        if folded is None:
            folded = fold(text)
        return self.pattern.search(text) if may_match_all(self.needs, folded) else None


def with_first_characters(pattern: re.Pattern[str], most: int = 0) -> re.Pattern[str]:
    """pattern with a look-ahead on the few characters a match can start with: the same matches, found faster
    (the regex engine scans for those characters instead of entering the whole pattern at every position).
    most: how many characters (of one case) may be named, when not _FEW."""
    first = first_characters(pattern, most)
    if first is None:
        return pattern
    ahead = "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"
    try:
        return re.compile(ahead + "(?:" + pattern.pattern + ")", pattern.flags)
    except re.error:  # global inline flags ("(?i)...") must stay first: such a pattern is left as it is
        return pattern


_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_FEW = 12  # a look-ahead on more first characters than this rejects too few positions to pay


def first_characters(pattern: re.Pattern[str], most: int = 0) -> frozenset[str] | None:
    """The characters (both cases) a match of pattern can start with, or None when they are many or unknown.

    ``(?=[...])`` of these in front of a pattern never changes what it matches, and the regex engine then
    skips the positions where none of them stands with a fast scan, instead of entering the pattern there.
    """
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return None
    return _few_first_characters(list(tree), most)


def compile_with_first_characters(source: str, flags: int) -> re.Pattern[str]:
    """re.compile(source, flags), with a look-ahead on the characters a match can start with when they are few
    (first_characters): the same matches, found faster.

    Parsing and compiling the rule tables' templates is most of what importing the engine costs. The source
    is parsed once here, for the look-ahead and for the pattern's gates (required_conjuncts, kept for the
    pattern: a look-ahead holds no string a match needs), and compiled once, with the look-ahead.
    """
    try:
        tree = list(_parser.parse(source, flags))
    except (re.error, TypeError):
        return re.compile(source, flags)
    first = _few_first_characters(tree)
    if first is not None:
        source = "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])" + source
    pattern = re.compile(source, flags)
    _PARSED_CONJUNCTS[pattern] = _conjuncts_of(tree)
    return pattern


# required_conjuncts of the patterns compile_with_first_characters made, read from the tree it parsed
_PARSED_CONJUNCTS: weakref.WeakKeyDictionary[re.Pattern[str], Conjuncts] = weakref.WeakKeyDictionary()


def _few_first_characters(tree: list, most: int = 0) -> frozenset[str] | None:
    found = _first(tree)
    if not found or found is _EMPTY:
        return None
    found = frozenset(found | {c.upper() for c in found} | {c.lower() for c in found})
    return found if len(found) <= 2 * (most or _FEW) else None


_EMPTY = frozenset({""})  # the sequence may match the empty string: what follows it counts too


def _first(items) -> frozenset[str] | None:
    """First characters of a sequence; the result holds "" when the whole sequence can match nothing."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        node = _first_of(op, av)
        if node is None:
            return None
        chars |= node - {""}
        if "" not in node:
            return frozenset(chars)
    return frozenset(chars | {""})


def _first_of(op, av) -> frozenset[str] | None:
    if op is sre.LITERAL:
        return frozenset({chr(av)}) if chr(av) in _SAFE else None
    if op is sre.SUBPATTERN:
        return _first(list(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _first(list(av))
    if op in _REPEATS:
        low, _high, body = av
        inner = _first(list(body))
        if inner is None:
            return None
        return inner if low >= 1 else inner | {""}
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            inner = _first(list(branch))
            if inner is None:
                return None
            union |= inner
        return frozenset(union)
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av) and len(av) <= _FEW:
        return (
            frozenset(chr(value) for _, value in av if chr(value) in _SAFE)
            if all(chr(value) in _SAFE for _, value in av)
            else None
        )
    return None
