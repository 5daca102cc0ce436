r"""Cheap gates in front of the rule regexes: words a pattern cannot match without.

Most rule patterns fail on most sentences, and a regex with gaps and word classes costs far
more to fail than a few substring tests. ``required_substrings`` reads a compiled pattern's
syntax tree and returns strings one of which every match must contain ("{self} … toe" needs
"toe"; a branch of words needs one of its words). ``may_match`` is the gate: when it says
False, the pattern cannot match, so skipping it never changes a result.

Both sides are folded with ``fold``: lower case plus the few extra equivalences of the regex
engine's IGNORECASE ("ſ" is "s", "ı" is "i", "İ" is "i"). Folding only ever merges characters,
so a gate may let through a text the pattern rejects (the regex then decides), never the other
way round.

``required_word_conjuncts`` goes further where a pattern puts a word between word boundaries
("(?<!\w)(?:ga|kom)\s+(?:ik|we|wij)\b"): it needs the whole word, not the string anywhere
("ga" is in "gaan", "algemeen", "vergadering"). Folding keeps every character that is no word
character out of the words (checked over all code points), so a word the regex engine reads
between boundaries is a word of the folded text.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from re import _constants as sre  # type: ignore[attr-defined]  # the syntax tree's opcodes (stable since 3.11)
from re import _parser  # type: ignore[attr-defined]

_FOLD = str.maketrans({"ı": "i", "ſ": "s"})
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
    # "İ" lower-cases to "i" and a combining dot, and the regex engine reads it as "i": it is made "i" first. A
    # combining dot of the text's own is no word character, to the regex engine and in the folded text alike.
    if "İ" in text:
        text = text.replace("İ", "i")
    lower = text.lower()
    # translate() walks every character in Python-level steps; the two it changes are rare
    if "ı" in lower or "ſ" in lower:
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


def required_word_conjuncts(pattern: re.Pattern[str]) -> Conjuncts:
    r"""required_conjuncts, with a whole word (WHOLE_WORD and the word) where the pattern reads a string of word
    characters between word boundaries: "(?<!\w)(?:ga|kom)\s+" needs the word "ga" or "kom", not "gaan"."""
    known = _PARSED_WORD_CONJUNCTS.get(pattern)
    if known is not None:
        return known
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return ()
    return _word_conjuncts_of(list(tree), pattern.flags)


def _word_conjuncts_of(tree: list, flags: int) -> Conjuncts:
    if flags & (re.ASCII | re.LOCALE):
        return _conjuncts_of(tree)  # another \w than the one the words of a text are cut by
    return _conjuncts_of(tree, _word_conjuncts(tree, _NO, _NO))


def _conjuncts_of(tree: list, conjuncts: list[frozenset[str]] | None = None) -> Conjuncts:
    found = set(_conjuncts(tree) if conjuncts is None else conjuncts)
    # a set holding every string of another set is met whenever that one is: it adds no test
    kept = [needs for needs in found if not any(other < needs for other in found)]
    # A set fails only after a scan of the text for each of its strings, and a long string is rarely
    # there: the sets with the longest shortest string per string to scan for are asked first.
    return tuple(sorted(kept, key=lambda o: (-min(map(len, o)) / len(o), sorted(o))))


def may_match_all(conjuncts: Conjuncts, folded: str) -> bool:
    words: frozenset[str] | None = None
    for needs in conjuncts:
        for needed in needs:
            if needed[:1] == WHOLE_WORD:
                if words is None:
                    words = frozenset(split_words(folded))
                if needed[1:] in words:
                    break
            elif needed in folded:
                break
        else:
            return False
    return True


# A gate string that opens with this stands for a whole word of the text (required_word_conjuncts), not a string
# anywhere in it. No text a gate is asked about holds it next to a word character: it is no word character.
WHOLE_WORD = "\x00"


Masks = tuple[int, ...]  # Conjuncts as bits of a GateTable: one bit of each mask is required


class GateTable:
    """The gates of a whole rule table asked at once: which of their strings a text holds, as the bits of an int.

    may_match_all scans the text for every string it asks about, and a rule table asks about hundreds,
    most of them absent. A string of word characters occurs in a text exactly when it occurs in one of
    the text's words, so the table looks the text's words up instead: what each word holds is worked out
    once and kept (each position of the word is followed through the prefixes of the table's strings as far
    as they go). The few strings with other characters in them ("minister-president", "?") are scanned for.
    The answers are those of may_match_all, bit for bit (a test holds the two together).
    """

    EVERY_TEXT = 1  # a bit that present() always sets: the mask of a pattern that needs nothing

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        # The strings of word characters as a trie of their characters: each node maps a character to the node after
        # it and the bits of the strings that end there (0: none), so every prefix of a string is a path from the root.
        self._trie: dict[str, tuple[dict, int]] = {}
        self._elsewhere: tuple[tuple[str, int], ...] = ()
        self._whole_words: dict[str, int] = {}  # the bits of the whole-word strings (WHOLE_WORD), by their word
        self._words: dict[str, int] = {}  # the bits of the strings each word seen so far holds
        # present() of the texts read lately: the commitment scan asks it of a sentence before it judges it,
        # and the judge and the delivery scan ask it again (dropped with the words, as a document starts)
        self._texts: dict[str, int] = {}
        _tables.add(self)

    def masks(self, conjuncts: Conjuncts) -> Masks:
        """conjuncts as bits; their strings join the table (done as the rule tables are built)."""
        for needs in conjuncts:
            for string in sorted(needs - self._bits.keys()):
                bit = self._bits[string] = self.EVERY_TEXT << len(self._bits) + 1
                if string[:1] == WHOLE_WORD:
                    word = string[1:]
                    self._whole_words[word] = self._whole_words.get(word, 0) | bit
                elif _WORD.fullmatch(string):
                    node = self._trie
                    for index, char in enumerate(string, start=1):
                        child, bits = node.get(char, (None, 0))
                        if child is None:
                            child = {}
                        node[char] = (child, bits | bit if index == len(string) else bits)
                        node = child
                else:
                    self._elsewhere += ((string, bit),)
            self._words.clear()  # what a word holds is worked out anew, with the new strings
            self._texts.clear()
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
        # From each position of the word its characters are followed down the trie of the table's strings, as far
        # as they go: a string of the table is found on the way to every longer one, and the walk stops at the first
        # character that goes on with no string (mostly after one or two), so a word costs a few steps per character
        # at most (no more than the longest string's length). A step is a look-up by one character (a string CPython
        # keeps made for the Latin-1 letters, its hash known): no piece of the word is cut out and hashed for it. No
        # regex of the table is built or run: compiling one cost more than learning every word of a short run.
        trie = self._trie
        bits = self._whole_words.get(word, 0)
        for start in range(len(word)):
            node = trie
            for char in word[start:]:
                step = node.get(char)
                if step is None:
                    break
                node, found = step
                if found:
                    bits |= found
        self._words[word] = bits
        return bits


_WORD = re.compile(r"\w+")
_WORDS_KEPT = 200_000  # a bound for a long run over many vocabularies
_TEXTS_KEPT = 4096  # texts whose words are kept (a bound for a very long document)
_text_words: dict[str, list[str]] = {}
# fold() of the sentences cue_index lowered (the same string when it is their fold), by the sentence
_folds: dict[str, str] = {}
_tables: weakref.WeakSet[GateTable] = weakref.WeakSet()  # every GateTable, whose answers forget_texts drops
# The gates of the commitment rules, the vetoes and the delivery rules in one table: both scans read the same
# sentences, so a word's strings are worked out, and a sentence's answered, once for the two.
RULE_GATES = GateTable()
# The table that turns every ASCII character \w does not match into a space (a word character maps to itself).
_ASCII_BREAKS_TO_SPACE = {code: code if chr(code).isalnum() or chr(code) == "_" else 32 for code in range(128)}
# The same as a bytes.translate table: bytes.translate indexes a 256-byte table per character, which is faster
# than str.translate's look-ups even on its ASCII fast path, and ASCII text encodes and decodes as a copy.
_ASCII_BREAKS_TO_SPACE_BYTES = bytes(_ASCII_BREAKS_TO_SPACE.get(code, code) for code in range(256))


def remember_words(lowered: str, words: list[str], text: str) -> None:
    """Keep split_words(lowered) for words_of, and lowered as the fold of text where it is that (cue_index, which
    lowered and split the text already for its own use)."""
    if len(_text_words) >= _TEXTS_KEPT:
        _text_words.clear()
        _folds.clear()
    _text_words[lowered] = words
    # the three characters whose fold is not their lower case (fold()): in most texts none is, and the gates, the
    # judge and the delivery scan then take the lower case cue_index made, not another copy of the sentence
    if "İ" not in text and "ı" not in lowered and "ſ" not in lowered:
        _folds[text] = lowered


def known_fold(text: str) -> str:
    """fold(text), the one kept for a sentence cue_index read (a string the gate tables have hashed already)."""
    folded = _folds.get(text)
    return fold(text) if folded is None else folded


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
    _folds.clear()
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


# required_word_conjuncts: the syntax tree read as _conjuncts reads it, each run of word characters with what stands
# around it. "Bounded" before a point: the character before it is no word character, or there is none (the text's
# start); after a point: the character after it. A run of word characters bounded on both sides is a word of the text.


def _no() -> bool:
    return False


_NO = _no


def _word_conjuncts(items, before, after) -> list[frozenset[str]]:
    """_conjuncts of a sequence; before and after: whether the sequence is bounded at its start and at its end (asked
    only when a run of word characters stands at either, so passed as functions)."""
    found: list[frozenset[str]] = []
    run, run_start = "", 0
    for index, (op, av) in enumerate(items):
        if op is sre.LITERAL and chr(av) in _SAFE:
            if not run:
                run_start = index
            run += chr(av)
            continue
        if run:
            found.append(_run_needs(run, items, run_start, index, before, after))
            # a word factored by the template compiler: "z(?:al|ullen)", "kom(?:en|t)", "zeg(?:gen)?"
            words = [fold(run + ending) for ending in _endings(op, av) or ()]
            if (
                words
                and all(_WORD.fullmatch(word) for word in words)
                and _bounded_before(items, run_start, before)
                and _bounded_after(items, index + 1, after)
            ):
                found.append(frozenset(WHOLE_WORD + word for word in words))
            run = ""
        if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
            found += _word_conjuncts(
                _body(op, av), _before_of(items, index, before), _after_of(items, index + 1, after)
            )
        elif op in _REPEATS:
            if av[0] >= 1:
                found += _word_conjuncts(list(av[2]), _NO, _NO)  # a repetition's parts stand next to each other
        else:
            inner = _word_node(op, av, _before_of(items, index, before), _after_of(items, index + 1, after))
            if inner:
                found.append(inner)
    if run:
        found.append(_run_needs(run, items, run_start, len(items), before, after))
    return found


def _word_node(op, av, before, after) -> Needs:
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            options = _word_conjuncts(list(branch), before, after)
            if not options:
                return None  # a branch that needs nothing makes the whole choice need nothing
            union |= max(options, key=lambda o: (min(map(len, o)), -len(o)))  # as _sequence chooses
        return frozenset(union)
    return _node(op, av)


def _endings(op, av) -> frozenset[str] | None:
    """The strings op matches when they are a few fixed runs of word characters ("" when it may match nothing),
    else None."""
    if op is sre.SUBPATTERN:
        return _fixed_run(list(av[3]))
    if op is sre.BRANCH:
        return _each_branch(av[1], _fixed_run)
    if op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
        inner = _endings(sre.SUBPATTERN, (None, 0, 0, av[2])) if len(av[2]) else None
        return inner | {""} if inner is not None else None
    return None


def _each_branch(branches, read) -> frozenset[str] | None:
    """What read finds in every branch of an alternation, together; None when it finds nothing in one of them."""
    union: set[str] = set()
    for branch in branches:
        found = read(list(branch))
        if found is None:
            return None
        union |= found
    return frozenset(union)


def _fixed_run(items: list) -> frozenset[str] | None:
    """The strings a sequence of literal word characters and nodes of endings matches, when they are few."""
    found = frozenset({""})
    for op, av in items:
        if op is sre.LITERAL:
            char = chr(av)
            if char not in _SAFE or not _WORD.fullmatch(char):
                return None
            found = frozenset(string + char for string in found)
        else:
            endings = _endings(op, av)
            if endings is None or len(found) * len(endings) > _FEW_ENDINGS:
                return None
            found = frozenset(string + ending for string in found for ending in endings)
    return found


_FEW_ENDINGS = 64


def _body(op, av) -> list:
    return list(av[3]) if op is sre.SUBPATTERN else list(av)


def _run_needs(run: str, items, start: int, end: int, before, after) -> frozenset[str]:
    """A run of literal characters (items[start:end]): a whole word when it is one, bounded on both sides."""
    folded = fold(run)
    if _WORD.fullmatch(folded) and _bounded_before(items, start, before) and _bounded_after(items, end, after):
        return frozenset({WHOLE_WORD + folded})
    return frozenset({folded})


def _before_of(items, index: int, before):
    return lambda: _bounded_before(items, index, before)


def _after_of(items, index: int, after):
    return lambda: _bounded_after(items, index, after)


_BOUNDED_BEFORE = {sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BOUNDARY}
_BOUNDED_AFTER = {sre.AT_END, sre.AT_END_STRING, sre.AT_BOUNDARY}


def _bounded_before(items, index: int, before) -> bool:
    """Whether the point before items[index] is bounded before, when a word character comes next (a word boundary
    there then has no word character before it)."""
    for position in range(index - 1, -1, -1):
        op, av = items[position]
        if op is sre.AT:
            if av in _BOUNDED_BEFORE:
                return True
        elif op is sre.ASSERT_NOT and av[0] < 0 and _no_word_after_all(av[1]):
            return True  # (?<!\w)
        elif op is not sre.ASSERT and op is not sre.ASSERT_NOT:  # other look-arounds read nothing
            return _ends_outside_words(op, av, _before_of(items, position, before))
    return before()


def _bounded_after(items, index: int, after) -> bool:
    """Whether the point after items[index - 1] is bounded after, when a word character comes before it."""
    for position in range(index, len(items)):
        op, av = items[position]
        if op is sre.AT:
            if av in _BOUNDED_AFTER:
                return True
        elif op is sre.ASSERT_NOT and av[0] > 0 and _no_word_after_all(av[1]):
            return True  # (?!\w)
        elif op is not sre.ASSERT and op is not sre.ASSERT_NOT:
            return _starts_outside_words(op, av, _after_of(items, position + 1, after))
    return after()


def _ends_outside_words(op, av, before) -> bool:
    """Whether what op matches ends with a character that is no word character (before: where it matches nothing)."""
    if op is sre.LITERAL or op is sre.IN:
        return _outside_words(op, av)
    if op in _REPEATS:
        low, _high, body = av
        return _bounded_before(list(body), len(body), _NO) and (low >= 1 or before())
    if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
        body = _body(op, av)
        return _bounded_before(body, len(body), before)
    if op is sre.BRANCH:
        return all(_bounded_before(list(branch), len(branch), before) for branch in av[1])
    return False


def _starts_outside_words(op, av, after) -> bool:
    """Whether what op matches starts with a character that is no word character (after: where it matches nothing)."""
    if op is sre.LITERAL or op is sre.IN:
        return _outside_words(op, av)
    if op in _REPEATS:
        low, _high, body = av
        return _bounded_after(list(body), 0, _NO) and (low >= 1 or after())
    if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
        return _bounded_after(_body(op, av), 0, after)
    if op is sre.BRANCH:
        return all(_bounded_after(list(branch), 0, after) for branch in av[1])
    return False


def _no_word_after_all(tree) -> bool:
    r"""Whether a look-around's body matches no word character: "(?!\w)", "(?<![\w-])"."""
    body = list(tree)
    return (
        len(body) == 1
        and body[0][0] is sre.IN
        and (sre.CATEGORY, sre.CATEGORY_WORD) in body[0][1]
        and all(kind is not sre.NEGATE for kind, _ in body[0][1])
    )


