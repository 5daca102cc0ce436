"""A page break stored as U+2029 (the readers' form of a form feed) reads like the form feed itself."""

import pytest

from commitments.extraction import ExtractionConfig, extract
from tests.locations import CORPUS

PDF_TEXTS = ["001", "002", "003", "004", "006", "007"]


@pytest.mark.parametrize("number", PDF_TEXTS)
def test_the_same_commitments_are_found_whichever_page_break_the_text_uses(number):
    text = (CORPUS / f"{number}.txt").read_text(encoding="utf-8")
    assert "\f" in text
    with_form_feeds = extract(text, ExtractionConfig())
    with_separators = extract(text.replace("\f", "\u2029"), ExtractionConfig())
    assert [(c.start, c.end, c.rule) for c in with_separators.commitments] == [
        (c.start, c.end, c.rule) for c in with_form_feeds.commitments
    ]
