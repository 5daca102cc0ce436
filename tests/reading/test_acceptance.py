"""The reader's PDF text yields the same commitments as the pdftotext text the corpus was labelled on."""

import json
from datetime import date

import pytest

from commitments.reading import read_document

from .samples import CORPUS, CORPUS_PDFS, SOURCES

extraction = pytest.importorskip("commitments.extraction")


def quotes(text: str, reference_date: date | None) -> list[str]:
    config = extraction.ExtractionConfig(reference_date=reference_date)
    return [" ".join(item.quote.split()) for item in extraction.extract(text, config).commitments]


@pytest.mark.parametrize("number", CORPUS_PDFS)
def test_the_pdf_text_gives_the_commitments_of_the_pdftotext_text(number):
    labels = json.loads((CORPUS / f"{number}.json").read_text(encoding="utf-8"))
    reference_date = date.fromisoformat(labels["date"]) if labels["date"] else None
    ours = read_document((SOURCES / f"{number}.pdf").read_bytes(), filename=f"{number}.pdf").text
    reference = (CORPUS / f"{number}.txt").read_text(encoding="utf-8")
    assert quotes(ours, reference_date) == quotes(reference, reference_date)
