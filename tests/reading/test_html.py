from commitments.reading import read_document
from commitments.reading.errors import NO_BODY

from .samples import FIXTURES, read_error

PAGE = (FIXTURES / "kamerbrief_rijksoverheid.html").read_bytes()


def test_a_saved_letter_page_gives_the_letter_in_paragraphs():
    result = read_document(PAGE, filename="kamerbrief.html")
    assert result.format == "html"
    assert result.text.startswith("Kamerbrief over voortgang aanpak netcongestie\n\n")
    assert (
        "\n\nIk zal uw Kamer vóór het zomerreces informeren over de uitkomsten van het onderzoek naar "
        "flexibele transportrechten.\nDaarbij ga ik ook in op de motie van het lid Kops.\n\n"
    ) in result.text
    assert result.text.endswith("De Minister van Klimaat en Groene Groei,\nS.T.M. Hermans")


def test_inline_markup_does_not_split_a_paragraph():
    assert "over de voortgang van het Landelijk Actieprogramma Netcongestie. In de" in read_document(PAGE).text


def test_navigation_header_footer_cookies_scripts_and_styles_are_left_out():
    text = read_document(PAGE).text
    for chrome in (
        "Ga direct naar inhoud",
        "cookies",
        "Zoeken binnen",
        "Onderwerpen",
        "Home",
        "Deel op X",
        "Gerelateerde documenten",
        "Privacy",
        "dataLayer",
        "position:fixed",
    ):
        assert chrome not in text


def test_table_rows_become_tab_separated_lines():
    assert "\n\nRegio\tWachtenden\n\nNoord-Holland\t1.200\n\n" in read_document(PAGE).text


def test_the_title_is_the_pages_main_heading():
    assert read_document(PAGE).title == "Kamerbrief over voortgang aanpak netcongestie"


def test_a_page_without_a_main_element_falls_back_to_the_densest_paragraph_block():
    page = (
        "<html><body><div class='menu-links'><a href='/'>Home</a></div><div><div>"
        + "".join(f"<p>Paragraaf {n}: de minister zal de Kamer informeren over de voortgang.</p>" for n in range(4))
        + "</div></div><div><p>Contact</p></div></body></html>"
    ).encode()
    text = read_document(page, filename="pagina.html").text
    assert text.split("\n\n")[0] == "Paragraaf 0: de minister zal de Kamer informeren over de voortgang."
    assert "Contact" not in text and "Home" not in text


def test_a_page_of_navigation_only_has_no_body():
    error = read_error((FIXTURES / "navigatie_zonder_brief.html").read_bytes())
    assert error.code == NO_BODY
    assert "brieftekst" in error.message


def test_html_without_a_body_element_has_no_body():
    assert read_error(b"<!DOCTYPE html><html><head><title>Leeg</title></head></html>").code == NO_BODY


def test_a_page_declaring_latin1_is_decoded_as_windows_1252():
    page = (
        "<html><head><meta charset='iso-8859-1'></head><body><main><p>"
        + "De minister zal de Kamer vóór de zomer informeren over de ‘cliëntondersteuning’. " * 3
        + "</p></main></body></html>"
    ).encode("cp1252")
    assert "vóór de zomer informeren over de ‘cliëntondersteuning’." in read_document(page).text
