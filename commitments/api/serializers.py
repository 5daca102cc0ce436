from rest_framework import serializers

from ..models import Commitment, Document, Mention


class MentionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Mention
        fields = ["id", "document", "quote", "start", "end", "rule", "confidence", "refers_to_earlier"]


class CommitmentSerializer(serializers.ModelSerializer):
    ministry = serializers.StringRelatedField()
    mentions = MentionSerializer(many=True, read_only=True)

    class Meta:
        model = Commitment
        fields = [
            "id", "number", "text", "actor", "ministry", "chamber", "action", "subject",
            "deadline_kind", "deadline_text", "due_date", "due_date_estimated", "deadline_assumed",
            "condition", "legal_basis", "recurring", "status", "review_state", "fulfilled_on",
            "created_at", "updated_at", "mentions",
        ]


class DocumentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Document
        fields = [
            "id", "sha256", "kind", "title", "date", "chamber", "dossier", "dossier_item", "zaak",
            "kenmerk", "references", "source_url", "original_name", "ingest_status", "failure_code",
            "failure_message", "extractor_version", "created_at", "updated_at",
        ]
