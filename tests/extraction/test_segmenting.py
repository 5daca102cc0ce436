"""split_sentences: sentences with offsets, robust to PDF layout and Dutch abbreviations."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.score_corpus import names_in_half
from commitments.extraction.document.sentences import Sentence, clean, footnote_sentences, split_sentences

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Ja. Nederland heeft deelgenomen aan het planningsproces.",
            ["Ja.", "Nederland heeft deelgenomen aan het planningsproces."],
            id="two-sentences",
        ),
        pytest.param(
            "conform o.a. moties Timmermans en Yesilgöz-Zegerius (motie 36045-191, 18 februari jl.) "
            "en Paternotte. Het is cruciaal.",
            [
                "conform o.a. moties Timmermans en Yesilgöz-Zegerius (motie 36045-191, 18 februari jl.) en Paternotte.",
                "Het is cruciaal.",
            ],
            id="o.a.-and-jl.-inside-a-sentence",
        ),
        pytest.param(
            "Zoals reeds gesteld in de brief van 10 september jl. Het kabinet is bereid.",
            ["Zoals reeds gesteld in de brief van 10 september jl.", "Het kabinet is bereid."],
            id="jl.-ending-a-sentence",
        ),
        pytest.param(
            "Hiermee geven wij gevolg aan de motie Van Campen c.s.1 Wij blijven de Kamer informeren.",
            ["Hiermee geven wij gevolg aan de motie Van Campen c.s.", "Wij blijven de Kamer informeren."],
            id="c.s.-and-a-footnote-ending-a-sentence",
        ),
        pytest.param(
            "De motie Van Campen c.s. (Kamerstuk 21 501) vraagt dit.",
            ["De motie Van Campen c.s. (Kamerstuk 21 501) vraagt dit."],
            id="c.s.-inside-a-sentence",
        ),
        pytest.param(
            "De Minister van Buitenlandse Zaken, D.M. van Weel heeft getekend.",
            ["De Minister van Buitenlandse Zaken, D.M. van Weel heeft getekend."],
            id="initials",
        ),
        pytest.param(
            # corpus 202 and 256: the last letter of an acronym joined by "&" is no initial
            "Het Italiaanse besluit af te zien van deelneming aan de IOT&E.\nIk ben voornemens u beide brieven te"
            " doen toekomen.",
            [
                "Het Italiaanse besluit af te zien van deelneming aan de IOT&E.",
                "Ik ben voornemens u beide brieven te doen toekomen.",
            ],
            id="acronym-with-ampersand",
        ),
        pytest.param(
            "Dit staat in Kamerstuk 36 045, nr. 264. Zie ook art. 100 van de Grondwet.",
            ["Dit staat in Kamerstuk 36 045, nr. 264.", "Zie ook art. 100 van de Grondwet."],
            id="nr.-and-art.",
        ),
        pytest.param(
            "De brief d.d. 11 oktober 2023 gaat t.a.v. de hulp i.p.v. de sancties m.b.t. Armenië in.",
            ["De brief d.d. 11 oktober 2023 gaat t.a.v. de hulp i.p.v. de sancties m.b.t. Armenië in."],
            id="dotted-abbreviations",
        ),
        pytest.param(
            "Het gaat om 1.500 mensen en 3.2 procent. Dat is veel.",
            ["Het gaat om 1.500 mensen en 3.2 procent.", "Dat is veel."],
            id="numbers-with-points",
        ),
        pytest.param(
            "Dhr. Jansen en mw. De Vries, prof. Smit en drs. Bakker komen ca. 10 uur, bijv. met mr. Pietersen.",
            ["Dhr. Jansen en mw. De Vries, prof. Smit en drs. Bakker komen ca. 10 uur, bijv. met mr. Pietersen."],
            id="titles-and-ca.",
        ),
        pytest.param(
            "Hij zei: «Wij komen terug.» Daarna ging hij weg.",
            ["Hij zei: «Wij komen terug.»", "Daarna ging hij weg."],
            id="closing-quote-after-full-stop",
        ),
        pytest.param(
            "Wat is uw reactie? Kunt u dit toelichten?",
            ["Wat is uw reactie?", "Kunt u dit toelichten?"],
            id="question-marks",
        ),
        pytest.param(
            "Vraag 3\nDeelt u de mening dat het van groot belang is?\nAntwoord 3\nJa.",
            ["Vraag 3", "Deelt u de mening dat het van groot belang is?", "Antwoord 3", "Ja."],
            id="question-headings-are-not-glued",
        ),
        pytest.param(
            "Conform de toezegging van mijn ambtsvoorganger zal ik de Kamer hierover\neind 2024 nader informeren.",
            ["Conform de toezegging van mijn ambtsvoorganger zal ik de Kamer hierover eind 2024 nader informeren."],
            id="hard-line-break",
        ),
        pytest.param(
            "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering",
            ["De Kamer,", "gehoord de beraadslaging,", "verzoekt de regering"],
            id="blank-lines-end-a-sentence",
        ),
        pytest.param(
            "alsook met de NAVO en de Europese Unie.\nVervolgstappen\n"
            "Zoals hierboven geschetst zijn de vredesbesprekingen nog gaande en is het, gezien\n"
            "de huidige Russische opstelling, nog zeer de vraag.",
            [
                "alsook met de NAVO en de Europese Unie.",
                "Vervolgstappen",
                "Zoals hierboven geschetst zijn de vredesbesprekingen nog gaande en is het, gezien "
                "de huidige Russische opstelling, nog zeer de vraag.",
            ],
            id="short-heading-line",
        ),
        pytest.param(
            "Het gaat om de volgende acties:\n• Met leveranciers in gesprek gaan\n• Protocollen vervangen\n",
            ["Het gaat om de volgende acties:", "• Met leveranciers in gesprek gaan", "• Protocollen vervangen"],
            id="bullets",
        ),
        pytest.param(
            "Er zijn twee stappen:\n1. Inventariseren van de risico's;\n2. Migreren.",
            ["Er zijn twee stappen:", "1. Inventariseren van de risico's;", "2. Migreren."],
            id="numbered-list",
        ),
        pytest.param(
            # corpus 254's words as a PDF wraps them: the figure that ends a sentence opens a line, inside a paragraph
            "Volgens mij heb ik aangegeven dat wij de\nTweede Kamer zullen informeren wanneer er\n"
            "duidelijkheid is over de\nside-by-sideoplossing met de VS over Pijler\n"
            "2. Dat gaat niet specifiek over tax credits.",
            [
                "Volgens mij heb ik aangegeven dat wij de Tweede Kamer zullen informeren wanneer er duidelijkheid"
                " is over de side-by-sideoplossing met de VS over Pijler 2.",
                "Dat gaat niet specifiek over tax credits.",
            ],
            id="figure-ending-a-sentence-at-a-wrapped-line-start",
        ),
        pytest.param(
            # corpus 625 (a letter's PDF text): a blank line inside a sentence, which goes on in lower case after it
            "Zoals toegezegd in het debat over de IJkwet BES 2014 op 1 juli 2014 zend ik u \n \nhierbij de originele "
            "adviezen van de openbare lichamen.\n\nHet commentaar volgt.",
            [
                "Zoals toegezegd in het debat over de IJkwet BES 2014 op 1 juli 2014 zend ik u hierbij de originele"
                " adviezen van de openbare lichamen.",
                "Het commentaar volgt.",
            ],
            id="blank-line-inside-a-sentence",
        ),
        pytest.param(
            "heeft aanvullend aan het Rijksvaccinatie-\nprogramma geleid.",
            ["heeft aanvullend aan het Rijksvaccinatieprogramma geleid."],
            id="hyphenated-across-lines",
        ),
        pytest.param(
            "voor gas-\nen kolencentrales.",
            ["voor gas- en kolencentrales."],
            id="hyphen-before-en-is-kept",
        ),
        pytest.param(
            "Dat wil ik het oordeel aan de Kamer laten.Dan de motie op stuk nr. 12 over de huren.",
            ["Dat wil ik het oordeel aan de Kamer laten.", "Dan de motie op stuk nr. 12 over de huren."],
            id="run-on-transcript-without-a-space",
        ),
        pytest.param(
            "Ik informeer u over de inzet van Zr.Ms. Karel Doorman in het gebied.",
            ["Ik informeer u over de inzet van Zr.Ms. Karel Doorman in het gebied."],
            id="glued-abbreviation-is-no-boundary",
        ),
    ],
)
def test_it_splits_dutch_text_into_sentences(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "raw, reading",
    [
        pytest.param(
            "Nederland heeft deelgenomen.[footnoteRef:2] De", "Nederland heeft deelgenomen. De", id="footnoteRef"
        ),
        pytest.param(
            "een motie van het lid Joseph-Agema3 over",
            "een motie van het lid Joseph-Agema over",
            id="digit-glued-to-name",
        ),
        pytest.param("(Kamerstuk 31 839, nr. 691)16 en", "(Kamerstuk 31 839, nr. 691) en", id="digit-after-bracket"),
        pytest.param(
            "operatielijnen van de MNF-U.3 Het nemen",
            "operatielijnen van de MNF-U. Het nemen",
            id="digit-after-full-stop",
        ),
        pytest.param(
            "commentaren «Netjes gezuiverd»[1 ] en", "commentaren «Netjes gezuiverd» en", id="markdown-footnote"
        ),
        pytest.param(
            "uitstoot van CO2 en 12.000 mensen", "uitstoot van CO2 en 12.000 mensen", id="chemistry-and-numbers-kept"
        ),
    ],
)
def test_the_reading_form_drops_footnote_markers(raw, reading):
    assert clean(raw) == reading


@pytest.mark.parametrize(
    "raw, reading",
    [
        pytest.param("Ik zal uw Kamer infor\xadmeren.", "Ik zal uw Kamer informeren.", id="inside-a-word"),
        pytest.param("Ik zal uw Kamer infor\xad\nmeren.", "Ik zal uw Kamer informeren.", id="where-a-line-broke"),
    ],
)
def test_the_reading_form_reads_a_word_with_a_soft_hyphen_whole(raw, reading):
    assert clean(raw) == reading


@pytest.mark.parametrize("hyphen", ["-", "\u2010"])
def test_the_reading_form_joins_a_word_hyphenated_at_a_lines_end_with_either_hyphen(hyphen):
    assert clean(f"Ik zal uw Kamer infor{hyphen}\nmeren.") == "Ik zal uw Kamer informeren."


@pytest.mark.parametrize("space", ["\xa0", "\n"])
def test_the_reading_form_joins_a_word_spaced_before_its_diaeresis_across_any_white_space(space):
    assert clean(f"Uw Kamer wordt hierover ge{space}ïnformeerd.") == "Uw Kamer wordt hierover geïnformeerd."


@pytest.mark.parametrize(
    "name, heading",
    [
        pytest.param("seed-003", "Vredesonderhandelingen", id="one-word-heading"),
        pytest.param("seed-003", "Planning CotW en bredere veiligheidsgaranties voor Oekraïne", id="long-heading"),
    ],
)
def test_letter_headings_stand_alone(name, heading):
    assert heading in texts((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "name, sentence",
    [
        pytest.param(
            "004",
            "Zoals hierboven aangegeven dient ADSB op basis van de OESO Common Approaches bij het openbaar "
            "maken van documenten rekening te houden met onder meer de bedrijfsvertrouwelijkheid van documentatie.",
            id="name-wrapped-after-a-short-line",
        ),
        pytest.param(
            "035",
            "Daar zijn in eerste aanleg gemeenten voor verantwoordelijk, maar ook het Rijk heeft daarin een "
            "stelselverantwoordelijkheid.",
            id="line-ending-in-a-function-word",
        ),
    ],
)
def test_wrapped_lines_that_look_short_are_not_headings(name, sentence):
    assert sentence in texts((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))


def test_a_kamerstuk_page_header_is_left_out_of_the_sentence_it_cuts():
    text = (
        "Ik zal uw Kamer voor de zomer\n\n"
        "\fTweede Kamer, vergaderjaar 2025–2026, 36 045, nr. 264\n2\n"
        "informeren over de uitkomst.\n"
    )
    assert texts(text) == ["Ik zal uw Kamer voor de zomer informeren over de uitkomst."]


def test_a_sentence_cut_by_a_page_footer_runs_across_it():
    text = (CORPUS / "003.txt").read_text(encoding="utf-8")
    cut = text.index("Een\nonzorgvuldig voorbereid")
    sentence = next(s for s in split_sentences(text) if s.start <= cut < s.end)
    assert "Tweede Kamer, vergaderjaar" in text[sentence.start : sentence.end]
    assert sentence.text == (
        "Een onzorgvuldig voorbereid en ondeugdelijk gemotiveerd besluit is in strijd met "
        "de Algemene Wet Bestuursrecht."
    )


def test_footnotes_at_the_bottom_of_a_page_are_left_out():
    text = (CORPUS / "003.txt").read_text(encoding="utf-8")
    cut = text.index("bepalend. Mensen")
    sentence = next(s for s in split_sentences(text) if s.start <= cut + 10 < s.end)
    assert sentence.text == "Mensen moeten daarop kunnen vertrouwen."


def test_a_number_above_a_whole_paragraph_is_no_footnote():
    # the letterhead's count of enclosures ("Bijlage(n)" over "4") sits in the last lines of the
    # first page: the letter's opening paragraphs under it are text, not footnotes
    text = (CORPUS / "460.txt").read_text(encoding="utf-8")
    assert "In deze brief ga ik in op de belangrijkste inhoud van het NPCE." in texts(text)


def test_a_footnote_is_read_on_its_own():
    text = (CORPUS / "462.txt").read_text(encoding="utf-8")
    notes = [s.text for s in footnote_sentences(text)]
    assert "Deze sectoragenda zal naar verwachting rond de zomer aan uw Kamer worden aangeboden." in notes
    # the page number and the running footer under the footnotes are not footnotes
    assert not [n for n in notes if n.startswith("Pagina") or n.startswith("Tweede Kamer, vergaderjaar")]


def test_a_page_without_footnotes_has_no_footnote_sentences():
    assert footnote_sentences("Ik zal uw Kamer voor de zomer informeren.\n") == []


def test_page_footers_and_numbers_are_not_sentences():
    text = (CORPUS / "031.txt").read_text(encoding="utf-8")
    found = texts(text)
    assert not [t for t in found if t.startswith("Tweede Kamer, vergaderjaar")]
    assert not [t for t in found if t.startswith("ah-tk-") or t.startswith("ISSN")]


def test_a_markdown_page_break_joins_the_sentence_it_cuts():
    text = (CORPUS / "009.txt").read_text(encoding="utf-8")
    assert (
        "Het kabinet zal in een separate brief op deze vraag ingaan, mede in het kader van de "
        "aangenomen motie van het Lid Ceder over op basis van feiten (12-10-2023)."
    ) in texts(text)


@pytest.mark.parametrize("name", names_in_half(CORPUS, "seen"))
def test_every_labelled_quote_is_covered_by_one_sentence(name):
    """The scorer's match: one sentence covers half the quote and is not much longer."""
    import json

    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    labels = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    sentences = split_sentences(text)
    for item in labels["commitments"] + labels["decoys"]:
        quote = item["quote"]
        start = text.find(quote)
        end = start + len(quote)
        assert any(
            min(end, s.end) - max(start, s.start) >= 0.5 * len(quote) and s.end - s.start <= 3 * len(quote) + 300
            for s in sentences
        ), quote


