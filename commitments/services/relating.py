"""Relations between a new promise and an earlier one it repeats or adds to.

Linking (linking.py) makes a restatement a mention of the commitment it restates only when it
is sure. Below that bar a new commitment is made; when it is still close to an open promise
of the same ministry in an earlier document, the two are related so both pages show it:
`repeats` when the sentence says it refers to an earlier promise ("zoals toegezegd"), so a
clerk can merge them, and `supplements` when it adds to the earlier promise on its subject.
"""

from ..models import Commitment, CommitmentEvent, CommitmentRelation, Document
from ..models.choices import RelationKind
from .linking import Candidate, Evidence

# Below linking's 0.6: half the content words of the shorter text shared, or fewer with a shared legal basis.
RELATE_THRESHOLD = 0.3


def relation_to_earlier(
    new: Commitment, earlier: Candidate, evidence: Evidence, *, refers_to_earlier: bool, document: Document
) -> tuple[CommitmentRelation, list[CommitmentEvent]] | None:
    """The relation of a commitment this document makes (numbered, not yet related) to an earlier
    one, and the history entry each gets, for the caller to write; None when they are not close."""
    if evidence.score < RELATE_THRESHOLD or new.pk == earlier.pk:
        return None
    kind = RelationKind.REPEATS if refers_to_earlier else RelationKind.SUPPLEMENTS
    relation = CommitmentRelation(
        source=new, target_id=earlier.pk, kind=kind, document=document, note="; ".join(evidence.reasons)
    )
    why = f"{kind.value} {earlier.number}: " + "; ".join(evidence.reasons)
    return relation, [
        CommitmentEvent(
            commitment=new, field="relation", new_value=f"{kind} {earlier.number}", reason=why, source="extractor"
        ),
        CommitmentEvent(
            commitment_id=earlier.pk,
            field="relation",
            new_value=f"{new.number} {kind}",
            reason=why,
            source="extractor",
        ),
    ]