def _outside_words(op, av) -> bool:
    """Whether a character op matches (a literal or a class) is never a word character, in any case."""
    if op is sre.LITERAL:
        return _no_word_character(chr(av))
    return all(
        kind is sre.CATEGORY
        and value in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD)
        or kind is sre.LITERAL
        and _no_word_character(chr(value))
        for kind, value in av
    )


def _no_word_character(char: str) -> bool:
    # punctuation and white space have no case, so IGNORECASE matches no word character with them
    return _WORD.match(char) is None and (char.isascii() or unicodedata.category(char)[0] in "PZ")


class GatedPattern:
    """A compiled pattern whose search first asks its gate: no match is possible without a needed string."""

    __slots__ = ("pattern", "needs", "twin")

    def __init__(self, pattern: re.Pattern[str], opens_with_class: Needs = None) -> None:
        """opens_with_class: for a pattern that opens with a case-sensitive class of its first letters, which the
        regex engine scans for in C, the strings (folded) one of which each match holds; the words cut after their
        first letter hide them from required_conjuncts, and a look-ahead in front would have the engine enter the
        pattern at every position again."""
        if opens_with_class is None:
            self.pattern, self.needs = with_first_characters(pattern), required_conjuncts(pattern)
        else:
            self.pattern, self.needs = pattern, (opens_with_class,)
        self.twin = folded_twin(self.pattern)

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """pattern.search(text); folded: fold(text), when the caller has it (a long text asked of several)."""
        if folded is None:
            folded = fold(text)
        return self.pattern.search(text) if may_match_all(self.needs, folded) else None

    def found_in(self, text: str, folded: str | None = None) -> bool:
        """Whether search(text, folded) finds a match, asked of the fold by the folded twin when the pattern has one."""
        if folded is None:
            folded = fold(text)
        if not may_match_all(self.needs, folded):
            return False
        return (self.twin.search(folded) if self.twin is not None else self.pattern.search(text)) is not None


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
    _PARSED_WORD_CONJUNCTS[pattern] = _word_conjuncts_of(tree, pattern.flags)
    # the look-ahead holds both cases of each character: it reads a character as its fold when the rest does
    _PARSED_FOLDS_EXACTLY[pattern] = _folds_exactly(tree) and (
        first is None or _class_folds_exactly([(sre.LITERAL, ord(c)) for c in first])
    )
    return pattern


