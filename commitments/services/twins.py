"""Near-identical copies of a document: the same text saved again with a line added or changed.

Such a copy is another document (its bytes and its text differ), but a promise quoted word for
word in both is one promise: its mention in the copy joins the commitment the first made, even
where linking by content would not dare (a debate without a ministry, a short quote).
"""

from ..models import Commitment, Document, Mention
from ..reading.identity import longest_line_fingerprints, normalised_lines

# Shared lines over all distinct lines: a 300-line debate with one line added is at 0.997; two
# letters on one subject share their salutation and closing, far below this.
TWIN_OVERLAP = 0.9
# A short letter (7 lines) with one line added is only at 0.875, one line changed at 0.75: a copy
# that differs in this many lines or fewer is a twin whatever its length.
TWIN_DIFFERING_LINES = 2
# A copy's longest line may be the one that was added: its next longest lines also find the original.
LONGEST_LINES = 3
CANDIDATE_LIMIT = 5


def quoted_in_twins(document: Document) -> dict[str, Commitment]:
    """{normalised quote: commitment} of the mentions in the document's near-identical copies."""
    candidates = _candidates(document.text, exclude=document.pk).only("id", "text")[:CANDIDATE_LIMIT]
    twins = [c.pk for c in candidates if near_identical(c.text, document.text)]
    if not twins:
        return {}
    mentions = Mention.objects.filter(document_id__in=twins).select_related("commitment").order_by("pk")
    found: dict[str, Commitment] = {}
    for mention in mentions:
        found.setdefault(_normal(mention.quote), mention.commitment)
    return found


def lock_with_copies(document_id: int) -> Document:
    """Lock the document and its possible copies (in id order, so two lockers never deadlock) and return it.

    Two workers extracting a letter and its copy at once would each find the other's mentions not
    yet committed and both create every commitment. Recording under this lock, the second to come
    waits for the first and then joins its commitments.
    """
    text = Document.objects.values_list("text", flat=True).get(pk=document_id)
    rows = (Document.objects.filter(pk=document_id) | _candidates(text)).select_for_update().order_by("pk")
    list(rows.values_list("pk", flat=True))
    return Document.objects.get(pk=document_id)


def near_identical(first: str, second: str) -> bool:
    a, b = set(normalised_lines(first)), set(normalised_lines(second))
    differing = len(a ^ b)
    return differing <= TWIN_DIFFERING_LINES or (len(a | b) - differing) / len(a | b) >= TWIN_OVERLAP


def _candidates(text: str, *, exclude: int | None = None):
    """Documents whose longest line is one of this text's longest lines (one indexed lookup)."""
    found = Document.objects.filter(longest_line_sha256__in=longest_line_fingerprints(text, LONGEST_LINES))
    return found.exclude(pk=exclude) if exclude is not None else found


def _normal(quote: str) -> str:
    return " ".join(quote.split())
