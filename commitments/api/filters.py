"""The query-parameter contract of each list: strict, so a bad or unknown parameter is a 400."""

import copy
import datetime as dt
import re
import time

import django_filters as filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.db.models.signals import post_delete, post_save
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_filters.filters import FilterMethod
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError

from ..models import (
    Commitment,
    CommitmentAddressee,
    CommitmentCommittee,
    Document,
    IngestRun,
    Mention,
    Ministry,
    Recess,
    RegistryEntry,
)
from ..models.choices import (
    Chamber,
    DeadlineKind,
    DocumentKind,
    IngestStatus,
    RecessName,
    ReviewState,
    RunStatus,
    Status,
)
from ..models.registry import AddresseeKind
from ..services.committees import committees_matching
from ..services.sources.reconciling import in_group

BOOLEAN = [("true", "true"), ("false", "false")]
SOURCE_GROUPS = [("both", "both"), ("registry", "registry"), ("extracted", "extracted")]
# Parameters that are not filters but that every list understands.
COMMON_PARAMS = {"cursor", "page_size", "ordering", "format"}
MAX_ID = 2**63 - 1


# The API's contract for dates and moments, as the schema states it: ISO 8601 in the one spelling
# OpenAPI's `date` and `date-time` formats allow. Python would also take "20250101", "2025-W01-3" or
# a moment without an offset, and Django's form fields "31-12-2025": values the schema calls invalid.
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
RFC3339 = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})")
WHOLE_NUMBER = re.compile(r"-?[0-9]+")  # ASCII digits only: str.isdigit() also takes "٣" and "²"


class IsoDateField(forms.DateField):
    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            if ISO_DATE.fullmatch(value):
                return dt.date.fromisoformat(value)
        except ValueError:
            pass
        raise forms.ValidationError(_("A date as YYYY-MM-DD."), code="invalid")


class IsoDateFilter(filters.DateFilter):
    field_class = IsoDateField