# required_conjuncts of the patterns compile_with_first_characters made, read from the tree it parsed
_PARSED_CONJUNCTS: weakref.WeakKeyDictionary[re.Pattern[str], Conjuncts] = weakref.WeakKeyDictionary()
_PARSED_WORD_CONJUNCTS: weakref.WeakKeyDictionary[re.Pattern[str], Conjuncts] = weakref.WeakKeyDictionary()
# and whether each reads every character as its fold (folded_twin), from the same tree
_PARSED_FOLDS_EXACTLY: weakref.WeakKeyDictionary[re.Pattern[str], bool] = weakref.WeakKeyDictionary()


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
        return _each_branch(av[1], _first)
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av) and len(av) <= _FEW:
        return (
            frozenset(chr(value) for _, value in av if chr(value) in _SAFE)
            if all(chr(value) in _SAFE for _, value in av)
            else None
        )
    return None


def folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-blind pattern compiled case-sensitively, to be run on fold(text): the same matches at the same places
    (fold keeps every character's place), found several times faster, or None when the pattern reads something
    for which that is not sure.

    The regex engine tests a case-blind literal by lower-casing the text's character, and it cannot pass over the
    alternatives of a branch by their first character (it does so only for a case-sensitive literal or class): a
    case-blind alternation of words enters every alternative at every word. On the folded text the same words are
    matched case-sensitively. This holds where every literal is a character that only its own case forms (and the
    regex engine's extra equivalences, which fold makes: "ſ", "ı", "K") turn into, which is checked for the Latin
    characters (_FOLD_EXACT); the classes \\w, \\d, \\s read a character as they read its fold (test_literal_gates
    checks both over all code points).
    """
    key = (pattern.pattern, pattern.flags)
    if key not in _TWINS:
        _TWINS[key] = _twin(pattern)
    return _TWINS[key]


def as_run(pattern: re.Pattern[str] | None) -> tuple[re.Pattern[str] | None, bool]:
    """(pattern's folded twin, True), or (pattern, False) when it has none: what to run, and whether on the fold."""
    twin = folded_twin(pattern) if pattern is not None else None
    return (twin, True) if twin is not None else (pattern, False)


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if not pattern.flags & re.IGNORECASE or pattern.flags & (re.LOCALE | re.ASCII):
        return None
    if not _PARSED_FOLDS_EXACTLY.get(pattern, True):
        return None
    if pattern not in _PARSED_FOLDS_EXACTLY:
        try:
            tree = _parser.parse(pattern.pattern, pattern.flags)
        except (re.error, TypeError):
            return None
        if not _folds_exactly(list(tree)):
            return None
    twin = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    return None if twin.flags & re.IGNORECASE else twin  # an inline (?i) keeps the twin case-blind


# folded_twin of each pattern asked about, by its source and flags: the time phrase that many rules require is
# compiled once
_TWINS: dict[tuple[str, int], re.Pattern[str] | None] = {}


def _fold_exact(char: str) -> bool:
    """Whether the characters that a case-blind char matches are those whose fold is char."""
    return char in _FOLD_EXACT


# The Latin characters (below U+0250) and the general punctuation (dashes, quotes, bullets) that are their own fold,
# but "µ" (the regex engine makes it "μ", fold does not): for each, the characters a case-blind pattern matches with it
# are exactly those whose fold is it (test_literal_gates).
_FOLD_EXACT = frozenset(
    chr(c)
    for c in (*range(0x250), *range(0x2010, 0x2028), *range(0x2030, 0x2050))
    if chr(c) != "µ" and fold(chr(c)) == chr(c)
)
_PLAIN_OPS = {sre.ANY, sre.AT}
_NESTED_OPS = {sre.BRANCH, sre.SUBPATTERN, sre.ATOMIC_GROUP, sre.ASSERT, sre.ASSERT_NOT} | _REPEATS


def _folds_exactly(items) -> bool:
    for op, av in items:
        if op is sre.LITERAL or op is sre.NOT_LITERAL:
            if not _fold_exact(chr(av)):
                return False
        elif op is sre.IN:
            if not _class_folds_exactly(av):
                return False
        elif op is sre.BRANCH:
            if not all(_folds_exactly(list(branch)) for branch in av[1]):
                return False
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            if add_flags or del_flags or not _folds_exactly(list(body)):
                return False
        elif op in _REPEATS:
            if not _folds_exactly(list(av[2])):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _folds_exactly(list(av)):
                return False
        elif op is sre.ASSERT or op is sre.ASSERT_NOT:
            if not _folds_exactly(list(av[1])):
                return False
        elif op not in _PLAIN_OPS:
            return False  # a back reference, a conditional: not worth the doubt
    return True


def _class_folds_exactly(items) -> bool:
    """A class reads a character as its fold when its literals are characters of _FOLD_EXACT or the case forms of one
    that it holds as well ("[Aa]": the fold of "A" is "a"), its ranges hold only characters of _FOLD_EXACT, and the rest
    are the classes \\w, \\d, \\s and their negations."""
    chars: set[str] = set()
    for kind, value in items:
        if kind is sre.LITERAL:
            chars.add(chr(value))
        elif kind is sre.RANGE:
            low, high = value
            if high - low > 0x250 or not all(_fold_exact(chr(code)) for code in range(low, high + 1)):
                return False
        elif kind is not sre.NEGATE and kind is not sre.CATEGORY:
            return False
    return all(
        _fold_exact(char) or (fold(char) != char and fold(char) in chars and _fold_exact(fold(char))) for char in chars
    )
