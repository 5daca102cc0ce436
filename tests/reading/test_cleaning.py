import pytest

from commitments.reading.cleaning import clean_text, join_hyphenated_lines, undo_double_utf8


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("regel een\r\nregel twee\r\n", "regel een\nregel twee\n"),
        ("oude Mac\rregels", "oude Mac\nregels"),
        ("einde pagina\n\fTweede Kamer", "einde pagina\n\u2029Tweede Kamer"),
        ("bel\x07 en\x00 escape\x1b[0m", "bel en escape[0m"),
        ("tab\tblijft\nstaan", "tab\tblijft\nstaan"),
        ("cliënt met losse trema: clie\u0308nt", "cliënt met losse trema: cliënt"),
    ],
    ids=["crlf", "cr", "form-feed-stored-as-paragraph-separator", "c0-controls", "tab-and-newline-kept", "nfc"],
)
def test_clean_text_normalises_line_ends_controls_and_composition(raw, cleaned):
    assert clean_text(raw) == cleaned


@pytest.mark.parametrize(
    "raw, joined",
    [
        ("de informa-\ntie over", "de informatie over"),
        ("dat de leveringszeker-\nheid in 2033", "dat de leveringszekerheid in 2033"),
        ("de Kamer-\nleden", "de Kamerleden"),
        ("de motie Joseph-\nAgema", "de motie Joseph-\nAgema"),
        ("provincie Noord-\nHolland", "provincie Noord-\nHolland"),
        ("ENTSO-E-\nverband", "ENTSO-E-\nverband"),
        ("de CCS-\nprojecten", "de CCS-\nprojecten"),
        ("de zorg-\nen welzijnssector", "de zorg-\nen welzijnssector"),
        ("op-\nof afschalen", "op-\nof afschalen"),
        ("covid-\n19", "covid-\n19"),
        ("e-\nmail", "e-\nmail"),
    ],
    ids=[
        "split-word",
        "long-word",
        "capital-start",
        "name",
        "place",
        "acronym-left",
        "acronym-compound",
        "elliptic-en",
        "elliptic-of",
        "number-right",
        "single-letter-left",
    ],
)
def test_join_hyphenated_lines_joins_only_lower_case_word_halves(raw, joined):
    assert join_hyphenated_lines(raw) == joined


@pytest.mark.parametrize(
    "mojibake, repaired",
    [
        ("de cliÃ«ntondersteuner", "de cliëntondersteuner"),
        ("Ik heb Ã©Ã©n motie.", "Ik heb één motie."),
        ("minister Ã\x96zdil", "minister Özdil"),
        ("2023â\x80\x932024", "2023–2024"),
        ("risicoâ€™s", "risico’s"),
    ],
    ids=["trema", "accent", "capital", "latin1-dash", "cp1252-quote"],
)
def test_double_encoded_utf8_is_undone(mojibake, repaired):
    assert undo_double_utf8(mojibake) == repaired


@pytest.mark.parametrize(
    "text",
    ["een gewone zin", "de cliënt en één motie", "Ã ligt hier los: Ã is geen paar", "café Ã© – met gedachtestreepje"],
    ids=["ascii", "real-accents", "lone-capital-a-tilde", "mixed-real-and-pair"],
)
def test_text_that_is_not_double_encoded_is_left_alone(text):
    assert undo_double_utf8(text) is None
