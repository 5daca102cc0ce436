import pytest
from lxml import etree

from commitments.reading import read_document
from commitments.reading.errors import MALFORMED
from commitments.reading.officiele_xml import safe_parser

from .samples import CORPUS, CORPUS_DEBATES, FIXTURES, SOURCES, read_error


@pytest.mark.parametrize("number", CORPUS_DEBATES)
def test_a_handelingen_item_renders_byte_for_byte_to_its_corpus_text(number):
    result = read_document((SOURCES / f"{number}.xml").read_bytes(), filename=f"{number}.xml")
    assert result.format == "xml"
    assert result.text.encode("utf-8") == (CORPUS / f"{number}.txt").read_bytes()


def test_double_encoding_is_detected_and_reported():
    result = read_document((SOURCES / "012.xml").read_bytes())
    assert any("dubbel" in warning for warning in result.warnings)


def test_plain_utf8_with_crlf_is_not_taken_for_double_encoding():
    # 015 is the one item stored as plain UTF-8 (with an em dash, which a blind re-decode breaks).
    result = read_document((SOURCES / "015.xml").read_bytes())
    assert result.warnings == ()
    assert "—" in result.text or "–" in result.text


def test_the_item_title_is_the_document_title():
    assert read_document((SOURCES / "013.xml").read_bytes()).title == "Bouwregelgeving en energiebesparing"


def test_a_chairs_line_inside_a_motion_is_left_out_but_members_turns_stay():
    text = read_document((SOURCES / "012.xml").read_bytes()).text
    assert "Mevrouw Bergkamp (D66):\n\n" in text
    assert "ondersteund.\n\nZij krijgt nr. 253 (29538).\n\n" in text
    assert "en gaat over tot de orde van de dag.\n\nDe voorzitter:\n\nDeze motie" not in text


def test_the_meeting_date_of_a_first_item_is_kept():
    data = (SOURCES / "vergadering-70-item-1.xml").read_bytes()
    assert "Donderdag 5 april 2018" in read_document(data, filename="h-tk-20172018-70-1.xml").text


def test_answers_to_written_questions_give_questions_answers_and_signature_as_paragraphs():
    result = read_document((FIXTURES / "kamervragen_aanhangsel.xml").read_bytes())
    paragraphs = result.text.split("\n\n")
    assert "Vraag 2" in paragraphs
    assert "Ik zal uw Kamer voor het zomerreces informeren over de uitkomsten van het onderzoek." in paragraphs
    assert "Daarbij ga ik ook in op de motie van het lid Kops (Kamerstuk 29 023, nr. 501)." in paragraphs
    assert "R.A.A. Jetten" in paragraphs
    assert "ah-tk-20232024-9999" not in result.text  # metadata is not text
    assert result.title.startswith("Vragen van het lid Kops (PVV)")


def test_xml_that_is_not_well_formed_is_malformed():
    error = read_error((FIXTURES / "niet_goed_gevormd.xml").read_bytes())
    assert error.code == MALFORMED
    assert "niet goed gevormd" in error.message


def test_a_truncated_xml_item_is_malformed():
    data = (SOURCES / "013.xml").read_bytes()
    assert read_error(data[: len(data) // 2]).code == MALFORMED


@pytest.mark.parametrize("name", ["xxe.xml", "billion_laughs.xml"])
def test_entity_declarations_are_refused_before_parsing(name):
    error = read_error((FIXTURES / name).read_bytes())
    assert error.code == MALFORMED
    assert "entiteiten" in error.message


def test_the_parser_itself_does_not_read_files_through_external_entities():
    # Second line of defence, should the declaration check ever be bypassed.
    root = etree.fromstring((FIXTURES / "xxe.xml").read_bytes(), safe_parser())
    assert "root:" not in "".join(root.itertext())


def test_the_parser_itself_stops_nested_entity_amplification():
    with pytest.raises(etree.XMLSyntaxError, match="amplification"):
        etree.fromstring((FIXTURES / "billion_laughs.xml").read_bytes(), safe_parser())


KAMERSTUK = (FIXTURES / "kamerstuk_brief.xml").read_bytes()


def test_a_kamerstuk_gives_its_heading_lines_title_and_paragraphs_as_blocks():
    paragraphs = read_document(KAMERSTUK).text.split("\n\n")
    assert paragraphs[:4] == [
        "Tweede Kamer der Staten-Generaal",
        "Vergaderjaar 2024–2025",
        "29 023",
        "Voorzienings- en leveringszekerheid energie",
    ]
    assert "1. Inleiding" in paragraphs
    assert "Den Haag, 14 maart 2025" in paragraphs


def test_a_footnote_leaves_its_number_on_the_word_and_follows_its_paragraph():
    text = read_document(KAMERSTUK).text
    assert "de motie van het lid Kops1 over netcongestie.\n\n1 Kamerstuk 29 023, nr. 490.\n\n" in text


def test_inline_markup_outside_debates_joins_the_word_it_belongs_to():
    assert "het onderzoek naar CO2-opslag." in read_document(KAMERSTUK).text


def test_list_items_keep_their_label():
    assert (
        "\n\na. netbeheerders breiden het net uit;\n\nb. bedrijven delen capaciteit.\n\n"
        in read_document(KAMERSTUK).text
    )


def test_the_title_of_a_kamerstuk_is_the_title_of_the_stuk():
    assert read_document(KAMERSTUK).title == "BRIEF VAN DE MINISTER VAN KLIMAAT EN GROENE GROEI"