def test_offsets_are_into_the_whole_text_when_a_range_is_given():
    text = "Eerst dit. Dan dat. Tot slot iets anders."
    found = split_sentences(text, 11, 19)
    assert found == [Sentence(11, 19, "Dan dat.")]


def test_windows_line_ends_are_line_breaks():
    text = "Eerste zin.\r\nTweede\r\nzin.\r\n\r\nDerde"
    found = split_sentences(text)
    assert [s.text for s in found] == ["Eerste zin.", "Tweede zin.", "Derde"]
    assert [text[s.start : s.end] for s in found] == ["Eerste zin.", "Tweede\r\nzin.", "Derde"]


def test_empty_and_blank_text_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\n\f\t ") == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(list("ab A.?!\n\f-1«»[]:(),' \t\r") + ["nr.", "jl.", "Vraag 2", "\n\n", "D.M."])).map(
        "".join
    )
)
def test_any_text_gives_ordered_non_empty_spans(text):
    previous_end = 0
    for sentence in split_sentences(text):
        assert 0 <= previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end].strip()
        previous_end = sentence.end


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(min_value=-5, max_value=60), st.integers(min_value=-5, max_value=60))
def test_any_range_stays_within_it(text, start, end):
    low = max(0, min(start, len(text)))
    for sentence in split_sentences(text, start, end):
        assert low <= sentence.start < sentence.end <= max(low, min(end, len(text)))


