"""Turning an API upload (a file or a URL) into an ingest run through the ingesting service."""

from django.conf import settings
from rest_framework.exceptions import ValidationError

from ..services.ingesting import Failure, ingest_bytes, ingest_url, record_failure
from ..tasks import extract_ingested
from .serializers import UploadSerializer


def accept_upload(request):
    serializer = UploadSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    user = request.user if request.user.is_authenticated else None
    upload = serializer.validated_data.get("file")
    if upload is None:
        return extract_ingested(ingest_url(serializer.validated_data["url"], user=user))
    if upload.size > settings.INGEST_MAX_BYTES:
        # Recorded like any refused input, and never read into memory.
        return record_failure(
            upload.name,
            Failure(
                "too_large", f"{upload.name} is {upload.size:,} bytes; de grens is {settings.INGEST_MAX_BYTES:,} bytes."
            ),
            size=upload.size,
            user=user,
        )
    if upload.size == 0:
        raise ValidationError({"file": ["The file is empty."]})
    return extract_ingested(
        ingest_bytes(
            upload.read(), source=upload.name, filename=upload.name, content_type=upload.content_type or "", user=user
        )
    )
