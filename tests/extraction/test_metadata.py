"""read_metadata: kind, date, title, references, signatories and chamber of a document."""

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.score_corpus import names_in_half
from commitments.extraction.document.metadata import read_metadata
from commitments.extraction.document.signatories import sent_by, signed_by
from commitments.extraction.result import Reference, Signatory

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ALL = names_in_half(CORPUS, "seen")


def corpus(name: str) -> tuple[str, dict]:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    return text, json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ALL)
def test_the_kind_is_the_labelled_type(name):
    text, labels = corpus(name)
    assert read_metadata(text).kind == labels["type"]


@pytest.mark.parametrize("name", ALL)
def test_the_date_is_the_labelled_date_when_the_text_states_it(name):
    """The debates of vergadering 70 do not print their date (it stands in another item
    of the sitting), so there the date is unknown rather than guessed."""
    text, labels = corpus(name)
    found = read_metadata(text).date
    if labels["type"] == "handelingen" or labels["date"] is None:
        assert found is None
    else:
        assert found == date.fromisoformat(labels["date"])


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 17 juli\n2024).",
            date(2024, 7, 17),
            id="ontvangen-across-a-line-break",
        ),
        pytest.param(
            "Mededeling van Minister De Jonge (BZK) (ontvangen (ontvangen 7 juni 2024).",
            date(2024, 6, 7),
            id="ontvangen-printed-twice",
        ),
        pytest.param(
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 6 januari 2026\n",
            date(2026, 1, 6),
            id="den-haag",
        ),
        pytest.param("Geachte voorzitter,\nDatum 3 maart 2025\nBetreft Voortgang\n", date(2025, 3, 3), id="datum"),
        pytest.param(
            "Geachte voorzitter,\nDatum: 03-03-2025\nBetreft Voortgang\n", date(2025, 3, 3), id="numeric-datum"
        ),
        pytest.param(
            "Brief regering\n\nNummer: 2022D52459, datum: 2022-12-07, bijgewerkt: 2024-05-15 09:56, versie: 2\n\n"
            "Geachte Voorzitter,\n",
            date(2022, 12, 7),
            id="register-data-of-a-document-page",
        ),
        pytest.param("Geachte voorzitter,\nDatum 31 februari 2025\n", None, id="impossible-date"),
        pytest.param(
            "Geachte voorzitter,\nDeze vragen werden ingezonden op 2 september 2025.\n",
            None,
            id="ingezonden-is-not-the-document-date",
        ),
        pytest.param(
            "Donderdag 5 april 2018\n\nAan de orde is het debat over de brexit.\n\nDe voorzitter:\n",
            date(2018, 4, 5),
            id="sitting-day",
        ),
    ],
)
def test_it_reads_the_document_date(text, expected):
    assert read_metadata(text).date == expected


def test_a_letter_has_its_kamerstuk_number_title_and_two_signatories():
    text, _ = corpus("seed-003")
    info = read_metadata(text)
    assert info.title == "Ontwikkelingen Coalition of the Willing Oekraïne"
    assert info.references == (Reference("kamerstuk", "36045-264"),)
    assert info.signatories == (
        Signatory("D.M. van Weel", "minister", "Buitenlandse Zaken"),
        Signatory("R.P. Brekelmans", "minister", "Defensie"),
    )
    assert info.chamber == "TK"


def test_answers_with_a_cover_letter_have_zaak_kenmerk_and_both_ministers():
    text, _ = corpus("seed-000")
    info = read_metadata(text)
    assert set(info.references) == {Reference("zaak", "2025Z15748"), Reference("kenmerk", "BZ2519785")}
    assert info.signatories == (
        Signatory("D.M. van Weel", "minister", "Buitenlandse Zaken"),
        Signatory("Ruben Brekelmans", "minister", "Defensie"),
    )
    assert info.title == "bericht dat er plannen zijn voor militaire inzet in Oekraïne"


