"""API v1 ViewSets: thin reads over FilterSets and keyset pages; writes are actions calling services."""

from django.db.models import Prefetch
from django.http import StreamingHttpResponse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, NotFound
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.response import Response

from ..models import Commitment, CommitmentAddressee, CommitmentEvent, Document, Fulfilment, IngestRun, Ministry, Recess
from ..services import fulfilling, history
from . import feeds
from .auth import QueryTokenAuthentication
from .filters import CommitmentFilter, DocumentFilter, IngestRunFilter, RecessFilter
from .polling.conditional import conditional, make_etag
from .polling.rows import COLUMNS as ROW_COLUMNS
from .polling.rows import commitment_rows, shape_rows
from .polling.viewsets import FollowedByUpdatedAt, PolledViewSet
from .renderers import CalendarRenderer, CSVRenderer, OrjsonRenderer
from .serializers import (
    REVIEW_ACTIONS,
    WEB_ADDRESS,
    CommitmentDetailSerializer,
    CommitmentSerializer,
    DeadlineChangeSerializer,
    DocumentDetailSerializer,
    DocumentSerializer,
    FulfilmentAddSerializer,
    IngestRunSerializer,
    MinistrySerializer,
    ReasonSerializer,
    RecessSerializer,
    StatusChangeSerializer,
)
from .uploads import accept_upload

FEEDS = ("calendar", "export")
# Writes take JSON, the one encoding in which the schema's null, numbers and texts stay apart
# (a form sends null as "null" and 5 as "5"); any other body is a 415.
JSON_ONLY = [JSONParser]
UPLOAD_URL = {"type": "string", "format": "uri", "pattern": WEB_ADDRESS, "maxLength": 2000}


class Conflict(APIException):
    """A well-formed write that the commitment's present state refuses (merged, already linked or decided)."""

    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"


