from rest_framework import viewsets
from rest_framework.pagination import CursorPagination

from ..models import Commitment, Document
from .serializers import CommitmentSerializer, DocumentSerializer


class UpdatedAtCursor(CursorPagination):
    # Keyset pagination on (updated_at, id): no COUNT, no OFFSET, stable for pollers.
    ordering = ("updated_at", "id")
    page_size = 50
    max_page_size = 500
    page_size_query_param = "page_size"


class CommitmentViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Commitment.objects.select_related("ministry").prefetch_related("mentions")
    serializer_class = CommitmentSerializer
    pagination_class = UpdatedAtCursor


class DocumentViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Document.objects.defer("text")
    serializer_class = DocumentSerializer
    pagination_class = UpdatedAtCursor
