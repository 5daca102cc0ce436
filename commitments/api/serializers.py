"""Representations of the API. Lists are lean; details add provenance and history."""

import datetime as dt
import re

from django.core.validators import RegexValidator
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
from .filters import MAX_ID

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


# An http(s) URI as RFC 3986 spells it (non-ASCII percent-encoded): the schema states it as its
# pattern. Whether the host exists and may be read is the fetch's to find out (a failed run).
_PCHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})"
_USERINFO = r"(?:(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?"
# A name or an IPv4 address; an IPv6 literal ([...]) is not taken.
_HOST = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+"
WEB_ADDRESS = (
    rf"^[Hh][Tt][Tt][Pp][Ss]?://{_USERINFO}{_HOST}(?::[0-9]*)?"
    rf"(?:/{_PCHAR}*)*(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?$"
)


class WebAddressField(serializers.CharField):
    def __init__(self, **kwargs):
        super().__init__(trim_whitespace=False, **kwargs)
        self.validators.append(
            RegexValidator(WEB_ADDRESS, message=_("An http or https address; percent-encode other characters."))
        )

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class UploadSerializer(serializers.Serializer):
    file = serializers.FileField(required=False, help_text=_("the document itself (PDF, Word, HTML, XML, text)"))
    url = WebAddressField(required=False, max_length=2000, help_text=_("or where to fetch it"))

    def validate(self, data):
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError({name: [_("Unknown field.")] for name in unknown})
        # By the parts sent: a form's empty url would otherwise count as none beside a file.
        if len({"file", "url"} & set(self.initial_data)) != 1 or not (data.get("file") or data.get("url")):
            raise serializers.ValidationError(_("Send either a file or a url, not both and not neither."))
        return data


# Writes: each is one explicit action with its own small contract, in JSON; the fields are as
# strict as the schema says (DRF's own also take 5 for a text, "5" for a number, "20250101" for a
# date), so that a request the schema calls invalid is refused, and one it calls valid is taken.
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# What str.strip() strips, spelled out: regex engines disagree on \s (Python's also has \x1c-\x1f).
WHITESPACE = "".join(f"\\u{code:04x}" for code in range(0x10000) if chr(code).isspace())
NO_NUL = "^[^\\x00]*$"
NOT_BLANK = f"^[^\\x00]*[^\\x00{WHITESPACE}][^\\x00]*$"


class TextField(serializers.CharField):
    """A string only; its length is counted as sent (as the schema's maxLength is), and it is kept stripped."""

    def __init__(self, *, not_blank=False, **kwargs):
        self.not_blank = not_blank  # the schema says so with a pattern (see schema.py)
        super().__init__(trim_whitespace=False, allow_blank=not not_blank, **kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)

    def run_validation(self, data=serializers.empty):
        value = super().run_validation(data)
        if isinstance(value, str):
            value = value.strip()
            if self.not_blank and not value:
                self.fail("blank")
        return value


class IsoDateField(serializers.DateField):
    def to_internal_value(self, value):
        if isinstance(value, str) and ISO_DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.fail("invalid", format="YYYY-MM-DD")


class IdField(serializers.IntegerField):
    """A JSON integer (5, or 5.0, which JSON Schema also calls an integer), never the string "5"."""

    def __init__(self, **kwargs):
        super().__init__(min_value=1, max_value=MAX_ID, **kwargs)

    def to_internal_value(self, data):
        if isinstance(data, float) and data.is_integer():
            data = int(data)
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class ReasonSerializer(serializers.Serializer):
    reason = TextField(required=False, max_length=2000, default="")


class StatusChangeSerializer(ReasonSerializer):
    status = serializers.ChoiceField(choices=Status.choices)
    fulfilled_on = IsoDateField(required=False, allow_null=True, default=None)

    # validate() in the schema's words (schema.py adds it to the component).
    schema_rule = {
        "anyOf": [
            {"properties": {"status": {"enum": [value for value in Status.values if value != Status.LAPSED]}}},
            {"required": ["reason"], "properties": {"reason": {"pattern": NOT_BLANK}}},
        ]
    }

    def validate(self, data):
        if data["status"] == Status.LAPSED and not data["reason"]:
            raise serializers.ValidationError({"reason": [_("A lapsed commitment needs a reason.")]})
        return data


class DeadlineChangeSerializer(serializers.Serializer):
    due_date = IsoDateField(allow_null=True)
    deadline_text = TextField(required=False, max_length=500)
    reason = TextField(not_blank=True, max_length=2000, help_text=_("required: why the deadline moves"))


class FulfilmentAddSerializer(serializers.Serializer):
    document = IdField(help_text=_("the id of a document; 404 when there is none"))
    extent = serializers.ChoiceField(choices=FulfilmentExtent.choices)
    evidence = TextField(required=False, max_length=5000, default="")


REVIEW_ACTIONS = {"confirm": ReviewState.CONFIRMED, "reject": ReviewState.REJECTED}
