"""literal_gates: the substring tests in front of the rule regexes never hide a match."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commitments.extraction.deliveries.finding import DELIVERY_RULES
from commitments.extraction.promises import fields
from commitments.extraction.promises.literal_gates import (
    WHOLE_WORD,
    GatedPattern,
    GateTable,
    collapse_spaces,
    first_characters,
    fold,
    folded_twin,
    may_match,
    may_match_all,
    passes,
    required_conjuncts,
    required_substrings,
    required_word_conjuncts,
)
from commitments.extraction.promises.rules import COMMITMENT_RULES
from commitments.extraction.promises.templates import VOCABULARY, compile_template, expand_template
from commitments.extraction.promises.vetoes import REJECTION_RULES


@pytest.mark.parametrize(
    "template, needs",
    [
        ("{self} … bereid (?:om|te)", {"bereid"}),
        ("de (?:brief|nota) volgt", {"volgt"}),
        ("(?:zal|zullen) {self} … terug", {"terug"}),
        ("{self} zeg … toe", {"zeg"}),
        ("(?:straks|alsdan) verder spreken", {"spreken"}),
    ],
    ids=["word_after_a_gap", "longest_word_wins", "word_beats_a_word_class", "shorter_but_fewer", "last_word"],
)
def test_a_template_needs_its_most_selective_word(template, needs):
    assert required_substrings(compile_template(template)) == needs


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r"(?:zal|zullen)?\s*\d+", r"(?:ik|)\s+", r"[a-z]{3,}"],
    ids=["word_class", "optional_words", "empty_branch", "character_class"],
)
def test_a_pattern_without_a_fixed_word_needs_nothing(pattern):
    assert required_substrings(re.compile(pattern, re.IGNORECASE)) is None
    assert required_conjuncts(re.compile(pattern, re.IGNORECASE)) == ()


def test_a_template_needs_a_word_of_each_of_its_parts():
    conjuncts = required_conjuncts(compile_template("{self} zeg … toe"))
    assert set(conjuncts) == {
        frozenset({"zeg"}),
        frozenset({"toe"}),
        frozenset({"ik", "ikzelf", "wij", "we", "kabinet"}),
    }


def test_a_sentence_with_one_part_but_not_the_other_is_turned_away():
    conjuncts = required_conjuncts(compile_template("{self} … {zal} … {informeren}"))
    assert not may_match_all(conjuncts, fold("Ik zal de Kamer voor de zomer een brief sturen."))
    assert may_match_all(conjuncts, fold("Ik zal de Kamer voor de zomer informeren."))


@pytest.mark.parametrize(
    "text",
    ["İK ZEG u dat TOE", "ik zeg u dat toe", "ık zeg u dat toe"],
    ids=["capital_dotted_i", "lower_case", "dotless_i"],
)
def test_case_variants_the_regex_accepts_pass_the_gate(text):
    pattern = compile_template("{self} zeg … toe")
    needs = required_substrings(pattern)
    assert pattern.search(text) and may_match(needs, fold(text))


def test_a_gated_pattern_searches_like_the_pattern_where_its_words_occur():
    gated = GatedPattern(re.compile(r"\bartikel\s+\d+", re.IGNORECASE))
    assert gated.search("Op grond van Artikel 68 van de Grondwet").group() == "Artikel 68"
    assert gated.search("Op grond van de Grondwet") is None


def test_a_sentence_without_the_word_is_turned_away():
    needs = required_substrings(compile_template("{self} … bereid (?:om|te)"))
    assert not may_match(needs, fold("Ik zal de Kamer voor de zomer informeren."))


ALL_PATTERNS = [
    p
    for rule in COMMITMENT_RULES + REJECTION_RULES + DELIVERY_RULES
    for p in rule.compiled + tuple(x for x in (rule.compiled_requires, rule.compiled_unless) if x)
] + [
    gated.pattern
    for gated in (
        fields._LEGAL_BASIS,
        fields._RECURRING,
        fields._REFERS_TO_EARLIER,
        *(cue for _, cue in fields._ACTION_CUES),
    )
]
# Words the rules are made of, so random sentences often match; odd letters test the folding.
WORDS = sorted(
    {w for v in VOCABULARY.values() for w in re.findall(r"[a-zà-ÿ]+", v)}
    | {"toe", "zeg", "terug", "bereid", "om", "te", "niet", "?", "İk", "ſturen", "ıs", "ZAL", "doen"}
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(ALL_PATTERNS), st.lists(st.sampled_from(WORDS), max_size=14), st.booleans())
def test_whenever_a_rule_pattern_matches_its_gate_lets_the_text_through(pattern, words, shout):
    text = " ".join(words)
    text = text.upper() if shout else text
    if pattern.search(text):
        assert may_match(required_substrings(pattern), fold(text))
        assert may_match_all(required_conjuncts(pattern), fold(text))


def test_on_every_corpus_sentence_a_matching_pattern_passes_its_gate():
    from pathlib import Path

    from commitments.extraction.document.sentences import split_sentences

    gates = [(p, required_substrings(p), required_conjuncts(p)) for p in ALL_PATTERNS]
    matched = 0
    for path in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")):
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            folded = fold(sentence.text)
            for pattern, needs, conjuncts in gates:
                if pattern.search(sentence.text):
                    matched += 1
                    assert may_match(needs, folded), (pattern.pattern, sentence.text)
                    assert may_match_all(conjuncts, folded), (pattern.pattern, sentence.text)
    assert matched > 1000  # the corpus exercises the rules, so the test can fail


def test_judge_finds_no_promise_where_no_cued_pattern_passes_its_gates():
    from pathlib import Path

    from commitments.extraction.document.sentences import split_sentences
    from commitments.extraction.promises.matching import cue_mask, judge
    from commitments.extraction.promises.matching import may_match as cued_pattern_may_match

    passed_over = 0
    for path in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")):
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            cues = cue_mask(sentence.text)
            if cues and not cued_pattern_may_match(sentence.text, cues):
                passed_over += 1
                for spoken in (False, True):
                    assert not judge(sentence.text, cues, spoken).is_commitment, sentence.text
    assert passed_over > 1000  # the engine's scan passes these over without judging them


_TABLE = GateTable()
_ALL_GATES = [(conjuncts, _TABLE.masks(conjuncts)) for conjuncts in map(required_conjuncts, ALL_PATTERNS)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS + ["minister-president", "d.d.", "(", ":", "staten-", "generaal"]), max_size=14),
    st.sampled_from([" ", "", "-", "\n"]),
)
def test_a_gate_table_lets_through_what_the_scan_for_its_strings_lets_through(words, separator):
    folded = fold(separator.join(words))
    present = _TABLE.present(folded)
    for conjuncts, masks in _ALL_GATES:
        assert passes(masks, present) == may_match_all(conjuncts, folded), (conjuncts, folded)


def test_a_string_inside_a_longer_word_is_present():
    table = GateTable()
    masks = table.masks((frozenset({"zeg"}), frozenset({"toe"})))
    assert passes(masks, table.present("ik zal het toezeggen"))
    assert not passes(masks, table.present("ik zal het toevoegen"))


@pytest.mark.parametrize(
    "text, collapsed",
    [
        ("Ik zal u informeren.", "Ik zal u informeren."),
        ("Ik zal  u\ninformeren.", "Ik zal u informeren."),
        ("Ik\u00a0zal\tu informeren.", "Ik zal u informeren."),
    ],
    ids=["single_spaces_stay", "double_space_and_line_break", "no_break_space_and_tab"],
)
def test_collapse_spaces_leaves_one_plain_space_per_run(text, collapsed):
    assert collapse_spaces(text) == collapsed


@pytest.mark.parametrize(
    "pattern, first",
    [
        (r"(?<!\w)(?:ik|wij|we)\s+zal", "IWiw"),
        (r"(?:de|het)?\s*brief", None),  # may start with a space: too many characters to be worth it
        (r"(?:zal|zullen)?ga", "GZgz"),
        (r"\w+ toe", None),
    ],
    ids=["word_class_after_a_look_behind", "optional_start_then_anything", "optional_start", "any_word"],
)
def test_first_characters_are_those_a_match_can_start_with(pattern, first):
    found = first_characters(re.compile(pattern, re.IGNORECASE))
    assert ("".join(sorted(found)) if found else None) == first


_BOTH = [
    (re.compile(expand_template(template), re.IGNORECASE), compiled)
    for rule in COMMITMENT_RULES + REJECTION_RULES
    for template, compiled in zip(rule.patterns, rule.compiled)
]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ikwezaldtoeunrbsgmh ,.?İı", max_size=60))
def test_the_first_character_look_ahead_never_changes_a_match(text):
    for plain, compiled in _BOTH:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_a_pattern_that_needs_no_string_passes_every_text():
    table = GateTable()
    nothing = table.masks(required_conjuncts(re.compile(r"\w+\s\d+")))
    assert nothing == () and passes(nothing, table.present(""))
    assert table.present("") & GateTable.EVERY_TEXT


def test_a_rule_with_a_pattern_that_needs_no_string_is_never_passed_over():
    from commitments.extraction.promises.matching import _GATES, _Gated
    from commitments.extraction.promises.templates import Rule

    gated = _Gated.of(Rule("test.ungated", ("zeg … toe", r"\d+ [a-z]+")))
    assert gated.any_pattern & _GATES.present(fold("12 weken"))


def test_no_gate_string_of_the_rule_tables_holds_white_space():
    # A reading with its insertions left out joins the pieces with a space; without white space in a gate
    # string, the reading holds no gate string the sentence lacks, so matching may skip the rules whose
    # patterns the sentence's gates turned away (Verdict.tried)
    strings = {
        string
        for rule in COMMITMENT_RULES + REJECTION_RULES
        for p in rule.compiled + tuple(x for x in (rule.compiled_requires, rule.compiled_unless) if x)
        for needs in required_conjuncts(p)
        for string in needs
    }
    assert strings and not [s for s in strings if re.search(r"\s", s)]


# Whole words (required_word_conjuncts): a string of word characters the pattern reads between boundaries.


@pytest.mark.parametrize(
    "pattern, word",
    [
        (r"(?<!\w)(?:ga|kom)\s+ik\b", {"ga", "kom"}),
        (r"\bz(?:al|ullen)\b", {"zal", "zullen"}),
        (r"(?:^|[,;:]\s+)kom\s", {"kom"}),
        (r"\bzeg(?:gen)?\s+toe\b", {"zeg", "zeggen"}),
        (r"\bz(?:al|u(?:llen|lt))\b", {"zal", "zullen", "zult"}),
    ],
    ids=["look_behind_and_space", "factored_branch", "line_start_or_comma", "optional_ending", "nested_endings"],
)
def test_a_pattern_that_reads_a_whole_word_needs_that_word(pattern, word):
    conjuncts = required_word_conjuncts(re.compile(pattern, re.IGNORECASE))
    assert frozenset(WHOLE_WORD + w for w in word) in conjuncts


@pytest.mark.parametrize(
    "pattern",
    [r"ga\s", r"\bga", r"(?:,)?ga\b", r"\s(?:,|\w)ga\b", r"brief\w*\b", r"\bz(?:al|\w+)\b", r"(?a)\bga\b"],
    ids=[
        "nothing_before",
        "nothing_after",
        "optional_comma",
        "maybe_a_word_character",
        "word_goes_on",
        "open_ending",
        "ascii_word_class",
    ],
)
def test_a_string_that_may_stand_inside_a_word_is_no_whole_word(pattern):
    conjuncts = required_word_conjuncts(re.compile(pattern, re.IGNORECASE))
    assert not [s for needs in conjuncts for s in needs if s.startswith(WHOLE_WORD)]


def test_a_whole_word_is_not_found_inside_a_longer_one():
    conjuncts = required_word_conjuncts(re.compile(r"(?<!\w)(?:ga|kom)\s+(?:ik|we)\b", re.IGNORECASE))
    assert not may_match_all(conjuncts, fold("Wij gaan naar de vergadering, kijk maar."))
    assert may_match_all(conjuncts, fold("Dan ga ik naar de vergadering."))


def test_a_combining_dot_on_its_own_stays_between_words_and_a_capital_dotted_i_folds_to_i():
    assert fold("İK") == "ik"
    pattern = re.compile(r"\bga\b", re.IGNORECASE)
    text = "x\u0307ga"  # the dot is no word character: the regex engine reads "ga" as a word
    assert pattern.search(text) and may_match_all(required_word_conjuncts(pattern), fold(text))


TEXT_PIECES = WORDS + ["İk", "x\u0307", "\u0307", "ı", "Ga", "GA", "ga", "kom", "zal", "zullen", "-", "–", "'", ","]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(ALL_PATTERNS),
    st.lists(st.sampled_from(TEXT_PIECES), max_size=14),
    st.sampled_from([" ", "", "-", "\n", ", ", "\u0307"]),
    st.booleans(),
)
def test_whenever_a_rule_pattern_matches_its_whole_words_are_in_the_text(pattern, words, separator, shout):
    text = separator.join(words)
    text = text.upper() if shout else text
    if pattern.search(text):
        assert may_match_all(required_word_conjuncts(pattern), fold(text)), (pattern.pattern, text)


def test_on_every_corpus_sentence_a_matching_pattern_has_its_whole_words():
    from pathlib import Path

    from commitments.extraction.document.sentences import split_sentences

    gates = [(p, required_word_conjuncts(p)) for p in ALL_PATTERNS]
    assert sum(s.startswith(WHOLE_WORD) for _, conjuncts in gates for needs in conjuncts for s in needs) > 500
    matched = 0
    for path in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")):
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            folded = fold(sentence.text)
            for pattern, conjuncts in gates:
                if pattern.search(sentence.text):
                    matched += 1
                    assert may_match_all(conjuncts, folded), (pattern.pattern, sentence.text)
    assert matched > 1000


_WORD_GATES = [(conjuncts, _TABLE.masks(conjuncts)) for conjuncts in map(required_word_conjuncts, ALL_PATTERNS)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TEXT_PIECES), max_size=14), st.sampled_from([" ", "", "-", "\n", "\u0307"]))
def test_a_gate_table_finds_the_whole_words_the_scan_finds(words, separator):
    folded = fold(separator.join(words))
    present = _TABLE.present(folded)
    for conjuncts, masks in _WORD_GATES:
        assert passes(masks, present) == may_match_all(conjuncts, folded), (conjuncts, folded)


def test_a_reading_without_insertions_holds_no_word_its_sentence_lacks():
    # matching.may_match turns a sentence away when no cued pattern has its whole words in it; judge would read it
    # again without its insertions and bare relatives, its parentheticals on their own, and with its subject first:
    # their words are the sentence's words, cut only where a character that is no word character stands
    from pathlib import Path

    from commitments.extraction.document.sentences import split_sentences
    from commitments.extraction.promises.clauses import (
        reading_subject_first,
        reading_without_bare_relatives,
        split_clauses,
    )
    from commitments.extraction.promises.literal_gates import split_words

    readings = 0
    for path in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")):
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            text = collapse_spaces(sentence.text).strip()
            words = set(split_words(fold(text)))
            parts = split_clauses(text, whole=False)
            for reading in (
                parts.reading_without_insertions(),
                parts.reading_without_parentheticals(),
                reading_without_bare_relatives(text),
                reading_subject_first(text),
                *(parts.words(span) for span in parts.parentheticals),
            ):
                readings += 1
                assert set(split_words(fold(reading))) <= words, (text, reading)
    assert readings > 10_000


# Folded twins (literal_gates.folded_twin): a case-blind pattern run case-sensitively on the text's fold.


def _all_characters() -> str:
    return "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)


def test_a_character_a_twin_may_read_matches_case_blind_exactly_the_characters_that_fold_to_it():
    from commitments.extraction.promises.literal_gates import _FOLD_EXACT

    every = _all_characters()
    folding_to: dict[str, set[str]] = {}
    for char in every:
        folding_to.setdefault(fold(char), set()).add(char)
    assert len(_FOLD_EXACT) > 300
    for char in _FOLD_EXACT:
        matched = {m.group() for m in re.finditer(re.escape(char), every, re.IGNORECASE)}
        assert matched == folding_to[char], char


def test_fold_keeps_every_character_in_its_place_and_the_classes_read_it_as_before():
    every = _all_characters()
    assert len(fold(every)) == len(every)
    assert all(len(fold(char)) == 1 for char in every)
    for cls in (r"\w", r"\W", r"\d", r"\D", r"\s", r"\S", "."):
        blind, sensitive = re.compile(cls, re.IGNORECASE), re.compile(cls)
        assert [m.start() for m in blind.finditer(every)] == [m.start() for m in sensitive.finditer(fold(every))], cls


def test_every_rule_pattern_has_a_folded_twin():
    # the speed of the tables rests on it: a pattern without one is run as it stands, case-blind
    rules = COMMITMENT_RULES + REJECTION_RULES + DELIVERY_RULES
    patterns = [p for rule in rules for p in (*rule.compiled, rule.compiled_requires, rule.compiled_unless) if p]
    assert all(folded_twin(pattern) is not None for pattern in patterns)


@pytest.mark.parametrize(
    "pattern",
    [r"[A-Z]\w+", r"(?-i:Kamer) zal", r"(\w)\1", r"µ", r"[a-zA-Zµ]"],
    ids=["upper_range", "case_sensitive_part", "back_reference", "micro_sign", "micro_sign_in_class"],
)
def test_a_pattern_whose_fold_is_not_sure_has_no_twin(pattern):
    assert folded_twin(re.compile(pattern, re.IGNORECASE)) is None


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(ALL_PATTERNS),
    st.lists(st.sampled_from(TEXT_PIECES + ["KK", "ſ", "İ", "µ", "Σ", "ς"]), max_size=14),
    st.sampled_from([" ", "", "-", "\n", ", ", "\u0307"]),
    st.booleans(),
)
def test_a_twin_matches_the_fold_where_its_pattern_matches_the_text(pattern, words, separator, shout):
    text = separator.join(words)
    text = text.upper() if shout else text
    twin = folded_twin(pattern)
    if twin is not None:
        assert [m.span() for m in twin.finditer(fold(text))] == [m.span() for m in pattern.finditer(text)]


def test_on_every_corpus_sentence_a_twin_matches_where_its_pattern_does():
    from pathlib import Path

    from commitments.extraction.document.sentences import split_sentences

    twins = [(p, folded_twin(p)) for p in ALL_PATTERNS]
    matched = 0
    for path in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))[::16]:
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            folded = fold(sentence.text)
            for pattern, twin in twins:
                if twin is not None:
                    spans = [m.span() for m in pattern.finditer(sentence.text)]
                    matched += bool(spans)
                    assert [m.span() for m in twin.finditer(folded)] == spans, (pattern.pattern, sentence.text)
    assert matched > 200
