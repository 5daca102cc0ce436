import io
import zipfile

import docx

from commitments.reading import read_document
from commitments.reading.errors import MALFORMED, UNSUPPORTED_FORMAT

from .samples import read_error


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


def python_docx_text(data: bytes) -> str:
    """The text as python-docx gives it, the way the reader read a .docx before it streamed."""
    from docx.table import Table

    blocks = []
    for item in docx.Document(io.BytesIO(data)).iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if not cells or cells[-1] != text:
                        cells.append(text)
                if line := "\t".join(cells).strip():
                    blocks.append(line)
        else:
            blocks.append(item.text.strip())
    return "\n\n".join(block for block in blocks if block)


def make_rich_docx() -> bytes:
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Voortgangsbrief", level=1)
    document.add_paragraph("Eerste punt van de lijst", style="List Bullet")
    document.add_paragraph("Tweede punt van de lijst", style="List Number")
    paragraph = document.add_paragraph("Kolom\tna een tab en ")
    paragraph.add_run("een regel").add_break()
    paragraph.add_run("over de regel heen").add_break(WD_BREAK.PAGE)
    paragraph.add_run("en na een pagina-einde.")
    paragraph._p.append(
        parse_xml(
            '<w:hyperlink xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:r><w:t xml:space="preserve"> Zie de website</w:t></w:r></w:hyperlink>'
        )
    )
    table = document.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Samengevoegd over twee kolommen"
    table.cell(0, 2).text = "Rechts"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Over twee rijen"
    table.cell(1, 1).text, table.cell(1, 2).text = "b", "c"
    table.cell(2, 1).text, table.cell(2, 2).text = "e", "f"
    table.cell(3, 0).add_paragraph("tweede alinea in de cel")
    table.cell(3, 1).add_table(rows=1, cols=1).cell(0, 0).text = "geneste tabel"
    document.add_paragraph("Slotalinea.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_streamed_text_is_what_python_docx_reads():
    for data in (make_docx(), make_rich_docx()):
        assert read_document(data, filename="brief.docx").text == python_docx_text(data)