@pytest.mark.parametrize(
    "name, signatories",
    [
        pytest.param("001", [("Hermans", "minister", "Klimaat en Groene Groei")], id="one-minister"),
        pytest.param(
            "004",
            [
                ("Van Rij", "staatssecretaris", "Financiën"),
                (None, "minister", "Buitenlandse Handel en Ontwikkelingssamenwerking"),
            ],
            id="portfolio-and-mede-namens",
        ),
        pytest.param(
            "034",
            [
                ("Van Huffelen", "staatssecretaris", "Binnenlandse Zaken en Koninkrijksrelaties"),
                (None, "staatssecretaris", "Volksgezondheid, Welzijn en Sport"),
                (None, "staatssecretaris", "Justitie en Veiligheid"),
            ],
            id="mede-namens-two-state-secretaries",
        ),
        pytest.param(
            "030",
            [
                ("Bruins Slot", "minister", "Buitenlandse Zaken"),
                ("Schreinemacher", "minister", "Buitenlandse Handel en Ontwikkelingssamenwerking"),
            ],
            id="abbreviated-ministry",
        ),
        pytest.param(
            "036",
            [("Yeşilgöz-Zegerius", "minister", "Justitie en Veiligheid"), (None, "minister", "Rechtsbescherming")],
            id="combining-cedilla-in-a-name",
        ),
    ],
)
def test_aanhangsel_answers_name_who_answers(name, signatories):
    text, _ = corpus(name)
    assert read_metadata(text).signatories == tuple(Signatory(*s) for s in signatories)


@pytest.mark.parametrize(
    "name, reference",
    [
        pytest.param("001", Reference("aanhangsel", "2023-2024 nr. 2168"), id="pdf-code"),
        pytest.param("009", Reference("aanhangsel", "2023-2024 nr. 387"), id="markdown-code"),
    ],
)
def test_aanhangsel_answers_carry_their_number(name, reference):
    text, _ = corpus(name)
    assert reference in read_metadata(text).references


def test_kamerstukken_cited_in_the_body_are_not_the_documents_own():
    text, _ = corpus("001")
    assert not [r for r in read_metadata(text).references if r.kind == "kamerstuk"]


@pytest.mark.parametrize(
    "name, title",
    [
        pytest.param("012", "Wmo / Mantelzorg / Hulpmiddelenbeleid", id="debate-item-title"),
        pytest.param("010", "rekeninggluren", id="subject-of-the-questions"),
    ],
)
def test_it_reads_the_title(name, title):
    text, _ = corpus(name)
    assert read_metadata(text).title == title


@pytest.mark.parametrize(
    "text, kind, chamber",
    [
        pytest.param(
            "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\nDen Haag, 3 maart 2025\n"
            "Betreft Toezegging wetsvoorstel\n\nGeachte voorzitter,\n\nTijdens het debat heb ik toegezegd.\n"
            "\nDe Minister van Justitie en Veiligheid,\n\nD.M. van Weel\n",
            "kamerbrief",
            "EK",
            id="eerste-kamer-letter",
        ),
        pytest.param(
            "Eerste Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\nAanhangsel van de Handelingen\n",
            "antwoorden",
            "EK",
            id="eerste-kamer-aanhangsel",
        ),
        pytest.param("Een los stuk tekst zonder kenmerken.", "other", "TK", id="plain-text"),
    ],
)
def test_it_reads_kind_and_chamber_addressed(text, kind, chamber):
    info = read_metadata(text)
    assert (info.kind, info.chamber) == (kind, chamber)


def test_a_letter_signed_by_a_state_secretary_names_the_office():
    letter = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDatum 3 maart 2025\n\nGeachte voorzitter,\n\n"
        "Hierbij informeer ik u over de voortgang.\n\nHoogachtend,\n\n"
        "de staatssecretaris van Infrastructuur en Waterstaat,\n\nC.A. Jansen\n"
    )
    assert read_metadata(letter).signatories == (
        Signatory("C.A. Jansen", "staatssecretaris", "Infrastructuur en Waterstaat"),
    )


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_gives_metadata_without_raising(text):
    info = read_metadata(text)
    assert info.kind in {"kamerbrief", "antwoorden", "handelingen", "other"}
    assert info.chamber in {"TK", "EK"}


def test_a_speaker_label_over_megabytes_of_filler_gives_no_kind_date_or_title():
    # Its cost is measured in bench/linear_time.py.
    info = read_metadata("De voorzitter:\n\n" + "blabla " * 700_000)
    assert (info.kind, info.date, info.title) == ("other", None, None)


