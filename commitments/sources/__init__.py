"""Clients of outside sources: the Tweede Kamer's Gegevensmagazijn (OData v4).

Pure Python, like `extraction` and `reading`: no Django import (a test guards it). The
Django side (cursors, runs, recording) lives in `services/sources/`; everything here takes
its settings as arguments.
"""

from .odata import MalformedPage, ODataClient, Page, Politeness, Query, SourceUnavailable
from .transport import AddressRefused, HttpTransport, Response, TransportError

__all__ = [
    "AddressRefused",
    "HttpTransport",
    "MalformedPage",
    "ODataClient",
    "Page",
    "Politeness",
    "Query",
    "Response",
    "SourceUnavailable",
    "TransportError",
]
