"""Near-identical copies of a document: the same text saved again with a line added or changed.

Such a copy is another document (its bytes and its text differ), but a promise quoted word for
word in both is one promise: its mention in the copy joins the commitment the first made, even
where linking by content would not dare (a debate without a ministry, a short quote).
"""

from ..models import Commitment, Document, Mention
from ..reading.identity import line_overlap

# Shared lines over all distinct lines: a 300-line debate with one line added is at 0.997; two
# letters on one subject share their salutation and closing, far below this.
TWIN_OVERLAP = 0.9


def quoted_in_twins(document: Document) -> dict[str, Commitment]:
    """{normalised quote: commitment} of the mentions in the document's near-identical copies."""
    if not document.longest_line_sha256:
        return {}
    candidates = Document.objects.filter(longest_line_sha256=document.longest_line_sha256).exclude(pk=document.pk)
    twins = [c.pk for c in candidates.only("id", "text")[:5] if line_overlap(c.text, document.text) >= TWIN_OVERLAP]
    if not twins:
        return {}
    mentions = Mention.objects.filter(document_id__in=twins).select_related("commitment").order_by("pk")
    found: dict[str, Commitment] = {}
    for mention in mentions:
        found.setdefault(_normal(mention.quote), mention.commitment)
    return found


def _normal(quote: str) -> str:
    return " ".join(quote.split())