class UtcDateTimeField(forms.DateTimeField):
    """A date-time with its offset (RFC 3339), or a date (midnight, Amsterdam time), in UTC.

    PostgreSQL refuses offsets beyond ±15:59 that ISO 8601 allows; in UTC every moment is fine.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            if RFC3339.fullmatch(value):
                return dt.datetime.fromisoformat(value.upper()).astimezone(dt.timezone.utc)
            if ISO_DATE.fullmatch(value):
                midnight = dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
                return timezone.make_aware(midnight).astimezone(dt.timezone.utc)
        except (ValueError, OverflowError):
            pass
        raise forms.ValidationError(
            _("A date and time with its offset (2025-01-31T09:00:00Z or +01:00), or a date (2025-01-31)."),
            code="invalid",
        )


class UtcDateTimeFilter(filters.IsoDateTimeFilter):
    field_class = UtcDateTimeField


class WholeNumberField(forms.IntegerField):
    # Django's IntegerField also takes "1.0", " 1" and "+1"; the schema's integer is digits only.
    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not WHOLE_NUMBER.fullmatch(str(value)):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return int(value)


class TextField(forms.CharField):
    # max_length holds for the text as sent (as the schema's maxLength does), before it is stripped.
    def clean(self, value):
        if self.max_length is not None and value is not None and len(value) > self.max_length:
            raise forms.ValidationError(_("At most %(max)d characters.") % {"max": self.max_length}, code="max_length")
        return super().clean(value)


class TextFilter(filters.CharFilter):
    field_class = TextField


class KnownIds:
    """The ids of a small reference table (ministries), held per process for a minute so that a list
    filtered by them does not ask the database first. An id not held is looked up (a new row is found
    at once); a row deleted in another process, or created in a transaction that rolled back, can
    be accepted for up to a minute, and then filters to an empty page instead of a 400."""

    TTL_SECONDS = 60.0

    def __init__(self):
        self.held: dict[type, tuple[float, frozenset[int]]] = {}

    def get(self, model) -> frozenset[int]:
        expires, ids = self.held.get(model, (0.0, frozenset()))
        if expires < time.monotonic():
            ids = frozenset(model._default_manager.values_list("pk", flat=True))
            self.held[model] = (time.monotonic() + self.TTL_SECONDS, ids)
        return ids

    def forget(self, sender, **kwargs) -> None:
        self.held.pop(sender, None)


KNOWN_IDS = KnownIds()
post_save.connect(KNOWN_IDS.forget, sender=Ministry, dispatch_uid="api-known-ministries-save")
post_delete.connect(KNOWN_IDS.forget, sender=Ministry, dispatch_uid="api-known-ministries-delete")


class IdChoiceField(filters.fields.ModelMultipleChoiceField):
    def _check_values(self, value):
        for item in value:
            if not WHOLE_NUMBER.fullmatch(str(item)) or not 1 <= int(item) <= MAX_ID:
                raise forms.ValidationError(
                    _("%(value)s is not an id.") % {"value": str(item)[:40]}, code="invalid_pk_value"
                )
        model = self.queryset.model
        wanted = {int(item) for item in value}
        if self.queryset.query.is_empty() or self.queryset.query.where or not wanted <= KNOWN_IDS.get(model):
            return super()._check_values(value)  # an id not held (or a narrowed queryset): the database decides
        return [model(pk=pk) for pk in sorted(wanted)]


class IdChoiceFilter(filters.ModelMultipleChoiceFilter):
    field_class = IdChoiceField


class WholeNumberFilter(filters.NumberFilter):
    # Whole numbers only: "1.5" or "1e9999" is a 400, not a 500.
    field_class = WholeNumberField


class IdFilter(WholeNumberFilter):
    # Within a database integer: a larger id would overflow it.
    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter already answers invalid values with 400; this also refuses unknown names, and
    an empty value of a filter that is not a text: django-filter would drop `?chamber=`, so a
    client's bug would quietly widen its list."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        allowed = COMMON_PARAMS | set(getattr(view, "extra_query_params", ()))
        filters_ = filterset_class.base_filters if filterset_class is not None else {}
        unknown = sorted(set(request.query_params) - allowed - set(filters_))
        if unknown:
            raise ValidationError({name: [_("Unknown query parameter.")] for name in unknown})
        empty = sorted(
            name
            for name, filter_ in filters_.items()
            if not isinstance(filter_, filters.CharFilter) and "" in request.query_params.getlist(name)
        )
        if empty:
            raise ValidationError({name: [_("Give a value, or leave the parameter out.")] for name in empty})
        return super().filter_queryset(request, queryset, view)


class _SharedFields(dict):
    # A form deep-copies its fields per instance (so rendering can change widgets); ours only validate.
    def __deepcopy__(self, memo):
        return dict(self)


class LeanFilterSet(filters.FilterSet):
    """A FilterSet that costs little per request: django-filter deep-copies every filter (with its
    querysets and choices) and builds a form class per request; here filters are shallow copies and
    the form class, whose fields are stateless validators, is built once per FilterSet class."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {}
        for name, base in self.base_filters.items():
            filter_ = copy.copy(base)
            if base.method is not None:  # the copy must look its method up on this FilterSet
                filter_.filter = FilterMethod(filter_)
            filter_.model, filter_.parent = queryset.model, self
            self.filters[name] = filter_

    def get_form_class(self):
        form_class = type(self).__dict__.get("_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            form_class.base_fields = _SharedFields(form_class.base_fields)
            type(self)._form_class = form_class
        return form_class


class CommitmentFilter(LeanFilterSet):
    status = filters.MultipleChoiceFilter(choices=Status.choices, distinct=False)
    review_state = filters.MultipleChoiceFilter(choices=ReviewState.choices, distinct=False)
    ministry = IdChoiceFilter(queryset=Ministry.objects.all(), distinct=False)
    actor = TextFilter(lookup_expr="icontains", max_length=200)
    chamber = filters.ChoiceFilter(choices=Chamber.choices)
    deadline_kind = filters.MultipleChoiceFilter(choices=DeadlineKind.choices, distinct=False)
    due_before = IsoDateFilter(field_name="due_date", lookup_expr="lte", help_text=_("due on or before"))
    due_after = IsoDateFilter(field_name="due_date", lookup_expr="gte", help_text=_("due on or after"))
    overdue = filters.ChoiceFilter(choices=BOOLEAN, method="filter_overdue", help_text=_("open and past its due date"))
    updated_since = UtcDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text=_("changed at or after (inclusive: upsert by id)")
    )
    document = IdFilter(method="filter_document", help_text=_("mentioned in this document"))
    dossier = TextFilter(
        method="filter_dossier", max_length=20, help_text=_("mentioned in a Kamerstuk of this dossier")
    )
    q = TextFilter(method="filter_text", max_length=200, help_text=_("words in the text, subject, actor or number"))
    source = filters.ChoiceFilter(
        choices=SOURCE_GROUPS,
        method="filter_source",
        help_text=_(
            "both: in the Kamer's registry and extracted; registry: the registry only; extracted: extracted only"
        ),
    )
    registry_number = TextFilter(method="filter_registry_number", max_length=40, help_text=_("e.g. TZ202504-057"))
    addressee = IdFilter(method="filter_addressee", help_text=_("made to this member or party (addressee id)"))
    party = TextFilter(method="filter_party", max_length=100, help_text=_("made to this party (abbreviation or name)"))
    member = TextFilter(method="filter_member", max_length=200, help_text=_("made to a member of this name"))
    committee = TextFilter(
        method="filter_committee",
        max_length=200,
        help_text=_("made in this committee's debates: its name, abbreviation or subject ('Defensie')"),
    )

    class Meta:
        model = Commitment
        fields = []

    def filter_source(self, queryset, name, value):
        return in_group(queryset, value)

    def filter_registry_number(self, queryset, name, value):
        return queryset.filter(Exists(RegistryEntry.objects.filter(commitment=OuterRef("pk"), number__iexact=value)))

    def filter_addressee(self, queryset, name, value):
        return queryset.filter(
            Exists(CommitmentAddressee.objects.filter(commitment=OuterRef("pk"), addressee_id=value))
        )

    def filter_party(self, queryset, name, value):
        parties = CommitmentAddressee.objects.filter(
            commitment=OuterRef("pk"), addressee__kind=AddresseeKind.PARTY
        ).filter(Q(addressee__abbreviation__iexact=value) | Q(addressee__name__iexact=value))
        return queryset.filter(Exists(parties))

    def filter_member(self, queryset, name, value):
        members = CommitmentAddressee.objects.filter(
            commitment=OuterRef("pk"), addressee__kind=AddresseeKind.MEMBER, addressee__name__icontains=value
        )
        return queryset.filter(Exists(members))

    def filter_committee(self, queryset, name, value):
        links = CommitmentCommittee.objects.filter(commitment=OuterRef("pk"), committee__in=committees_matching(value))
        return queryset.filter(Exists(links))

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


