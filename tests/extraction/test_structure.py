"""segment_document: questions, answers, speakers' turns, motions and the parts of a letter."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.score_corpus import names_in_half
from commitments.extraction import extract
from commitments.extraction.document.metadata import document_kind
from commitments.extraction.document.speakers import (
    SPEAKER_LINE,
    inline_speaker_labels,
    is_government_speaker,
    speaker_heading,
    speaker_label,
)
from commitments.extraction.document.structure import Segment, segment_document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def corpus(name: str) -> tuple[str, dict]:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    return text, json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


def segment_at(segments: list[Segment], offset: int) -> Segment:
    return next(s for s in segments if s.start <= offset < s.end)


ALL = names_in_half(CORPUS, "seen")


@pytest.mark.parametrize("name", ALL)
def test_segments_cover_the_whole_text_in_order(name):
    text, labels = corpus(name)
    segments = segment_document(text, labels["type"])
    assert segments[0].start == 0 and segments[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(segments, segments[1:]))


@pytest.mark.parametrize("name", ALL)
def test_every_labelled_commitment_stands_where_the_government_speaks(name):
    text, labels = corpus(name)
    segments = segment_document(text, labels["type"])
    for item in labels["commitments"]:
        segment = segment_at(segments, text.find(item["quote"]))
        assert (segment.role, segment.government) in {("answer", False), ("turn", True), ("body", False)}


@pytest.mark.parametrize(
    "name, quote, role, number",
    [
        pytest.param("001", "Bent u bekend met het artikel «Ingrijpen", "question", 1, id="001-vraag-1"),
        pytest.param(
            "001", "Ja. Het beleid houdt hier rekening mee", "answer", 3, id="001-antwoord-3-after-page-break"
        ),
        pytest.param("034", "Het kabinet beseft dat ongedocumenteerde", "answer", 5, id="034-antwoord-5-en-6"),
        pytest.param("seed-000", "Kunt u deze berichtgeving bevestigen?", "question", 2, id="seed-000-vraag-2"),
        pytest.param("seed-000", "De vragen zijn spoedig beantwoord.", "answer", 14, id="seed-000-unnumbered-antwoord"),
        pytest.param(
            "011",
            "De schriftelijke vragen van de leden Sneller",
            "answer",
            1,
            id="011-mededeling-answers-from-question-1",
        ),
        pytest.param("009", "Kunt u uiteenzetten in welke mate", "question", 6, id="009-markdown"),
        pytest.param("003", "Vragen van de leden Bushoff en Patijn", "preamble", None, id="003-heading-block"),
    ],
)
def test_answers_to_written_questions_know_questions_and_numbers(name, quote, role, number):
    text, _ = corpus(name)
    segment = segment_at(segment_document(text, "antwoorden"), text.index(quote))
    assert (segment.role, segment.number) == (role, number)


@pytest.mark.parametrize(
    "name, quote, speaker, government, role",
    [
        pytest.param(
            "012", "Dank u wel, voorzitter. Ik heb één motie.", "Mevrouw Bergkamp (D66)", False, "turn", id="member"
        ),
        pytest.param(
            "012",
            "constaterende dat de onafhankelijke cliëntondersteuner wettelijk",
            "Mevrouw Bergkamp (D66)",
            False,
            "motion",
            id="motion-in-a-member-turn",
        ),
        pytest.param(
            "012",
            "Deze motie is voorgesteld door de leden Bergkamp",
            "Mevrouw Bergkamp (D66)",
            False,
            "turn",
            id="after-the-motion",
        ),
        pytest.param("012", "Dit VAO gaat over de Wmo", "De voorzitter", False, "turn", id="chair"),
        pytest.param("028", "Staatssecretaris", "Staatssecretaris Blokhuis", True, "turn", id="state-secretary"),
        pytest.param("042", "Staatssecretaris", "Staatssecretaris Keijzer", True, "turn", id="state-secretary-042"),
        pytest.param("040", "Minister", "Minister De Jonge", True, "turn", id="minister"),
    ],
)
def test_debates_are_cut_into_turns_and_motions(name, quote, speaker, government, role):
    text, _ = corpus(name)
    segments = segment_document(text, "handelingen")
    position = text.index(f"\n\n{quote}") + 2 if quote in ("Staatssecretaris", "Minister") else text.index(quote)
    segment = segment_at(segments, position)
    assert (segment.speaker, segment.government, segment.role) == (speaker, government, role)


@pytest.mark.parametrize(
    "line, speaker",
    [
        ("## Minister Van der Wal:", "Minister Van der Wal"),
        ("**Staatssecretaris Van Gennip:** Voorzitter. Ik dank de leden.", "Staatssecretaris Van Gennip"),
        ("**Mevrouw Gerkens (SP):** Voorzitter!", "Mevrouw Gerkens (SP)"),
    ],
)
def test_a_speakers_label_set_in_markdown_is_read_without_its_markup(line, speaker):
    assert speaker_label(line) == speaker


@pytest.mark.parametrize(
    "quote, speaker, government",
    [
        ("Ik ga niet vooruitlopen", "Minister Weerwind", True),
        ("Het is duur om arm te zijn", "De heer Ceder (ChristenUnie)", False),
        ("Dank u wel. Dan geef ik", "De voorzitter", False),
    ],
)
def test_a_debate_run_into_one_line_is_cut_at_the_speakers_labels_inside_it(quote, speaker, government):
    # 802 is a PDF's text extraction of a vragenuur without a single line break ("... voorzitter.De voorzitter: ...")
    text, _ = corpus("802")
    segment = segment_at(segment_document(text, "handelingen"), text.index(quote))
    assert (segment.role, segment.speaker, segment.government) == ("turn", speaker, government)


@pytest.mark.parametrize(
    "before",
    [
        pytest.param("Dat is het blokje …", id="after-the-ellipsis-of-a-sentence-broken-off"),
        pytest.param("Voorzitter: Van Nispen", id="after-the-notice-of-who-chairs"),
    ],
)
def test_a_speakers_label_inside_a_line_is_found_where_no_sentence_ends_before_it(before):
    text = f"Ik dank u. {before} Staatssecretaris Aartsen: Dat is het blokje Noord."
    assert text.index("Staatssecretaris Aartsen:") in inline_speaker_labels(text, 0, len(text))


def test_the_chairs_list_in_a_debate_run_into_one_line_is_read_item_by_item():
    # 256's closing turn run into one line, as a PDF's text extraction gives it: the chair's items stood on lines of
    # their own, and one follows the colon of the sentence that announces them
    text, _ = corpus("256")
    run_on = " ".join(line.strip() for line in text.split("\n") if line.strip())
    quotes = [c.quote for c in extract(run_on).commitments]
    for item in (
        "De minister komt nog voor de zomer met het R&D-actieplan.",
        "De minister stuurt na de zomer een brief",
    ):
        assert segment_at(segment_document(run_on, "handelingen"), run_on.index(item)).role == "promise_list"
        assert any(quote.startswith(item) for quote in quotes)


def test_a_chair_whose_label_stands_before_the_announcement_reads_the_list_that_follows():
    text = (
        "De voorzitter: Ik heb de volgende toezeggingen genoteerd.\n\n"
        "De minister stuurt de Kamer voor de zomer een brief over de voortgang.\n\n"
        "Ik sluit de vergadering."
    )
    segment = segment_at(segment_document(text, "handelingen"), text.index("De minister stuurt"))
    assert segment.role == "promise_list"


def test_a_motion_inside_a_debate_run_into_one_line_is_a_motion():
    text, _ = corpus("800")
    segment = segment_at(segment_document(text, "handelingen"), text.index("gehoord de beraadslaging"))
    assert segment.role == "motion" and text[segment.start : segment.end].rstrip().endswith("orde van de dag.")


def test_the_opening_of_a_debate_is_its_preamble():
    text, _ = corpus("012")
    first = segment_document(text, "handelingen")[0]
    assert first.role == "preamble" and "Aan de orde is" in text[first.start : first.end]


@pytest.mark.parametrize(
    "line, speaker, government",
    [
        pytest.param("Minister De Jonge:", "Minister De Jonge", True, id="minister"),
        pytest.param("Staatssecretaris Blokhuis:", "Staatssecretaris Blokhuis", True, id="staatssecretaris"),
        pytest.param("Minister-president Rutte:", "Minister-president Rutte", True, id="minister-president"),
        pytest.param(
            "De minister van Volksgezondheid, Welzijn en Sport:",
            "De minister van Volksgezondheid, Welzijn en Sport",
            True,
            id="de-minister-van",
        ),
        pytest.param("Mevrouw Agema (PVV):", "Mevrouw Agema (PVV)", False, id="mevrouw"),
        pytest.param("De heer Öztürk (DENK):", "De heer Öztürk (DENK)", False, id="de-heer-with-umlaut"),
        pytest.param("De heer Van der Staaij (SGP):", "De heer Van der Staaij (SGP)", False, id="particles"),
        pytest.param("Mevrouw Nijkerken-de Haan (VVD):", "Mevrouw Nijkerken-de Haan (VVD)", False, id="double-name"),
        pytest.param("De voorzitter:", "De voorzitter", False, id="chair"),
        pytest.param("Minister Weerwind:Ik ga niet", "Minister Weerwind", True, id="colon-glued-to-a-word"),
    ],
)
def test_speaker_lines_are_recognised(line, speaker, government):
    match = SPEAKER_LINE.match(line)
    assert match is not None and match.group("speaker") == speaker
    assert is_government_speaker(speaker) is government


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Minister De Jonge heeft gezegd: we gaan het onderzoeken.", id="sentence-about-a-minister"),
        pytest.param("Ik stel voor toe te voegen aan de agenda:", id="agenda-line"),
        pytest.param("De heer Wilders zei vorige week iets anders: dat is onjuist.", id="sentence-about-a-member"),
    ],
)
def test_sentences_ending_in_a_colon_are_not_speakers(line):
    assert SPEAKER_LINE.match(line) is None


def test_a_letter_has_a_letterhead_a_body_and_a_signature_block():
    text, _ = corpus("seed-003")
    segments = segment_document(text, "kamerbrief")
    assert [s.role for s in segments] == ["preamble", "body", "closing"]
    body, closing = segments[1], segments[2]
    assert text[body.start :].startswith("Op 10 september jl. informeerde het kabinet")
    assert text[closing.start :].startswith("De Minister van Buitenlandse Zaken, D.M. van Weel")


def test_a_body_line_that_opens_with_an_office_and_goes_on_with_a_verb_is_no_signature():
    # 600: a letter broken at the margin whose last paragraph begins "De minister voor Armoedebeleid, ... zal dit"
    text, _ = corpus("600")
    at = text.index("De minister voor Armoedebeleid, Participatie en Pensioenen zal")
    holding = next(s for s in segment_document(text, "kamerbrief") if s.start <= at < s.end)
    assert holding.role == "body"


# A PDF may wrap a letter at a narrow margin: then no line of the last paragraph is long, and the signature block must
# not be taken to begin at a line of it that opens with an office.
NARROW_LETTER = (
    "Ministerie van Financiën\n\nGeachte voorzitter,\n\n"
    "De Raad vergadert op 12 november. Het merendeel van de\n"
    "voorstellen valt binnen de prioriteiten van het kabinet.\n"
    "De Minister van Financiën, de heer Heinen, en de\n"
    "staatssecretaris, mevrouw Van Rij, bij de Raad\n"
    "aanwezig. Uw Kamer zal naar verwachting begin december\n"
    "de appreciatie van de voorstellen ontvangen.\n\n"
    "De minister van Financiën,\n\nE. Heinen\n"
)


def test_a_narrow_wrapped_letter_keeps_its_last_paragraph_in_the_body():
    segments = segment_document(NARROW_LETTER, "kamerbrief")
    at = NARROW_LETTER.index("Uw Kamer zal naar verwachting")
    assert next(s for s in segments if s.start <= at < s.end).role == "body"
    assert NARROW_LETTER[segments[-1].start :].startswith("De minister van Financiën,\n")


def test_a_line_that_opens_with_an_office_and_has_its_verb_on_the_next_line_is_no_signature():
    letter = NARROW_LETTER.replace(
        "De Minister van Financiën, de heer Heinen, en de\nstaatssecretaris, mevrouw Van Rij, bij de Raad\naanwezig. ",
        "De Minister van Financiën, Economische Zaken en\nKlimaat zal het standpunt toelichten, en\n",
    )
    at = letter.index("Uw Kamer zal naar verwachting")
    assert next(s for s in segment_document(letter, "kamerbrief") if s.start <= at < s.end).role == "body"


@pytest.mark.parametrize(
    "letter, body_opening",
    [
        pytest.param(
            "> Retouradres Postbus 20011 2500 EA Den Haag\nDe Voorzitter van de Eerste Kamer der Staten-Generaal\n"
            "Postbus 20017\n2500 EA DEN HAAG\nDatum 3 maart 2025\nBetreft Voortgang herziening\n\n"
            "Met deze brief informeer ik uw Kamer over de voortgang.\n\nHoogachtend,\n\n"
            "de minister van Justitie en Veiligheid,\n\nD. van Weel\n",
            "Met deze brief informeer ik",
            id="letterhead-without-salutation",
        ),
        pytest.param(
            "Ministerie van Financiën\n\nGeachte voorzitter,\n\nHierbij ontvangt u de kabinetsreactie.\n"
            "Ik zal uw Kamer voor de zomer informeren over de uitkomst.\n\n"
            "De staatssecretaris van Financiën,\n\nM.L.A. van Rij\n",
            "Hierbij ontvangt u",
            id="salutation",
        ),
    ],
)
def test_letters_of_other_ministries_have_their_body_found(letter, body_opening):
    segments = segment_document(letter, "kamerbrief")
    body = next(s for s in segments if s.role == "body")
    assert letter[body.start :].startswith(body_opening)
    assert segments[-1].role == "closing"


def test_empty_text_has_no_segments():
    assert segment_document("", "other") == []


@pytest.mark.parametrize("kind", ["kamerbrief", "antwoorden", "handelingen", "other"])
def test_junk_of_any_kind_is_one_covering_segment_or_more(kind):
    junk = "\x00\x01 Vraag\n\nDe Kamer,\n\n:::\f" * 100
    segments = segment_document(junk, kind)
    assert segments[0].start == 0 and segments[-1].end == len(junk)


def test_numbered_questions_without_vraag_headings_are_questions():
    text = (
        "Vragen van het lid Jansen (CDA) aan de Minister van Financiën over de toeslagen.\n\n"
        "1. Kent u het bericht «Toeslagen te laat»?\n\n"
        "2. Is het waar dat ouders maanden moeten wachten? Zo ja, waarom?\n\n"
        "Antwoord 1\nJa.\n\nAntwoord 2\nIk zal de Kamer voor de zomer informeren.\n"
    )
    segments = segment_document(text, "antwoorden")
    assert [(s.role, s.number) for s in segments] == [
        ("preamble", None),
        ("question", 1),
        ("question", 2),
        ("answer", 1),
        ("answer", 2),
    ]


def test_a_speaker_line_with_a_no_break_space_is_recognised():
    assert SPEAKER_LINE.match("De\xa0heer Omtzigt (NSC):").group("speaker") == "De\xa0heer Omtzigt (NSC)"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Vraag 2\n",
                "Antwoord\n",
                "De Kamer,\n\n",
                "gehoord de beraadslaging,\n\n",
                "Minister De Jonge:\n\n",
                "Geachte voorzitter,\n",
                "\f",
                "\n\n",
                "Ja. ",
                "x",
            ]
        )
    ).map("".join),
    st.sampled_from(["kamerbrief", "antwoorden", "handelingen", "other"]),
)
def test_any_text_is_covered_contiguously(text, kind):
    segments = segment_document(text, kind)
    if text:
        assert segments[0].start == 0 and segments[-1].end == len(text)
        assert all(a.end == b.start and a.start < a.end for a, b in zip(segments, segments[1:]))


# A debate page that sets each speaker above the words without a colon (tweedekamer.nl, ParlaMint). Our own text.
_HEADED_DEBATE = """Tweeminutendebat Waterbeheer

