"""Renderers for the feeds; an error on a feed (a bad filter) is still readable JSON text."""

import json

from rest_framework.renderers import BaseRenderer


class _TextRenderer(BaseRenderer):
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        if isinstance(data, str):
            return data.encode()
        return json.dumps(data, ensure_ascii=False, default=str).encode()


class CalendarRenderer(_TextRenderer):
    media_type = "text/calendar"
    format = "ics"


class CSVRenderer(_TextRenderer):
    media_type = "text/csv"
    format = "csv"
