"""A sentence cut into its clauses (promises/clauses.py): sentences of our own, one behaviour each."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commitments.extraction.promises import clauses
from commitments.extraction.promises.clauses import fronted_clause, reading_subject_first, split_clauses


def _readings(sentence: str) -> list[tuple[str, str]]:
    parts = split_clauses(sentence)
    return [(clause.kind, parts.reading(i)) for i, clause in enumerate(parts.clauses)]


@pytest.mark.parametrize(
    "sentence, readings",
    [
        (
            "Naar aanleiding van het verzoek bericht ik u dat ik de evaluatie na de zomer zal zenden.",
            [
                ("main", "Naar aanleiding van het verzoek bericht ik u"),
                ("complement", "dat ik de evaluatie na de zomer zal zenden."),
            ],
        ),
        (
            "De regels worden aangepast en ik stel uw Kamer op de hoogte.",
            [("main", "De regels worden aangepast"), ("coordinate", "ik stel uw Kamer op de hoogte.")],
        ),
        (
            "De regels worden aangepast en daarna stel ik uw Kamer op de hoogte.",
            [("main", "De regels worden aangepast"), ("coordinate", "daarna stel ik uw Kamer op de hoogte.")],
        ),
        (
            "Zodra het rapport er is, stuur ik het naar uw Kamer.",
            [("adverbial", "Zodra het rapport er is"), ("main", "stuur ik het naar uw Kamer.")],
        ),
        (
            "Blijkt dat nodig, dan stuur ik het naar uw Kamer.",
            [("adverbial", "Blijkt dat nodig"), ("main", "stuur ik het naar uw Kamer.")],
        ),
        (
            "De leden vragen of de minister de Kamer wil informeren.",
            [("main", "De leden vragen"), ("complement", "of de minister de Kamer wil informeren.")],
        ),
        (
            "Wij willen dat die bedrijven zelf de beelden gaan bekijken.",
            [("main", "Wij willen"), ("complement", "dat die bedrijven zelf de beelden gaan bekijken.")],
        ),
        (
            "Ik stuur u het rapport dat ik heb toegezegd.",
            [("main", "Ik stuur u het rapport"), ("relative", "dat ik heb toegezegd.")],
        ),
    ],
    ids=[
        "dat-complement",
        "coordination subject first",
        "coordination inverted",
        "condition first",
        "condition with its verb first",
        "of-complement",
        "dat-complement with a determiner die",
        "relative dat",
    ],
)
def test_a_sentence_is_cut_at_its_clause_openers(sentence, readings):
    assert _readings(sentence) == readings


@pytest.mark.parametrize(
    "sentence, reading",
    [
        (
            "De minister, behoudens nieuwe ontwikkelingen, zegt toe de Kamer te informeren.",
            "De minister zegt toe de Kamer te informeren.",
        ),
        (
            "De minister van Binnenlandse Zaken (BZK) zegt toe de Kamer te informeren.",
            "De minister van Binnenlandse Zaken zegt toe de Kamer te informeren.",
        ),
        ("Ik zal uw Kamer – zo verwacht ik – na de zomer informeren.", "Ik zal uw Kamer na de zomer informeren."),
        ("Ik zal, zodra de cijfers er zijn, uw Kamer informeren.", "Ik zal uw Kamer informeren."),
        ("De evaluatie, die ik in maart ontving, stuur ik u na de zomer.", "De evaluatie stuur ik u na de zomer."),
    ],
    ids=["behoudens between commas", "brackets", "dash pair", "condition between commas", "relative between commas"],
)
def test_a_reading_leaves_insertions_out(sentence, reading):
    parts = split_clauses(sentence)
    assert parts.reading(0, governed=True) == reading


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik informeer de provincies, de gemeenten en de waterschappen.",
        "Ja, dat gaan we doen, maar pas na de zomer.",
    ],
    ids=["list items", "a pronoun put first"],
)
def test_a_list_or_a_fronted_pronoun_is_no_insertion(sentence):
    assert split_clauses(sentence).insertions == ()


def test_a_main_clause_after_a_condition_depends_on_it():
    parts = split_clauses(
        "Als de evaluatie daartoe aanleiding geeft, worden de regels aangepast en stel ik uw Kamer op de hoogte."
    )
    kinds = [clause.kind for clause in parts.clauses]
    assert kinds == ["adverbial", "main", "coordinate"]
    assert parts.clauses[1].condition == 0 and parts.clauses[2].condition == 0


def test_a_coordinated_clause_is_a_main_clause_again_not_governed():
    parts = split_clauses("Ik meld u dat de regels worden aangepast en ik stel uw Kamer op de hoogte.")
    assert [clause.kind for clause in parts.clauses] == ["main", "complement", "coordinate"]
    assert parts.clauses[2].governor == -1


def test_the_clause_before_a_colon_governs_the_part_after_it():
    parts = split_clauses("Ik zou zeggen: laten we dat eerst bekijken.")
    assert parts.clauses[1].governor == 0


def test_a_clause_is_read_with_the_clauses_it_governs():
    parts = split_clauses("Ik kan toezeggen dat de normale regels gelden.")
    assert parts.reading(0, governed=True) == "Ik kan toezeggen dat de normale regels gelden."


def test_brackets_and_dash_pairs_are_clauses_of_their_own():
    parts = split_clauses("Het ene is — daar wil ik u over informeren — dat de termijn wordt gehaald.")
    assert [parts.words(span) for span in parts.parentheticals] == ["daar wil ik u over informeren"]


def test_zoals_with_a_participle_and_no_subject_needs_no_comma_to_end():
    text = "Zoals toegezegd komen we daar in de voortgangsrapportage, op 22 juni, op terug."
    assert fronted_clause(text) == ("zoals", len("Zoals toegezegd"))


def test_zoals_with_a_subject_of_its_own_ends_at_its_comma():
    text = "Zoals ik heb aangegeven, zal ik u voor de zomer informeren."
    assert fronted_clause(text) == ("zoals", len("Zoals ik heb aangegeven"))


def test_a_main_clause_after_a_fronted_clause_is_also_read_subject_first():
    assert reading_subject_first("Zoals gevraagd kom ik na de zomer met een antwoord.") == (
        "ik kom zoals gevraagd na de zomer met een antwoord."
    )
    assert reading_subject_first("Nu het rapport er ligt, zullen wij daarop ingaan.") == (
        "wij zullen daarop ingaan, nu het rapport er ligt."
    )


def test_a_condition_in_front_is_not_moved():
    assert reading_subject_first("Mocht dat nodig blijken, dan zal ik u informeren.") == ""
    assert reading_subject_first("Als het kan, zal ik u informeren.") == ""


def test_a_word_of_100_000_letters_after_zoals_is_no_reduced_clause():
    # its cost is measured in bench/linear_time.py (a participle of bounded length is looked for)
    assert fronted_clause("Zoals " + "gea" * 33_000 + " kom ik daarop terug.") is None


def _governed_end_by_walking(parts, index: int) -> int:
    # what governed_end means, read off the clauses one by one: the end of the last clause in the chain index governs
    end, chain = parts.clauses[index].end, {index}
    for later in range(index + 1, len(parts.clauses)):
        if parts.clauses[later].governor in chain:
            chain.add(later)
            end = max(end, parts.clauses[later].end)
    return end


def test_a_clause_reads_on_to_the_end_of_every_clause_it_governs_directly_or_not():
    sentence = (
        "Ik heb u bericht dat ik de brief stuur waarin ik aangeef dat het rapport komt, en de regels worden aangepast"
        " omdat de Kamer dat vroeg; ik weet dat hij zegt dat het klopt."
    )
    parts = split_clauses(sentence)
    assert len(parts.clauses) >= 6
    for index in range(len(parts.clauses)):
        assert parts.governed_end(index) == _governed_end_by_walking(parts, index)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=6), min_size=0, max_size=30), st.integers(0, 200))
def test_a_position_is_inside_sorted_spans_as_a_scan_of_them_says(gaps, position):
    # the spans of a long run-on sentence are bisected, not scanned: the answer must be the scan's
    spans, at = [], 0
    for i, gap in enumerate(gaps):
        if i % 2:
            spans.append((at, at + gap))
        at += gap
    assert clauses._inside(position, spans) == any(a <= position < b for a, b in spans)