@extend_schema_view(
    list=extend_schema(responses={200: CommitmentSerializer(many=True)}),
    retrieve=extend_schema(responses={200: CommitmentDetailSerializer}),
)
class CommitmentViewSet(FollowedByUpdatedAt, PolledViewSet):
    serializer_class = CommitmentSerializer
    detail_serializer_class = CommitmentDetailSerializer
    filterset_class = CommitmentFilter
    queryset = Commitment.objects.select_related("ministry")
    write_permissions = {
        "set_status": "commitments.change_commitment",
        "confirm": "commitments.change_commitment",
        "reject": "commitments.change_commitment",
        "deadline": "commitments.change_commitment",
        "add_fulfilment": "commitments.add_fulfilment",
        "accept_fulfilment": "commitments.change_fulfilment",
    }
    conflicting_writes = tuple(write_permissions)  # a merged commitment refuses every write (409)

    @property
    def extra_query_params(self):
        return ("token",) if self.action == "calendar" else ()

    def handle_exception(self, exc):
        # A feed's error is JSON, and says so: not JSON text labelled text/calendar or text/csv.
        if self.action in FEEDS:
            self.request.accepted_renderer, self.request.accepted_media_type = OrjsonRenderer(), "application/json"
        return super().handle_exception(exc)

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "list":
            return queryset.with_extracted().with_addressees_json()  # read by polling/rows.py
        if self.action in ("calendar", "export"):
            return queryset
        return (
            queryset.with_sources()
            .select_related("registry_entry")
            .prefetch_related(
                Prefetch("addressee_links", queryset=CommitmentAddressee.objects.select_related("addressee")),
                "mentions",
                "relations_out",
                "relations_in",
                Prefetch("fulfilments", queryset=Fulfilment.objects.select_related("decided_by")),
                Prefetch("events", queryset=CommitmentEvent.objects.select_related("user")),
            )
        )

    row_columns = tuple(ROW_COLUMNS)

    def page_data(self, window) -> list:
        # The hot path of pollers: rows from .values_list(), shaped as CommitmentSerializer would.
        if window.rows is not None:
            return shape_rows(window.rows, self.request)
        return commitment_rows(window.ids, self.request)

    def retrieve(self, request, *args, **kwargs):
        commitment = self.get_object()
        data = self.get_serializer(commitment).data
        changed = [
            commitment.updated_at,
            *(event.created_at for event in commitment.events.all()),
            *(mention.created_at for mention in commitment.mentions.all()),
        ]
        etag = make_etag(request.accepted_renderer.format, data)
        return conditional(request, etag, max(changed), lambda: Response(data))

    def write(self, request, serializer_class, apply):
        commitment = self.get_object()
        serializer = serializer_class(data=request.data)
        serializer.is_valid(raise_exception=True)  # a malformed request is a 400 whatever the state
        if commitment.merged_into_id:
            raise Conflict(
                _("This commitment was merged into %(id)d; change that one.") % {"id": commitment.merged_into_id}
            )
        try:
            apply(commitment.pk, serializer.validated_data, request.user)
        except history.ChangeRefused as refusal:
            raise Conflict(str(refusal)) from None
        fresh = self.get_queryset().get(pk=commitment.pk)
        return Response(CommitmentDetailSerializer(fresh, context=self.get_serializer_context()).data)

    @extend_schema(request=StatusChangeSerializer, responses=CommitmentDetailSerializer)
    @action(detail=True, methods=["post"], url_path="status", parser_classes=JSON_ONLY)
    def set_status(self, request, pk=None):
        return self.write(
            request,
            StatusChangeSerializer,
            lambda pk, data, user: history.change_status(
                pk, data["status"], user=user, reason=data["reason"], fulfilled_on=data["fulfilled_on"], source="api"
            ),
        )

    @extend_schema(request=ReasonSerializer, responses=CommitmentDetailSerializer)
    @action(detail=True, methods=["post"], parser_classes=JSON_ONLY)
    def confirm(self, request, pk=None):
        return self.review(request, "confirm")

    @extend_schema(request=ReasonSerializer, responses=CommitmentDetailSerializer)
    @action(detail=True, methods=["post"], parser_classes=JSON_ONLY)
    def reject(self, request, pk=None):
        return self.review(request, "reject")

    def review(self, request, verb):
        return self.write(
            request,
            ReasonSerializer,
            lambda pk, data, user: history.change_review_state(
                pk, REVIEW_ACTIONS[verb], user=user, reason=data["reason"], source="api"
            ),
        )

    @extend_schema(request=DeadlineChangeSerializer, responses=CommitmentDetailSerializer)
    @action(detail=True, methods=["post"], parser_classes=JSON_ONLY)
    def deadline(self, request, pk=None):
        return self.write(
            request,
            DeadlineChangeSerializer,
            lambda pk, data, user: history.change_deadline(
                pk,
                data["due_date"],
                deadline_text=data.get("deadline_text"),
                user=user,
                reason=data["reason"],
                source="api",
            ),
        )

    @extend_schema(request=FulfilmentAddSerializer, responses=CommitmentDetailSerializer)
    @action(detail=True, methods=["post"], url_path="fulfilments", parser_classes=JSON_ONLY)
    def add_fulfilment(self, request, pk=None):
        def apply(commitment_id, data, user):
            # An id that names no document is a 404, like one in the path: the request itself is well-formed.
            if not Document.objects.filter(pk=data["document"]).exists():
                raise NotFound(_("There is no document %(id)d.") % {"id": data["document"]})
            fulfilling.propose_fulfilment(
                commitment_id, data["document"], data["extent"], evidence=data["evidence"], user=user
            )

        return self.write(request, FulfilmentAddSerializer, apply)

    @extend_schema(
        request=ReasonSerializer,
        responses=CommitmentDetailSerializer,
        parameters=[OpenApiParameter("fulfilment_id", int, OpenApiParameter.PATH)],
    )
    @action(
        detail=True,
        methods=["post"],
        url_path=r"fulfilments/(?P<fulfilment_id>[0-9]{1,18})/accept",
        parser_classes=JSON_ONLY,
    )
    def accept_fulfilment(self, request, pk=None, fulfilment_id=None):
        def apply(commitment_id, data, user):
            fulfilment = Fulfilment.objects.filter(pk=fulfilment_id, commitment_id=commitment_id).first()
            if fulfilment is None:
                raise NotFound(_("No such fulfilment on this commitment."))
            fulfilling.decide_proposal(fulfilment.pk, accept=True, user=user, reason=data["reason"], source="api")

        return self.write(request, ReasonSerializer, apply)

    @extend_schema(
        parameters=[
            OpenApiParameter("token", str, description="API token, for calendar apps that cannot send headers")
        ],
        responses={(200, "text/calendar"): OpenApiTypes.STR},
    )
    @action(
        detail=False,
        methods=["get"],
        renderer_classes=[CalendarRenderer],
        authentication_classes=[QueryTokenAuthentication, SessionAuthentication],
    )
    def calendar(self, request):
        """Deadlines as an iCalendar feed, filtered like the list (e.g. ?ministry=3&dossier=36200)."""
        body = feeds.calendar(self.filter_queryset(self.get_queryset()), name=_("Commitment deadlines"))
        # DTSTAMP changes every second, so the validator hashes the body without it.
        etag = make_etag("ics", "\n".join(line for line in body.split("\r\n") if not line.startswith("DTSTAMP")))
        return conditional(request, etag, None, lambda: Response(body, content_type="text/calendar; charset=utf-8"))

    @extend_schema(responses={(200, "text/csv"): OpenApiTypes.STR})
    @action(detail=False, methods=["get"], renderer_classes=[CSVRenderer])
    def export(self, request):
        """The filtered list as CSV (UTF-8 with BOM), streamed."""
        response = StreamingHttpResponse(
            feeds.csv_rows(self.filter_queryset(self.get_queryset())), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="commitments.csv"'
        return response


@extend_schema_view(
    list=extend_schema(responses={200: DocumentSerializer(many=True)}),
    retrieve=extend_schema(responses={200: DocumentDetailSerializer}),
)
class DocumentViewSet(FollowedByUpdatedAt, mixins.CreateModelMixin, PolledViewSet):
    serializer_class = DocumentSerializer
    detail_serializer_class = DocumentDetailSerializer
    filterset_class = DocumentFilter
    queryset = Document.objects.defer("text")
    write_permissions = {"create": "commitments.add_document"}
    parser_classes = [MultiPartParser, JSONParser]  # a file, or a url in JSON

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.prefetch_related("mentions") if self.action == "retrieve" else queryset

    @extend_schema(
        request={
            # A file or a url, one of the two and nothing else.
            "multipart/form-data": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"}, "url": UPLOAD_URL},
                "additionalProperties": False,
                "minProperties": 1,
                "maxProperties": 1,
            },
            "application/json": {
                "type": "object",
                "properties": {"url": UPLOAD_URL},
                "required": ["url"],
                "additionalProperties": False,
            },
        },
        responses={202: IngestRunSerializer},
    )
    def create(self, request, *args, **kwargs):
        """Upload a file or give a URL: 202 with the ingest run to follow; extraction runs after it."""
        run = accept_upload(request)
        data = IngestRunSerializer(run, context=self.get_serializer_context()).data
        return Response(data, status=status.HTTP_202_ACCEPTED, headers={"Location": str(data["url"])})


class IngestRunViewSet(PolledViewSet):
    serializer_class = IngestRunSerializer
    filterset_class = IngestRunFilter
    queryset = IngestRun.objects.all()
    default_ordering = "-id"
    ordering_fields = ("id", "started_at")
    validator_fields = ("status", "finished_at", "document_id")


class MinistryViewSet(PolledViewSet):
    serializer_class = MinistrySerializer
    queryset = Ministry.objects.all()
    validator_fields = ("name", "abbreviation")
    ordering_fields = ("id", "name")


class RecessViewSet(PolledViewSet):
    serializer_class = RecessSerializer
    filterset_class = RecessFilter
    queryset = Recess.objects.all()
    default_ordering = "id"
    ordering_fields = ("id", "first_day")
    validator_fields = ("chamber", "name", "first_day", "last_day", "source")