class DocumentFilter(LeanFilterSet):
    kind = filters.MultipleChoiceFilter(choices=DocumentKind.choices, distinct=False)
    chamber = filters.ChoiceFilter(choices=Chamber.choices)
    ministry = IdChoiceFilter(queryset=Ministry.objects.all(), distinct=False)
    dossier = TextFilter(max_length=20)
    zaak = TextFilter(max_length=20)
    ingest_status = filters.MultipleChoiceFilter(choices=IngestStatus.choices, distinct=False)
    dated_before = IsoDateFilter(field_name="date", lookup_expr="lte")
    dated_after = IsoDateFilter(field_name="date", lookup_expr="gte")
    updated_since = UtcDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    q = TextFilter(method="filter_text", max_length=200, help_text=_("words in the title or file name"))

    class Meta:
        model = Document
        fields = []

    def filter_text(self, queryset, name, value):
        condition = Q()
        for word in value.split()[:10]:
            condition &= Q(title__icontains=word) | Q(original_name__icontains=word) | Q(kenmerk__iexact=word)
        return queryset.filter(condition)


class IngestRunFilter(LeanFilterSet):
    status = filters.MultipleChoiceFilter(choices=RunStatus.choices, distinct=False)
    document = IdFilter(field_name="document_id")
    started_since = UtcDateTimeFilter(field_name="started_at", lookup_expr="gte")
    failure_code = TextFilter(max_length=40)

    class Meta:
        model = IngestRun
        fields = []


class RecessFilter(LeanFilterSet):
    chamber = filters.ChoiceFilter(choices=Chamber.choices)
    name = filters.ChoiceFilter(choices=RecessName.choices)
    year = WholeNumberFilter(field_name="first_day", lookup_expr="year", min_value=1900, max_value=2999)

    class Meta:
        model = Recess
        fields = []
