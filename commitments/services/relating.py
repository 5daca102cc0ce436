"""Relations between a new promise and an earlier one it repeats or adds to.

Linking (linking.py) makes a restatement a mention of the commitment it restates only when it
is sure. Below that bar a new commitment is made; when it is still close to an open promise
of the same ministry in an earlier document, the two are related so both pages show it:
`repeats` when the sentence says it refers to an earlier promise ("zoals toegezegd"), so a
clerk can merge them, and `supplements` when it adds to the earlier promise on its subject.
"""

from ..models import Commitment, CommitmentRelation, Document
from ..models.choices import RelationKind
from .history import record_event
from .linking import Evidence

# Below linking's 0.6: half the content words of the shorter text shared, or fewer with a shared legal basis.
RELATE_THRESHOLD = 0.3


def relate_to_earlier(
    new: Commitment, earlier: Commitment, evidence: Evidence, *, refers_to_earlier: bool, document: Document
) -> CommitmentRelation | None:
    if evidence.score < RELATE_THRESHOLD or new.pk == earlier.pk:
        return None
    kind = RelationKind.REPEATS if refers_to_earlier else RelationKind.SUPPLEMENTS
    relation, created = CommitmentRelation.objects.get_or_create(
        source=new,
        target=earlier,
        kind=kind,
        defaults={"document": document, "note": "; ".join(evidence.reasons)},
    )
    if created:
        why = f"{kind.value} {earlier.number}: " + "; ".join(evidence.reasons)
        record_event(new, "relation", "", f"{kind} {earlier.number}", reason=why, source="extractor")
        record_event(earlier, "relation", "", f"{new.number} {kind}", reason=why, source="extractor")
    return relation