De voorzitter

Aan de orde is het tweeminutendebat Waterbeheer. Het woord is aan mevrouw De Vries.

Mevrouw De Vries (VVD)

Voorzitter. Kan de minister de Kamer voor de zomer informeren over de dijkversterking?

De voorzitter

Dank u wel. Het woord is aan de minister.

Minister Jansen

Ik zal de Kamer voor de zomer informeren over de dijkversterking.

De voorzitter

Dank u wel. Daarmee zijn we aan het einde van dit debat gekomen.
"""


def test_speakers_set_as_headings_without_a_colon_cut_a_debate_into_turns():
    assert document_kind(_HEADED_DEBATE) == "handelingen"
    turns = [s for s in segment_document(_HEADED_DEBATE, "handelingen") if s.role == "turn"]
    assert [(s.speaker, s.government) for s in turns] == [
        ("De voorzitter", False),
        ("Mevrouw De Vries (VVD)", False),
        ("De voorzitter", False),
        ("Minister Jansen", True),
        ("De voorzitter", False),
    ]


def test_only_the_ministers_promise_is_found_in_a_debate_with_heading_speakers():
    found = extract(_HEADED_DEBATE).commitments
    assert [c.quote for c in found] == ["Ik zal de Kamer voor de zomer informeren over de dijkversterking."]


@pytest.mark.parametrize(
    "line",
    ["De minister van Financiën", "Minister van Buitenlandse Zaken", "De heer Jansen", "Mevrouw Bakker", "Hoogachtend"],
)
def test_a_signature_or_a_bare_name_is_no_speaker_heading(line):
    assert speaker_heading(line) is None


def test_a_chair_who_opens_with_genoteerd_announces_the_list_that_follows():
    text = (
        "Minister Jansen:\nDank u wel.\n\nDe voorzitter:\nGenoteerd heb ik het volgende.\n"
        "- De minister stuurt de Kamer voor de zomer een brief over de dijken.\n\nDe vergadering wordt gesloten.\n"
    )
    found = extract(text).commitments
    assert [c.quote for c in found] == ["De minister stuurt de Kamer voor de zomer een brief over de dijken."]
