"""The OData client as the settings configure it."""

import time

from django.conf import settings

from ...sources import HttpTransport, ODataClient, Politeness


def build_client(*, sleep=time.sleep) -> ODataClient:
    transport = HttpTransport(
        timeout=settings.SOURCES_TIMEOUT,
        max_bytes=settings.INGEST_MAX_BYTES,
        # The operator chose this origin; document links elsewhere still pass the address guard.
        trusted_origins=(settings.TK_ODATA_URL,),
        allow_private=settings.INGEST_URL_ALLOW_PRIVATE,
    )
    politeness = Politeness(
        pause=settings.SOURCES_PAUSE, retries=settings.SOURCES_RETRIES, backoff=settings.SOURCES_BACKOFF
    )
    return ODataClient(settings.TK_ODATA_URL, transport, politeness, sleep=sleep)
