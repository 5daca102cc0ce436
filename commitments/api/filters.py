"""The query-parameter contract of each list: strict, so a bad or unknown parameter is a 400."""

import datetime as dt

import django_filters as filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError

from ..models import Commitment, Document, IngestRun, Mention, Ministry, Recess
from ..models.choices import Chamber, DeadlineKind, DocumentKind, IngestStatus, RecessName, ReviewState, RunStatus, Status

BOOLEAN = [("true", "true"), ("false", "false")]
# Parameters that are not filters but that every list understands.
COMMON_PARAMS = {"cursor", "page_size", "ordering", "format"}
MAX_ID = 2**63 - 1


class UtcDateTimeField(filters.fields.IsoDateTimeField):
    # PostgreSQL refuses offsets beyond ±15:59 that ISO 8601 allows; in UTC every moment is fine.
    def to_python(self, value):
        value = super().to_python(value)
        try:
            return value.astimezone(dt.timezone.utc) if value is not None else None
        except OverflowError:
            raise forms.ValidationError(_("Date and time out of range."), code="invalid") from None


class UtcDateTimeFilter(filters.IsoDateTimeFilter):
    field_class = UtcDateTimeField


class IdChoiceField(filters.fields.ModelMultipleChoiceField):
    def _check_values(self, value):
        for item in value:
            if not str(item).isdigit() or not 1 <= int(item) <= MAX_ID:
                raise forms.ValidationError(_("%(value)s is not an id.") % {"value": str(item)[:40]}, code="invalid_pk_value")
        return super()._check_values(value)


class IdChoiceFilter(filters.ModelMultipleChoiceFilter):
    field_class = IdChoiceField


class IdFilter(filters.NumberFilter):
    # Whole numbers only, within a database integer: "1.5" or "1e9999" is a 400, not a 500.
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter already answers invalid values with 400; this also refuses unknown names."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        allowed = COMMON_PARAMS | set(getattr(view, "extra_query_params", ()))
        if filterset_class is not None:
            allowed |= set(filterset_class.base_filters)
        unknown = sorted(set(request.query_params) - allowed)
        if unknown:
            raise ValidationError({name: [_("Unknown query parameter.")] for name in unknown})
        return super().filter_queryset(request, queryset, view)


class CommitmentFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=Status.choices, distinct=False)
    review_state = filters.MultipleChoiceFilter(choices=ReviewState.choices, distinct=False)
    ministry = IdChoiceFilter(queryset=Ministry.objects.all(), distinct=False)
    actor = filters.CharFilter(lookup_expr="icontains", max_length=200)
    chamber = filters.ChoiceFilter(choices=Chamber.choices)
    deadline_kind = filters.MultipleChoiceFilter(choices=DeadlineKind.choices, distinct=False)
    due_before = filters.DateFilter(field_name="due_date", lookup_expr="lte", help_text=_("due on or before"))
    due_after = filters.DateFilter(field_name="due_date", lookup_expr="gte", help_text=_("due on or after"))
    overdue = filters.ChoiceFilter(choices=BOOLEAN, method="filter_overdue", help_text=_("open and past its due date"))
    updated_since = UtcDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text=_("changed at or after (inclusive: upsert by id)")
    )
    document = IdFilter(method="filter_document", help_text=_("mentioned in this document"))
    dossier = filters.CharFilter(method="filter_dossier", max_length=20, help_text=_("mentioned in a Kamerstuk of this dossier"))
    q = filters.CharFilter(method="filter_text", max_length=200, help_text=_("words in the text, subject, actor or number"))

    class Meta:
        model = Commitment
        fields = []

    def filter_overdue(self, queryset, name, value):
        overdue = Commitment.objects.overdue(timezone.localdate()).values("pk")
        return queryset.filter(pk__in=overdue) if value == "true" else queryset.exclude(pk__in=overdue)

    def filter_document(self, queryset, name, value):
        return queryset.filter(Exists(Mention.objects.filter(commitment=OuterRef("pk"), document_id=value)))

    def filter_dossier(self, queryset, name, value):
        return queryset.filter(Exists(Mention.objects.filter(commitment=OuterRef("pk"), document__dossier=value)))

    def filter_text(self, queryset, name, value):
        condition = Q()
        for word in value.split()[:10]:
            condition &= (
                Q(text__icontains=word) | Q(subject__icontains=word) | Q(actor__icontains=word) | Q(number__iexact=word)
            )
        return queryset.filter(condition)


class DocumentFilter(filters.FilterSet):
    kind = filters.MultipleChoiceFilter(choices=DocumentKind.choices, distinct=False)
    chamber = filters.ChoiceFilter(choices=Chamber.choices)
    ministry = IdChoiceFilter(queryset=Ministry.objects.all(), distinct=False)
    dossier = filters.CharFilter(max_length=20)
    zaak = filters.CharFilter(max_length=20)
    ingest_status = filters.MultipleChoiceFilter(choices=IngestStatus.choices, distinct=False)
    dated_before = filters.DateFilter(field_name="date", lookup_expr="lte")
    dated_after = filters.DateFilter(field_name="date", lookup_expr="gte")
    updated_since = UtcDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    q = filters.CharFilter(method="filter_text", max_length=200, help_text=_("words in the title or file name"))

    class Meta:
        model = Document
        fields = []

    def filter_text(self, queryset, name, value):
        condition = Q()
        for word in value.split()[:10]:
            condition &= Q(title__icontains=word) | Q(original_name__icontains=word) | Q(kenmerk__iexact=word)
        return queryset.filter(condition)


class IngestRunFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=RunStatus.choices, distinct=False)
    document = IdFilter(field_name="document_id")
    started_since = UtcDateTimeFilter(field_name="started_at", lookup_expr="gte")
    failure_code = filters.CharFilter(max_length=40)

    class Meta:
        model = IngestRun
        fields = []


class RecessFilter(filters.FilterSet):
    chamber = filters.ChoiceFilter(choices=Chamber.choices)
    name = filters.ChoiceFilter(choices=RecessName.choices)
    year = filters.NumberFilter(field_name="first_day", lookup_expr="year", min_value=1900, max_value=2999)

    class Meta:
        model = Recess
        fields = []
