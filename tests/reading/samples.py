"""The inputs reading tests read (their own fixtures, the corpus sources) and read_error."""

from pathlib import Path

import pytest

from commitments.reading import ReadError, read_document

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).parents[1] / "corpus"
SOURCES = CORPUS / "sources"
CORPUS_PDFS = sorted(path.stem for path in SOURCES.glob("*.pdf"))
CORPUS_DEBATES = sorted(path.stem for path in SOURCES.glob("[0-9]*.xml"))


def read_error(data: bytes, **kwargs) -> ReadError:
    """The ReadError reading these bytes raises (fails the test when none is raised)."""
    with pytest.raises(ReadError) as caught:
        read_document(data, **kwargs)
    return caught.value