@pytest.mark.parametrize(
    "head",
    [
        "De minister zegt de Kamer toe ...\n\nKamerstuk: Handelingen I 2025/26, nr. 12, item 8\n",
        "Toezegging bij de behandeling van Kamerstukken I 2024/25, 36 123, C\n",
    ],
    ids=["handelingen-I", "kamerstukken-I"],
)
def test_the_eerste_kamer_is_recognised_by_its_own_citations(head):
    assert read_metadata(head).chamber == "EK"


def test_a_tweede_kamer_citation_does_not_make_it_the_eerste_kamer():
    assert read_metadata("Zie Kamerstukken II 2024/25, 36 123, nr. 5.\n").chamber == "TK"


@pytest.mark.parametrize(
    "block, ministry, name",
    [
        (
            "De staatssecretaris van Volksgezondheid, Welzijn en Sport,\nV.P.G. Karremans",
            "Volksgezondheid, Welzijn en Sport",
            "V.P.G. Karremans",
        ),
        (
            "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nF.M. Wiersma",
            "Landbouw, Visserij, Voedselzekerheid en Natuur",
            "F.M. Wiersma",
        ),
        (
            "De minister van Onderwijs, Cultuur en Wetenschap, E. Bruins",
            "Onderwijs, Cultuur en Wetenschap",
            "E. Bruins",
        ),
        ("De Minister van Buitenlandse Zaken, D.M. van Weel", "Buitenlandse Zaken", "D.M. van Weel"),
        # initials spaced, as the official publication prints them
        (
            "De minister van Infrastructuur en Milieu, M. H. Schultz van Haegen-Maas Geesteranus",
            "Infrastructuur en Milieu",
            "M. H. Schultz van Haegen-Maas Geesteranus",
        ),
    ],
)
def test_a_signature_keeps_every_comma_of_the_ministry(block, ministry, name):
    [signatory] = signed_by(block)
    assert (signatory.ministry, signatory.name) == (ministry, name)


def test_the_prime_minister_signs_with_both_offices():
    [signatory] = signed_by("De minister-president, minister van Algemene Zaken,\n\nM. Rutte")
    assert (signatory.name, signatory.office, signatory.ministry) == (
        "M. Rutte",
        "minister-president",
        "Algemene Zaken",
    )


def test_a_newer_letter_prints_the_office_under_the_name():
    [signatory] = signed_by(
        "Hoogachtend,\n\nmr. drs. M.C.G. Keijzer\nStaatssecretaris van Economische Zaken en Klimaat\n"
    )
    assert (signatory.name, signatory.office, signatory.ministry) == (
        "M.C.G. Keijzer",
        "staatssecretaris",
        "Economische Zaken en Klimaat",
    )


@pytest.mark.parametrize(
    "block, office, ministry, name",
    [
        (
            "Hoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\n\n\ndrs. C. van Nieuwenhuizen Wijbenga\n",
            "minister",
            "Infrastructuur en Waterstaat",
            "C. van Nieuwenhuizen Wijbenga",
        ),
        (
            "mogelijk.\n\nDE MINISTER VAN DEFENSIE      \n\n\ndrs. K.H. Ollongren\n",
            "minister",
            "Defensie",
            "K.H. Ollongren",
        ),
        ("(w.g.) H.G.J. Kamp\nMinister van Economische Zaken\n", "minister", "Economische Zaken", "H.G.J. Kamp"),
        (
            "(w.g.) Martijn van Dam\nStaatsecretaris van Economische Zaken\n",
            "staatssecretaris",
            "Economische Zaken",
            "Martijn van Dam",
        ),
        (
            "De Staatssecretaris van Sociale Zaken  \nen Werkgelegenheid,\n\n\nJetta Klijnsma\n",
            "staatssecretaris",
            "Sociale Zaken en Werkgelegenheid",
            "Jetta Klijnsma",
        ),
    ],
    ids=["in-capitals", "in-capitals-without-comma", "signed-wg", "staatsecretaris-misspelt", "ministry-wrapped"],
)
def test_the_signature_forms_of_older_letters_are_read(block, office, ministry, name):
    [signatory] = signed_by(block)
    assert (signatory.office, signatory.ministry, signatory.name) == (office, ministry, name)