@pytest.mark.parametrize(
    "adversarial",
    [
        pytest.param("a" * 5_000_000, id="one-word-without-end"),
        pytest.param("." * 5_000_000, id="only-full-stops"),
        pytest.param("nr. " * 1_250_000, id="abbreviations-only"),
        pytest.param(")" * 2_500_000 + "." + ")" * 2_500_000, id="closing-brackets"),
        pytest.param("\f" * 5_000_000, id="form-feeds-only"),
        pytest.param("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n\n2\n\n\f" * 90_000, id="footers-only"),
        pytest.param(("1\n\n" + "x" * 40 + "\n") * 110_000, id="page-numbers-between-lines"),
        pytest.param(("x" * 200 + "\n") * 25_000, id="long-lines-without-end"),
        pytest.param(bytes(range(256)).decode("latin-1") * 20_000, id="binary-junk"),
    ],
)
def test_adversarial_input_gives_ordered_non_empty_spans(adversarial):
    # How the time grows with the length of such input is measured in bench/linear_time.py.
    previous_end = 0
    for sentence in split_sentences(adversarial):
        assert previous_end <= sentence.start < sentence.end <= len(adversarial)
        assert adversarial[sentence.start : sentence.end].strip()
        previous_end = sentence.end


ALL_NAMES = names_in_half(CORPUS, "seen")


@pytest.mark.parametrize("name", ALL_NAMES)
def test_a_range_cut_between_sentences_gives_the_whole_texts_sentences(name):
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    whole = split_sentences(text)
    for first in range(0, len(whole), 7):
        last = min(len(whole) - 1, first + 4)
        assert split_sentences(text, whole[first].start, whole[last].end) == whole[first : last + 1]


def test_a_range_that_ends_above_a_page_footer_leaves_the_footer_out():
    # 001: a question ends at the foot of its page; the form feed belongs to the next range
    text = (CORPUS / "001.txt").read_text(encoding="utf-8")
    footer = text.index("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel")
    start = text.rindex("\n\n", 0, footer - 600)
    found = split_sentences(text, start, text.index("\f", footer))
    assert found and found[-1].end < footer  # neither the footer nor the page number after it


def test_a_word_split_before_its_diaeresis_by_a_pdf_reads_whole():
    # pdftotext's letter-spacing: "ge ïnformeerd" in the text, "geïnformeerd" in the reading
    [sentence] = split_sentences("Hierover wordt de Kamer door de staatssecretaris ge ïnformeerd.")
    assert sentence.text == "Hierover wordt de Kamer door de staatssecretaris geïnformeerd."
