"""Representations of the API. Lists are lean; details add provenance and history."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ..models import (
    Commitment,
    CommitmentEvent,
    CommitmentRelation,
    Document,
    Fulfilment,
    IngestRun,
    Mention,
    Ministry,
    Recess,
)
from ..models.choices import FulfilmentExtent, ReviewState, Status
from ..models.registry import AddresseeKind

COMMITMENT_FIELDS = [
    "id",
    "url",
    "state",
    "merged_into",
    "number",
    "text",
    "actor",
    "ministry",
    "ministry_name",
    "chamber",
    "addressees",
    "action",
    "subject",
    "deadline_kind",
    "deadline_text",
    "due_date",
    "due_date_estimated",
    "deadline_assumed",
    "condition",
    "legal_basis",
    "recurring",
    "status",
    "review_state",
    "fulfilled_on",
    "created_at",
    "updated_at",
    "registry_number",
    "source",
    "addressed_to",
]
TOMBSTONE_FIELDS = ("id", "url", "state", "merged_into", "updated_at")


class MinistrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Ministry
        fields = ["id", "name", "abbreviation"]


class RecessSerializer(serializers.ModelSerializer):
    class Meta:
        model = Recess
        fields = ["id", "chamber", "name", "first_day", "last_day", "source"]


SOURCES = ("both", "registry", "extracted")


def source_of(in_registry: bool, extracted: bool) -> str | None:
    """Where a commitment is known from; None for one in neither (a clerk's own, with no mention yet)."""
    if in_registry:
        return "both" if extracted else "registry"
    return "extracted" if extracted else None


class AddressedToSerializer(serializers.Serializer):
    """A member or party a promise was made to (the id is the list's `addressee` filter)."""

    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=AddresseeKind.choices)
    name = serializers.CharField()
    abbreviation = serializers.CharField(help_text=_("a party's abbreviation; empty for a member"))
    source = serializers.CharField(help_text=_("who recorded it: registry, extractor or admin"))


class CommitmentSerializer(serializers.ModelSerializer):
    """A merged commitment is sent as a tombstone: id, state 'merged', merged_into, updated_at."""

    url = serializers.HyperlinkedIdentityField(view_name="commitment-detail")
    state = serializers.SerializerMethodField(help_text=_("'active', or 'merged' for a tombstone"))
    ministry_name = serializers.CharField(source="ministry.name", read_only=True, default=None, allow_null=True)
    registry_number = serializers.CharField(
        source="registry_entry.number",
        read_only=True,
        default=None,
        allow_null=True,
        help_text=_("the Kamer's registry number (TZ202504-057) when the registry has this promise"),
    )
    source = serializers.SerializerMethodField(
        help_text=_("both: in the Kamer's registry and extracted; registry or extracted: one of them; null: neither")
    )
    addressed_to = serializers.SerializerMethodField(help_text=_("the members and parties it was promised to"))

    class Meta:
        model = Commitment
        fields = COMMITMENT_FIELDS
        read_only_fields = COMMITMENT_FIELDS

    def get_state(self, commitment) -> str:
        return "merged" if commitment.merged_into_id else "active"

    @extend_schema_field(serializers.ChoiceField(choices=SOURCES, allow_null=True))
    def get_source(self, commitment) -> str | None:
        if hasattr(commitment, "in_registry"):  # annotated by CommitmentQuerySet.with_sources()
            return source_of(commitment.in_registry, commitment.extracted)
        entry = getattr(commitment, "registry_entry", None)
        return source_of(entry is not None and not entry.deleted, commitment.mentions.exists())

    @extend_schema_field(AddressedToSerializer(many=True))
    def get_addressed_to(self, commitment) -> list[dict]:
        links = sorted(
            commitment.addressee_links.all(),
            key=lambda link: (link.addressee.kind, link.addressee.name, link.addressee_id),
        )
        return [
            {
                "id": link.addressee_id,
                "kind": link.addressee.kind,
                "name": link.addressee.name,
                "abbreviation": link.addressee.abbreviation,
                "source": link.source,
            }
            for link in links
        ]

    def to_representation(self, commitment):
        data = super().to_representation(commitment)
        if commitment.merged_into_id:
            return {name: data[name] for name in TOMBSTONE_FIELDS}
        return data


class MentionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Mention
        fields = [
            "id",
            "commitment",
            "document",
            "quote",
            "start",
            "end",
            "rule",
            "confidence",
            "deadline_text",
            "condition",
            "refers_to_earlier",
            "extractor_version",
            "created_at",
        ]


class RelationSerializer(serializers.ModelSerializer):
    class Meta:
        model = CommitmentRelation
        fields = ["id", "source", "target", "kind", "document", "note", "created_at"]


class FulfilmentSerializer(serializers.ModelSerializer):
    decided_by = serializers.StringRelatedField(allow_null=True)

    class Meta:
        model = Fulfilment
        fields = ["id", "document", "extent", "state", "evidence", "decided_by", "decided_at", "created_at"]


class EventSerializer(serializers.ModelSerializer):
    user = serializers.StringRelatedField(allow_null=True)

    class Meta:
        model = CommitmentEvent
        fields = ["id", "field", "old_value", "new_value", "reason", "user", "source", "created_at"]


class CommitmentDetailSerializer(CommitmentSerializer):
    mentions = MentionSerializer(many=True, read_only=True)
    relations = serializers.SerializerMethodField()
    fulfilments = FulfilmentSerializer(many=True, read_only=True)
    history = EventSerializer(source="events", many=True, read_only=True)

    class Meta(CommitmentSerializer.Meta):
        fields = [*COMMITMENT_FIELDS, "mentions", "relations", "fulfilments", "history"]
        read_only_fields = fields

    def get_relations(self, commitment) -> RelationSerializer(many=True):
        both = [*commitment.relations_out.all(), *commitment.relations_in.all()]
        return RelationSerializer(sorted(both, key=lambda relation: relation.pk), many=True).data


DOCUMENT_FIELDS = [
    "id",
    "url",
    "sha256",
    "kind",
    "title",
    "date",
    "chamber",
    "ministry",
    "dossier",
    "dossier_item",
    "zaak",
    "kenmerk",
    "references",
    "signatories",
    "source_url",
    "original_name",
    "content_type",
    "size",
    "ingest_status",
    "failure_code",
    "failure_message",
    "extractor_version",
    "created_at",
    "updated_at",
]


class DocumentSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="document-detail")
    # A plain string: empty for uploads, which a "uri" format would call invalid.
    source_url = serializers.CharField(read_only=True)

    class Meta:
        model = Document
        fields = DOCUMENT_FIELDS
        read_only_fields = DOCUMENT_FIELDS


class DocumentDetailSerializer(DocumentSerializer):
    mentions = MentionSerializer(many=True, read_only=True)

    class Meta(DocumentSerializer.Meta):
        fields = [*DOCUMENT_FIELDS, "mentions"]
        read_only_fields = fields


class IngestRunSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="ingestrun-detail")

    class Meta:
        model = IngestRun
        fields = [
            "id",
            "url",
            "source",
            "sha256",
            "size",
            "document",
            "status",
            "failure_code",
            "failure_message",
            "extractor_version",
            "commitments_new",
            "mentions_found",
            "started_at",
            "finished_at",
            "duration_ms",
        ]
        read_only_fields = fields


class UploadSerializer(serializers.Serializer):
    file = serializers.FileField(required=False, help_text=_("the document itself (PDF, Word, HTML, XML, text)"))
    url = serializers.URLField(required=False, max_length=2000, help_text=_("or where to fetch it"))

    def validate(self, data):
        if bool(data.get("file")) == bool(data.get("url")):
            raise serializers.ValidationError(_("Send either a file or a url, not both and not neither."))
        return data


# Writes: each is one explicit action with its own small contract.
class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")


class StatusChangeSerializer(ReasonSerializer):
    status = serializers.ChoiceField(choices=Status.choices)
    fulfilled_on = serializers.DateField(required=False, allow_null=True, default=None)


class DeadlineChangeSerializer(serializers.Serializer):
    due_date = serializers.DateField(allow_null=True)
    deadline_text = serializers.CharField(required=False, max_length=500, allow_blank=True)
    reason = serializers.CharField(max_length=2000, help_text=_("required: why the deadline moves"))


class FulfilmentAddSerializer(serializers.Serializer):
    document = serializers.PrimaryKeyRelatedField(queryset=Document.objects.only("id"))
    extent = serializers.ChoiceField(choices=FulfilmentExtent.choices)
    evidence = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")


REVIEW_ACTIONS = {"confirm": ReviewState.CONFIRMED, "reject": ReviewState.REJECTED}