def test_a_heading_in_capitals_without_a_name_under_it_is_no_signature():
    assert signed_by("DE MINISTER VAN DEFENSIE\n\nDe inzet van de krijgsmacht in 2024.\n") == []


def test_the_heading_in_sentence_case_names_the_senders():
    heading = "Vaststelling begroting\n\n30800 X 109 Brief van de minister en staatssecretaris van defensie\n\n"
    assert [(s.office, s.ministry) for s in sent_by(heading)] == [
        ("minister", "Defensie"),
        ("staatssecretaris", "Defensie"),
    ]


def test_the_heading_stops_before_the_address_under_it():
    heading = "BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE\nAan de Voorzitter van de Tweede Kamer\n"
    assert {s.ministry for s in sent_by(heading)} == {"Defensie"}


def test_the_minister_and_state_secretary_of_one_ministry_are_named_together():
    from commitments.extraction.promises.parties import signatory_label

    heading = "BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE\n"
    assert signatory_label(tuple(sent_by(heading))) == "minister en staatssecretaris van Defensie"


def test_a_letter_named_in_running_text_names_no_sender():
    assert sent_by("In de brief van de minister van Financiën van 3 juni heb ik u geïnformeerd.\n") == []


def test_a_registry_line_naming_an_office_is_no_signature():
    text = "Voormalige Verantwoordelijke(n) Minister van Justitie\nMinister van Veiligheid en Justitie\n"
    assert signed_by(text) == []


@pytest.mark.parametrize(
    "heading, senders",
    [
        (
            "Nr. 44 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n\nAan de Voorzitter",
            [("minister", "van", "Binnenlandse Zaken en Koninkrijksrelaties")],
        ),
        (
            "BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE\n",
            [("minister", "van", "Defensie"), ("staatssecretaris", "van", "Defensie")],
        ),
        (
            "BRIEF VAN DE MINISTERS VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSHULP EN VAN BUITENLANDSE\nZAKEN\n",
            [
                ("minister", "voor", "Buitenlandse Handel en Ontwikkelingshulp"),
                ("minister", "van", "Buitenlandse Zaken"),
            ],
        ),
        (
            "BRIEF VAN DE MINISTER VAN KLIMAAT EN GROENE GROEI EN DE STAATSSECRETARIS VAN FINANCIËN\n",
            [("minister", "van", "Klimaat en Groene Groei"), ("staatssecretaris", "van", "Financiën")],
        ),
        ("BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN\n", []),
    ],
    ids=["one-minister", "minister-and-state-secretary", "two-ministers-wrapped", "en-de", "a-committee-is-no-sender"],
)
def test_the_heading_of_an_official_publication_names_the_senders(heading, senders):
    assert [(s.office, s.preposition, s.ministry) for s in sent_by(heading)] == senders


def test_an_excerpt_without_its_signature_takes_its_senders_from_the_heading():
    text = (
        "28 750 Gemeentelijke herindeling\n\nNr. 44 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN "
        "KONINKRIJKSRELATIES\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 9 januari 2012\n\n"
        "Ik zal de Tweede Kamer daarna informeren.\n"
    )
    assert [(s.office, s.ministry) for s in read_metadata(text).signatories] == [
        ("minister", "Binnenlandse Zaken en Koninkrijksrelaties")
    ]


def test_a_minister_voor_a_portfolio_keeps_voor_in_the_label():
    from commitments.extraction.promises.parties import signatory_label

    signatories = signed_by("De minister voor Buitenlandse Handel en Ontwikkelingshulp,\n\nR.J. Klever")
    assert signatory_label(tuple(signatories)) == "minister voor Buitenlandse Handel en Ontwikkelingshulp"


@pytest.mark.parametrize("name", ["800", "802", "840"])
def test_a_debate_run_into_one_line_is_a_debate(name):
    # a PDF's text extraction without line breaks: the speakers' labels stand after sentences' ends
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    assert "\n" not in text.strip() and read_metadata(text).kind == "handelingen"
