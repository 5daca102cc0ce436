import io
import zipfile

import docx

from commitments.reading import read_document
from commitments.reading.errors import MALFORMED, UNSUPPORTED_FORMAT

from .conftest import read_error


def make_docx() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Kamerbrief over netcongestie"
    document.add_heading("Kamerbrief over netcongestie", level=1)
    document.add_paragraph("Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van netcongestie.")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Regio", "Wachtenden"
    table.cell(1, 0).text, table.cell(1, 1).text = "Noord-Holland", "1.200"
    document.add_paragraph("Ik zal uw Kamer voor het zomerreces informeren over de uitkomsten van het onderzoek.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_docx_gives_paragraphs_and_tables_in_document_order():
    result = read_document(make_docx(), filename="brief.docx")
    assert result.format == "docx"
    assert result.text == (
        "Kamerbrief over netcongestie\n\n"
        "Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van netcongestie.\n\n"
        "Regio\tWachtenden\n\n"
        "Noord-Holland\t1.200\n\n"
        "Ik zal uw Kamer voor het zomerreces informeren over de uitkomsten van het onderzoek."
    )


def test_the_docx_title_property_is_the_title():
    assert read_document(make_docx()).title == "Kamerbrief over netcongestie"


def test_a_truncated_docx_is_malformed():
    data = make_docx()
    error = read_error(data[: len(data) // 2], filename="brief.docx")
    assert error.code == MALFORMED
    assert ".docx" in error.message


def test_a_docx_whose_document_part_is_broken_xml_is_malformed():
    source = zipfile.ZipFile(io.BytesIO(make_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as broken:
        for item in source.infolist():
            content = source.read(item)
            broken.writestr(item, content[: len(content) // 2] if item.filename == "word/document.xml" else content)
    assert read_error(buffer.getvalue(), filename="brief.docx").code == MALFORMED


def test_a_zip_that_is_no_word_document_is_unsupported():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert read_error(buffer.getvalue(), filename="begroting.xlsx").code == UNSUPPORTED_FORMAT
